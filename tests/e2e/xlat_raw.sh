#!/bin/bash
# SPDX-License-Identifier: MIT
# -X raw and -X verbose: the lines strace 6.1 prints for open flags, dirfds, lseek
# whences, mmap prot/flags, access modes and signals (ASLR off so addresses match).
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

for prog in fd_lseek mem_mmap file_access proc_ids; do
	[ -x "$BIN/$prog" ] || skip "$prog not built"
done
n=0
for x in raw verbose; do
	for spec in "fd_lseek lseek,openat" "mem_mmap mmap,mprotect" "file_access access,faccessat" \
		"proc_ids kill"; do
		set -- $spec
		(cd "$T" && setarch -R strace -X "$x" -o "$T/s.txt" -e trace="$2" "$BIN/$1" >/dev/null 2>&1)
		(cd "$T" && setarch -R "$TRACER" -X "$x" -o "$T/t.txt" -e trace="$2" "$BIN/$1" >/dev/null 2>&1)
		# pids differ between the two runs (kill's first argument)
		sed -E 's/^kill\([0-9]+,/kill(PID,/; s/si_pid=[0-9]+/si_pid=PID/' "$T/s.txt" >"$T/s2.txt"
		sed -E 's/^kill\([0-9]+,/kill(PID,/; s/si_pid=[0-9]+/si_pid=PID/' "$T/t.txt" >"$T/t2.txt"
		diff "$T/s2.txt" "$T/t2.txt" >"$T/d.txt" || fail "-X $x, $1: $(head -4 "$T/d.txt")"
		n=$((n + $(wc -l <"$T/s2.txt")))
	done
done
"$TRACER" -X bogus true 2>"$T/err" && fail "-X bogus accepted"
[ "$(wc -l <"$T/err")" -eq 1 ] || fail "-X bogus: not one error line"
echo "$n lines as strace -X raw / -X verbose"
exit 0
