#!/bin/bash
# SPDX-License-Identifier: MIT
# -p PID: attach to a running process, SIGINT the tracer: it detaches (the process keeps running),
# the trace has the process's calls without a pid prefix, and the tracer exits 130 like strace.
. "$E2E_DIR/helpers/lib.sh"
"$BIN/loop_getppid" &
L=$!
disown "$L"
E2E_PIDS+=("$L")
"$TRACER" -o "$T/log" -e trace=getppid -p "$L" 2>"$T/err" &
S=$!
E2E_PIDS+=("$S")
wait_lines "$T/log" "^getppid\(\) += $$\$" 5 10 || fail "no getppid() lines: $(head -c 300 "$T/log"; cat "$T/err")"
kill -INT "$S"
wait_exit "$S" 10 || fail "tracer still running 10 s after SIGINT"
((status == 130)) || fail "tracer exit status $status after SIGINT, strace's is 130"
kill -0 "$L" 2>/dev/null || fail "traced process died: the tracer must detach, not kill"
sleep 0.1
kill -0 "$L" 2>/dev/null || fail "traced process died after detach"
# every line a complete call; the last may be cut by the detach
bad=$(grep -vE "^getppid\(\) += $$\$" "$T/log" | grep -vE '<(unfinished|detached) \.\.\.>$' | head -n 3)
[[ -z $bad ]] || fail "unexpected lines: $bad"
exit 0
