build-dev/obj/src/cli/replay.o: src/cli/replay.c src/cli/replay.h \
 src/cli/options.h src/cli/../calls/status.h src/cli/../shared/record.h \
 src/cli/qualify.h src/cli/../log/reader.h \
 src/cli/../log/../decode/syscall_table.h \
 src/cli/../log/../decode/arg_types.h \
 src/cli/../log/../decode/arg_types.def src/cli/../log/../shared/record.h \
 src/cli/../log/format.h src/cli/../util/msg.h src/cli/output.h \
 src/cli/../output/sink.h src/cli/../output/../analyze/summary.h \
 src/cli/../output/../analyze/../calls/calls.h \
 src/cli/../output/../analyze/../calls/../decode/decode.h \
 src/cli/../output/../analyze/../calls/../decode/../shared/record.h \
 src/cli/../output/../analyze/../calls/../decode/../util/strbuf.h \
 src/cli/../output/../analyze/../calls/../decode/syscall_table.h \
 src/cli/../output/../analyze/../calls/../shared/record.h \
 src/cli/../output/json.h src/cli/../output/../calls/calls.h \
 src/cli/../output/../decode/decode.h \
 src/cli/../output/../shared/record.h src/cli/../output/text.h
src/cli/replay.h:
src/cli/options.h:
src/cli/../calls/status.h:
src/cli/../shared/record.h:
src/cli/qualify.h:
src/cli/../log/reader.h:
src/cli/../log/../decode/syscall_table.h:
src/cli/../log/../decode/arg_types.h:
src/cli/../log/../decode/arg_types.def:
src/cli/../log/../shared/record.h:
src/cli/../log/format.h:
src/cli/../util/msg.h:
src/cli/output.h:
src/cli/../output/sink.h:
src/cli/../output/../analyze/summary.h:
src/cli/../output/../analyze/../calls/calls.h:
src/cli/../output/../analyze/../calls/../decode/decode.h:
src/cli/../output/../analyze/../calls/../decode/../shared/record.h:
src/cli/../output/../analyze/../calls/../decode/../util/strbuf.h:
src/cli/../output/../analyze/../calls/../decode/syscall_table.h:
src/cli/../output/../analyze/../calls/../shared/record.h:
src/cli/../output/json.h:
src/cli/../output/../calls/calls.h:
src/cli/../output/../decode/decode.h:
src/cli/../output/../shared/record.h:
src/cli/../output/text.h:
