#!/bin/bash
# SPDX-License-Identifier: MIT
# --list-usdt of an ELF file cut short (inside its ELF header, before its section headers,
# inside its notes) says so in one line and exits 1 (it printed nothing and exited 0);
# the whole file lists its probe; a file that is no ELF at all is named as such.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

[ -e /usr/include/x86_64-linux-gnu/sys/sdt.h ] || [ -e /usr/include/sys/sdt.h ] ||
	skip "no <sys/sdt.h> [needs systemtap-sdt-dev]"
cat >"$T/p.c" <<'C'
#include <sys/sdt.h>
int main(int argc, char **argv) { DTRACE_PROBE1(demo, hit, argc); return 0; }
C
cc -O1 -o "$T/p" "$T/p.c" || fail "cannot compile"
size=$(stat -c %s "$T/p")
notes=$(readelf -SW "$T/p" | awk '$2 == ".note.stapsdt" { print strtonum("0x" $5) }')
[ -n "$notes" ] || fail "no .note.stapsdt in the test program"
whole=$("$TRACER" --list-usdt "$T/p" 2>&1; echo "rc=$?")
[[ $whole = "demo:hit args=\""*"\" semaphore=none $T/p
rc=0" ]] || fail "whole file: $whole"
for cut in 20 63 $((size / 2)) $((notes + 10)) $((size - 1)); do
	head -c "$cut" "$T/p" >"$T/cut"
	got=$("$TRACER" --list-usdt "$T/cut" 2>&1; echo "rc=$?")
	[ "$got" = "$TRACER: cannot read USDT probes from '$T/cut': truncated or damaged ELF file (its headers or its notes lie past its end)
rc=1" ] || fail "cut at $cut of $size: $got"
done
echo hello >"$T/text"
got=$("$TRACER" --list-usdt "$T/text" 2>&1; echo "rc=$?")
[ "$got" = "$TRACER: cannot read USDT probes from '$T/text': not a 64-bit little-endian ELF file
rc=1" ] || fail "text file: $got"
exit 0
