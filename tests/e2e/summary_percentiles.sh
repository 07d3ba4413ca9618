#!/bin/bash
# SPDX-License-Identifier: MIT
# -c latency percentiles (-U p50,p90,p99, -c -v): for sleeps of known length (helpers/
# stats_sleeps: 10, 20, 30 ms three times each, measured by the program around each
# call) each percentile lies between the nearest-rank value of the requested lengths
# and that of the measured ones, within the histogram's 1/128; with -w the longest is
# exact (without, it is CPU time: far below a sleep's); --replay of the recorded log
# prints the same table; -S p50 sorts by it.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

prog=$BIN/stats_sleeps
[ -x "$prog" ] || fail "stats_sleeps not built"
cols=p50,p90,p99,max-time,calls,name
(cd "$T" && "$TRACER" -c -w -U $cols -e trace=nanosleep --record "$T/log" -o "$T/t.txt" "$prog" >"$T/d.txt") ||
	fail "sctrace -c failed"
[ "$(head -1 "$T/t.txt")" = "     p50      p90      p99  longest     calls syscall" ] ||
	fail "header: $(head -1 "$T/t.txt")"
row=$(awk '$NF == "nanosleep"' "$T/t.txt")
[ -n "$row" ] || fail "no nanosleep row: $(cat "$T/t.txt")"
[ "$(wc -l <"$T/d.txt")" -eq 9 ] || fail "the program printed $(wc -l <"$T/d.txt") lines"
# rank r of 9 values (nearest rank): p50 5, p90 9, p99 9, max 9
check() { # column rank name
	local got req meas
	got=$(echo "$row" | awk -v c="$1" '{ printf "%.0f", $c * 1e9 }')
	req=$(awk '{ print $1 }' "$T/d.txt" | sort -n | sed -n "$2p")
	meas=$(awk '{ print $2 }' "$T/d.txt" | sort -n | sed -n "$2p")
	# printed in µs: allow 1 µs of rounding on top of the histogram's 1/128
	awk -v g="$got" -v r="$req" -v m="$meas" -v exact="$4" 'BEGIN {
		lo = exact ? r : r * 127 / 128; hi = exact ? m : m * 129 / 128
		exit !(g + 1000 >= lo && g - 1000 <= hi) }' ||
		fail "$3 = $got ns, not within [$req, $meas] ns (requested, measured): $row"
}
check 1 5 p50 0
check 2 9 p90 0
check 3 9 p99 0
check 4 9 longest 1
[ "$(echo "$row" | awk '{ print $5 }')" = 9 ] || fail "not 9 calls: $row"
awk '$NF == "nanosleep" && $1 >= 0.020 && $1 < 0.030 { ok = 1 } END { exit !ok }' "$T/t.txt" ||
	fail "p50 is not a 20 ms sleep: $row"
# The log gives the same table.
"$TRACER" --replay "$T/log" -c -w -U $cols -e trace=nanosleep -o "$T/r.txt" || fail "--replay -c failed"
diff "$T/t.txt" "$T/r.txt" >"$T/diff" || fail "--replay -c differs: $(head -5 "$T/diff")"
# -c -v: the percentiles and the longest call between the average and the calls.
"$TRACER" --replay "$T/log" -c -v -o "$T/v.txt" 2>/dev/null || fail "--replay -c -v failed"
[ "$(head -1 "$T/v.txt")" = "% time     seconds  usecs/call      p50      p90      p99  longest     calls    errors syscall" ] ||
	fail "-c -v header: $(head -1 "$T/v.txt")"
# -S p50: descending p50.
"$TRACER" --replay "$T/log" -c -U p50,name -S p50 -o "$T/s.txt" || fail "-S p50 failed"
awk 'NR > 2 && !/^-/ && $NF != "total" { if (prev != "" && $1 > prev) bad = 1; prev = $1 } END { exit bad }' \
	"$T/s.txt" || fail "-S p50: not sorted: $(cat "$T/s.txt")"
[ "$(sed -n 3p "$T/s.txt" | awk '{ print $2 }')" = nanosleep ] || fail "-S p50: nanosleep not first"
echo "p50/p90/p99/longest within the program's bounds: $row"
exit 0
