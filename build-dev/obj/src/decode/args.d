build-dev/obj/src/decode/args.o: src/decode/args.c src/decode/decode.h \
 src/decode/../shared/record.h src/decode/../util/strbuf.h \
 src/decode/syscall_table.h src/decode/arg_types.h \
 src/decode/arg_types.def src/decode/flags.h src/decode/iov.h \
 src/decode/fmt.h src/decode/../util/unaligned.h src/decode/select.h
src/decode/decode.h:
src/decode/../shared/record.h:
src/decode/../util/strbuf.h:
src/decode/syscall_table.h:
src/decode/arg_types.h:
src/decode/arg_types.def:
src/decode/flags.h:
src/decode/iov.h:
src/decode/fmt.h:
src/decode/../util/unaligned.h:
src/decode/select.h:
