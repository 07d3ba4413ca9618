build-dev/usdt/obj/lib/usdt/fire.o: lib/usdt/fire.c lib/usdt/arch.h \
 lib/usdt/usdt_internal.h lib/usdt/argtypes.h include/sctrace/usdt.h
lib/usdt/arch.h:
lib/usdt/usdt_internal.h:
lib/usdt/argtypes.h:
include/sctrace/usdt.h:
