build-dev/obj/src/usdt/discover.o: src/usdt/discover.c \
 src/usdt/discover.h
src/usdt/discover.h:
