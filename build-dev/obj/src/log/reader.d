build-dev/obj/src/log/reader.o: src/log/reader.c src/log/reader.h \
 src/log/../decode/syscall_table.h src/log/../decode/arg_types.h \
 src/log/../decode/arg_types.def src/log/../shared/record.h \
 src/log/format.h src/log/../merge/reorder.h \
 src/log/../merge/../shared/record.h src/log/../decode/type_names.h \
 src/log/../decode/../shared/record.h src/log/../decode/../util/strbuf.h \
 src/log/../decode/syscall_table.h src/log/../util/msg.h \
 src/log/../util/unaligned.h src/log/crc32c.h
src/log/reader.h:
src/log/../decode/syscall_table.h:
src/log/../decode/arg_types.h:
src/log/../decode/arg_types.def:
src/log/../shared/record.h:
src/log/format.h:
src/log/../merge/reorder.h:
src/log/../merge/../shared/record.h:
src/log/../decode/type_names.h:
src/log/../decode/../shared/record.h:
src/log/../decode/../util/strbuf.h:
src/log/../decode/syscall_table.h:
src/log/../util/msg.h:
src/log/../util/unaligned.h:
src/log/crc32c.h:
