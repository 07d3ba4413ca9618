build-dev/obj/src/analyze/summary.o: src/analyze/summary.c \
 src/analyze/summary.h src/analyze/../calls/calls.h \
 src/analyze/../calls/../decode/decode.h \
 src/analyze/../calls/../decode/../shared/record.h \
 src/analyze/../calls/../decode/../util/strbuf.h \
 src/analyze/../calls/../decode/syscall_table.h \
 src/analyze/../calls/../decode/arg_types.h \
 src/analyze/../calls/../decode/arg_types.def \
 src/analyze/../calls/../shared/record.h src/analyze/../decode/decode.h \
 src/analyze/../decode/event.h src/analyze/../decode/decode.h
src/analyze/summary.h:
src/analyze/../calls/calls.h:
src/analyze/../calls/../decode/decode.h:
src/analyze/../calls/../decode/../shared/record.h:
src/analyze/../calls/../decode/../util/strbuf.h:
src/analyze/../calls/../decode/syscall_table.h:
src/analyze/../calls/../decode/arg_types.h:
src/analyze/../calls/../decode/arg_types.def:
src/analyze/../calls/../shared/record.h:
src/analyze/../decode/decode.h:
src/analyze/../decode/event.h:
src/analyze/../decode/decode.h:
