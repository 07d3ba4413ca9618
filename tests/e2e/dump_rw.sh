#!/bin/bash
# SPDX-License-Identifier: MIT
# -e read=SET / -e write=SET: the hex dumps after reads and writes on those descriptors,
# line for line as strace's (a pipe written and read; a 40-byte string to a file).
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

[ -x "$BIN/fd_pipe" ] || skip "fd_pipe not built"
cat >"$T/w.c" <<'C'
#include <unistd.h>
int main(void) { return write(1, "hello world, this is a dump test\n\001\377\t0123", 40) != 40; }
C
cc -o "$T/w" "$T/w.c" || fail "cannot build the writer"
n=0
for run in "fd_pipe -e read=3 -e write=4 -e trace=read,write" "w -e write=1 -e trace=write" \
	"w -e write=!1 -e trace=write"; do
	set -- $run
	prog=$1
	shift
	p=$BIN/$prog
	[ "$prog" = w ] && p=$T/w
	(cd "$T" && setarch -R strace -o "$T/s.txt" "$@" "$p" >"$T/out" 2>&1)
	(cd "$T" && setarch -R "$TRACER" -o "$T/t.txt" "$@" "$p" >"$T/out" 2>&1)
	diff "$T/s.txt" "$T/t.txt" >"$T/d.txt" || fail "$run: $(head -6 "$T/d.txt")"
	n=$((n + $(grep -c '^ | ' "$T/t.txt")))
done
[ "$n" -gt 3 ] || fail "only $n dump lines: nothing was dumped?"
echo "$n dump lines as strace's"
exit 0
