#!/bin/bash
# SPDX-License-Identifier: MIT
# -c -f: the calls and errors of every task (threads, children) as strace -c -f counts
# them, for several programs run by strace 6.1 here: with the columns that have no
# times (-U calls,errors,name) the table is strace's byte for byte, row order included
# (-S calls, -S errors, -S name: ties in the syscall numbers' order, as strace's);
# with the default columns the calls and errors per syscall are strace's.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

command -v strace >/dev/null || skip "strace not installed"
cols() { # the calls, errors and name columns of the default table, by name
	awk 'NR > 2 && !/^-/ { if (NF == 6) print $4, $5, $6; else print $4, 0, $5 }' "$1" | sort -k3
}
n=0
for p in stats_mix thread_fork three_getpid; do
	prog=$BIN/$p
	[ -x "$prog" ] || fail "$p not built"
	sorts=calls
	[ $p = stats_mix ] && sorts="calls errors name"
	for sort in $sorts; do
		(cd "$T" && strace -f -c -w -U calls,errors,name -S $sort -o "$T/s.txt" "$prog" >/dev/null 2>&1)
		(cd "$T" && "$TRACER" -f -c -U calls,errors,name -S $sort -o "$T/t.txt" "$prog" >/dev/null 2>&1) ||
			fail "$p: sctrace -f -c failed"
		diff "$T/s.txt" "$T/t.txt" >"$T/d.txt" || fail "$p -S $sort: differs from strace -c -f: $(head -8 "$T/d.txt")"
	done
	(cd "$T" && strace -f -c -w -o "$T/s.txt" "$prog" >/dev/null 2>&1)
	(cd "$T" && "$TRACER" -f -c -o "$T/t.txt" "$prog" >/dev/null 2>&1) || fail "$p: sctrace -f -c failed"
	diff <(cols "$T/s.txt") <(cols "$T/t.txt") >"$T/d.txt" || fail "$p: calls/errors differ: $(head -6 "$T/d.txt")"
	n=$((n + $(cols "$T/t.txt" | wc -l)))
done
# The mix's own calls, known from its source: 2 threads x (10 getppid, 3 close(-1)),
# 2 children x (4 reads, 2 failing access), 5 getppid in the main thread.
(cd "$T" && "$TRACER" -f -c -U calls,errors,name -S name -o "$T/t.txt" "$BIN/stats_mix" >/dev/null 2>&1)
grep -Eq '^ +25 +getppid$' "$T/t.txt" || fail "stats_mix: not 25 getppid: $(grep getppid "$T/t.txt")"
grep -Eq '^ +[0-9]+ +6 close$' "$T/t.txt" || fail "stats_mix: not 6 failed close: $(grep close "$T/t.txt")"
grep -Eq '^ +5 +5 access$' "$T/t.txt" || fail "stats_mix: not 5 failed access (4 and the loader's): $(grep access "$T/t.txt")"
echo "-c -f as strace for 3 programs ($n rows), row order by calls, errors and name"
exit 0
