#!/bin/bash
# SPDX-License-Identifier: MIT
# A stop signal with its default action stops the task: "--- stopped by SIGSTOP ---" after the
# signal's line, as strace's group-stop. A SIGCONT sent after a fatal SIGHUP to the stopped
# task is not seen (the SIGHUP, lower, is taken first and kills it), as under strace.
. "$E2E_DIR/helpers/lib.sh"
timeout 30 "$TRACER" -o "$T/log" -e trace=none "$BIN/stop_hup" >"$T/out" 2>"$T/err"
status=$?
[ $status = $((128 + 1)) ] || fail "exit status $status, expected 129 (SIGHUP): $(cat "$T/err")"
read -r P C <"$T/out" || fail "no pids from the helper"
U=$(id -u)
cat >"$T/want" <<EOW
--- SIGSTOP {si_signo=SIGSTOP, si_code=SI_USER, si_pid=$P, si_uid=$U} ---
--- stopped by SIGSTOP ---
--- SIGHUP {si_signo=SIGHUP, si_code=SI_USER, si_pid=$C, si_uid=$U} ---
+++ killed by SIGHUP +++
EOW
diff "$T/want" "$T/log" >"$T/d" || fail "trace differs: $(cat "$T/d")"
[ "$TRACER_NAME" = strace ] && exit 0 # the rest is sctrace's: --json
timeout 30 "$TRACER" -o "$T/log" --json -e trace=none "$BIN/stop_hup" >"$T/out" 2>"$T/err"
grep -q '"signal":"SIGSTOP".*"ignored":false,"stops":true}$' "$T/log" ||
	fail "--json: no stops: $(cat "$T/log")"
exit 0
