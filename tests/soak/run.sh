#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Soak test (make soak; not in make check): sctrace --system-wide --record for
# SOAK_SECONDS (default 600) under a mixed load (a counted getppid load of two threads,
# fork/exec churn, file I/O, directory walks, and whatever else the machine runs), its
# RSS sampled every second. Half-way, sctrace is stopped (SIGSTOP) for SOAK_STOP_SECONDS
# (15) s, so that the rings overflow and the loss accounting has something to account
# (no RSS sample meanwhile). Passes when:
#  - RSS is flat: after the warm-up (the first 20% of the run), no sample exceeds the
#    warm-up's peak by more than 10% (16 MB at least);
#  - loss is accounted exactly: the "events traced" and "lost" sctrace prints at exit
#    (--stats) are the log's events and loss (--check) and the sum of the replay's
#    "### N events lost" lines, and each counted thread's getppid calls are all in the
#    log when nothing was lost, else shown + lost >= made;
#  - the log passes --check (exit 0, "result: OK", a clean end).
# Ends with "N passed, N failed". Usage: SOAK_SECONDS=600 tests/soak/run.sh
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
SECS=${SOAK_SECONDS:-600}
case $BUILD in /*) SCT=$BUILD/sctrace ;; *) SCT=$PWD/$BUILD/sctrace ;; esac
T=$(mktemp -d "${SOAK_DIR:-/var/tmp}/sctrace-soak.XXXXXX")
LOAD_PIDS=()
cleanup() {
	touch "$T/stop"
	for p in "${LOAD_PIDS[@]}"; do kill "$p" 2>/dev/null; done
	[ -n "${S:-}" ] && kill -INT "$S" 2>/dev/null
	wait 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT
passed=0
failed=0
pass() { echo "PASS soak: $1"; passed=$((passed + 1)); }
fail() { echo "FAIL soak: $1"; failed=$((failed + 1)); }

[ "$(id -u)" = 0 ] || { echo "SKIP soak: not root"; echo "0 passed, 0 failed"; exit 0; }
cc -O2 -pthread -o "$T/counter" tests/soak/counter.c || exit 1

"$SCT" --system-wide --record "$T/soak.log" --stats 2>"$T/sct.err" &
S=$!
for _ in $(seq 200); do
	ls -l "/proc/$S/fd" 2>/dev/null | grep -q bpf_link && break
	sleep 0.05
done
sleep 0.5

# The load.
"$T/counter" "$T/stop" >"$T/counts" &
COUNTER=$!
(while [ ! -e "$T/stop" ]; do sh -c 'true'; sleep 0.05; done) &
LOAD_PIDS+=($!)
(while [ ! -e "$T/stop" ]; do
	dd if=/dev/zero of="$T/f" bs=64k count=16 status=none
	cat "$T/f" >/dev/null
	rm -f "$T/f"
	sleep 0.1
done) &
LOAD_PIDS+=($!)
(while [ ! -e "$T/stop" ]; do ls -R /usr/include >/dev/null 2>&1; sleep 1; done) &
LOAD_PIDS+=($!)

# RSS every second.
start=$(date +%s)
stopped=0
while [ $(($(date +%s) - start)) -lt "$SECS" ]; do
	if [ $stopped = 0 ] && [ $(($(date +%s) - start)) -ge $((SECS / 2)) ]; then
		kill -STOP "$S"
		sleep "${SOAK_STOP_SECONDS:-15}"
		kill -CONT "$S"
		stopped=1
	fi
	rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$S/status" 2>/dev/null)
	[ -n "$rss" ] || break
	echo "$(($(date +%s) - start)) $rss" >>"$T/rss"
	sleep 1
done
touch "$T/stop"
wait "$COUNTER"
for p in "${LOAD_PIDS[@]}"; do wait "$p" 2>/dev/null; done
LOAD_PIDS=()
sleep 0.5
kill -INT "$S"
wait "$S"
rc=$?
S=
[ $rc = 130 ] || fail "sctrace exit status $rc after SIGINT (want 130): $(tail -3 "$T/sct.err")"

# RSS flat after the warm-up.
if out=$(awk -v secs="$SECS" -v stop="${SOAK_STOP_SECONDS:-15}" '
	{ n++; if ($1 < secs / 5) { if ($2 > warm) warm = $2 } else { if ($2 > peak) peak = $2; last = $2 }
	  if (!min || $2 < min) min = $2 }
	END { allow = warm / 10 > 16384 ? warm / 10 : 16384
	      printf "%d samples, %d-%d MB, warm-up peak %d MB, later peak %d MB, last %d MB",
		n, min / 1024, (peak > warm ? peak : warm) / 1024, warm / 1024, peak / 1024, last / 1024
	      exit !(n >= (secs - stop) * 0.8 && peak <= warm + allow) }' "$T/rss"); then
	pass "flat RSS: $out"
else
	fail "RSS grew: $out"
fi

# The log.
"$SCT" --replay "$T/soak.log" --check >"$T/check" 2>&1
crc=$?
if [ $crc = 0 ] && grep -q '^result:     OK' "$T/check" && grep -q '^end:        clean' "$T/check"; then
	pass "--check OK ($(stat -c %s "$T/soak.log") bytes, $(grep '^events' "$T/check" | sed 's/  */ /g'))"
else
	fail "--check: exit $crc: $(cat "$T/check")"
fi

# Exact accounting: sctrace's own counts against the log's.
traced=$(sed -n 's/^[^ ]*sctrace: \([0-9]*\) events traced, \([0-9]*\) lost, .*/\1/p' "$T/sct.err")
lost=$(sed -n 's/^[^ ]*sctrace: \([0-9]*\) events traced, \([0-9]*\) lost, .*/\2/p' "$T/sct.err")
log_events=$(sed -n 's/^events: *\([0-9]*\) on .*/\1/p' "$T/check")
log_lost=$(sed -n 's/^lost: *\([0-9]*\) events lost.*/\1/p' "$T/check")
"$SCT" --replay "$T/soak.log" -f -e trace=getppid -o "$T/getppid.txt" 2>/dev/null
marked=$(awk '/^### [0-9]+ events lost on CPU [0-9]+ ###$/ { n += $2 } END { print n + 0 }' "$T/getppid.txt")
if [ -n "$traced" ] && [ "$traced" = "$log_events" ] && [ "$lost" = "$log_lost" ] && [ "$lost" = "$marked" ]; then
	pass "sctrace's counts are the log's: $traced events, $lost lost (marked in the trace: $marked)"
else
	fail "counts: sctrace says '$traced' events, '$lost' lost; the log holds '$log_events', '$log_lost' lost, its replay marks $marked"
fi

# Each counted thread's calls.
bad=""
while read -r tid made; do
	shown=$(grep -cE "^$tid +getppid\(\) += " "$T/getppid.txt")
	if [ "${lost:-x}" = 0 ]; then
		[ "$shown" = "$made" ] || bad="$bad thread $tid: $shown shown of $made;"
	else
		[ "$shown" -le "$made" ] && [ $((shown + lost)) -ge "$made" ] ||
			bad="$bad thread $tid: $shown shown of $made with $lost lost;"
	fi
	summary="${summary:-}$tid: $shown of $made; "
done <"$T/counts"
if [ -z "$bad" ] && [ -s "$T/counts" ]; then
	pass "every counted call accounted for (${summary}lost $lost)"
else
	fail "counted calls:$bad"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
