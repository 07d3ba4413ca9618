build-dev/obj/src/usdt/spec.o: src/usdt/spec.c src/usdt/spec.h
src/usdt/spec.h:
