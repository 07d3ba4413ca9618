build-dev/obj/src/log/writer.o: src/log/writer.c src/log/writer.h \
 src/log/../decode/type_names.h src/log/../decode/../shared/record.h \
 src/log/../decode/../util/strbuf.h src/log/../decode/syscall_table.h \
 src/log/../decode/arg_types.h src/log/../decode/arg_types.def \
 src/log/../util/msg.h src/log/../util/strbuf.h src/log/crc32c.h \
 src/log/format.h
src/log/writer.h:
src/log/../decode/type_names.h:
src/log/../decode/../shared/record.h:
src/log/../decode/../util/strbuf.h:
src/log/../decode/syscall_table.h:
src/log/../decode/arg_types.h:
src/log/../decode/arg_types.def:
src/log/../util/msg.h:
src/log/../util/strbuf.h:
src/log/crc32c.h:
src/log/format.h:
