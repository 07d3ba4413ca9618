#!/bin/bash
# SPDX-License-Identifier: MIT
# A command that does not exist (bare name and path): non-zero exit, one error line naming it
# (strace: "strace: Can't stat 'NAME': No such file or directory", status 1).
. "$E2E_DIR/helpers/lib.sh"
for cmd in sctrace-e2e-no-such-command /nonexistent/dir/sctrace-e2e-cmd; do
	timeout 10 "$TRACER" -o "$T/log" "$cmd" >"$T/out" 2>"$T/err"
	status=$?
	((status != 0 && status != 124)) || fail "$cmd: exit status $status, expected non-zero"
	(($(wc -l <"$T/err") == 1)) || fail "$cmd: stderr is not one line: $(cat "$T/err")"
	grep -qF "$cmd" "$T/err" || fail "$cmd: error does not name the command: $(cat "$T/err")"
done
exit 0
