build-dev/obj/src/live/procnet.o: src/live/procnet.c src/live/procnet.h \
 src/live/../util/strbuf.h src/live/../decode/decode.h \
 src/live/../decode/../shared/record.h \
 src/live/../decode/../util/strbuf.h src/live/../decode/syscall_table.h \
 src/live/../decode/arg_types.h src/live/../decode/arg_types.def
src/live/procnet.h:
src/live/../util/strbuf.h:
src/live/../decode/decode.h:
src/live/../decode/../shared/record.h:
src/live/../decode/../util/strbuf.h:
src/live/../decode/syscall_table.h:
src/live/../decode/arg_types.h:
src/live/../decode/arg_types.def:
