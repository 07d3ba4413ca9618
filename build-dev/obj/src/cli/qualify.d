build-dev/obj/src/cli/qualify.o: src/cli/qualify.c src/cli/qualify.h \
 src/cli/../shared/record.h src/cli/../decode/decode.h \
 src/cli/../decode/../shared/record.h src/cli/../decode/../util/strbuf.h \
 src/cli/../decode/syscall_table.h src/cli/../decode/arg_types.h \
 src/cli/../decode/arg_types.def src/cli/../decode/syscall_table.h \
 src/cli/options.h src/cli/../calls/status.h \
 build-dev/gen/syscall_names_32.h
src/cli/qualify.h:
src/cli/../shared/record.h:
src/cli/../decode/decode.h:
src/cli/../decode/../shared/record.h:
src/cli/../decode/../util/strbuf.h:
src/cli/../decode/syscall_table.h:
src/cli/../decode/arg_types.h:
src/cli/../decode/arg_types.def:
src/cli/../decode/syscall_table.h:
src/cli/options.h:
src/cli/../calls/status.h:
build-dev/gen/syscall_names_32.h:
