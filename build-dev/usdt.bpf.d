build-dev/usdt.bpf.o: src/bpf/usdt.bpf.c build-dev/vmlinux.h \
  src/bpf/../shared/record.h src/bpf/../shared/usdt_spec.h \
  src/bpf/rings.bpf.h

build-dev/vmlinux.h:

src/bpf/../shared/record.h:

src/bpf/../shared/usdt_spec.h:

src/bpf/rings.bpf.h:
