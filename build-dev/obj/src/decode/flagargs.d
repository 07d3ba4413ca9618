build-dev/obj/src/decode/flagargs.o: src/decode/flagargs.c \
 src/decode/flags.h src/decode/../util/strbuf.h src/decode/fmt.h \
 src/decode/decode.h src/decode/../shared/record.h \
 src/decode/syscall_table.h src/decode/arg_types.h \
 src/decode/arg_types.def src/decode/../util/unaligned.h
src/decode/flags.h:
src/decode/../util/strbuf.h:
src/decode/fmt.h:
src/decode/decode.h:
src/decode/../shared/record.h:
src/decode/syscall_table.h:
src/decode/arg_types.h:
src/decode/arg_types.def:
src/decode/../util/unaligned.h:
