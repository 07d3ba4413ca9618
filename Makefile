# SPDX-License-Identifier: MIT
# sctrace build: a plain GNU Makefile into build/.
#   make            build build/sctrace
#   make check      install what is missing, build, run every test
#   make demo       install what is missing, build, trace a bundled example
#   make install    install sctrace, libsctusdt, man pages, bash completion under $(PREFIX)
#   make deb        a Debian package of all that (pkg/pkg.mk)
#   make SANITIZE=address,undefined   build with sanitizers
#   V=1             show full commands

PREFIX ?= /usr/local
BUILD ?= build
CC ?= gcc
CLANG ?= clang
BPFTOOL ?= bpftool
VERSION := 0.1.0

ifeq ($(V),1)
Q :=
msg = @true
else
Q := @
msg = @printf '  %-8s %s\n' "$(1)" "$(2)";
endif

WARN := -Wall -Wextra -Werror -Wshadow -Wformat=2 -Wmissing-prototypes -Wstrict-prototypes \
	-Wno-unused-parameter
CFLAGS ?= -O2 -g
CFLAGS += -std=gnu11 $(WARN) -D_GNU_SOURCE -DSCT_VERSION='"$(VERSION)"' -I$(BUILD) -Isrc
LDLIBS := -lbpf -ldw -lelf -lz
ifneq ($(SANITIZE),)
CFLAGS += -fsanitize=$(SANITIZE) -fno-omit-frame-pointer
LDFLAGS += -fsanitize=$(SANITIZE)
endif

BPF_CFLAGS := -g -O2 -target bpf -D__TARGET_ARCH_x86 -D__BPF__ -I$(BUILD) -Isrc \
	-I/usr/include/x86_64-linux-gnu -Wall -Werror -Wno-unused-function

