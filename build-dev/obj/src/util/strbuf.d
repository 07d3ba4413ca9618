build-dev/obj/src/util/strbuf.o: src/util/strbuf.c src/util/strbuf.h
src/util/strbuf.h:
