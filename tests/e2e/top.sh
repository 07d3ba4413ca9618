#!/bin/bash
# SPDX-License-Identifier: MIT
# --top in a real terminal (tmux): while helpers/metrics_calls waits, the screen shows its
# calls exactly (1005 getppid: 1000 and its child's 5, 7 close and 3 openat all failing,
# 1 prctl), its two processes with -f (1010 calls and 10 errors; "mchild" 6 calls); the
# keys n and e sort by name and by errors, p hides the processes, q quits with status 0
# and leaves the last frame on the screen. Without a terminal, frames follow each other
# (top -b), the last one over the whole trace; a bad interval and --replay are refused in one line.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

prog=$BIN/metrics_calls
[ -x "$prog" ] || fail "metrics_calls not built"
command -v tmux >/dev/null || skip "tmux missing [needs tmux]"

sock=$T/tmux.sock
tm() { tmux -S "$sock" "$@"; }
screen() { tm capture-pane -p -t top >"$T/screen"; }
# wait_screen REGEX: until a line of the pane matches.
wait_screen() {
	for _ in $(seq 100); do
		screen
		grep -qE -- "$1" "$T/screen" && return 0
		sleep 0.1
	done
	return 1
}
row() { # NAME: the syscall's or process's CALLS and ERRORS columns
	awk -v n="$1" '$1 == n { print $3, $4; exit } $2 == n { print $4, $5; exit }' "$T/screen"
}
first_row() { # the first syscall row's name
	awk '$1 == "SYSCALL" { getline; print $1; exit }' "$T/screen"
}

mkfifo "$T/in"
cat >"$T/run.sh" <<EOF
cd "$T" && "$TRACER" --top=0.2 -f -e trace=getppid,close,openat,prctl "$prog" 1000 7 3 5 <"$T/in"
echo "EXITED \$?"
sleep 60
EOF
tm -f /dev/null new-session -d -s top -x 100 -y 30 "bash $T/run.sh" || fail "tmux cannot start"
trap 'tm kill-server 2>/dev/null; e2e_cleanup' EXIT
exec 3>"$T/in"

wait_screen '^mchild|^ +[0-9]+ mchild +[0-9.]+ +6 ' || fail "no mchild row: $(cat "$T/screen")"
wait_screen '^getppid +[0-9.]+ +1005 ' || fail "getppid not 1005: $(cat "$T/screen")"
grep -q '^sctrace --top: 4 syscalls, 2 processes, 1016 calls, 10 errors, 0 lost; sort: rate$' "$T/screen" ||
	fail "header: $(head -1 "$T/screen")"
for want in "getppid:1005 0" "close:7 7" "openat:3 3" "prctl:1 0" "mchild:6 0" "metrics_calls:1010 10"; do
	[ "$(row "${want%%:*}")" = "${want#*:}" ] || fail "${want%%:*}: '$(row "${want%%:*}")', not '${want#*:}'"
done
[ "$(first_row)" = getppid ] || fail "sort by rate/calls: $(first_row) first"

tm send-keys -t top n
wait_screen 'sort: name$' || fail "n: no sort by name"
[ "$(first_row)" = close ] || fail "sort by name: $(first_row) first"
awk '$1 == "SYSCALL" { on = 1; next } on && NF == 0 { exit } on { print $1 }' "$T/screen" >"$T/names"
[ "$(tr '\n' ' ' <"$T/names")" = "close getppid openat prctl " ] || fail "by name: $(tr '\n' ' ' <"$T/names")"
tm send-keys -t top e
wait_screen 'sort: errors$' || fail "e: no sort by errors"
awk '$1 == "SYSCALL" { getline; a = $1; getline; print a, $1; exit }' "$T/screen" >"$T/two"
[ "$(cat "$T/two")" = "close openat" ] || fail "sort by errors: $(cat "$T/two")"
tm send-keys -t top p
for _ in $(seq 50); do
	screen
	grep -q '^ *PID COMM' "$T/screen" || break
	sleep 0.1
done
grep -q '^ *PID COMM' "$T/screen" && fail "p: the processes are still shown"
tm send-keys -t top q
wait_screen '^EXITED ' || fail "q: sctrace did not end: $(tail -3 "$T/screen")"
grep -q '^EXITED 0$' "$T/screen" || fail "q: $(grep EXITED "$T/screen")"
grep -qE "^the trace ended; rates over its [0-9.]+ s$" "$T/screen" || fail "no last frame left on the screen: $(cat "$T/screen")"
[ "$(row getppid)" = "1005 0" ] || fail "last frame: getppid $(row getppid)"
exec 3>&-

# Not a terminal: frames one after the other, the last over the whole trace.
(cd "$T" && "$TRACER" --top=0.1 -e trace=getppid "$BIN/loop_getppid" 30 </dev/null >"$T/batch" 2>"$T/err") ||
	fail "--top to a file failed: $(cat "$T/err")"
grep -q $'\033' "$T/batch" && fail "escape sequences in the frames to a file"
[ "$(grep -c '^sctrace --top:' "$T/batch")" -ge 2 ] || fail "fewer than 2 frames: $(cat "$T/batch")"
tail -6 "$T/batch" | grep -q '^getppid  *[0-9.]*  *30  *0 ' || fail "last frame: $(tail -6 "$T/batch")"
[ -s "$T/err" ] && fail "stderr: $(cat "$T/err")"

"$TRACER" --top=0 true 2>"$T/e1" && fail "--top=0 accepted"
[ "$(wc -l <"$T/e1")" = 1 ] || fail "--top=0: not one error line"
"$TRACER" --top --replay /dev/null 2>"$T/e2" && fail "--top --replay accepted"
[ "$(wc -l <"$T/e2")" = 1 ] || fail "--top --replay: not one error line"
echo "the screen shows the program's calls, the keys sort, hide processes and quit"
exit 0
