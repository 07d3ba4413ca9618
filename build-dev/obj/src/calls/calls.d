build-dev/obj/src/calls/calls.o: src/calls/calls.c src/calls/calls.h \
 src/calls/../decode/decode.h src/calls/../decode/../shared/record.h \
 src/calls/../decode/../util/strbuf.h src/calls/../decode/syscall_table.h \
 src/calls/../decode/arg_types.h src/calls/../decode/arg_types.def \
 src/calls/../shared/record.h src/calls/../decode/event.h \
 src/calls/../decode/decode.h src/calls/../decode/fdtable.h \
 src/calls/status.h src/calls/../usdt/format.h \
 src/calls/../usdt/../decode/decode.h \
 src/calls/../usdt/../shared/record.h src/calls/../usdt/../util/strbuf.h \
 src/calls/../util/tidmap.h
src/calls/calls.h:
src/calls/../decode/decode.h:
src/calls/../decode/../shared/record.h:
src/calls/../decode/../util/strbuf.h:
src/calls/../decode/syscall_table.h:
src/calls/../decode/arg_types.h:
src/calls/../decode/arg_types.def:
src/calls/../shared/record.h:
src/calls/../decode/event.h:
src/calls/../decode/decode.h:
src/calls/../decode/fdtable.h:
src/calls/status.h:
src/calls/../usdt/format.h:
src/calls/../usdt/../decode/decode.h:
src/calls/../usdt/../shared/record.h:
src/calls/../usdt/../util/strbuf.h:
src/calls/../util/tidmap.h:
