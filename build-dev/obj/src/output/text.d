build-dev/obj/src/output/text.o: src/output/text.c src/output/text.h \
 src/output/../calls/calls.h src/output/../calls/../decode/decode.h \
 src/output/../calls/../decode/../shared/record.h \
 src/output/../calls/../decode/../util/strbuf.h \
 src/output/../calls/../decode/syscall_table.h \
 src/output/../calls/../decode/arg_types.h \
 src/output/../calls/../decode/arg_types.def \
 src/output/../calls/../shared/record.h src/output/../decode/decode.h \
 src/output/../shared/record.h src/output/../decode/event.h \
 src/output/../decode/decode.h src/output/../decode/iov.h \
 src/output/../decode/fmt.h src/output/../decode/../util/unaligned.h \
 src/output/../usdt/format.h src/output/../usdt/../decode/decode.h \
 src/output/../usdt/../shared/record.h \
 src/output/../usdt/../util/strbuf.h src/output/../util/tidmap.h
src/output/text.h:
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
src/output/../decode/iov.h:
src/output/../decode/fmt.h:
src/output/../decode/../util/unaligned.h:
src/output/../usdt/format.h:
src/output/../usdt/../decode/decode.h:
src/output/../usdt/../shared/record.h:
src/output/../usdt/../util/strbuf.h:
src/output/../util/tidmap.h:
