# SPDX-License-Identifier: MIT
# Flight recorder (--flight-recorder, --snapshot-on), sourced by tests/log/run.sh: uses its
# $SCT, $T, pass and fail. Nothing is written before a snapshot is asked for; a SIGUSR1
# snapshot and a trigger's snapshot are whole logs (--check OK, replayable); a trigger's
# snapshot holds exactly the newest events that fit in SIZE, ending with the trigger; the
# dropped counts add up to the events of an identical full recording.

cat >"$T/flight.c" <<'C'
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
/* N getppid, then (with a 3rd argument) create it and wait for a byte on stdin; fchdir(-1)
 * fails with EBADF TIMES times, M getppid after each. */
int main(int argc, char **argv)
{
	int n = atoi(argv[1]), m = atoi(argv[2]), times = atoi(argv[3]);
	char c;

	for (int i = 0; i < n; i++)
		getppid();
	if (argc > 4) {
		close(open(argv[4], O_CREAT | O_WRONLY, 0644));
		if (read(0, &c, 1) != 1)
			return 1;
	}
	for (int t = 0; t < times; t++) {
		fchdir(-1);
		for (int i = 0; i < m; i++)
			getppid();
	}
	return 0;
}
C
cc -O2 -o "$T/flight" "$T/flight.c" || exit 1

# events in a log, from --check ("events:     N on M CPUs")
log_events() { "$SCT" --replay "$1" --check | sed -n 's/^events: *\([0-9]*\) .*/\1/p'; }
# "dropped:    D older events overwritten (G of them ...); K events kept" -> "D G K"
log_dropped() {
	"$SCT" --replay "$1" --check |
		sed -n 's/^dropped: *\([0-9]*\) older events overwritten (\([0-9]*\) .*; \([0-9]*\) events kept$/\1 \2 \3/p'
}

# F1. SIGUSR1: nothing written before it; then a log holding the calls so far, checked
#     and replayed; at the end FILE.1 holds the rest.
rm -f "$T/fl.log"* "$T/ready"
mkfifo "$T/fifo"
exec 3<>"$T/fifo"
"$SCT" --flight-recorder 1M --record "$T/fl.log" -e trace=getppid \
	"$T/flight" 100 2 1 "$T/ready" <&3 2>"$T/fl.err" &
sct=$!
for _ in $(seq 300); do [ -e "$T/ready" ] && break; sleep 0.05; done
sleep 0.3 # a drain or more (50 ms each) with nothing written
before=$(ls "$T"/fl.log* 2>/dev/null)
kill -USR1 $sct
for _ in $(seq 100); do grep -q "snapshot.*fl.log written" "$T/fl.err" && break; sleep 0.05; done
"$SCT" --replay "$T/fl.log" -o "$T/fl.txt" 2>/dev/null
"$SCT" --replay "$T/fl.log" --check >"$T/fl.check"
echo x >&3
wait $sct
rc=$?
exec 3>&-
"$SCT" --replay "$T/fl.log.1" -o "$T/fl1.txt" 2>/dev/null
n0=$(grep -c '^getppid() *= [0-9]' "$T/fl.txt")
n1=$(grep -c '^getppid() *= [0-9]' "$T/fl1.txt")
if [ -e "$T/ready" ] && [ -z "$before" ] && [ $rc -eq 0 ] &&
	grep -q '^result: *OK$' "$T/fl.check" && grep -q '^snapshot: *0 of the run, on SIGUSR1,' "$T/fl.check" &&
	[ "$n0" = 100 ] && [ "$(wc -l <"$T/fl.txt")" = 100 ] &&
	[ "$n1" = 102 ] && [ "$(tail -n 1 "$T/fl1.txt")" = "+++ exited with 0 +++" ] &&
	"$SCT" --replay "$T/fl.log.1" --check | grep -q '^end: *clean$' && [ ! -e "$T/fl.log.2" ]; then
	pass "flight recorder: nothing written before SIGUSR1 (${before:-none}); its snapshot: $n0 calls, --check OK; at exit FILE.1: $n1 calls"
else
	fail "flight recorder SIGUSR1" "before='$before' rc=$rc n0=$n0 n1=$n1 $(cat "$T/fl.err" "$T/fl.check" | head -20)"
fi

# F2. A trigger: the snapshot is the newest events that fit in 64 KiB, ending with the
#     failing call: getppid records take 48 bytes, fchdir's 56, so (65536 - 56) / 48 =
#     1364 getppid then fchdir. Dropped: an identical full recording has E events; the
#     trigger's snapshot ends M + 1 events before the end (M getppid, the task's exit).
rm -f "$T/tr.log"*
N=5000 M=7
"$SCT" --record "$T/full.log" -e trace=getppid,fchdir "$T/flight" $N $M 1 2>/dev/null
E=$(log_events "$T/full.log")
"$SCT" --flight-recorder 64K --snapshot-on 'syscall=fchdir,errno=EBADF' --record "$T/tr.log" \
	-e trace=getppid,fchdir "$T/flight" $N $M 1 2>"$T/tr.err"
"$SCT" --replay "$T/tr.log" -o "$T/tr.txt" 2>/dev/null
read -r d0 g0 k0 <<<"$(log_dropped "$T/tr.log")"
read -r d1 g1 k1 <<<"$(log_dropped "$T/tr.log.1")"
K=$(( (65536 - 56) / 48 ))
if [ "$(grep -c '^getppid() *= [0-9]' "$T/tr.txt")" = $K ] && [ "$(wc -l <"$T/tr.txt")" = $((K + 1)) ] &&
	[ "$(tail -n 1 "$T/tr.txt")" = "fchdir(-1)                              = -1 EBADF (Bad file descriptor)" ] &&
	[ "$k0" = $((K + 1)) ] && [ "$(log_events "$T/tr.log")" = $((K + 1)) ] &&
	[ $((d0 + k0)) = $((E - M - 1)) ] && [ "$g0" = "$d0" ] &&
	[ $((d1 + k1)) = "$E" ] && [ "$g1" = 0 ] &&
	"$SCT" --replay "$T/tr.log" --check | grep -q '^result: *OK$' &&
	"$SCT" --replay "$T/tr.log" --check | grep -q "^snapshot: *0 of the run, on trigger 'syscall=fchdir,errno=EBADF'"; then
	pass "flight recorder trigger: $K getppid + the fchdir in 64K; dropped $d0 + kept $k0 = $E - $M - 1; at exit $d1 + $k1 = $E"
else
	fail "flight recorder trigger" "K=$K E=$E d0=$d0 g0=$g0 k0=$k0 d1=$d1 g1=$g1 k1=$k1 lines=$(wc -l <"$T/tr.txt") $(tail -n 2 "$T/tr.txt") $(cat "$T/tr.err")"
fi

# F3. A trigger that fires three times: FILE, FILE.1, FILE.2, then FILE.3 at the end;
#     each trigger's snapshot ends with its fchdir, and the gaps add up: with 2000 getppid
#     (more than the ring holds) between triggers, each snapshot dropped exactly the events
#     the previous one did not hold.
rm -f "$T/tr3.log"*
"$SCT" --flight-recorder 64K --snapshot-on 'errno=EBADF' --record "$T/tr3.log" \
	-e trace=getppid,fchdir "$T/flight" 10 2000 3 2>/dev/null
ok=1 why=
prev_end=0
for f in "$T/tr3.log" "$T/tr3.log.1" "$T/tr3.log.2"; do
	read -r d g k <<<"$(log_dropped "$f")"
	"$SCT" --replay "$f" -o "$T/tr3.txt" 2>/dev/null
	last=$(tail -n 1 "$T/tr3.txt")
	case $last in fchdir\(-1\)*EBADF*) ;; *) ok=0 why="$why $f ends '$last'" ;; esac
	[ "$g" = $((d - prev_end)) ] || { ok=0; why="$why $f gap $g != $d - $prev_end"; }
	prev_end=$((d + k))
