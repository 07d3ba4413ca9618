#!/bin/bash
# SPDX-License-Identifier: MIT
# -p A -p B and -p A,B: both processes traced; with several processes every line has the "%-5d " prefix (even without -f).
. "$E2E_DIR/helpers/lib.sh"
"$BIN/loop_getppid" &
A=$!
"$BIN/loop_getppid" &
B=$!
disown "$A" "$B"
E2E_PIDS+=("$A" "$B")
for form in "-p $A -p $B" "-p $A,$B"; do
	: >"$T/log"
	# shellcheck disable=SC2086
	"$TRACER" -o "$T/log" -e trace=getppid $form 2>"$T/err" &
	S=$!
	E2E_PIDS+=("$S")
	for p in "$A" "$B"; do
		wait_lines "$T/log" "^$(printf '%-5d ' "$p")getppid\(\) += $$\$" 3 10 ||
			fail "$form: no prefixed getppid() lines of $p: $(head -n 5 "$T/log"; cat "$T/err")"
	done
	kill -INT "$S"
	wait_exit "$S" 10 || fail "$form: tracer still running 10 s after SIGINT"
	if ! kill -0 "$A" 2>/dev/null || ! kill -0 "$B" 2>/dev/null; then
		fail "$form: a traced process died"
	fi
	# two processes interleave: "getppid( <unfinished ...>" then "<... getppid resumed>) = N"
	bad=$(grep -vE "^($A|$B) +(getppid\(|<\.\.\. getppid resumed>)\) += $$\$" "$T/log" |
		grep -vE "^($A|$B) +getppid\( <(unfinished|detached) \.\.\.>\$" | head -n 3)
	[[ -z $bad ]] || fail "$form: unexpected lines: $bad"
done
exit 0
