build-dev/obj/src/usdt/list.o: src/usdt/list.c src/usdt/../util/msg.h \
 src/usdt/discover.h src/usdt/notes.h src/usdt/../shared/usdt_spec.h \
 src/usdt/../shared/record.h src/usdt/spec.h src/usdt/usdt.h
src/usdt/../util/msg.h:
src/usdt/discover.h:
src/usdt/notes.h:
src/usdt/../shared/usdt_spec.h:
src/usdt/../shared/record.h:
src/usdt/spec.h:
src/usdt/usdt.h:
