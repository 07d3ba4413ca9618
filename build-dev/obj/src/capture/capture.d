build-dev/obj/src/capture/capture.o: src/capture/capture.c \
 src/capture/capture.h src/capture/../shared/record.h \
 src/capture/../decode/capture_plan.h \
 src/capture/../decode/../shared/record.h \
 src/capture/../decode/arg_types.h src/capture/../decode/arg_types.def \
 src/capture/../util/msg.h build-dev/capture.skel.h \
 src/capture/../merge/reorder.h src/capture/../merge/../shared/record.h
src/capture/capture.h:
src/capture/../shared/record.h:
src/capture/../decode/capture_plan.h:
src/capture/../decode/../shared/record.h:
src/capture/../decode/arg_types.h:
src/capture/../decode/arg_types.def:
src/capture/../util/msg.h:
build-dev/capture.skel.h:
src/capture/../merge/reorder.h:
src/capture/../merge/../shared/record.h:
