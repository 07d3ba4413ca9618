build-dev/obj/src/decode/type_names.o: src/decode/type_names.c \
 src/decode/type_names.h src/decode/../shared/record.h \
 src/decode/../util/strbuf.h src/decode/syscall_table.h \
 src/decode/arg_types.h src/decode/arg_types.def
src/decode/type_names.h:
src/decode/../shared/record.h:
src/decode/../util/strbuf.h:
src/decode/syscall_table.h:
src/decode/arg_types.h:
src/decode/arg_types.def:
