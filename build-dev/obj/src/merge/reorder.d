build-dev/obj/src/merge/reorder.o: src/merge/reorder.c \
 src/merge/reorder.h src/merge/../shared/record.h
src/merge/reorder.h:
src/merge/../shared/record.h:
