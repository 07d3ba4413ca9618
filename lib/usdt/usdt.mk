# SPDX-License-Identifier: MIT
# libsctusdt (lib/usdt): runtime USDT providers. Included by the top Makefile.
#   build/libsctusdt.a, build/libsctusdt.so (soname libsctusdt.so.0), build/sctusdt.pc
#   build/usdt/        objects, tests, example, benchmark
#   make bench-usdt    ns per disabled and enabled SCT_USDT_FIRE; sctrace's detach time
#   make install-usdt  library, header and .pc under $(DESTDIR)$(PREFIX) (part of install)
#   make usdt-musl     build/usdt/musl/: libsctusdt.a built with musl-gcc (Debian musl-tools)
#                      and the example linked statically against it (make check builds it
#                      when musl-gcc is there; tests/usdt/run.sh traces it)

USDT_DIR := $(BUILD)/usdt
USDT_SRCS := $(addprefix lib/usdt/,argtypes.c elf_writer.c arch_x86_64.c provider.c loader.c \
	fire.c error.c)
USDT_OBJS := $(USDT_SRCS:%.c=$(USDT_DIR)/obj/%.o)
USDT_CFLAGS = $(CFLAGS) -fPIC -Iinclude -Ilib/usdt
USDT_SOVER := 0
USDT_SO := $(BUILD)/libsctusdt.so
USDT_SO_REAL := $(USDT_SO).$(USDT_SOVER).$(VERSION:0.%=%)
USDT_LIBDIR ?= $(PREFIX)/lib
USDT_INCDIR ?= $(PREFIX)/include
USDT_TESTS := $(addprefix $(USDT_DIR)/,test_usdt_api usdt_driver usdt_example late_fire)
USDT_BENCH := $(USDT_DIR)/usdt_fire

.PHONY: usdt usdt-musl install-usdt uninstall-usdt bench-usdt

usdt: $(BUILD)/libsctusdt.a $(USDT_SO) $(BUILD)/sctusdt.pc

ALL_EXTRA += usdt $(USDT_DIR)/usdt_example
CHECK_EXTRA += usdt $(USDT_TESTS) $(USDT_BENCH)
INSTALL_EXTRA += install-usdt
UNINSTALL_EXTRA += uninstall-usdt

$(USDT_DIR)/obj/%.o: %.c lib/usdt/usdt.mk
	$(call msg,CC,$@)
	$(Q)mkdir -p $(@D)
	$(Q)$(CC) $(USDT_CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/libsctusdt.a: $(USDT_OBJS)
	$(call msg,AR,$@)
	$(Q)rm -f $@ && ar rcs $@ $^

$(USDT_SO_REAL): $(USDT_OBJS) lib/usdt/libsctusdt.map
	$(call msg,LINK,$@)
	$(Q)$(CC) $(LDFLAGS) -shared -Wl,-soname,libsctusdt.so.$(USDT_SOVER) \
		-Wl,--version-script=lib/usdt/libsctusdt.map -Wl,-z,defs -Wl,-z,noexecstack \
		-o $@ $(USDT_OBJS)

$(USDT_SO): $(USDT_SO_REAL)
	$(Q)ln -sf $(notdir $<) $(BUILD)/libsctusdt.so.$(USDT_SOVER)
	$(Q)ln -sf libsctusdt.so.$(USDT_SOVER) $@

# The .pc names the prefix it is installed under: written again by install-usdt with
# the PREFIX given then (build/sctusdt.pc is for uninstalled use, with the build's).
usdt_pc = printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$(USDT_LIBDIR)' 'includedir=$(USDT_INCDIR)' '' \
	'Name: sctusdt' 'Description: USDT probes defined at run time (sctrace)' \
	'Version: $(VERSION)' 'Libs: -L$${libdir} -lsctusdt' 'Cflags: -I$${includedir}'

$(BUILD)/sctusdt.pc: lib/usdt/usdt.mk
	$(call msg,GEN,$@)
	$(Q)mkdir -p $(@D)
	$(Q)$(usdt_pc) > $@

# musl: its own compiler and flags (CFLAGS may name glibc-only include paths).
USDT_MUSL_DIR := $(USDT_DIR)/musl
USDT_MUSL_OBJS := $(USDT_SRCS:%.c=$(USDT_MUSL_DIR)/obj/%.o)
USDT_MUSL_CFLAGS := -std=gnu11 -O2 $(WARN) -D_GNU_SOURCE -fPIC -Iinclude -Ilib/usdt
MUSL_GCC ?= musl-gcc

usdt-musl: $(USDT_MUSL_DIR)/libsctusdt.a $(USDT_MUSL_DIR)/usdt_example

ifneq ($(shell command -v $(MUSL_GCC) 2>/dev/null),)
CHECK_EXTRA += usdt-musl
endif

$(USDT_MUSL_DIR)/obj/%.o: %.c lib/usdt/usdt.mk
	$(call msg,MUSLCC,$@)
	$(Q)mkdir -p $(@D)
	$(Q)$(MUSL_GCC) $(USDT_MUSL_CFLAGS) -MMD -MP -c $< -o $@

$(USDT_MUSL_DIR)/libsctusdt.a: $(USDT_MUSL_OBJS)
	$(call msg,AR,$@)
	$(Q)rm -f $@ && ar rcs $@ $^

$(USDT_MUSL_DIR)/usdt_example: examples/usdt_example.c $(USDT_MUSL_DIR)/libsctusdt.a
	$(call msg,MUSLCC,$@)
	$(Q)$(MUSL_GCC) $(USDT_MUSL_CFLAGS) -static -o $@ $< $(USDT_MUSL_DIR)/libsctusdt.a -lpthread

# Tests, example and benchmark link the static library: nothing but libc.
$(USDT_DIR)/%: tests/usdt/%.c $(BUILD)/libsctusdt.a
	$(call msg,CC,$@)
	$(Q)mkdir -p $(@D)
	$(Q)$(CC) $(USDT_CFLAGS) -MMD -MP -o $@ $< $(BUILD)/libsctusdt.a $(LDFLAGS)

$(USDT_DIR)/usdt_example: examples/usdt_example.c $(BUILD)/libsctusdt.a
	$(call msg,CC,$@)
	$(Q)mkdir -p $(@D)
	$(Q)$(CC) $(USDT_CFLAGS) -MMD -MP -o $@ $< $(BUILD)/libsctusdt.a $(LDFLAGS)

$(USDT_BENCH): bench/usdt_fire.c $(BUILD)/libsctusdt.a
	$(call msg,CC,$@)
	$(Q)mkdir -p $(@D)
	$(Q)$(CC) $(USDT_CFLAGS) -MMD -MP -o $@ $< $(BUILD)/libsctusdt.a $(LDFLAGS)

bench-usdt: $(USDT_BENCH) $(USDT_DIR)/usdt_driver $(BUILD)/sctrace
	$(Q)bench/usdt_fire.sh $(USDT_BENCH)
	$(Q)bench/usdt_teardown.sh $(BUILD)/sctrace $(USDT_DIR)/usdt_driver 200

install-usdt: usdt
	install -d $(DESTDIR)$(USDT_LIBDIR)/pkgconfig $(DESTDIR)$(USDT_INCDIR)/sctrace
	install -m 0644 $(BUILD)/libsctusdt.a $(DESTDIR)$(USDT_LIBDIR)/libsctusdt.a
	install -m 0755 $(USDT_SO_REAL) $(DESTDIR)$(USDT_LIBDIR)/$(notdir $(USDT_SO_REAL))
	ln -sf $(notdir $(USDT_SO_REAL)) $(DESTDIR)$(USDT_LIBDIR)/libsctusdt.so.$(USDT_SOVER)
	ln -sf libsctusdt.so.$(USDT_SOVER) $(DESTDIR)$(USDT_LIBDIR)/libsctusdt.so
	install -m 0644 include/sctrace/usdt.h $(DESTDIR)$(USDT_INCDIR)/sctrace/usdt.h
	$(usdt_pc) > $(DESTDIR)$(USDT_LIBDIR)/pkgconfig/sctusdt.pc

uninstall-usdt:
	rm -f $(DESTDIR)$(USDT_LIBDIR)/libsctusdt.a $(DESTDIR)$(USDT_LIBDIR)/libsctusdt.so* \
		$(DESTDIR)$(USDT_INCDIR)/sctrace/usdt.h $(DESTDIR)$(USDT_LIBDIR)/pkgconfig/sctusdt.pc
