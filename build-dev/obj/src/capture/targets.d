build-dev/obj/src/capture/targets.o: src/capture/targets.c \
 src/capture/targets.h src/capture/../util/msg.h
src/capture/targets.h:
src/capture/../util/msg.h:
