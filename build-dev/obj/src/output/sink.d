build-dev/obj/src/output/sink.o: src/output/sink.c src/output/sink.h \
 src/output/../analyze/summary.h src/output/../analyze/../calls/calls.h \
 src/output/../analyze/../calls/../decode/decode.h \
 src/output/../analyze/../calls/../decode/../shared/record.h \
 src/output/../analyze/../calls/../decode/../util/strbuf.h \
 src/output/../analyze/../calls/../decode/syscall_table.h \
 src/output/../analyze/../calls/../decode/arg_types.h \
 src/output/../analyze/../calls/../decode/arg_types.def \
 src/output/../analyze/../calls/../shared/record.h src/output/json.h \
 src/output/../calls/calls.h src/output/../decode/decode.h \
 src/output/../shared/record.h src/output/text.h
src/output/sink.h:
src/output/../analyze/summary.h:
src/output/../analyze/../calls/calls.h:
src/output/../analyze/../calls/../decode/decode.h:
src/output/../analyze/../calls/../decode/../shared/record.h:
src/output/../analyze/../calls/../decode/../util/strbuf.h:
src/output/../analyze/../calls/../decode/syscall_table.h:
src/output/../analyze/../calls/../decode/arg_types.h:
src/output/../analyze/../calls/../decode/arg_types.def:
src/output/../analyze/../calls/../shared/record.h:
src/output/json.h:
src/output/../calls/calls.h:
src/output/../decode/decode.h:
src/output/../shared/record.h:
src/output/text.h:
