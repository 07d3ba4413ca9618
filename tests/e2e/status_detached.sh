#!/bin/bash
# SPDX-License-Identifier: MIT
# -e status=detached: a call the trace ends inside (the tracer killed with -I2) is printed
# with " <detached ...>" even though its entry was held back; -e status=unfinished leaves
# it out (detached is its own status), as strace's status-detached.test.
. "$E2E_DIR/helpers/lib.sh"

run() { # STATUS -> the log of "sleep 5" traced until SIGTERM
	local tracer child n=100
	"$TRACER" -o "$T/log" -I2 -e trace=nanosleep,clock_nanosleep -e status="$1" sleep 5 &
	tracer=$!
	E2E_PIDS+=("$tracer")
	# until the command sleeps in its (clock_)nanosleep (x86_64 numbers 35 and 230)
	while ((n-- > 0)); do
		child=$(pgrep -P "$tracer" | head -n 1)
		if [ -n "$child" ] && [ "$(cat "/proc/$child/comm" 2>/dev/null)" = sleep ]; then
			case $(cut -d' ' -f1 "/proc/$child/syscall" 2>/dev/null) in
			35 | 230) break ;;
			esac
		fi
		sleep 0.1
	done
	((n > 0)) || fail "status=$1: the command never slept"
	kill -TERM "$tracer"
	wait_exit "$tracer" 10 || fail "status=$1: the tracer did not end"
	# ended by the signal, as strace (128 + SIGTERM), its log written
	[ "$status" = 143 ] && [ -e "$T/log" ] || fail "status=$1: tracer exit status $status"
	[ -n "$child" ] && kill "$child" 2>/dev/null
}

run detached
grep -qxE '(clock_)?nanosleep\((CLOCK_REALTIME, 0, )?\{tv_sec=5, tv_nsec=0\},  <detached \.\.\.>' "$T/log" &&
	[ "$(wc -l <"$T/log")" = 1 ] || fail "status=detached: $(cat "$T/log")"
run unfinished
[ ! -s "$T/log" ] || fail "status=unfinished: $(cat "$T/log")"
echo "status=detached shows the call the trace ended inside; status=unfinished does not"
exit 0