done
[ -e "$T/tr3.log.3" ] && [ ! -e "$T/tr3.log.4" ] || { ok=0; why="$why files: $(ls "$T"/tr3.log*)"; }
if [ $ok = 1 ]; then
	pass "flight recorder: a trigger firing 3 times writes FILE, FILE.1, FILE.2, FILE.3 at exit; gaps exact"
else
	fail "flight recorder repeated trigger" "$why"
fi

# F4. Bad options: one error line each, nothing traced.
bad=0
for args in "--flight-recorder 1M -e trace=getppid" "--flight-recorder 1000 --record $T/x.log" \
	"--flight-recorder 64K --record $T/x.log --snapshot-on latency>5" \
	"--flight-recorder 64K --record $T/x.log --snapshot-on syscall=nosuchcall" \
	"--snapshot-on errno=ENOSPC --record $T/x.log" \
	"--flight-recorder 64K --record /nonexistent/dir/x.log"; do
	# shellcheck disable=SC2086
	if "$SCT" $args "$T/flight" 1 0 0 >"$T/bad.out" 2>&1 || [ "$(wc -l <"$T/bad.out")" != 1 ] ||
		[ -e "$T/x.log" ]; then
		bad=1
		echo "    $args: $(cat "$T/bad.out")"
	fi
done
if [ $bad = 0 ]; then
	pass "flight recorder: bad options refused with one line each"
else
	fail "flight recorder options" "see above"
fi

# F5. latency>: only the call that took longer than 50 ms fires (1 ms sleeps do not); the
#     snapshot ends with it.
cat >"$T/slow.c" <<'C'
#include <unistd.h>
int main(void)
{
	getppid();
	usleep(1000);
	usleep(80000);
	usleep(1000);
	getppid();
	return 0;
}
C
cc -O2 -o "$T/slow" "$T/slow.c" || exit 1
rm -f "$T/lat.log"*
"$SCT" --flight-recorder 64K --snapshot-on 'latency>50ms' --record "$T/lat.log" \
	-e trace=getppid,clock_nanosleep "$T/slow" 2>/dev/null
"$SCT" --replay "$T/lat.log" -o "$T/lat.txt" 2>/dev/null
if [ "$(tail -n 1 "$T/lat.txt")" = "clock_nanosleep(CLOCK_REALTIME, 0, {tv_sec=0, tv_nsec=80000000}, NULL) = 0" ] &&
	[ "$(wc -l <"$T/lat.txt")" = 3 ] && [ -e "$T/lat.log.1" ] && [ ! -e "$T/lat.log.2" ]; then
	pass "flight recorder latency>50ms: one snapshot, ending with the 80 ms sleep"
else
	fail "flight recorder latency trigger" "$(cat "$T/lat.txt"; ls "$T"/lat.log*)"
fi

# F6. A trigger met again while memory still holds the previous snapshot's events writes
#     nothing (each event is written once at most by triggers): 5 matches 100 calls apart
#     in a ring of 1365 events give FILE and the end's FILE.1, and say 4 were held back.
rm -f "$T/tr5.log"*
"$SCT" --flight-recorder 64K --snapshot-on 'errno=EBADF' --record "$T/tr5.log" \
	-e trace=getppid,fchdir "$T/flight" 10 100 5 2>"$T/tr5.err"
"$SCT" --replay "$T/tr5.log.1" -o "$T/tr5.txt" 2>/dev/null
if [ -e "$T/tr5.log" ] && [ -e "$T/tr5.log.1" ] && [ ! -e "$T/tr5.log.2" ] &&
	grep -q '^[^ ]*sctrace: 4 --snapshot-on matches wrote no snapshot' "$T/tr5.err" &&
	[ "$(grep -c '^fchdir(-1)' "$T/tr5.txt")" = 5 ]; then
	pass "flight recorder: matches while memory holds the last snapshot's events write nothing (4 held back, all 5 in FILE.1)"
else
	fail "flight recorder trigger flood" "$(ls "$T"/tr5.log*; cat "$T/tr5.err")"
fi
