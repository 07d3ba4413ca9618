build-dev/obj/src/usdt/attach.o: src/usdt/attach.c src/usdt/usdt.h \
 src/usdt/../capture/capture.h src/usdt/../capture/../shared/record.h \
 src/usdt/../util/msg.h src/usdt/discover.h src/usdt/notes.h \
 src/usdt/../shared/usdt_spec.h src/usdt/../shared/record.h \
 src/usdt/spec.h build-dev/usdt.skel.h
src/usdt/usdt.h:
src/usdt/../capture/capture.h:
src/usdt/../capture/../shared/record.h:
src/usdt/../util/msg.h:
src/usdt/discover.h:
src/usdt/notes.h:
src/usdt/../shared/usdt_spec.h:
src/usdt/../shared/record.h:
src/usdt/spec.h:
build-dev/usdt.skel.h:
