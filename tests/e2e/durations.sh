#!/bin/bash
# SPDX-License-Identifier: MIT
# Durations against known sleeps: a program sleeps 20 ms five times (nanosleep, the
# clock_nanosleep call). Each -T duration and each JSON duration_ns is at least the
# 20 ms slept and below 200 ms; -c -w's clock_nanosleep row counts 5 calls whose seconds
# are at least 0.1 and below 1 (wall time), usecs/call the seconds over 5; -c's (CPU time)
# below 0.01. A constant zero or a wrong unit fails. The same again from a log recorded
# with --record and replayed with -T, --json and -c (a log recorded without -c: -c shows
# latencies).
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

cat >"$T/sl.c" <<'C'
#include <time.h>
int main(void)
{
	struct timespec ts = { 0, 20 * 1000000 };

	for (int i = 0; i < 5; i++)
		nanosleep(&ts, NULL);
	return 0;
}
C
cc -o "$T/sl" "$T/sl.c" || fail "cannot compile"

# check_T FILE, check_json FILE, check_c FILE: the sleeps as each output shows them.
check_T() {
	local bad
	bad=$(awk '/^clock_nanosleep\(/ { n++; d = $NF; gsub(/[<>]/, "", d);
		if (d + 0 < 0.020 || d + 0 >= 0.200) print "duration " $NF }
		END { if (n != 5) print n " clock_nanosleep lines" }' "$1")
	[ -z "$bad" ] || fail "-T $1: $bad: $(cat "$1")"
}
check_json() {
	local bad
	bad=$(python3 - "$1" <<'PY'
import json, sys
d = [o["duration_ns"] for o in map(json.loads, open(sys.argv[1])) if o.get("syscall") == "clock_nanosleep"]
if len(d) != 5 or not all(isinstance(x, int) and 20000000 <= x < 200000000 for x in d):
    print(d)
PY
)
	[ -z "$bad" ] || fail "--json duration_ns $1: $bad"
}
check_c() {
	local row
	row=$(grep ' clock_nanosleep$' "$1")
	# shellcheck disable=SC2086
	if [ "${2:-}" = cpu ]; then
		set -- $row
		[ $# = 5 ] && [ "$4" = 5 ] && awk -v s="$2" 'BEGIN { exit !(s < 0.01) }' ||
			fail "-c: clock_nanosleep row '$row' (CPU time of sleeps)"
		return
	fi
	# shellcheck disable=SC2086
	set -- $row
	[ $# = 5 ] && awk -v s="$2" -v u="$3" -v n="$4" 'BEGIN {
		exit !(n == 5 && s >= 0.1 && s < 1 && u >= 20000 && (u - s * 1e6 / 5) ^ 2 <= 1) }' ||
		fail "-c: clock_nanosleep row '$row'"
}

"$TRACER" -T -e trace=clock_nanosleep -o "$T/T.txt" "$T/sl" || fail "-T: exit status $?"
check_T "$T/T.txt"
"$TRACER" --json -e trace=clock_nanosleep -o "$T/j.jsonl" "$T/sl" || fail "--json: exit status $?"
check_json "$T/j.jsonl"
"$TRACER" -c -w -e trace=clock_nanosleep -o "$T/c.txt" "$T/sl" || fail "-c -w: exit status $?"
check_c "$T/c.txt"
"$TRACER" -c -e trace=clock_nanosleep -o "$T/c.txt" "$T/sl" || fail "-c: exit status $?"
check_c "$T/c.txt" cpu

# The same from a recorded log: the durations it stores, read back.
"$TRACER" --record "$T/sl.sctl" "$T/sl" 2>"$T/rec.err" || fail "--record: exit status $?: $(cat "$T/rec.err")"
"$TRACER" --replay "$T/sl.sctl" -T -e trace=clock_nanosleep -o "$T/rT.txt" || fail "--replay -T: exit status $?"
check_T "$T/rT.txt"
"$TRACER" --replay "$T/sl.sctl" --json -e trace=clock_nanosleep -o "$T/rj.jsonl" || fail "--replay --json: exit status $?"
check_json "$T/rj.jsonl"
"$TRACER" --replay "$T/sl.sctl" -c -e trace=clock_nanosleep -o "$T/rc.txt" 2>/dev/null ||
	fail "--replay -c: exit status $?"
check_c "$T/rc.txt"
exit 0
