build-dev/usdt/obj/lib/usdt/error.o: lib/usdt/error.c \
 include/sctrace/usdt.h
include/sctrace/usdt.h:
