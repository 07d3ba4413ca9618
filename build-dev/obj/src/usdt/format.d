build-dev/obj/src/usdt/format.o: src/usdt/format.c src/usdt/format.h \
 src/usdt/../decode/decode.h src/usdt/../decode/../shared/record.h \
 src/usdt/../decode/../util/strbuf.h src/usdt/../decode/syscall_table.h \
 src/usdt/../decode/arg_types.h src/usdt/../decode/arg_types.def \
 src/usdt/../shared/record.h src/usdt/../util/strbuf.h \
 src/usdt/../util/json_string.h src/usdt/../util/strbuf.h
src/usdt/format.h:
src/usdt/../decode/decode.h:
src/usdt/../decode/../shared/record.h:
src/usdt/../decode/../util/strbuf.h:
src/usdt/../decode/syscall_table.h:
src/usdt/../decode/arg_types.h:
src/usdt/../decode/arg_types.def:
src/usdt/../shared/record.h:
src/usdt/../util/strbuf.h:
src/usdt/../util/json_string.h:
src/usdt/../util/strbuf.h:
