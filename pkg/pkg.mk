# SPDX-License-Identifier: MIT
# Packaging (included by the top Makefile):
#   build/sctrace.bash   bash completion, generated from the option tables (built by all)
#   make install         also installs it and sct_usdt(3) (install-pkg)
#   make deb             build/deb/sctrace_VERSION_ARCH.deb with dpkg-deb (pkg/deb.sh)

COMPLETION := $(BUILD)/sctrace.bash
USDT_MAN_LINKS := sct_usdt_provider_new sct_usdt_probe_add sct_usdt_provider_load \
	sct_usdt_provider_unload sct_usdt_provider_free sct_usdt_enabled sct_usdt_fire \
	sct_usdt_fire64 sct_usdt_strerror SCT_USDT_FIRE

.PHONY: install-pkg uninstall-pkg deb

ALL_EXTRA += $(COMPLETION)
INSTALL_EXTRA += install-pkg
UNINSTALL_EXTRA += uninstall-pkg

$(COMPLETION): scripts/gen-bash-completion.sh src/cli/options.c src/cli/qualify.c
	$(call msg,GEN,$@)
	$(Q)mkdir -p $(@D)
	$(Q)scripts/gen-bash-completion.sh src/cli/options.c src/cli/qualify.c >$@

install-pkg: $(COMPLETION)
	install -d $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
		$(DESTDIR)$(PREFIX)/share/man/man3
	install -m 0644 $(COMPLETION) $(DESTDIR)$(PREFIX)/share/bash-completion/completions/sctrace
	install -m 0644 doc/sct_usdt.3 $(DESTDIR)$(PREFIX)/share/man/man3/sct_usdt.3
	for f in $(USDT_MAN_LINKS); do \
		echo '.so man3/sct_usdt.3' >$(DESTDIR)$(PREFIX)/share/man/man3/$$f.3 || exit 1; done

uninstall-pkg:
	rm -f $(DESTDIR)$(PREFIX)/share/bash-completion/completions/sctrace \
		$(DESTDIR)$(PREFIX)/share/man/man3/sct_usdt.3 \
		$(USDT_MAN_LINKS:%=$(DESTDIR)$(PREFIX)/share/man/man3/%.3)

# Staged with make install (PREFIX=/usr) into build/deb/root, then dpkg-deb.
deb: all
	$(Q)BUILD=$(BUILD) VERSION=$(VERSION) MAKE="$(MAKE)" pkg/deb.sh
