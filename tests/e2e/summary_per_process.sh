#!/bin/bash
# SPDX-License-Identifier: MIT
# --summary-per-process (-f -c): perf trace -s's "comm (pid), N events, P%" above one
# table per process, most calls first; the processes' tables add up to the whole
# trace's (which is strace's: summary_c_fork); names come from execve (sh, then the
# programs it runs) or the parent; --replay prints the same; --json -c gives one
# "summary" object (doc/JSON.md) with the same numbers.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

mix=$BIN/stats_mix
[ -x "$mix" ] || fail "stats_mix not built"
u="-U calls,errors,name -S calls"
# shellcheck disable=SC2086
(cd "$T" && "$TRACER" -f -c --summary-per-process $u --record "$T/log" -o "$T/p.txt" "$mix") ||
	fail "--summary-per-process failed"
# shellcheck disable=SC2086
(cd "$T" && "$TRACER" --replay "$T/log" -f -c $u -o "$T/all.txt") || fail "--replay -c failed"
grep -E '^stats_mix \([0-9]+\), [0-9]+ events, [0-9.]+%$' "$T/p.txt" >"$T/heads"
[ "$(wc -l <"$T/heads")" -eq 3 ] || fail "not 3 process headers: $(cat "$T/p.txt")"
total=$(awk '$NF == "total" { print $1 }' "$T/all.txt")
# The first (main) process has the most calls; its children 8 each (4 read, 2 access,
# openat, set_robust_list, from the source and glibc's fork).
awk -v t="$total" '{ sub(/,/, "", $3); n[NR] = $3; s += $3 } END {
	exit !(n[1] > n[2] && n[2] == 8 && n[3] == 8 && s == t) }' "$T/heads" ||
	fail "events per process do not add up to $total: $(cat "$T/heads")"
for want in ' +4 +read$' ' +2 +2 access$'; do
	[ "$(grep -cE "^$want" "$T/p.txt")" -eq 2 ] || fail "not two children with '$want': $(cat "$T/p.txt")"
done
grep -Eq '^ +25 +getppid$' "$T/p.txt" || fail "main process: not 25 getppid"
# Per syscall, the processes' calls and errors add up to the whole table.
awk '/^ +[0-9]/ && $NF != "total" { c[$NF] += $1; e[$NF] += (NF == 3 ? $2 : 0) }
	END { for (k in c) print k, c[k], e[k] }' "$T/p.txt" | sort >"$T/sum"
awk 'NR > 2 && /^ +[0-9]/ && $NF != "total" { print $NF, $1, (NF == 3 ? $2 : 0) }' "$T/all.txt" | sort >"$T/whole"
diff "$T/whole" "$T/sum" >"$T/d" || fail "per-process tables do not add up: $(head -5 "$T/d")"
# shellcheck disable=SC2086
(cd "$T" && "$TRACER" --replay "$T/log" -f -c --summary-per-process $u -o "$T/r.txt") ||
	fail "--replay --summary-per-process failed"
diff "$T/p.txt" "$T/r.txt" >"$T/d" || fail "--replay differs: $(head -5 "$T/d")"

# Names: sh, then each program it runs under its own name.
(cd "$T" && "$TRACER" -f -c --summary-per-process -U calls,name -o "$T/sh.txt" \
	sh -c "$BIN/three_getpid; $BIN/three_getpid; true") || fail "sh: failed"
[ "$(grep -cE '^three_getpid \([0-9]+\), [0-9]+ events' "$T/sh.txt")" -eq 2 ] ||
	fail "not two three_getpid processes: $(grep events "$T/sh.txt")"
grep -Eq '^sh \([0-9]+\), [0-9]+ events' "$T/sh.txt" || fail "no sh process: $(grep events "$T/sh.txt")"

# JSON: one summary object, the same numbers.
(cd "$T" && "$TRACER" --replay "$T/log" -f -c --json --summary-per-process -o "$T/s.json") ||
	fail "--json -c failed"
[ "$(wc -l <"$T/s.json")" -eq 1 ] || fail "--json -c: not one line"
python3 "$E2E_DIR/../log/check_json.py" "$T/s.json" summary >"$T/chk" || fail "--json -c: $(cat "$T/chk")"
python3 - "$T/s.json" "$total" <<'PY' || fail "--json -c numbers differ from the text"
import json, sys
s = json.load(open(sys.argv[1]))
assert s["type"] == "summary" and s["summary_version"] == 2 and s["clock"] == "cpu"
assert s["total"]["calls"] == int(sys.argv[2]) == sum(r["calls"] for r in s["syscalls"])
by = {r["syscall"]: r for r in s["syscalls"]}
assert by["getppid"]["calls"] == 25 and by["close"]["errors"] == 6 and by["access"]["errors"] == 5
t = [r["time_ns"] for r in s["syscalls"]]
assert t == sorted(t, reverse=True), "not by time"
for r in s["syscalls"]:
    # CPU times: a call's is at most its latency
    assert r["min_ns"] <= r["max_ns"] and r["p50_ns"] <= r["p90_ns"] <= r["p99_ns"]
    assert r["max_ns"] <= r["p99_ns"] * 129 // 128 + 1 or r["calls"] >= 100
p = s["processes"]
assert len(p) == 3 and all(x["comm"] == "stats_mix" for x in p)
assert sum(x["total"]["calls"] for x in p) == s["total"]["calls"]
assert [x["total"]["calls"] for x in p][1:] == [8, 8]
PY
# -C --json: the calls, then the summary last.
(cd "$T" && "$TRACER" --replay "$T/log" -f -C --json -o "$T/c.json") || fail "--json -C failed"
python3 "$E2E_DIR/../log/check_json.py" "$T/c.json" syscall end summary >"$T/chk" || fail "--json -C: $(cat "$T/chk")"
[ "$(tail -1 "$T/c.json" | cut -c1-19)" = '{"type":"summary","' ] || fail "--json -C: summary not last"
# -p: a process that neither forks nor execs in the trace is named from /proc, live.
"$BIN/loop_getppid" &
P=$!
E2E_PIDS+=("$P")
"$TRACER" -c --summary-per-process -U calls,name -o "$T/pp.txt" -p "$P" 2>"$T/err" &
S=$!
E2E_PIDS+=("$S")
wait_lines "$T/err" "Process $P attached" 1 30 || fail "-p $P: not attached: $(cat "$T/err")"
sleep 0.5
kill -INT "$S"
wait_exit "$S" 10 || fail "-p $P: tracer still running 10 s after SIGINT"
grep -Eq "^loop_getppid \($P\), [0-9]+ events, 100.0%$" "$T/pp.txt" ||
	fail "-p $P: not named from /proc: $(head -3 "$T/pp.txt")"
"$TRACER" --summary-per-process true 2>"$T/err" && fail "--summary-per-process without -c accepted"
[ "$(wc -l <"$T/err")" -eq 1 ] || fail "--summary-per-process without -c: $(cat "$T/err")"
echo "3 processes, tables add up; names from exec; JSON the same"
exit 0
