build-dev/obj/src/cli/run.o: src/cli/run.c src/cli/run.h \
 src/cli/options.h src/cli/../calls/status.h src/cli/../shared/record.h \
 src/cli/qualify.h src/cli/../capture/capture.h \
 src/cli/../capture/../shared/record.h src/cli/../capture/targets.h \
 src/cli/../decode/fdtable.h src/cli/../decode/decode.h \
 src/cli/../decode/../shared/record.h src/cli/../decode/../util/strbuf.h \
 src/cli/../decode/syscall_table.h src/cli/../decode/arg_types.h \
 src/cli/../decode/arg_types.def src/cli/../live/fds.h \
 src/cli/../live/../decode/fdtable.h src/cli/../live/../util/strbuf.h \
 src/cli/../log/format.h src/cli/../log/writer.h src/cli/../output/sink.h \
 src/cli/../output/../analyze/summary.h \
 src/cli/../output/../analyze/../calls/calls.h \
 src/cli/../output/../analyze/../calls/../decode/decode.h \
 src/cli/../output/../analyze/../calls/../shared/record.h \
 src/cli/../output/json.h src/cli/../output/../calls/calls.h \
 src/cli/../output/../decode/decode.h \
 src/cli/../output/../shared/record.h src/cli/../output/text.h \
 src/cli/../usdt/usdt.h src/cli/../util/msg.h src/cli/output.h
src/cli/run.h:
src/cli/options.h:
src/cli/../calls/status.h:
src/cli/../shared/record.h:
src/cli/qualify.h:
src/cli/../capture/capture.h:
src/cli/../capture/../shared/record.h:
src/cli/../capture/targets.h:
src/cli/../decode/fdtable.h:
src/cli/../decode/decode.h:
src/cli/../decode/../shared/record.h:
src/cli/../decode/../util/strbuf.h:
src/cli/../decode/syscall_table.h:
src/cli/../decode/arg_types.h:
src/cli/../decode/arg_types.def:
src/cli/../live/fds.h:
src/cli/../live/../decode/fdtable.h:
src/cli/../live/../util/strbuf.h:
src/cli/../log/format.h:
src/cli/../log/writer.h:
src/cli/../output/sink.h:
src/cli/../output/../analyze/summary.h:
src/cli/../output/../analyze/../calls/calls.h:
src/cli/../output/../analyze/../calls/../decode/decode.h:
src/cli/../output/../analyze/../calls/../shared/record.h:
src/cli/../output/json.h:
src/cli/../output/../calls/calls.h:
src/cli/../output/../decode/decode.h:
src/cli/../output/../shared/record.h:
src/cli/../output/text.h:
src/cli/../usdt/usdt.h:
src/cli/../util/msg.h:
src/cli/output.h:
