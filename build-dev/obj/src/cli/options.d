build-dev/obj/src/cli/options.o: src/cli/options.c src/cli/options.h \
 src/cli/../calls/status.h src/cli/../shared/record.h src/cli/qualify.h \
 src/cli/../usdt/usdt.h src/cli/../util/msg.h \
 src/cli/../analyze/summary.h src/cli/../analyze/../calls/calls.h \
 src/cli/../analyze/../calls/../decode/decode.h \
 src/cli/../analyze/../calls/../decode/../shared/record.h \
 src/cli/../analyze/../calls/../decode/../util/strbuf.h \
 src/cli/../analyze/../calls/../decode/syscall_table.h \
 src/cli/../analyze/../calls/../decode/arg_types.h \
 src/cli/../analyze/../calls/../decode/arg_types.def \
 src/cli/../analyze/../calls/../shared/record.h \
 src/cli/../decode/decode.h
src/cli/options.h:
src/cli/../calls/status.h:
src/cli/../shared/record.h:
src/cli/qualify.h:
src/cli/../usdt/usdt.h:
src/cli/../util/msg.h:
src/cli/../analyze/summary.h:
src/cli/../analyze/../calls/calls.h:
src/cli/../analyze/../calls/../decode/decode.h:
src/cli/../analyze/../calls/../decode/../shared/record.h:
src/cli/../analyze/../calls/../decode/../util/strbuf.h:
src/cli/../analyze/../calls/../decode/syscall_table.h:
src/cli/../analyze/../calls/../decode/arg_types.h:
src/cli/../analyze/../calls/../decode/arg_types.def:
src/cli/../analyze/../calls/../shared/record.h:
src/cli/../decode/decode.h:
