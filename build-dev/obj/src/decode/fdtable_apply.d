build-dev/obj/src/decode/fdtable_apply.o: src/decode/fdtable_apply.c \
 src/decode/fdtable_internal.h src/decode/../util/tidmap.h \
 src/decode/fdtable.h src/decode/decode.h src/decode/../shared/record.h \
 src/decode/../util/strbuf.h src/decode/syscall_table.h \
 src/decode/arg_types.h src/decode/arg_types.def \
 build-dev/gen/syscall_nr.h
src/decode/fdtable_internal.h:
src/decode/../util/tidmap.h:
src/decode/fdtable.h:
src/decode/decode.h:
src/decode/../shared/record.h:
src/decode/../util/strbuf.h:
src/decode/syscall_table.h:
src/decode/arg_types.h:
src/decode/arg_types.def:
build-dev/gen/syscall_nr.h:
