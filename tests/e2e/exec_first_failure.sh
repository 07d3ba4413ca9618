#!/bin/bash
# SPDX-License-Identifier: MIT
# A command whose execve fails (a directory): the failed execve and the exit are the whole
# trace, as strace's first_exec_failure.test; the tracer's own child code that reports the
# error (write, exit_group) is not shown (strace hides it too). sctrace exits 126 as a
# shell does, strace 1; both print their own message on stderr. Also after --replay.
. "$E2E_DIR/helpers/lib.sh"

# the child's code, and so the tracer's: 126 under sctrace (a shell's), 1 under strace
want=126
[[ $TRACER == *strace && $TRACER != *sctrace ]] && want=1

check() { # LOG WHAT
	local n
	n=$(wc -l <"$1")
	[ "$n" = 2 ] || fail "$2: $n lines: $(cat "$1")"
	grep -qxE 'execve\("/", \["/"\], 0x[0-9a-f]+ /\* [0-9]+ vars \*/\) += -1 EACCES \(Permission denied\)' "$1" ||
		fail "$2: no failed execve line: $(cat "$1")"
	grep -qx "+++ exited with $want +++" "$1" || fail "$2: no exit line with $want: $(cat "$1")"
}

(cd "$T" && "$TRACER" -o "$T/log" / 2>"$T/err")
rc=$?
[ "$rc" = "$want" ] || fail "exit status $rc, not $want"
check "$T/log" live
if [[ $TRACER != *strace || $TRACER == *sctrace ]]; then
	(cd "$T" && "$TRACER" --record "$T/r.log" -o "$T/log2" / 2>/dev/null)
	check "$T/log2" "--record"
	"$TRACER" --replay "$T/r.log" -o "$T/log3" 2>"$T/err3" || fail "--replay: $(cat "$T/err3")"
	check "$T/log3" "--replay"
fi
echo "a failed first execve: its line and the exit, nothing of the tracer's child"
exit 0
