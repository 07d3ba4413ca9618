build-dev/obj/src/decode/event.o: src/decode/event.c src/decode/event.h \
 src/decode/decode.h src/decode/../shared/record.h \
 src/decode/../util/strbuf.h src/decode/syscall_table.h \
 src/decode/arg_types.h src/decode/arg_types.def
src/decode/event.h:
src/decode/decode.h:
src/decode/../shared/record.h:
src/decode/../util/strbuf.h:
src/decode/syscall_table.h:
src/decode/arg_types.h:
src/decode/arg_types.def:
