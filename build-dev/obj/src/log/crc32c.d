build-dev/obj/src/log/crc32c.o: src/log/crc32c.c src/log/crc32c.h \
 src/log/../util/unaligned.h
src/log/crc32c.h:
src/log/../util/unaligned.h:
