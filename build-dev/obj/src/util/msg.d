build-dev/obj/src/util/msg.o: src/util/msg.c src/util/msg.h
src/util/msg.h:
