#!/bin/bash
# SPDX-License-Identifier: MIT
# The tracer exits with the traced command's status; if the command dies by a signal the tracer
# kills itself with that signal (shell status 128+N: 143 for SIGTERM, 139 for SIGSEGV without core).
. "$E2E_DIR/helpers/lib.sh"
ulimit -c 0
"$TRACER" -o "$T/log" -e trace=exit_group "$BIN/three_getpid" 3
status=$?
((status == 3)) || fail "exit 3: tracer exit status $status"
[[ $(tail -n 1 "$T/log") = "+++ exited with 3 +++" ]] || fail "exit 3: last line $(tail -n 1 "$T/log")"
"$TRACER" -o "$T/log" -e trace=exit_group "$BIN/three_getpid" 0
status=$?
((status == 0)) || fail "exit 0: tracer exit status $status"
"$TRACER" -o "$T/log" -e trace=none sh -c 'kill -TERM $$' 2>/dev/null
status=$?
((status == 143)) || fail "SIGTERM: tracer exit status $status, expected 143"
[[ $(tail -n 1 "$T/log") = "+++ killed by SIGTERM +++" ]] || fail "SIGTERM: last line $(tail -n 1 "$T/log")"
grep -qE '^--- SIGTERM \{si_signo=SIGTERM, si_code=SI_USER, si_pid=[0-9]+, si_uid=[0-9]+\} ---$' "$T/log" ||
	fail "SIGTERM: no signal line: $(cat "$T/log")"
"$TRACER" -o "$T/log" -e trace=none sh -c 'kill -SEGV $$' 2>/dev/null
status=$?
((status == 139)) || fail "SIGSEGV: tracer exit status $status, expected 139"
[[ $(tail -n 1 "$T/log") = "+++ killed by SIGSEGV +++" ]] || fail "SIGSEGV: last line $(tail -n 1 "$T/log")"
exit 0
