#!/bin/bash
# SPDX-License-Identifier: MIT
# --filter EXPR and --duration MS, applied before every output: the text shows only the
# calls that match (helpers/stats_bytes: its one short read, its failed read, its three
# 20 ms sleeps), -c counts only them, JSON and --replay agree; a bad expression is one
# error line and a non-zero exit.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

prog=$BIN/stats_bytes
[ -x "$prog" ] || fail "stats_bytes not built"
run() { # output file, then options
	local out=$1
	shift
	(cd "$T" && "$TRACER" -o "$out" "$@" "$prog" >/dev/null) || fail "sctrace $* failed"
}
# The pipe read that got 10 of 4096 bytes (fds: 3 /dev/zero, 4 /dev/null, 5.. pipes).
run "$T/short.txt" --filter 'read:ret>=0 && ret<count' --record "$T/log"
printf '%-39s = 10\n%s\n' 'read(5, "\0\0\0\0\0\0\0\0\0\0", 4096)' '+++ exited with 0 +++' |
	diff - "$T/short.txt" >"$T/d" || fail "read:ret<count: $(cat "$T/d")"
"$TRACER" --replay "$T/log" --filter 'read:ret>=0 && ret<count' -o "$T/r.txt" ||
	fail "--replay --filter failed"
diff "$T/short.txt" "$T/r.txt" >"$T/d" || fail "--replay --filter differs: $(cat "$T/d")"
# Errors by name; read(-1, ...) is the only failing read.
"$TRACER" --replay "$T/log" --filter 'errno==EBADF' -o "$T/e.txt" || fail "--filter errno failed"
grep -c '= -1 EBADF' "$T/e.txt" | grep -qx 1 || fail "errno==EBADF: $(cat "$T/e.txt")"
[ "$(grep -vc '^+++' "$T/e.txt")" = 1 ] || fail "errno==EBADF shows other calls: $(cat "$T/e.txt")"
# --duration 15: the three 20 ms sleeps, nothing else of the program.
run "$T/dur.txt" --duration 15
[ "$(grep -c '^nanosleep({tv_sec=0, tv_nsec=20000000}, NULL) = 0$' "$T/dur.txt")" = 3 ] ||
	fail "--duration 15: not the 3 sleeps: $(cat "$T/dur.txt")"
[ "$(grep -vc '^+++' "$T/dur.txt")" = 3 ] || fail "--duration 15 shows faster calls: $(cat "$T/dur.txt")"
# -c counts only what passes: every call in the table failed.
"$TRACER" --replay "$T/log" -c -U calls,errors,name --filter 'ret<0' -o "$T/c.txt" || fail "-c --filter failed"
awk '$NF == "total" { exit !($1 == $2 && $1 == 1) }' "$T/c.txt" || fail "-c --filter 'ret<0': $(cat "$T/c.txt")"
# JSON: the same calls.
"$TRACER" --replay "$T/log" --json --filter 'read,pread64:(arg2>=64K || count==50)' -o "$T/j.json" || fail "--json --filter failed"
python3 - "$T/j.json" <<'PY' || fail "--json --filter: wrong calls"
import json, sys
calls = [json.loads(l) for l in open(sys.argv[1])]
calls = [(c["syscall"], c["argv"][2]) for c in calls if c["type"] == "syscall"]
assert calls == [("read", 65536), ("pread64", 50)], calls
PY
# Bad expressions: one line, non-zero exit, nothing traced.
for bad in 'ret<' 'read:' 'foo==1' '(ret<0' 'ret==-EWHAT'; do
	"$TRACER" --filter "$bad" true 2>"$T/err" && fail "--filter '$bad' accepted"
	[ "$(wc -l <"$T/err")" -eq 1 ] || fail "--filter '$bad': $(cat "$T/err")"
	grep -q '^[^ ]*sctrace: invalid --filter expression: ' "$T/err" || fail "--filter '$bad': $(cat "$T/err")"
done
"$TRACER" --duration x true 2>"$T/err" && fail "--duration x accepted"
echo "--filter and --duration select the calls, for text, -c, JSON and --replay"
exit 0
