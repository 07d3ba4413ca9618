build-dev/obj/src/util/tidmap.o: src/util/tidmap.c src/util/tidmap.h
src/util/tidmap.h:
