build-dev/obj/src/decode/flags.o: src/decode/flags.c src/decode/flags.h \
 src/decode/../util/strbuf.h src/decode/decode.h \
 src/decode/../shared/record.h src/decode/syscall_table.h \
 src/decode/arg_types.h src/decode/arg_types.def
src/decode/flags.h:
src/decode/../util/strbuf.h:
src/decode/decode.h:
src/decode/../shared/record.h:
src/decode/syscall_table.h:
src/decode/arg_types.h:
src/decode/arg_types.def:
