build-dev/usdt/obj/lib/usdt/elf_writer.o: lib/usdt/elf_writer.c \
 lib/usdt/elf_writer.h lib/usdt/arch.h include/sctrace/usdt.h
lib/usdt/elf_writer.h:
lib/usdt/arch.h:
include/sctrace/usdt.h:
