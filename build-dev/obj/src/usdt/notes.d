build-dev/obj/src/usdt/notes.o: src/usdt/notes.c src/usdt/notes.h \
 src/usdt/../shared/usdt_spec.h src/usdt/../shared/record.h \
 src/usdt/../util/unaligned.h
src/usdt/notes.h:
src/usdt/../shared/usdt_spec.h:
src/usdt/../shared/record.h:
src/usdt/../util/unaligned.h:
