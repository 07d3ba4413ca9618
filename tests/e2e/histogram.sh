#!/bin/bash
# SPDX-License-Identifier: MIT
# --histogram: for calls of sizes and results the program chose (helpers/stats_bytes),
# the bytes requested/returned and epoll events histograms are, bucket for bucket and
# bar for bar, the ones the program computed from what its calls took and returned
# (bpftrace's hist() text); the latency histogram of three 20 ms sleeps too when the
# program measured them inside [16M, 32M); each latency histogram holds every call;
# --replay prints the same; -c --histogram puts the table first; --json has them.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

prog=$BIN/stats_bytes
[ -x "$prog" ] || fail "stats_bytes not built"
set_=read,write,pread64,readv,epoll_wait,nanosleep
(cd "$T" && "$TRACER" --histogram -S name -e trace=$set_ --record "$T/log" -o "$T/h.txt" "$prog" >"$T/want.txt") ||
	fail "--histogram failed"
grep -q '^@bytes_requested\[read\]:$' "$T/want.txt" || fail "the program printed no histogram"
# Every histogram but the latencies the program cannot know.
awk '/^@/ { keep = ($0 !~ /^@latency_ns/ || $0 ~ /nanosleep/) } keep' "$T/h.txt" >"$T/got.txt"
diff "$T/want.txt" "$T/got.txt" >"$T/d" || fail "histograms differ from the program's: $(head -12 "$T/d")"
# Each latency histogram counts every call: 12 reads (one failed), 9 writes.
for w in read:12 write:9 epoll_wait:4 readv:1; do
	n=$(awk -v h="@latency_ns[${w%%:*}]:" '$0 == h { on = 1; next } on && /^$/ { on = 0 } on { s += $3 } END { print s + 0 }' "$T/h.txt")
	[ "$n" = "${w#*:}" ] || fail "latency_ns[${w%%:*}] holds $n calls, not ${w#*:}"
done
"$TRACER" --replay "$T/log" --histogram -S name -e trace=$set_ -o "$T/r.txt" || fail "--replay --histogram failed"
diff "$T/h.txt" "$T/r.txt" >"$T/d" || fail "--replay differs: $(head -5 "$T/d")"
# -c --histogram: the table, an empty line, the histograms.
"$TRACER" --replay "$T/log" -c --histogram -S name -e trace=$set_ -o "$T/c.txt" || fail "-c --histogram failed"
[ "$(head -c 6 "$T/c.txt")" = "% time" ] || fail "-c --histogram: no table first"
awk '$NF == "total" { getline; getline; exit !($0 == "@latency_ns[epoll_wait]:") }' "$T/c.txt" ||
	fail "-c --histogram: not the table, an empty line, the histograms: $(sed -n '8,14p' "$T/c.txt")"
# JSON: [[least value, count], ...] per syscall.
"$TRACER" --replay "$T/log" -c --histogram --json -e trace=$set_ -o "$T/j.json" || fail "--json --histogram failed"
python3 - "$T/j.json" <<'PY' || fail "--json --histogram: wrong buckets"
import json, sys
s = json.load(open(sys.argv[1]))
by = {r["syscall"]: r["histograms"] for r in s["syscalls"]}
assert by["epoll_wait"]["events"] == [[1, 1], [2, 3]], by["epoll_wait"]
assert by["readv"]["bytes_requested"] == [[16, 1]] and by["readv"]["bytes_returned"] == [[16, 1]]
assert sum(c for _, c in by["read"]["bytes_requested"]) == 12
assert sum(c for _, c in by["read"]["bytes_returned"]) == 11
assert sum(c for _, c in by["read"]["latency_ns"]) == 12
assert "bytes_requested" not in by["nanosleep"]
PY
"$TRACER" --histogram --no-durations true 2>"$T/err" && fail "--histogram --no-durations accepted"
echo "value histograms as the program computed them; replay, -c and JSON agree"
exit 0
