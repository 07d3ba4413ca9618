#!/bin/bash
# SPDX-License-Identifier: MIT
# --histogram=fd: for the writes and reads helpers/fd_bytes made on two pipes, each
# (syscall, process, descriptor) has its own histograms with exactly the bytes requested
# (buckets that hold calls; bpftrace's empty ones between them are not compared)
# and returned it made (pipe A: writes of 1, 2, 3 and 100 bytes; pipe B: two of 4096;
# a read of 106 of 200 asked from A and of 8192 from B), and a latency histogram holding
# its calls; --replay prints the same; --json has them as "fd_histograms"; a bad
# value is refused in one line.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

prog=$BIN/fd_bytes
[ -x "$prog" ] || fail "fd_bytes not built"
(cd "$T" && "$TRACER" --histogram=fd -e trace=read,write --record "$T/log" -o "$T/h.txt" "$prog" >"$T/ids") ||
	fail "--histogram=fd failed"
read -r pid aw bw ar br <"$T/ids" || fail "the program printed no ids"
# hist TITLE: the histogram's "label count" lines
hist() {
	awk -v h="@$1:" '$0 == h { on = 1; next } on && /^$/ { exit } on { sub(/ *\|.*/, ""); sub(/  +/, " "); if ($NF != 0) print }' "$T/h.txt" |
		tr '\n' ';'
}
check() {
	got=$(hist "$1")
	[ "$got" = "$2" ] || fail "@$1: '$got', not '$2'"
}
check "bytes_returned[write, $pid, $aw]" "[1] 1;[2, 4) 2;[64, 128) 1;"
check "bytes_requested[write, $pid, $aw]" "[1] 1;[2, 4) 2;[64, 128) 1;"
check "bytes_returned[write, $pid, $bw]" "[4K, 8K) 2;"
check "bytes_requested[read, $pid, $ar]" "[128, 256) 1;"
check "bytes_returned[read, $pid, $ar]" "[64, 128) 1;"
check "bytes_returned[read, $pid, $br]" "[8K, 16K) 1;"
for w in "write, $pid, $aw:4" "write, $pid, $bw:2" "read, $pid, $ar:1" "read, $pid, $br:1"; do
	n=$(hist "latency_ns[${w%:*}]" | tr ';' '\n' | awk '{ s += $NF } END { print s + 0 }')
	[ "$n" = "${w##*:}" ] || fail "latency_ns[${w%:*}] holds $n calls, not ${w##*:}"
done
# Sorted by syscall name, then descriptor: read's before write's.
grep '^@' "$T/h.txt" | head -1 | grep -q "^@latency_ns\[read, $pid, $ar\]:$" || fail "order: $(grep '^@' "$T/h.txt" | head -3)"
"$TRACER" --replay "$T/log" --histogram=fd -e trace=read,write -o "$T/r.txt" || fail "--replay --histogram=fd failed"
diff "$T/h.txt" "$T/r.txt" >"$T/d" || fail "--replay differs: $(head -5 "$T/d")"
"$TRACER" --replay "$T/log" -c --histogram=fd --json -e trace=read,write -o "$T/j.json" || fail "--json failed"
jq -e --argjson fd "$aw" --argjson pid "$pid" \
	'.fd_histograms[] | select(.syscall == "write" and .fd == $fd and .pid == $pid) | .bytes_returned == [[1,1],[2,2],[64,1]]' \
	"$T/j.json" >/dev/null || fail "--json: $(head -c 400 "$T/j.json")"
python3 "$E2E_DIR/../log/check_json.py" "$T/j.json" summary >"$T/chk" || fail "--json: $(cat "$T/chk")"
python3 -c 'import jsonschema' 2>/dev/null || fail "no python3 jsonschema [needs python3-jsonschema]"
python3 - "$E2E_DIR/../../doc/sctrace-json.schema.json" "$T/j.json" <<'PY' || fail "--json: not valid against the schema"
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
for line in open(sys.argv[2]):
    jsonschema.validate(json.loads(line), schema)
PY
"$TRACER" --histogram=bogus true 2>"$T/err" && fail "--histogram=bogus accepted"
[ "$(wc -l <"$T/err")" = 1 ] || fail "--histogram=bogus: not one error line"
echo "per-descriptor histograms as the program made them; replay and JSON agree"
exit 0
