build-dev/obj/src/live/fds.o: src/live/fds.c src/live/fds.h \
 src/live/../decode/fdtable.h src/live/../decode/decode.h \
 src/live/../decode/../shared/record.h \
 src/live/../decode/../util/strbuf.h src/live/../decode/syscall_table.h \
 src/live/../decode/arg_types.h src/live/../decode/arg_types.def \
 src/live/../util/strbuf.h src/live/procnet.h
src/live/fds.h:
src/live/../decode/fdtable.h:
src/live/../decode/decode.h:
src/live/../decode/../shared/record.h:
src/live/../decode/../util/strbuf.h:
src/live/../decode/syscall_table.h:
src/live/../decode/arg_types.h:
src/live/../decode/arg_types.def:
src/live/../util/strbuf.h:
src/live/procnet.h:
