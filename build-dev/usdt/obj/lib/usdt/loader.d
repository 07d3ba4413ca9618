build-dev/usdt/obj/lib/usdt/loader.o: lib/usdt/loader.c lib/usdt/arch.h \
 lib/usdt/elf_writer.h lib/usdt/usdt_internal.h lib/usdt/argtypes.h \
 include/sctrace/usdt.h
lib/usdt/arch.h:
lib/usdt/elf_writer.h:
lib/usdt/usdt_internal.h:
lib/usdt/argtypes.h:
include/sctrace/usdt.h:
