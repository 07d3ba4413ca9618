build-dev/usdt/obj/lib/usdt/arch_x86_64.o: lib/usdt/arch_x86_64.c \
 lib/usdt/arch.h
lib/usdt/arch.h:
