#!/bin/bash
# SPDX-License-Identifier: MIT
# -p of a process that does not exist: non-zero exit, one error line on stderr naming the pid
# (strace: "strace: attach: ptrace(PTRACE_SEIZE, PID): No such process", status 1).
. "$E2E_DIR/helpers/lib.sh"
true &
P=$!
wait "$P"
kill -0 "$P" 2>/dev/null && skip "pid $P reused already"
timeout 10 "$TRACER" -o "$T/log" -e trace=getppid -p "$P" >"$T/out" 2>"$T/err"
status=$?
((status != 0 && status != 124)) || fail "exit status $status, expected non-zero (not a timeout)"
(($(wc -l <"$T/err") == 1)) || fail "stderr is not one line: $(cat "$T/err")"
grep -q "$P" "$T/err" || fail "error does not name pid $P: $(cat "$T/err")"
[[ ! -s $T/out ]] || fail "unexpected stdout: $(cat "$T/out")"
exit 0
