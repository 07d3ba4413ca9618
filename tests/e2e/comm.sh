#!/bin/bash
# SPDX-License-Identifier: MIT
# --comm NAME: a process started after the tracer, with that comm, is traced.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"
name=e2e$$c$RANDOM
name=${name:0:15}
cp "$BIN/loop_getppid" "$T/$name"
cp "$BIN/loop_getppid" "$T/e2e-other"
"$TRACER" -o "$T/log" -e trace=getppid --comm "$name" 2>"$T/err" &
S=$!
E2E_PIDS+=("$S")
for ((i = 0; i < 300; i++)); do # until it says it is in place (loading can be slow)
	grep -q "^$TRACER: Tracing processes named $name\$" "$T/err" && break
	kill -0 "$S" 2>/dev/null || fail "tracer exited: $(cat "$T/err")"
	sleep 0.1
done
grep -q "^$TRACER: Tracing processes named $name\$" "$T/err" || fail "not ready after 30 s: $(cat "$T/err")"
"$T/e2e-other" 20
"$T/$name" 20 &
P=$!
wait "$P"
sleep 0.5
kill -INT "$S"
wait_exit "$S" 10 || fail "tracer still running 10 s after SIGINT"
n=$(grep -cE "getppid\(\) += $$\$" "$T/log")
((n == 20)) || fail "$n getppid() lines of $name, expected 20: $(head -n 5 "$T/log"; cat "$T/err")"
bad=$(grep -vE "getppid\(\) += $$\$" "$T/log" | grep -vE '^([0-9]+ +)?\+\+\+ exited with 0 \+\+\+$' | head -n 3)
[[ -z $bad ]] || fail "unexpected lines (another process traced?): $bad"
grep -q "exited with 0" "$T/log" || fail "no '+++ exited with 0 +++' line for $name"
exit 0
