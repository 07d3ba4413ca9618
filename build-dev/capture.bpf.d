build-dev/capture.bpf.o: src/bpf/capture.bpf.c build-dev/vmlinux.h \
  src/bpf/../shared/record.h src/bpf/rings.bpf.h src/bpf/filter.bpf.h \
  src/bpf/blob.bpf.h src/bpf/lanes.bpf.h src/bpf/fdinfo.bpf.h \
  src/bpf/args.bpf.h src/bpf/syscall.bpf.h src/bpf/signal.bpf.h \
  src/bpf/task.bpf.h

build-dev/vmlinux.h:

src/bpf/../shared/record.h:

src/bpf/rings.bpf.h:

src/bpf/filter.bpf.h:

src/bpf/blob.bpf.h:

src/bpf/lanes.bpf.h:

src/bpf/fdinfo.bpf.h:

src/bpf/args.bpf.h:

src/bpf/syscall.bpf.h:

src/bpf/signal.bpf.h:

src/bpf/task.bpf.h:
