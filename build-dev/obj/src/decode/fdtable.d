build-dev/obj/src/decode/fdtable.o: src/decode/fdtable.c \
 src/decode/fdtable_internal.h src/decode/../util/tidmap.h \
 src/decode/fdtable.h src/decode/decode.h src/decode/../shared/record.h \
 src/decode/../util/strbuf.h src/decode/syscall_table.h \
 src/decode/arg_types.h src/decode/arg_types.def
src/decode/fdtable_internal.h:
src/decode/../util/tidmap.h:
src/decode/fdtable.h:
src/decode/decode.h:
src/decode/../shared/record.h:
src/decode/../util/strbuf.h:
src/decode/syscall_table.h:
src/decode/arg_types.h:
src/decode/arg_types.def:
