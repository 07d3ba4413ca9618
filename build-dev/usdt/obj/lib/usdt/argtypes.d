build-dev/usdt/obj/lib/usdt/argtypes.o: lib/usdt/argtypes.c \
 lib/usdt/argtypes.h include/sctrace/usdt.h
lib/usdt/argtypes.h:
include/sctrace/usdt.h:
