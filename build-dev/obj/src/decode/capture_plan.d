build-dev/obj/src/decode/capture_plan.o: src/decode/capture_plan.c \
 src/decode/capture_plan.h src/decode/../shared/record.h \
 src/decode/arg_types.h src/decode/arg_types.def src/decode/select.h \
 src/decode/fmt.h src/decode/decode.h src/decode/../util/strbuf.h \
 src/decode/syscall_table.h src/decode/../util/unaligned.h \
 src/decode/structs.h
src/decode/capture_plan.h:
src/decode/../shared/record.h:
src/decode/arg_types.h:
src/decode/arg_types.def:
src/decode/select.h:
src/decode/fmt.h:
src/decode/decode.h:
src/decode/../util/strbuf.h:
src/decode/syscall_table.h:
src/decode/../util/unaligned.h:
src/decode/structs.h:
