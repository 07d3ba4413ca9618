build-dev/obj/src/main.o: src/main.c src/cli/options.h \
 src/cli/../calls/status.h src/cli/../shared/record.h src/cli/qualify.h \
 src/cli/replay.h src/cli/options.h src/cli/run.h
src/cli/options.h:
src/cli/../calls/status.h:
src/cli/../shared/record.h:
src/cli/qualify.h:
src/cli/replay.h:
src/cli/options.h:
src/cli/run.h:
