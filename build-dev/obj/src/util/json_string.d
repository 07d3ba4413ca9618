build-dev/obj/src/util/json_string.o: src/util/json_string.c \
 src/util/json_string.h src/util/strbuf.h
src/util/json_string.h:
src/util/strbuf.h:
