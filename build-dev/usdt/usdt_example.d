build-dev/usdt/usdt_example: examples/usdt_example.c \
 include/sctrace/usdt.h
include/sctrace/usdt.h:
