build-dev/obj/src/output/json.o: src/output/json.c src/output/json.h \
 src/output/../calls/calls.h src/output/../calls/../decode/decode.h \
 src/output/../calls/../decode/../shared/record.h \
 src/output/../calls/../decode/../util/strbuf.h \
 src/output/../calls/../decode/syscall_table.h \
 src/output/../calls/../decode/arg_types.h \
 src/output/../calls/../decode/arg_types.def \
 src/output/../calls/../shared/record.h src/output/../decode/decode.h \
 src/output/../shared/record.h src/output/../decode/event.h \
 src/output/../decode/decode.h src/output/../util/json_string.h \
 src/output/../util/strbuf.h src/output/../usdt/format.h \
 src/output/../usdt/../decode/decode.h \
 src/output/../usdt/../shared/record.h \
 src/output/../usdt/../util/strbuf.h
src/output/json.h:
src/output/../calls/calls.h:
src/output/../calls/../decode/decode.h:
src/output/../calls/../decode/../shared/record.h:
src/output/../calls/../decode/../util/strbuf.h:
src/output/../calls/../decode/syscall_table.h:
src/output/../calls/../decode/arg_types.h:
src/output/../calls/../decode/arg_types.def:
src/output/../calls/../shared/record.h:
src/output/../decode/decode.h:
src/output/../shared/record.h:
src/output/../decode/event.h:
src/output/../decode/decode.h:
src/output/../util/json_string.h:
src/output/../util/strbuf.h:
src/output/../usdt/format.h:
src/output/../usdt/../decode/decode.h:
src/output/../usdt/../shared/record.h:
src/output/../usdt/../util/strbuf.h:
