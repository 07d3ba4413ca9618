#!/bin/bash
# SPDX-License-Identifier: MIT
# make install PREFIX=/x after a plain make: sctusdt.pc says prefix=/x (written at install
# time), a program built with pkg-config's flags links against the installed libsctusdt
# and runs; the man pages and the bash completion are installed; make uninstall leaves no
# file behind.
# TRACER-ONLY: sctrace
# TIMEOUT: 120
. "$E2E_DIR/helpers/lib.sh"
ROOT=$(cd "$E2E_DIR/../.." && pwd)
command -v pkg-config >/dev/null || skip "no pkg-config"
P=$T/prefix
make -s -C "$ROOT" BUILD="$BUILD" install PREFIX="$P" >"$T/install.log" 2>&1 ||
	fail "make install PREFIX=$P failed: $(tail -3 "$T/install.log")"
export PKG_CONFIG_PATH=$P/lib/pkgconfig
[ "$(pkg-config --variable=prefix sctusdt)" = "$P" ] ||
	fail "sctusdt.pc says prefix=$(pkg-config --variable=prefix sctusdt), want $P"
cflags=$(pkg-config --cflags sctusdt) libs=$(pkg-config --libs sctusdt)
[ "${cflags% }" = "-I$P/include" ] || fail "cflags: $cflags"
[ "${libs% }" = "-L$P/lib -lsctusdt" ] || fail "libs: $libs"
cat >"$T/app.c" <<'C'
#include <stdio.h>
#include <sctrace/usdt.h>
int main(void)
{
	struct sct_usdt_provider *p = sct_usdt_provider_new("pkgtest");
	struct sct_usdt_probe *pr = sct_usdt_probe_add(p, "hit", "i32");
	int err = sct_usdt_provider_load(p);

	SCT_USDT_FIRE(pr, 7);
	printf("%s\n", err ? sct_usdt_strerror(err) : "loaded");
	sct_usdt_provider_free(p);
	return err != 0;
}
C
# shellcheck disable=SC2046 # pkg-config's words
cc -o "$T/app" "$T/app.c" $(pkg-config --cflags --libs sctusdt) || fail "cannot build against the installed library"
[ "$(LD_LIBRARY_PATH=$P/lib "$T/app")" = loaded ] || fail "the program built with pkg-config did not run"
for f in bin/sctrace share/man/man1/sctrace.1 share/man/man3/sct_usdt.3 \
	share/man/man3/sct_usdt_provider_new.3 share/bash-completion/completions/sctrace; do
	[ -s "$P/$f" ] || fail "$P/$f not installed"
done
MANPATH=$P/share/man man -w sct_usdt_probe_add >/dev/null 2>&1 || [ ! -x /usr/bin/man ] ||
	fail "man cannot find sct_usdt_probe_add(3) under $P/share/man"
"$P/bin/sctrace" -V >/dev/null || fail "the installed sctrace -V failed"
make -s -C "$ROOT" BUILD="$BUILD" uninstall PREFIX="$P" >"$T/uninstall.log" 2>&1 || fail "make uninstall failed"
left=$(find "$P" ! -type d)
[ -z "$left" ] || fail "make uninstall left: $left"
echo "make install PREFIX=: pkg-config prefix $P, a program linked and ran, man pages, completion; uninstall left nothing"
exit 0
