#!/bin/bash
# SPDX-License-Identifier: MIT
# -p of a process with three threads, as strace: without -f only the task given is traced
# (the leader, or a thread: its tid), with "Process N attached" and, after SIGINT,
# "Process N detached"; with -f -p TID every thread, "Process TID attached with 3 threads"
# and one "Process N detached" per thread, TID first.
. "$E2E_DIR/helpers/lib.sh"
"$BIN/loop_threads" &
P=$!
disown "$P"
E2E_PIDS+=("$P")
for i in $(seq 50); do
	mapfile -t tasks < <(ls /proc/"$P"/task 2>/dev/null)
	((${#tasks[@]} == 3)) && break
	sleep 0.1
done
((${#tasks[@]} == 3)) || fail "the helper has ${#tasks[@]} threads, not 3"
T1= T2=
for t in "${tasks[@]}"; do
	[[ $t = "$P" ]] && continue
	if [[ -z $T1 ]]; then T1=$t; else T2=$t; fi
done
name="([^ :]*/)?(strace|sctrace)" # strace names itself by its path

# trace ARGS...: run the tracer on the helper until SIGINT; the log in $T/log, stderr in $T/err
# (the first line waited for: REGEX COUNT in $want)
trace() {
	: >"$T/log"
	"$TRACER" -o "$T/log" -e trace=getpid,gettid "$@" 2>"$T/err" &
	S=$!
	E2E_PIDS+=("$S")
	local re
	for re in "${want[@]}"; do
		wait_lines "$T/log" "$re" 3 10 || fail "$*: no 3 lines '$re': $(head -n 5 "$T/log"; cat "$T/err")"
	done
	kill -INT "$S"
	wait_exit "$S" 10 || fail "$*: tracer still running 10 s after SIGINT"
	((status == 130)) || fail "$*: tracer exit status $status after SIGINT, strace's is 130"
	kill -0 "$P" 2>/dev/null || fail "$*: the traced process died"
}

# only_lines RE: every line of the log is RE, but the last may be cut by the detach
only_lines() {
	local bad
	bad=$(grep -vE "^$1\$" "$T/log" | grep -vE "<(unfinished|detached) \.\.\.>\$" | head -n 3)
	[[ -z $bad ]] || fail "$2: unexpected lines: $bad"
}

# Without -f: the leader alone.
want=("^getpid\(\) += $P\$")
trace -p "$P"
only_lines "getpid\(\) += $P" "-p $P"
grep -qxE "$name: Process $P attached" "$T/err" && grep -qxE "$name: Process $P detached" "$T/err" &&
	(($(wc -l <"$T/err") == 2)) || fail "-p $P: stderr: $(cat "$T/err")"

# Without -f: a thread alone, by its tid.
want=("^gettid\(\) += $T1\$")
trace -p "$T1"
only_lines "gettid\(\) += $T1" "-p $T1"
grep -qxE "$name: Process $T1 attached" "$T/err" && grep -qxE "$name: Process $T1 detached" "$T/err" &&
	(($(wc -l <"$T/err") == 2)) || fail "-p $T1: stderr: $(cat "$T/err")"

# With -f: every thread, each line with its "%-5d " prefix.
want=("^$P +getpid\(\) += $P\$" "^$T1 +gettid\(\) += $T1\$" "^$T2 +gettid\(\) += $T2\$")
trace -f -p "$T1"
only_lines "($P +(getpid\(|<\.\.\. getpid resumed>)\) += $P|($T1|$T2) +(gettid\(|<\.\.\. gettid resumed>)\) += ($T1|$T2))" \
	"-f -p $T1"
grep -vE "^($P|$T1|$T2) +(gettid|getpid)\( <(unfinished|detached) \.\.\.>\$" "$T/log" |
	awk '$1 != $NF' >"$T/mixed"
[[ ! -s $T/mixed ]] || fail "-f -p $T1: a line of one thread with another's result: $(head -n 3 "$T/mixed")"
mapfile -t err <"$T/err"
[[ ${#err[@]} == 4 && ${err[0]} =~ ^$name:\ Process\ $T1\ attached\ with\ 3\ threads$ &&
	${err[1]} =~ ^$name:\ Process\ $T1\ detached$ ]] || fail "-f -p $T1: stderr: $(cat "$T/err")"
detached=$(printf '%s\n' "${err[@]:1}" | sed -E 's/.*Process ([0-9]+) detached$/\1/' | sort -n | tr '\n' ' ')
[[ $detached == "$(printf '%s\n' "$P" "$T1" "$T2" | sort -n | tr '\n' ' ')" ]] ||
	fail "-f -p $T1: detached: $(cat "$T/err")"
exit 0