# Every .c under src/ except main.c goes into the library the tests link against.
LIB_SRCS := $(filter-out src/main.c,$(shell find src -name '*.c' -not -name '*.bpf.c' | sort))
LIB_OBJS := $(LIB_SRCS:%.c=$(BUILD)/obj/%.o)
MAIN_OBJ := $(BUILD)/obj/src/main.o
UNIT_SRCS := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
# One BPF object and skeleton per src/bpf/*.bpf.c (capture, usdt); the
# .bpf.h files are parts included by them.
BPF_OBJS := $(patsubst src/bpf/%.bpf.c,$(BUILD)/%.bpf.o,$(sort $(wildcard src/bpf/*.bpf.c)))
SKELS := $(BPF_OBJS:.bpf.o=.skel.h)

.DELETE_ON_ERROR:
.PHONY: all deps check check-unit check-e2e parity demo install uninstall clean fuzz bench soak

all: $(BUILD)/sctrace

# Fragments of other parts (lib/usdt, bench) add their targets here and append
# to ALL_EXTRA (built by all), CHECK_EXTRA (built before the tests) and
# INSTALL_EXTRA (installed by make install), UNINSTALL_EXTRA (make uninstall).
ALL_EXTRA :=
CHECK_EXTRA :=
INSTALL_EXTRA :=
UNINSTALL_EXTRA :=
include $(sort $(wildcard lib/*/*.mk bench/*.mk pkg/*.mk))
all: $(ALL_EXTRA)

deps:
	$(Q)scripts/install-deps.sh build test

$(BUILD)/vmlinux.h:
	$(call msg,GEN,$@)
	$(Q)mkdir -p $(@D)
	$(Q)if [ ! -r /sys/kernel/btf/vmlinux ]; then \
		echo "sctrace build: kernel lacks BTF at /sys/kernel/btf/vmlinux (CONFIG_DEBUG_INFO_BTF)" >&2; exit 1; fi
	$(Q)$(BPFTOOL) btf dump file /sys/kernel/btf/vmlinux format c > $@

# Static pattern rules: the objects are named targets, so make neither takes
# them for intermediate files nor deletes them. $(BUILD)/NAME.bpf.d lists the
# headers an object includes, so editing a .bpf.h rebuilds it.
$(BPF_OBJS): $(BUILD)/%.bpf.o: src/bpf/%.bpf.c $(BUILD)/vmlinux.h
	$(call msg,BPF,$@)
	$(Q)$(CLANG) $(BPF_CFLAGS) -MMD -MP -MT $@ -MF $(BUILD)/$*.bpf.d -c $< -o $@.tmp.o
	$(Q)$(BPFTOOL) gen object $@ $@.tmp.o && rm -f $@.tmp.o

# The skeleton of NAME.bpf.o is struct NAME_bpf (capture_bpf, usdt_bpf).
$(SKELS): $(BUILD)/%.skel.h: $(BUILD)/%.bpf.o
	$(call msg,SKEL,$@)
	$(Q)$(BPFTOOL) gen skeleton $< name $*_bpf > $@

# x86_64 syscall numbers by name (SCT_NR_openat), from <asm/unistd_64.h> as $(CC)
# finds it and the script's list of newer syscalls; the .d remakes it when the
# header changes.
SYSCALL_NR_H := $(BUILD)/gen/syscall_nr.h
$(SYSCALL_NR_H): scripts/gen-syscall-names.sh
	$(call msg,GEN,$@)
	$(Q)mkdir -p $(@D)
	$(Q)CC='$(CC)' scripts/gen-syscall-names.sh header > $@.tmp && mv $@.tmp $@
	$(Q)echo '#include <asm/unistd_64.h>' | $(CC) -M -MP -MT $@ -x c - > $(BUILD)/gen/syscall_nr.d

# The i386 syscalls' names, from <asm/unistd_32.h>: strace accepts them in -e trace=
# (they select nothing in the x86_64 calls sctrace traces).
SYSCALL_NAMES_32_H := $(BUILD)/gen/syscall_names_32.h
$(SYSCALL_NAMES_32_H):
	$(call msg,GEN,$@)
	$(Q)mkdir -p $(@D)
	$(Q)echo '#include <asm/unistd_32.h>' | $(CC) -E -dM -x c - | \
		sed -n 's/^#define __NR_\([a-z0-9_]*\) .*/\t"\1",/p' | LC_ALL=C sort > $@.tmp && mv $@.tmp $@

# The constant tables' names, as checks of their values against the kernel's uapi headers.
XLAT_SOURCES := src/decode/flags.c src/decode/proc_flags.c src/decode/signals.c src/decode/xlat_ipc.c \
	src/decode/xlat_prctl.c src/decode/xlat_sysvipc.c src/decode/xlat_ioctl.c src/decode/xlat_netlink.c \
	src/decode/xlat_sockets.c src/decode/xlat_proc.c \
	src/decode/xlat_newsys.c src/decode/xlat_perf.c \
	src/decode/xlat_v4l2.c src/decode/xlat_kvm.c \
	src/decode/xlat_bpf.c src/decode/xlat_fsconfig.c \
	src/decode/xlat_kd.c src/decode/xlat_btrfs.c \
	src/decode/xlat_uring.c \
	src/decode/xlat_devices.c
$(BUILD)/gen/xlat_checks.h: scripts/gen-xlat-checks.sh $(XLAT_SOURCES)
	$(call msg,GEN,$@)
	$(Q)mkdir -p $(@D)
	$(Q)scripts/gen-xlat-checks.sh $(XLAT_SOURCES) > $@.tmp && mv $@.tmp $@

$(BUILD)/tests/test_xlat_values: $(BUILD)/gen/xlat_checks.h
$(BUILD)/tests/test_ioctl_names: $(BUILD)/gen/ioctl_names.h

# The ioctl request names, from every uapi header that defines requests.
IOCTL_NAMES_H := $(BUILD)/gen/ioctl_names.h
$(IOCTL_NAMES_H): scripts/gen-ioctl-names.sh
	$(call msg,GEN,$@)
	$(Q)mkdir -p $(@D)
	$(Q)CC='$(CC)' scripts/gen-ioctl-names.sh > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/%.o: %.c | $(SKELS) $(SYSCALL_NR_H) $(SYSCALL_NAMES_32_H) $(IOCTL_NAMES_H)
	$(call msg,CC,$@)
	$(Q)mkdir -p $(@D)
	$(Q)$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/libsct.a: $(LIB_OBJS)
	$(call msg,AR,$@)
	$(Q)rm -f $@ && ar rcs $@ $^

$(BUILD)/sctrace: $(MAIN_OBJ) $(BUILD)/libsct.a
	$(call msg,LINK,$@)
	$(Q)$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libsct.a
	$(call msg,CC,$@)
	$(Q)mkdir -p $(@D)
	$(Q)$(CC) $(CFLAGS) -Itests/unit -MMD -MP -o $@ $< $(BUILD)/libsct.a $(LDFLAGS) $(LDLIBS)

check: deps all $(UNIT_BINS) $(CHECK_EXTRA)
	$(Q)BUILD=$(BUILD) SCT_DEPS_INSTALLED=1 tests/run.sh

check-unit: all $(UNIT_BINS)
	$(Q)BUILD=$(BUILD) tests/run.sh unit

check-e2e: all
	$(Q)BUILD=$(BUILD) tests/run.sh e2e

# strace against sctrace on everyday programs: % of identical lines (a measurement)
parity: all
	$(Q)tests/parity/run.py --sctrace $(BUILD)/sctrace

demo: deps all
	$(Q)$(CC) -O2 -o $(BUILD)/demo examples/demo.c
	$(BUILD)/sctrace -f $(BUILD)/demo

fuzz:
	$(Q)BUILD=$(BUILD) tests/log/adversarial.sh all
	$(Q)BUILD=$(BUILD) tests/fuzz/run.sh long $(FUZZ_SECONDS)

# 10 minutes of --system-wide --record under load: flat RSS, exact loss accounting, --check
# (tests/soak/run.sh; SOAK_SECONDS=N for another length). Not part of make check.
soak: all
	$(Q)BUILD=$(BUILD) SOAK_SECONDS=$(SOAK_SECONDS) tests/soak/run.sh

install: all $(INSTALL_EXTRA)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 0755 $(BUILD)/sctrace $(DESTDIR)$(PREFIX)/bin/sctrace
	install -m 0644 doc/sctrace.1 $(DESTDIR)$(PREFIX)/share/man/man1/sctrace.1

uninstall: $(UNINSTALL_EXTRA)
	rm -f $(DESTDIR)$(PREFIX)/bin/sctrace $(DESTDIR)$(PREFIX)/share/man/man1/sctrace.1

clean:
	rm -rf $(BUILD)

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
