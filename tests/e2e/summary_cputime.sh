#!/bin/bash
# SPDX-License-Identifier: MIT
# -c's times are CPU time, as strace's: helpers/cpu_burn's readv calls (the kernel clears
# 32 MiB each) count what the program's own thread CPU clock measured around them
# (within 10 % + 0.2 ms), its 50 ms nanosleeps nearly nothing (below the CPU time the
# program measured around them, far below their 200 ms), and its user-space spinning
# nowhere. The recorded log replays the same table; with -w (same log) the times are
# latencies (the sleeps' 200 ms at least, no more than the program measured); -O
# subtracts per call, down to 0; --json says which clock; a log recorded without -c
# replays -c with latencies and a warning. Also with the three separate hook programs.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

prog=$BIN/cpu_burn
[ -x "$prog" ] || fail "cpu_burn not built"
cols=total-time,min-time,max-time,calls,name
# row FILE NAME: the table's row of a syscall
row() { awk -v n="$2" '$NF == n' "$1"; }
# us FILE NAME COLUMN: a time column of a row, in microseconds
us() { row "$1" "$2" | awk -v c="$3" '{ printf "%.0f", $c * 1e6 }'; }
# measured NAME FIELD: what the program printed (2 calls, 3 CPU ns, 4 wall ns)
measured() { awk -v n="$1" -v f="$2" '$1 == n { print $f }' "$T/d.txt"; }

# check_cpu FILE: the CPU-time table of a live run against the program's own figures
check_cpu() {
	local f=$1 got want sleep_cpu
	[ "$(row "$f" readv | awk '{ print $4 }')" = 5 ] || fail "readv: not 5 calls: $(cat "$f")"
	[ "$(row "$f" nanosleep | awk '{ print $4 }')" = 4 ] || fail "nanosleep: not 4 calls: $(cat "$f")"
	got=$(us "$f" readv 1)
	want=$(($(measured readv 3) / 1000))
	awk -v g="$got" -v w="$want" 'BEGIN { exit !(g >= w * 0.9 - 200 && g <= w * 1.1 + 200) }' ||
		fail "readv: $got us of CPU time, the program measured $want us: $(cat "$f")"
	got=$(us "$f" nanosleep 1)
	sleep_cpu=$(($(measured nanosleep 3) / 1000))
	((got <= sleep_cpu + 100 && got < 2000)) ||
		fail "nanosleep: $got us of CPU time (the program measured $sleep_cpu us, slept 200 ms): $(cat "$f")"
}

(cd "$T" && "$TRACER" -c -U $cols -e trace=readv,nanosleep --record "$T/log" -o "$T/t.txt" "$prog" >"$T/d.txt") ||
	fail "sctrace -c failed"
got_r=$(us "$T/t.txt" readv 1)
check_cpu "$T/t.txt"

# The log: the same table; -w gives latencies of the same calls.
"$TRACER" --replay "$T/log" -c -U $cols -e trace=readv,nanosleep -o "$T/r.txt" 2>"$T/r.err" ||
	fail "--replay -c failed"
diff "$T/t.txt" "$T/r.txt" >"$T/diff" || fail "--replay -c differs: $(head -5 "$T/diff")"
[ ! -s "$T/r.err" ] || fail "--replay -c of a log with CPU times warned: $(cat "$T/r.err")"
"$TRACER" --replay "$T/log" -c -w -U $cols -e trace=readv,nanosleep -o "$T/w.txt" || fail "--replay -c -w failed"
got=$(us "$T/w.txt" nanosleep 1)
wall=$(($(measured nanosleep 4) / 1000))
((got >= 200000 && got <= wall)) || fail "-w: nanosleep $got us, not in [200000, $wall]: $(cat "$T/w.txt")"
got=$(us "$T/w.txt" readv 1)
wall=$(($(measured readv 4) / 1000))
((got >= got_r && got <= wall)) || fail "-w: readv $got us, not in [$got_r (CPU), $wall]: $(cat "$T/w.txt")"

# -O 100us: 100 us less per readv (each takes more), nanosleep's each down to 0.
"$TRACER" --replay "$T/log" -c -O 100us -U $cols -e trace=readv,nanosleep -o "$T/o.txt" || fail "-O failed"
min=$(us "$T/t.txt" readv 2)
((min > 100)) || fail "a readv took $min us of CPU time only: $(cat "$T/t.txt")"
got=$(us "$T/o.txt" readv 1)
((got >= got_r - 501 && got <= got_r - 499)) || fail "-O 100us: readv $got us, not $got_r - 500: $(cat "$T/o.txt")"
[ "$(us "$T/o.txt" nanosleep 1)" = 0 ] || fail "-O 100us: nanosleep not 0: $(cat "$T/o.txt")"
"$TRACER" --replay "$T/log" -c -O 4.5e-4s -e trace=readv -o /dev/null || fail "-O 4.5e-4s refused"
! "$TRACER" --replay "$T/log" -c -O 1x -o /dev/null 2>"$T/err" || fail "-O 1x accepted"
grep -q "invalid -O argument: '1x'" "$T/err" || fail "-O 1x: $(cat "$T/err")"
! "$TRACER" --replay "$T/log" -w -o /dev/null 2>"$T/err" || fail "-w without -c accepted"

# --json: the clock of the times.
"$TRACER" --replay "$T/log" -c --json -e trace=readv -o "$T/s.json" || fail "--json -c failed"
grep -q '"summary_version":2,"clock":"cpu",' "$T/s.json" || fail "--json -c: $(cut -c1-200 "$T/s.json")"
"$TRACER" --replay "$T/log" -c -w --json -e trace=readv -o "$T/s.json" || fail "--json -c -w failed"
grep -q '"clock":"wall",' "$T/s.json" || fail "--json -c -w: $(cut -c1-200 "$T/s.json")"

# A log recorded without -c: latencies, and a warning.
(cd "$T" && "$TRACER" -e trace=readv,nanosleep --record "$T/log2" -o /dev/null "$prog" >/dev/null) ||
	fail "--record failed"
"$TRACER" --replay "$T/log2" -c -U $cols -o "$T/l.txt" 2>"$T/l.err" || fail "--replay -c of log2 failed"
grep -q "holds no CPU times" "$T/l.err" || fail "no warning: $(cat "$T/l.err")"
got=$(us "$T/l.txt" nanosleep 1)
((got >= 200000)) || fail "log without CPU times: nanosleep $got us, not its latency: $(cat "$T/l.txt")"

# The three separate hook programs (kernels before 6.10) measure the same.
(cd "$T" && SCTRACE_HOOKS=separate "$TRACER" -c -U $cols -e trace=readv,nanosleep -o "$T/t.txt" "$prog" >"$T/d.txt") ||
	fail "SCTRACE_HOOKS=separate sctrace -c failed"
check_cpu "$T/t.txt"
echo "readv $got_r us of CPU time as the program measured, nanosleep nearly none; -w, -O, --json, replay"
exit 0
