build-dev/obj/src/decode/strings.o: src/decode/strings.c src/decode/fmt.h \
 src/decode/decode.h src/decode/../shared/record.h \
 src/decode/../util/strbuf.h src/decode/syscall_table.h \
 src/decode/arg_types.h src/decode/arg_types.def \
 src/decode/../util/unaligned.h
src/decode/fmt.h:
src/decode/decode.h:
src/decode/../shared/record.h:
src/decode/../util/strbuf.h:
src/decode/syscall_table.h:
src/decode/arg_types.h:
src/decode/arg_types.def:
src/decode/../util/unaligned.h:
