#!/bin/bash
# SPDX-License-Identifier: MIT
# execve lines under -f with -s 3 (argv truncated, a failed exec, children that exit
# before their parent's clone returns): the same lines as strace, pids and envp
# pointers aside, ten runs in a row (the child/parent race must not leave a prefix).
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

norm() { # pids by order of appearance, envp pointers, strace's attach lines, "[pid %5u]"'s padding
	grep -v 'attached$' "$1" | sed -E 's/0x[0-9a-f]+ \/\*/ENVP \/*/; s/^\[pid +/[pid /' |
		awk '{ if (match($0, /^[0-9]+ /)) { id = substr($0, 1, RLENGTH - 1); if (!(id in m)) m[id] = "P" (++k);
			$0 = m[id] substr($0, RLENGTH) }
			while (match($0, /(pid +|si_pid=)[0-9]+/)) { p = substr($0, RSTART, RLENGTH); n = p; sub(/[0-9]+$/, "", n);
			id = substr(p, length(n) + 1); if (!(id in m)) m[id] = "P" (++k);
			$0 = substr($0, 1, RSTART - 1) n m[id] substr($0, RSTART + RLENGTH) } print }'
}
cmd=(sh -c '/bin/echo abcdef ghijkl >/dev/null; /nonexistent/x a b 2>/dev/null; exit 0')
# On stderr, not -o: the [pid N] prefix then depends on how many tasks are alive.
strace -f -s 3 -e trace=execve "${cmd[@]}" 2>"$T/strace.txt" || fail "strace failed"
norm "$T/strace.txt" >"$T/want"
for i in $(seq 10); do
	"$TRACER" -f -s 3 -e trace=execve "${cmd[@]}" 2>"$T/sct.txt" || fail "run $i: tracer failed"
	norm "$T/sct.txt" >"$T/got"
	diff "$T/want" "$T/got" >"$T/d" || fail "run $i differs from strace: $(head -6 "$T/d")"
done
echo "$(wc -l <"$T/want") lines as strace's, 10 runs"
exit 0
