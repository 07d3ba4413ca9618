build-dev/obj/src/decode/syscall_table.o: src/decode/syscall_table.c \
 src/decode/syscall_table.h src/decode/arg_types.h \
 src/decode/arg_types.def src/decode/syscall_table_x86_64.h
src/decode/syscall_table.h:
src/decode/arg_types.h:
src/decode/arg_types.def:
src/decode/syscall_table_x86_64.h:
