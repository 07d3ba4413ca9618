#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# sctrace benchmark runner (called by `make bench`; see doc/PERFORMANCE.md).
#
# Each case runs untraced, under sctrace (live text; --record when built) and
# under strace, perf trace and bpftrace, in the same run, tools alternating
# within every repetition; the table shows medians over the repetitions.
#
# Environment: BUILD (build), BENCH_REPS (5; 2 with BENCH_QUICK=1), BENCH_QUICK
# (1 = small counts, a smoke run), BENCH_CASES (subset, e.g. "1 2 rate"; all by
# default), BENCH_TOOLS (subset of: untraced sctrace sct-null sct-rec sct-rec-nd sct-k strace
# perf bpftrace).
set -uo pipefail
export LC_ALL=C

BUILD=${BUILD:-build}
QUICK=${BENCH_QUICK:-0}
[ "$QUICK" = 0 ] && QUICK=
REPS=${BENCH_REPS:-}
[ -n "$REPS" ] || REPS=$([ -n "$QUICK" ] && echo 2 || echo 5)
CASES=${BENCH_CASES:-"1 2 3 rate 4 5"}
SCT=$(realpath "$BUILD/sctrace")
BB=$(realpath "$BUILD/bench")
RESULTS=$BB/results.txt

die() {
	echo "bench: $*" >&2
	exit 1
}
note() { echo "bench: [$((SECONDS))s] $*" >&2; }

[ "$(id -u)" = 0 ] || die "must run as root (loads BPF programs, ptrace, perf)"
[ -x "$SCT" ] || die "$SCT is missing: run make first"
for p in getppid fileio threads walltime detach; do
	[ -x "$BB/$p" ] || die "$BB/$p is missing: run make bench"
done
for t in strace perf bpftrace redis-server redis-benchmark redis-cli; do
	command -v $t >/dev/null || die "$t is missing: run scripts/install-deps.sh bench"
done
[ -x /usr/bin/time ] || die "GNU time (/usr/bin/time) is missing: apt-get install time"

# ---------------------------------------------------------------------------
# Scratch space, and leaving nothing behind.
# Text traces go to tmpfs (counted, then deleted), binary logs to disk.
WORK=$(mktemp -d /dev/shm/sctrace-bench.XXXXXX) || die "cannot create a directory in /dev/shm"
DISK=$(mktemp -d "$BB/tmp.XXXXXX") || die "cannot create a directory in $BB"
DATA=$WORK/data.tsv
BG_PIDS=()
MOUNTED_TRACEFS=

cleanup() {
	local p
	trap - EXIT INT TERM
	for p in "${BG_PIDS[@]}"; do
		# the tracers first (SIGINT detaches them), then anything left
		kill -INT "$p" 2>/dev/null
	done
	sleep 0.2
	for p in "${BG_PIDS[@]}" $(jobs -p); do
		kill -KILL "$p" 2>/dev/null
	done
	wait 2>/dev/null
	rm -rf "$WORK" "$DISK"
	if [ -n "$MOUNTED_TRACEFS" ]; then
		umount /sys/kernel/tracing 2>/dev/null && note "unmounted the tracefs it mounted"
	fi
}
trap cleanup EXIT
trap 'note "interrupted"; exit 130' INT TERM

# Run in the background and remember the pid for cleanup.
bg_start() {
	"$@" &
	BG_PIDS+=($!)
	LAST_BG=$!
}

# ---------------------------------------------------------------------------
# What is available.
HAVE_RECORD=
"$SCT" --help 2>&1 | grep -q -- --record && HAVE_RECORD=1
[ -n "${BENCH_NO_RECORD:-}" ] && HAVE_RECORD= # to try the table without it
HAVE_REPLAY=
"$SCT" --help 2>&1 | grep -q -- --replay && HAVE_REPLAY=1

# bpftrace's tracepoints need tracefs; perf trace mounts it itself when missing.
if ! grep -q ' /sys/kernel/tracing tracefs ' /proc/mounts; then
	mount -t tracefs nodev /sys/kernel/tracing || die "cannot mount tracefs (bpftrace needs it)"
	MOUNTED_TRACEFS=1
	TRACEFS_NOTE="tracefs was not mounted: the bench mounted it at /sys/kernel/tracing for bpftrace (perf trace mounts it on its own)"
else
	TRACEFS_NOTE="tracefs already mounted at /sys/kernel/tracing (bpftrace needs it; sctrace does not)"
fi

# sct-rec-nd (--record --no-durations: no clock read at entry) and sct-k (-k -o /dev/null:
# registers and 8 KiB of stack copied per call, frames unwound) run in cases 1-3 only.
ALL_TOOLS="untraced sctrace sct-null sct-rec sct-rec-nd sct-k strace perf bpftrace"
TOOLS=${BENCH_TOOLS:-$ALL_TOOLS}
has_tool() { [[ " $TOOLS " == *" $1 "* ]]; }

tool_label() {
	case $1 in
	untraced) echo "untraced" ;;
	sctrace) echo "sctrace -o tmpfs" ;;
	sct-null) echo "sctrace -o null" ;;
	sct-rec) echo "sctrace --record" ;;
	sct-rec-nd) echo "rec no-durations" ;;
	sct-k) echo "sctrace -k" ;;
	strace) echo "strace" ;;
	perf) echo "perf trace" ;;
	bpftrace) echo "bpftrace" ;;
	esac
}

# ---------------------------------------------------------------------------
# Small parsers.

# kv FILE KEY: the value of KEY=... on the first BENCH line of FILE
kv() { sed -n "s/^BENCH .*\b$2=\([^ ]*\).*/\1/p" "$1" | head -1; }

# time_field FILE N: field N of the TIME line written by GNU time
time_field() { awk -v n="$2" '$1 == "TIME" { print $(n + 1); exit }' "$1"; }

# sctrace's --stats line: "sctrace: N events traced, N lost, N unreadable arguments"
sct_traced() { sed -n 's/^[^ ]*sctrace: \([0-9]*\) events traced, .*/\1/p' "$1" | tail -1; }
sct_lost() { sed -n 's/^[^ ]*sctrace: [0-9]* events traced, \([0-9]*\) lost.*/\1/p' "$1" | tail -1; }

# perf trace writes "LOST N events!" into its output; bpftrace "Lost N events".
sum_lost() { cat "$@" 2>/dev/null | awk '/^(LOST|Lost) [0-9]+ events/ { s += $2 } END { print s + 0 }'; }

size_of() { stat -c %s "$1" 2>/dev/null || echo 0; }

# count_lines TOOL FILE: lines of FILE showing one of the case's system calls.
# Text tools print the name followed by "("; the bpftrace script prints
# "tid nr ret", matched by number.
count_lines() {
	local tool=$1 f=$2
	if [ "$tool" = bpftrace ]; then
		awk -v nrs=" $CASE_NRS " '$0 ~ /^[0-9]+ -?[0-9]+ -?[0-9]+$/ && index(nrs, " " $2 " ") { n++ } END { print n + 0 }' "$f"
	else
		grep -cE "(^|[^a-z_0-9])($CASE_NAMES)\(" "$f"
	fi
}

# ---------------------------------------------------------------------------
# Running one measurement. Rows of $DATA (tab-separated):
#   case tool value made counted lost missing bytes_per_event rss_kb cpu_s cpu_per_call
# cpu_per_call: the workload's CPU time in its loop per call made, in ns (the
# kernel leaves steal time out of it: see "Noise" in doc/PERFORMANCE.md).
# "-" where a figure does not apply.

row() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$DATA"; }

BT_CMD_SCRIPT=$WORK/cmd.bt
cat >"$BT_CMD_SCRIPT" <<'EOF'
tracepoint:raw_syscalls:sys_exit /pid == cpid/ { printf("%d %d %d\n", tid, args->id, args->ret); }
EOF
bt_pid_script() {
	printf 'tracepoint:raw_syscalls:sys_exit /pid == %d/ { printf("%%d %%d %%d\\n", tid, args->id, args->ret); }\n' "$1"
}

# wrap TOOL OUT CMD...: the command line that runs CMD under TOOL writing to OUT
wrap() {
	local tool=$1 out=$2
	shift 2
	case $tool in
	untraced) WRAPPED=("$@") ;;
	sctrace) WRAPPED=("$SCT" --stats -f -o "$out" -- "$@") ;;
	sct-null) WRAPPED=("$SCT" --stats -f -o /dev/null -- "$@") ;;
	sct-rec) WRAPPED=("$SCT" --stats -f --record "$out" -- "$@") ;;
	sct-rec-nd) WRAPPED=("$SCT" --stats -f --no-durations --record "$out" -- "$@") ;;
	sct-k) WRAPPED=("$SCT" --stats -f -k -o /dev/null -- "$@") ;;
	strace) WRAPPED=(strace -f -o "$out" -- "$@") ;;
	perf) WRAPPED=(perf trace -o "$out" -- "$@") ;;
	bpftrace) WRAPPED=(bpftrace -o "$out" -c "$*" "$BT_CMD_SCRIPT") ;;
	esac
}

# measure CASE TOOL WORKLOAD...: one run of a workload program under TOOL
measure() {
	local case=$1 tool=$2
	shift 2
	local out=$WORK/out.txt tf=$WORK/time.txt so=$WORK/stdout.txt se=$WORK/stderr.txt
	[[ $tool = sct-rec* ]] && out=$DISK/trace.sctl
	rm -f "$out" "$tf"
	wrap "$tool" "$out" "$@"
	timeout -k 10 600 /usr/bin/time -o "$tf" -f "TIME %M %U %S %e" "${WRAPPED[@]}" >"$so" 2>"$se" </dev/null
	local rc=$?
	local ns made wcpu lcpu
	ns=$(kv "$so" ns_per_call)
	made=$(kv "$so" syscalls)
	wcpu=$(kv "$so" cpu_ns)
	lcpu=$(kv "$so" loop_cpu_ns)
	if [ -z "$ns" ] || [ $rc -ne 0 ]; then
		note "$case/$tool failed (exit $rc): $(grep -v RLIMIT_MEMLOCK "$se" | head -3 | tr '\n' ' ')"
		row "$case" "$tool" - - - - - - - - -
		rm -f "$out"
		return
	fi
	local rss cpu counted=- lost=- missing=- bpe=- cpc=-
	[ -n "$lcpu" ] && [ "$made" -gt 0 ] && cpc=$(awk -v c="$lcpu" -v n="$made" 'BEGIN { printf "%.1f", c / n }')
	rss=$(time_field "$tf" 1)
	# the tracer's CPU time: everything waited for, less the workload's own
	cpu=$(awk -v u="$(time_field "$tf" 2)" -v s="$(time_field "$tf" 3)" -v w="$wcpu" \
		'BEGIN { c = u + s - w / 1e9; printf "%.3f", c < 0 ? 0 : c }')
	case $tool in
	untraced) cpu=- ;;
	sctrace | strace | perf | bpftrace)
		counted=$(count_lines "$tool" "$out")
		missing=$((made + CASE_BASE - counted))
		[ $missing -lt 0 ] && missing=0
		[ "$counted" -gt 0 ] && bpe=$(($(size_of "$out") / counted))
		case $tool in
		sctrace) lost=$(sct_lost "$se") ;;
		strace) lost=0 ;; # ptrace stops the tracee: nothing can be lost
		perf | bpftrace) lost=$(sum_lost "$out" "$se") ;;
		esac
		;;
	sct-null | sct-k)
		counted=$(sct_traced "$se")
		lost=$(sct_lost "$se")
		;;
	sct-rec | sct-rec-nd)
		counted=$(sct_traced "$se")
		lost=$(sct_lost "$se")
		[ -n "$counted" ] && [ "$counted" -gt 0 ] && bpe=$(($(size_of "$out") / counted))
		if [ -n "$HAVE_REPLAY" ] && [ -s "$out" ]; then
			# the log read back: every call must be in it
			"$SCT" --replay "$out" -o "$WORK/replay.txt" 2>/dev/null
			local c2
			c2=$(count_lines sctrace "$WORK/replay.txt")
			missing=$((made + CASE_BASE - c2))
			[ $missing -lt 0 ] && missing=0
			rm -f "$WORK/replay.txt"
		fi
		if [ "$(size_of "$se")" -gt 1000000 ]; then
			note "sctrace --record also printed text on stderr ($(size_of "$se") bytes)"
		fi
		;;
	esac
	[ -n "$lost" ] || lost=-
	[ -n "$counted" ] || counted=-
	row "$case" "$tool" "$ns" "$made" "$counted" "$lost" "$missing" "$bpe" "$rss" "$cpu" "$cpc"
	rm -f "$out"
}

# The tools of a case, rotated by repetition so that no tool always runs first.
rotated_tools() {
	local rep=$1 list=() t
	for t in $TOOLS; do
		[[ $t = sct-rec* ]] && [ -z "$HAVE_RECORD" ] && continue
		list+=("$t")
	done
	local n=${#list[@]} i
	for ((i = 0; i < n; i++)); do
		echo "${list[$(((i + rep) % n))]}"
	done
}

# baseline: lines of the case's calls a workload makes outside its timed loop
# (start-up, the result line), counted once under strace with 0 iterations.
baseline() {
	local prog=$1
	shift
	strace -f -o "$WORK/base.txt" -- "$prog" 0 "$@" >/dev/null 2>&1
	count_lines strace "$WORK/base.txt"
	rm -f "$WORK/base.txt"
}

# run_loop_case CASE NAMES NRS PROGRAM ITERS_FOR_TOOL...
# ITERS_FOR_TOOL: tool=iterations (slower tools run fewer iterations: the
# figure is per call).
run_loop_case() {
	local case=$1 prog=$4
	CASE_NAMES=$2
	CASE_NRS=$3
	shift 4
	declare -A iters
	local kvp
	for kvp in "$@"; do
		iters[${kvp%%=*}]=${kvp#*=}
	done
	if [ "$prog" = fileio ]; then
		CASE_BASE=$(baseline "$BB/$prog" "$WORK")
	else
		CASE_BASE=$(baseline "$BB/$prog")
	fi
	local rep tool n
	for ((rep = 0; rep < REPS; rep++)); do
		for tool in $(rotated_tools $rep); do
			n=${iters[$tool]:-${iters[default]}}
			[ -n "$QUICK" ] && n=$((n / 10))
			if [ "$prog" = fileio ]; then
				measure "$case" "$tool" "$BB/$prog" "$n" "$WORK"
			else
				measure "$case" "$tool" "$BB/$prog" "$n"
			fi
		done
		note "case $case: repetition $((rep + 1))/$REPS done"
	done
}

# ---------------------------------------------------------------------------
# Case 3b: the highest rate of system calls sctrace captures without loss for
# a sustained period (10 s; 2 s when quick). Two threads pace themselves at a
# target rate; a trial passes when nothing was lost and the rate was held.
RATE_SECONDS=10
[ -n "$QUICK" ] && RATE_SECONDS=2
RATE_TRIALS=5
[ -n "$QUICK" ] && RATE_TRIALS=2

rate_trial() {
	local tool=$1 rate=$2 se=$WORK/rate.err so=$WORK/rate.out tf=$WORK/rate.time out=/dev/null
	[ "$tool" = sct-rec ] && out=$DISK/rate.sctl
	if [ "$tool" = sct-rec ]; then
		timeout -k 10 300 /usr/bin/time -o "$tf" -f "TIME %M %U %S %e" \
			"$SCT" --stats -f --record "$out" -- "$BB/threads" --rate "$rate" "$RATE_SECONDS" >"$so" 2>"$se"
	else
		timeout -k 10 300 /usr/bin/time -o "$tf" -f "TIME %M %U %S %e" \
			"$SCT" --stats -f -o /dev/null -- "$BB/threads" --rate "$rate" "$RATE_SECONDS" >"$so" 2>"$se"
	fi
	local made held traced lost rss pass=0 bpe=- from=counter
	made=$(kv "$so" syscalls)
	held=$(kv "$so" rate)
	traced=$(sct_traced "$se")
	lost=$(sct_lost "$se")
	rss=$(time_field "$tf" 1)
	[ "$tool" = sct-rec ] && [ -n "$traced" ] && [ "$traced" -gt 0 ] && bpe=$(($(size_of "$out") / traced))
	if [ "$tool" = sct-rec ] && [ -n "$HAVE_REPLAY" ]; then
		# With a log, what counts is what it holds: the workload's calls read back.
		traced=$(log_calls "$out" getppid,clock_nanosleep)
		from=log
	fi
	rm -f "$DISK/rate.sctl"
	if [ -z "$made" ] || [ -z "$lost" ] || [ -z "$traced" ]; then
		note "rate trial $tool at $rate failed: $(head -2 "$se" | tr '\n' ' ')"
		RT_PASS=0 RT_HELD=0 RT_LOST=- RT_RSS=-
		return
	fi
	# lossless, every call in the trace, and the workload kept its pace (97%)
	if [ "$lost" = 0 ] && [ "$traced" -ge "$made" ] &&
		awk -v h="$held" -v r="$rate" 'BEGIN { exit !(h >= 0.97 * r) }'; then
		pass=1
	fi
	RT_PASS=$pass RT_HELD=${held%.*} RT_LOST=$lost RT_RSS=$rss RT_BPE=$bpe
	note "rate $tool: target $rate/s held $RT_HELD/s for ${RATE_SECONDS}s, $made calls, $traced traced ($from), $lost lost, RSS ${rss} KiB -> $([ $pass = 1 ] && echo pass || echo fail)"
}

# log_calls LOG SYSCALLS: the calls of those syscalls a recorded log holds (the
# total of its replayed -c table), empty when it cannot be read.
log_calls() {
	"$SCT" --replay "$1" -c -e trace="$2" -o "$WORK/replay.c" 2>/dev/null || return
	awk '$NF == "total" { print $4 }' "$WORK/replay.c"
	rm -f "$WORK/replay.c"
}

# The workload's own ceiling: the rate the two paced threads hold untraced when
# asked for far more than a host can make (on a host where a call costs 1-2 us
# with PTI, two threads cannot make 3M calls/s at all).
rate_ceiling() {
	local so=$WORK/rate.out held
	timeout -k 10 300 "$BB/threads" --rate 100000000 "$RATE_SECONDS" >"$so" 2>/dev/null
	held=$(kv "$so" rate)
	note "rate untraced: the workload held ${held:-?}/s asked for 100M/s (its ceiling on this host)"
	row rate untraced "${held%.*}" - - 0 - - - - -
	# the search starts at what the workload can make, if that is below 3M/s
	[ -n "$held" ] && [ "${held%.*}" -lt 3000000 ] && RATE_START=${held%.*}
}

# Search: start at 3M/s (or the workload's ceiling), go up by 1.5x while passing, down by half while
# failing, then bisect; at most RATE_TRIALS trials.
rate_search() {
	local tool=$1 rate=${RATE_START:-3000000} lo=0 hi=0 best=0 best_rss=- t maxrss=0 lost_at_hi=- bpe=-
	for ((t = 0; t < RATE_TRIALS; t++)); do
		rate_trial "$tool" "$rate"
		[ "$RT_RSS" != - ] && [ "$RT_RSS" -gt "$maxrss" ] && maxrss=$RT_RSS
		if [ "$RT_PASS" = 1 ]; then
			[ "$RT_HELD" -gt "$best" ] && best=$RT_HELD bpe=$RT_BPE
			lo=$rate
			if [ $hi = 0 ]; then rate=$((rate * 3 / 2)); else rate=$(((lo + hi) / 2)); fi
		else
			hi=$rate
			lost_at_hi=$RT_LOST
			if [ $lo = 0 ]; then rate=$((rate / 2)); else rate=$(((lo + hi) / 2)); fi
		fi
		[ $hi != 0 ] && [ $lo != 0 ] && [ $((hi - lo)) -lt $((lo / 10)) ] && break
	done
	# value: highest lossless rate held; made: the first failing target
	row rate "$tool" "$best" "$hi" - "$lost_at_hi" - "$bpe" "$maxrss" -
}

# ---------------------------------------------------------------------------
# Case 4: redis-server under redis-benchmark (GET and SET, 50 clients) on a
# unix socket; the tracers attach to the running server with -p (all threads).

REDIS_SOCK=$WORK/redis.sock
redis_rps() { # mean requests/s of SET and GET from --csv output
	awk -F'"' '$2 == "SET" || $2 == "GET" { s += $4; n++ } END { if (n) printf "%.0f", s / n }' "$1"
}

wait_for() { # FILE PATTERN SECONDS
	local i
	for ((i = 0; i < $3 * 50; i++)); do
		grep -q -- "$2" "$1" 2>/dev/null && return 0
		sleep 0.02
	done
	return 1
}

redis_measure() {
	local tool=$1 n=$2 pid=$REDIS_PID out=$WORK/out.txt se=$WORK/stderr.txt tf=$WORK/time.txt
	local csv=$WORK/redis.csv tracer=() ready= delay=0.3
	[ "$tool" = sct-rec ] && out=$DISK/trace.sctl
	rm -f "$out" "$se" "$tf" "$csv"
	case $tool in
	sctrace) tracer=("$SCT" --stats -f -o "$out" -p "$pid") ready=attached ;;
	sct-rec) tracer=("$SCT" --stats -f --record "$out" -p "$pid") ready=attached ;;
	strace) tracer=(strace -f -o "$out" -p "$pid") ready=attached ;;
	perf) tracer=(perf trace -o "$out" -p "$pid") delay=2 ;;
	bpftrace)
		bt_pid_script "$pid" >"$WORK/pid.bt"
		tracer=(bpftrace -o "$out" "$WORK/pid.bt") ready=Attaching delay=1
		;;
	esac
	local tpid=
	if [ ${#tracer[@]} -gt 0 ]; then
		/usr/bin/time -o "$tf" -f "TIME %M %U %S %e" "${tracer[@]}" 2>"$se" >/dev/null </dev/null &
		tpid=$!
		BG_PIDS+=($tpid)
		if [ -n "$ready" ]; then
			local rf=$se
			[ "$tool" = bpftrace ] && rf=$out
			wait_for "$rf" "$ready" 30 || note "redis/$tool: no '$ready' from the tracer after 30 s"
		fi
		sleep $delay
	fi
	timeout -k 5 600 redis-benchmark -s "$REDIS_SOCK" -c 50 -n "$n" -t get,set --csv >"$csv" 2>/dev/null
	if [ -n "$tpid" ]; then
		# GNU time ignores SIGINT while it waits: signal the tracer itself
		local child
		child=$(pgrep -P "$tpid" | head -1)
		kill -INT "${child:-$tpid}" 2>/dev/null
		local i=0
		while kill -0 "$tpid" 2>/dev/null && [ $i -lt 1500 ]; do
			sleep 0.02
			i=$((i + 1))
		done
		kill -KILL "$tpid" 2>/dev/null
		wait "$tpid" 2>/dev/null
	fi
	local rps counted=- lost=- bpe=- rss=- cpu=-
	rps=$(redis_rps "$csv")
	if [ -z "$rps" ]; then
		note "redis/$tool: redis-benchmark reported nothing"
		row 4 "$tool" - - - - - - - -
		rm -f "$out"
		return
	fi
	if [ -n "$tpid" ]; then
		rss=$(time_field "$tf" 1)
		cpu=$(awk -v u="$(time_field "$tf" 2)" -v s="$(time_field "$tf" 3)" 'BEGIN { printf "%.3f", u + s }')
		case $tool in
		sctrace | sct-rec)
			counted=$(sct_traced "$se")
			lost=$(sct_lost "$se")
			[ -n "$counted" ] && [ "$counted" -gt 0 ] && bpe=$(($(size_of "$out") / counted))
			;;
		strace)
			counted=$(grep -c . "$out")
			lost=0
			;;
		perf | bpftrace)
			counted=$(grep -cvE '^(LOST|Lost|Attaching) ' "$out")
			lost=$(sum_lost "$out" "$se")
			;;
		esac
		[ "$tool" != sct-rec ] && [ "$counted" != - ] && [ "$counted" -gt 0 ] && bpe=$(($(size_of "$out") / counted))
	fi
	[ -n "$lost" ] || lost=-
	[ -n "$counted" ] || counted=-
	row 4 "$tool" "$rps" - "$counted" "$lost" - "$bpe" "$rss" "$cpu"
	rm -f "$out"
}

run_redis() {
	redis-server --port 0 --unixsocket "$REDIS_SOCK" --unixsocketperm 700 --save '' \
		--appendonly no --dir "$WORK" --daemonize no --loglevel warning \
		>"$WORK/redis.log" 2>&1 </dev/null &
	REDIS_PID=$!
	BG_PIDS+=($REDIS_PID)
	local i
	for ((i = 0; i < 250; i++)); do
		[ "$(redis-cli -s "$REDIS_SOCK" ping 2>/dev/null)" = PONG ] && break
		sleep 0.02
	done
	[ "$(redis-cli -s "$REDIS_SOCK" ping 2>/dev/null)" = PONG ] || {
		note "redis-server did not start: $(head -3 "$WORK/redis.log")"
		return
	}
	# warm up
	redis-benchmark -s "$REDIS_SOCK" -c 50 -n 20000 -t get,set -q >/dev/null 2>&1
	declare -A n=([untraced]=100000 [sctrace]=100000 [sct-null]=100000 [sct-rec]=100000
		[strace]=10000 [perf]=30000 [bpftrace]=50000)
	local rep tool k
	for ((rep = 0; rep < REPS; rep++)); do
		for tool in $(rotated_tools $rep); do
			[ "$tool" = sct-null ] || [ "$tool" = sct-rec-nd ] || [ "$tool" = sct-k ] && continue
			k=${n[$tool]}
			[ -n "$QUICK" ] && k=$((k / 5))
			redis_measure "$tool" "$k"
		done
		note "case 4: repetition $((rep + 1))/$REPS done"
	done
	kill "$REDIS_PID" 2>/dev/null
	wait "$REDIS_PID" 2>/dev/null
}

# ---------------------------------------------------------------------------
# Case 5: start-up and detach.
TRUE_REPS=20
[ -n "$QUICK" ] && TRUE_REPS=3
DETACH_REPS=$REPS
[ -n "$QUICK" ] && DETACH_REPS=1

run_true() {
	local rep tool w
	for ((rep = 0; rep < TRUE_REPS; rep++)); do
		for tool in $(rotated_tools $rep); do
			[ "$tool" = sct-rec-nd ] || [ "$tool" = sct-k ] && continue # -o /dev/null is the figure asked for
			case $tool in
			untraced) w=(/bin/true) ;;
			# the sctrace slot: a cold start, the object loaded and verified as if never run before
			sctrace) w=(env SCTRACE_CACHE=0 "$SCT" -o /dev/null -- /bin/true) ;;
			# warm: the object an earlier run left with the keeper (src/capture/cache.h)
			sct-null) w=("$SCT" -o /dev/null -- /bin/true) ;;
			sct-rec) w=("$SCT" --record "$DISK/true.sctl" -- /bin/true) ;;
			strace) w=(strace -o /dev/null -- /bin/true) ;;
			perf) w=(perf trace -o /dev/null -- /bin/true) ;;
			bpftrace) w=(bpftrace -o /dev/null -c /bin/true "$BT_CMD_SCRIPT") ;;
			esac
			"$BB/walltime" -q "${w[@]}" 2>"$WORK/wall.txt"
			local ns
			ns=$(sed -n 's/^WALL ns=\([0-9]*\) status=0$/\1/p' "$WORK/wall.txt")
			if [ -n "$ns" ]; then
				row true "$tool" "$(awk -v n="$ns" 'BEGIN { printf "%.2f", n / 1e6 }')" - - - - - - -
			else
				note "true/$tool failed"
				row true "$tool" - - - - - - - -
			fi
			rm -f "$DISK/true.sctl"
		done
	done
	note "case 5: /bin/true done"
}

run_detach() {
	# a process that keeps making calls (two threads, 20,000 a second in all)
	bg_start "$BB/threads" --rate 20000 3600 >/dev/null
	local loop=$LAST_BG rep tool tr log=$WORK/detach.log pat delay
	sleep 0.2
	for ((rep = 0; rep < DETACH_REPS; rep++)); do
		for tool in $(rotated_tools $rep); do
			case $tool in
			untraced | sctrace | sct-rec-nd | sct-k) continue ;;
			sct-null) tr=("$SCT" -f -o /dev/null -p "$loop") pat=attached delay=200 ;;
			sct-rec) tr=("$SCT" -f --record "$DISK/detach.sctl" -p "$loop") pat=attached delay=200 ;;
			strace) tr=(strace -f -o /dev/null -p "$loop") pat=attached delay=200 ;;
			perf) tr=(perf trace -o /dev/null -p "$loop") pat= delay=2000 ;;
			bpftrace)
				bt_pid_script "$loop" >"$WORK/detach.bt"
				tr=(bpftrace "$WORK/detach.bt") pat=Attaching delay=1000
				;;
			esac
			local r ns
			r=$("$BB/detach" "$log" "$pat" "$delay" "$log" -- "${tr[@]}")
			ns=$(echo "$r" | sed -n 's/^DETACH ns=\([0-9]*\) .*/\1/p')
			if [ -n "$ns" ]; then
				row detach "$tool" "$(awk -v n="$ns" 'BEGIN { printf "%.2f", n / 1e6 }')" - - - - - - -
			else
				note "detach/$tool failed: $(grep -v RLIMIT_MEMLOCK "$log" | head -2 | tr '\n' ' ')"
				row detach "$tool" - - - - - - - -
			fi
			rm -f "$DISK/detach.sctl" "$log"
		done
	done
	kill "$loop" 2>/dev/null
	wait "$loop" 2>/dev/null
	note "case 5: detach done"
}

# ---------------------------------------------------------------------------
# The table.

machine() {
	local cpu mem
	cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
	mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
	echo "sctrace benchmark  $(date -u '+%Y-%m-%d %H:%M UTC')  ($([ -n "$QUICK" ] && echo "QUICK, ")$REPS repetitions, medians)"
	echo "machine: ${cpu:-unknown CPU}, $(nproc) CPUs online, $mem RAM, kernel $(uname -r), $(. /etc/os-release && echo "$PRETTY_NAME")"
	echo "tools:   sctrace $("$SCT" -V 2>&1 | head -1 | awk '{ print $NF }'), $(strace -V | head -1 | sed 's/ -- version//'), $(perf --version), bpftrace $(bpftrace --version | awk '{ print $2 }'), redis $(redis-server --version | sed 's/.*v=\([^ ]*\).*/\1/')"
	echo "notes:   $TRACEFS_NOTE"
	echo "         $BUSY_NOTE; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "         steal time by case (CPU time the hypervisor gave to other guests): ${STEAL_NOTE:-n/a}"
	[ -n "$HAVE_RECORD" ] || echo "         sctrace --record: n/a (not built yet); its rows and targets are skipped"
}

table() {
	awk -F'\t' -v have_record="$HAVE_RECORD" -v have_replay="$HAVE_REPLAY" -v rate_s="$RATE_SECONDS" '
	function median(key,    n, i, j, t, a) {
		n = split(vals[key], a, " ")
		if (n == 0) return "-"
		for (i = 2; i <= n; i++) { t = a[i] + 0; for (j = i - 1; j >= 1 && a[j] + 0 > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
		return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
	}
	function maxof(key,    n, i, m, a) {
		n = split(vals[key], a, " ")
		if (n == 0) return "-"
		m = a[1] + 0
		for (i = 2; i <= n; i++) if (a[i] + 0 > m) m = a[i] + 0
		return m
	}
	function lab(c, t) { return ((c, t) in clabel) ? clabel[c, t] : label[t] }
	function add(key, v) { if (v != "-" && v != "") vals[key] = vals[key] " " v }
	function fmtnum(v) {
		if (v == "-") return "-"
		if (v >= 1000) return sprintf("%.0f", v)
		if (v >= 100) return sprintf("%.1f", v)
		return sprintf("%.2f", v)
	}
	# a call costs the workload v ns traced and u untraced: the tracer added v - u
	function added(v, u) { return (v == "-" || u == "-" || v == "" || u == "") ? "-" : v - u }
	function ratio(a, b) { return (a == "-" || b == "-" || a == "" || b == "" || b + 0 == 0) ? "-" : sprintf("%.2f", a / b) }
	function times(a, b,    r) {
		if (a == "-" || b == "-" || a == "" || b == "" || b + 0 == 0) return "-"
		r = a / b
		return r >= 10 ? sprintf("%.0fx", r) : r >= 1 ? sprintf("%.1fx", r) : r >= 0.01 ? sprintf("%.2fx", r) : sprintf("%.3fx", r)
	}
	{
		k = $1 SUBSEP $2
		seen[k] = 1
		runs[k]++
		add(k SUBSEP "v", $3); add(k SUBSEP "made", $4); add(k SUBSEP "cnt", $5)
		add(k SUBSEP "lost", $6); add(k SUBSEP "miss", $7); add(k SUBSEP "bpe", $8)
		add(k SUBSEP "rss", $9); add(k SUBSEP "cpu", $10); add(k SUBSEP "cpc", $11)
	}
	END {
		ncases = split("1 2 3 rate 4 true detach", cases, " ")
		ntools = split("untraced sctrace sct-null sct-rec sct-rec-nd sct-k strace perf bpftrace", tools, " ")
		cname["1"] = "1 getppid"; cname["2"] = "2 file i/o"; cname["3"] = "3 2 threads"
		cname["rate"] = "3b sustained"; cname["4"] = "4 redis"; cname["true"] = "5 /bin/true"
		cname["detach"] = "5 detach -p"
		unit["1"] = "ns/call"; unit["2"] = "ns/call"; unit["3"] = "ns/call"; unit["4"] = "req/s"
		unit["true"] = "ms wall"; unit["detach"] = "ms"; unit["rate"] = "calls/s"
		label["untraced"] = "untraced"; label["sctrace"] = "sctrace -o tmpfs"; label["sct-null"] = "sctrace -o null"
		clabel["true", "sctrace"] = "sctrace cold"; clabel["true", "sct-null"] = "sctrace -o null"
		label["sct-rec"] = "sctrace --record"; label["sct-rec-nd"] = "rec no-durations"; label["sct-k"] = "sctrace -k"; label["strace"] = "strace"; label["perf"] = "perf trace"; label["bpftrace"] = "bpftrace"
		hdr = sprintf("%-13s %-17s %10s %-7s %7s %8s %7s %8s %7s %8s %19s %9s %9s %6s %7s %6s", \
			"case", "tool", "value", "unit", "x untr", "+ns/call", "CPU ns", "vs strace", "vs perf", "vs bpftr", \
			"events/calls made", "lost", "missing", "B/ev", "RSS MiB", "CPU s")
		print hdr
		gsub(/./, "-", hdr); print hdr
		for (ci = 1; ci <= ncases; ci++) {
			c = cases[ci]; printed = 0; any = 0
			hib = (c == "4" || c == "rate")   # higher is better
			for (ti = 1; ti <= ntools; ti++) {
				t = tools[ti]; k = c SUBSEP t
				if (k in seen) { med[c, t] = median(k SUBSEP "v"); any = 1 }
			}
			if (!any) continue
			for (ti = 1; ti <= ntools; ti++) {
				t = tools[ti]; k = c SUBSEP t
				if (!(k in seen)) {
					if (t == "sct-rec" && !have_record) {
						printf "%-13s %-17s %s\n", printed ? "" : cname[c], lab(c, t), "n/a (not built yet)"
						printed = 1
					}
					continue
				}
				v = med[c, t]
				if (c == "rate" && t == "untraced") {
					printf "%-13s %-17s %10s %-7s %s\n", printed ? "" : cname[c], lab(c, t), fmtnum(v), unit[c],
						"   the workload alone, asked for 100M/s (its ceiling)"
					printed = 1
					continue
				}
				if (c == "rate") {
					fa = median(k SUBSEP "made")
					printf "%-13s %-17s %10s %-7s %7s %8s %7s %8s %7s %8s %19s %9s %9s %6s %7s %6s\n",
						printed ? "" : cname[c], lab(c, t), v == 0 ? "none" : fmtnum(v), unit[c], "-", "-", "-", "-", "-", "-",
						(fa == "-" || fa == 0) ? "no target failed" : sprintf("fails at %.2fM", fa / 1e6),
						maxof(k SUBSEP "lost"), "-", median(k SUBSEP "bpe"),
						maxof(k SUBSEP "rss") == "-" ? "-" : sprintf("%.0f", maxof(k SUBSEP "rss") / 1024), "-"
					printed = 1
					continue
				}
				u = ((c SUBSEP "untraced") in seen) ? med[c, "untraced"] : "-"
				xu = (t == "untraced") ? "1.00" : (hib ? ratio(u, v) : ratio(v, u))
				peer = (t == "untraced" || t == "strace" || t == "perf" || t == "bpftrace")
				ms = ((c SUBSEP "strace") in seen) ? med[c, "strace"] : "-"
				mp = ((c SUBSEP "perf") in seen) ? med[c, "perf"] : "-"
				mb = ((c SUBSEP "bpftrace") in seen) ? med[c, "bpftrace"] : "-"
				percall = (unit[c] == "ns/call")
				ad = percall && t != "untraced" ? added(v, u) : "-"
				if (percall) { # per call: what the peer added over what we added
					vs_s = peer || ad == "-" || ad <= 0 ? "-" : times(added(ms, u), ad)
					vs_p = peer || ad == "-" || ad <= 0 ? "-" : times(added(mp, u), ad)
					vs_b = peer || ad == "-" || ad <= 0 ? "-" : times(added(mb, u), ad)
				} else {
					vs_s = peer ? "-" : (hib ? times(v, ms) : times(ms, v))
					vs_p = peer ? "-" : (hib ? times(v, mp) : times(mp, v))
					vs_b = peer ? "-" : (hib ? times(v, mb) : times(mb, v))
				}
				made = median(k SUBSEP "made"); cnt = median(k SUBSEP "cnt")
				ev = (cnt == "-" && made == "-") ? "-" : sprintf("%s/%s", cnt == "-" ? "-" : sprintf("%.0f", cnt), made == "-" ? "-" : sprintf("%.0f", made))
				rss = maxof(k SUBSEP "rss")
				cpc = median(k SUBSEP "cpc")
				printf "%-13s %-17s %10s %-7s %7s %8s %7s %8s %7s %8s %19s %9s %9s %6s %7s %6s\n",
					printed ? "" : cname[c], lab(c, t), v == "-" ? "failed" : fmtnum(v), unit[c], xu, ad == "-" ? "-" : fmtnum(ad), cpc == "-" ? "-" : fmtnum(cpc), vs_s, vs_p, vs_b, ev,
					maxof(k SUBSEP "lost"), maxof(k SUBSEP "miss"), median(k SUBSEP "bpe") == "-" ? "-" : sprintf("%.0f", median(k SUBSEP "bpe")),
					rss == "-" ? "-" : sprintf("%.1f", rss / 1024), median(k SUBSEP "cpu") == "-" ? "-" : sprintf("%.2f", median(k SUBSEP "cpu"))
				printed = 1
			}
		}
		print ""
		print "value: median over repetitions (per call of one thread in case 3; mean of GET and SET in case 4)."
		print "x untr: slowdown against untraced (case 4: untraced throughput / traced). +ns/call: what the"
		print "tracer added to each call (traced minus untraced, cases 1-3). CPU ns: CPU time of the workload in"
		print "its loop per call (the BPF programs run in it; steal time is not). vs <peer>: cases 1-3, how many"
		print "times less time per call the tool added than that peer added (the same on a host where the call"
		print "itself is slow); other cases, how many times faster. events/calls made: lines of the traced calls in the output (sctrace"
		print "-o null and --record: events the kernel side wrote) / calls the workload made in its loop."
		print "lost: what the tool itself reported (sctrace --stats, perf LOST, bpftrace Lost; strace cannot"
		print "lose); missing: calls made that are not in the output; both are the worst repetition."
		print "B/ev: bytes of output per event. RSS: peak of the tracer (with -- CMD: the larger of tracer and"
		print "workload, GNU time). CPU s: tracer user+system time less the workload'"'"'s own."
		print "3b: highest rate held for " rate_s " s with zero loss by two paced threads (\"fails at\": the lowest"
		print "target that lost events or could not be held); untraced: the most the two threads make at all;"
		print "--record: every call read back from the log."

		# targets
		print ""
		print "targets:"
		tgt("getppid loop, --record <= 1.6x untraced", have_record ? ratio(med["1", "sct-rec"], med["1", "untraced"]) : "n/a", "<=", 1.6, "x", "", cpux("1", "sct-rec"))
		if (("1" SUBSEP "sct-rec-nd") in seen)
			tgt("  the same with --no-durations", ratio(med["1", "sct-rec-nd"], med["1", "untraced"]), "<=", 1.6, "x", "", cpux("1", "sct-rec-nd"))
		tgt("open/read/write/close, --record <= 1.5x untraced", have_record ? ratio(med["2", "sct-rec"], med["2", "untraced"]) : "n/a", "<=", 1.5, "x", "", cpux("2", "sct-rec"))
		if (("2" SUBSEP "sct-rec-nd") in seen)
			tgt("  the same with --no-durations", ratio(med["2", "sct-rec-nd"], med["2", "untraced"]), "<=", 1.5, "x", "", cpux("2", "sct-rec-nd"))
		best = have_record ? "sct-rec" : "sctrace"
		zl = (maxof("1" SUBSEP best SUBSEP "lost") == 0 && maxof("1" SUBSEP best SUBSEP "miss") + 0 == 0)
		tgt("case 1: added cost per call >= 100x less than strace'"'"'s (" label[best] ", zero loss: " (zl ? "yes" : "NO") ")", ratio(added(med["1", "strace"], med["1", "untraced"]), added(med["1", best], med["1", "untraced"])), ">=", 100, "x", zl)
		tgt("case 1: added cost per call >= 10x less than perf trace'"'"'s (" label[best] ", zero loss: " (zl ? "yes" : "NO") ")", ratio(added(med["1", "perf"], med["1", "untraced"]), added(med["1", best], med["1", "untraced"])), ">=", 10, "x", zl)
		# judged against 3M/s, or against 90% of what the workload makes untraced where that is less
		ceil = (("rate" SUBSEP "untraced") in seen) ? med["rate", "untraced"] : "-"
		rgoal = (ceil != "-" && ceil * 0.9 < 3000000) ? int(ceil * 0.9) : 3000000
		tgt("sustained lossless capture while recording >= " (rgoal == 3000000 ? "3M calls/s" : "90% of the workload'"'"'s ceiling " fmtnum(ceil) "/s"), have_record ? (("rate" SUBSEP "sct-rec") in seen ? median("rate" SUBSEP "sct-rec" SUBSEP "v") : "-") : "n/a", ">=", rgoal, "/s")
		tgt("redis throughput under sctrace -f --record >= 90% of untraced", have_record ? ((("4" SUBSEP "sct-rec") in seen) ? ratio(med["4", "sct-rec"] * 100, med["4", "untraced"]) : "-") : "n/a", ">=", 90, "% of untraced")
		tgt("sctrace -o /dev/null -- /bin/true < 150 ms wall", med["true", "sct-null"] == "" ? "-" : med["true", "sct-null"], "<", 150, " ms")
		tgt("  and at most 3x strace -o /dev/null -- /bin/true (" (med["true", "strace"] == "" ? "-" : med["true", "strace"]) " ms)", (med["true", "sct-null"] == "" || med["true", "strace"] == "") ? "-" : ratio(med["true", "sct-null"], med["true", "strace"]), "<=", 3, "x")
		printf "  %-72s %s\n", "  cold, every start verified (SCTRACE_CACHE=0): vs strace", \
			(med["true", "sctrace"] == "" || med["true", "strace"] == "") ? "-" : med["true", "sctrace"] " ms, " ratio(med["true", "sctrace"], med["true", "strace"]) "x"
		tgt("detaching from -p < 50 ms", med["detach", "sct-null"] == "" ? "-" : med["detach", "sct-null"], "<", 50, " ms")
		rt = have_record ? "sct-rec" : "sct-null"
		r1 = maxof("1" SUBSEP rt SUBSEP "rss"); r2 = maxof("rate" SUBSEP rt SUBSEP "rss")
		printf "  %-72s %s\n", "sctrace RSS bounded (" label[rt] ": peak RSS, case 1 vs 3b, " rate_s " s)", \
			sprintf("%s MiB vs %s MiB", r1 == "-" ? "-" : sprintf("%.0f", r1 / 1024), r2 == "-" ? "-" : sprintf("%.0f", r2 / 1024))
	}
	# the same slowdown in the CPU time of the workload (steal time left out)
	function cpux(c, t,    a, b) {
		a = median((c SUBSEP t) SUBSEP "cpc"); b = median((c SUBSEP "untraced") SUBSEP "cpc")
		return (a == "-" || b == "-" || b + 0 == 0) ? "" : sprintf("%.2f", a / b)
	}
	# cpu: the CPU-time ratio of a slowdown target; met only when both figures are
	# (a host that steals time from the untraced run can make the wall ratio look good)
	function tgt(name, v, op, lim, u, extra, cpu,    ok) {
		if (v == "n/a") { printf "  %-72s %s\n", name, "n/a (sctrace --record not built yet)"; return }
		if (v == "-" || v == "") { printf "  %-72s %s\n", name, "not measured"; return }
		ok = (op == "<=") ? (v + 0 <= lim) : (op == "<") ? (v + 0 < lim) : (v + 0 >= lim)
		if (extra != "" && !extra) ok = 0
		if (cpu != "" && cpu + 0 > lim) ok = 0
		printf "  %-72s %-18s %-7s %s\n", name, (lim >= 1000000 ? sprintf("%.2fM", v / 1e6) : v) u, ok ? "met" : "NOT met", \
			cpu == "" ? "" : "(CPU time: " cpu "x)"
	}
	' "$DATA"
}

# Other work on the machine makes every figure noisier: measure it first.
busy_before() {
	local a b
	a=($(head -1 /proc/stat))
	sleep 1
	b=($(head -1 /proc/stat))
	awk -v u=$((b[1] + b[2] + b[3] + b[6] + b[7] - a[1] - a[2] - a[3] - a[6] - a[7])) \
		-v i=$((b[4] + b[5] - a[4] - a[5])) -v n="$(nproc)" \
		'BEGIN { printf "%.0f%% of %d CPUs busy in the second before the run", (u + i) ? 100 * u / (u + i) : 0, n }'
}

# Steal time: CPU time the hypervisor gave to other guests while we wanted it. On a
# shared host it slows untraced and traced runs alike, but not evenly, so ratios from a
# case with much steal are worth less. Printed per case in the table's header.
cpu_times() { # -> "steal total" in clock ticks since boot
	head -1 /proc/stat | awk '{ t = 0; for (i = 2; i <= 9; i++) t += $i; print $9, t }'
}

STEAL_NOTE=""
steal_since() { # case label, "steal total" from before it
	local a b
	a=($2)
	b=($(cpu_times))
	STEAL_NOTE+="$(awk -v c="$1" -v s=$((b[0] - a[0])) -v t=$((b[1] - a[1])) -v sep="${STEAL_NOTE:+, }" \
		'BEGIN { printf "%s%s %.0f%%", sep, c, t ? 100 * s / t : 0 }')"
}

# ---------------------------------------------------------------------------
# Main.
: >"$DATA"
BUSY_NOTE=$(busy_before)
START=$(date +%s)
note "$(machine | sed -n 2p)"
note "record: $([ -n "$HAVE_RECORD" ] && echo "sctrace --record present" || echo "n/a (not built yet)")"
note "$TRACEFS_NOTE"
note "$BUSY_NOTE"
for c in $CASES; do
	before=$(cpu_times)
	case $c in
	1) run_loop_case 1 getppid "110" getppid default=2000000 sct-k=200000 strace=20000 perf=100000 bpftrace=200000 ;;
	2) run_loop_case 2 "openat|read|write|close" "257 0 1 3" fileio default=250000 sct-k=50000 strace=5000 perf=25000 bpftrace=50000 ;;
	3) run_loop_case 3 getppid "110" threads default=1000000 sct-k=100000 strace=10000 perf=50000 bpftrace=100000 ;;
	rate)
		has_tool untraced && rate_ceiling
		if [ -n "$HAVE_RECORD" ] && has_tool sct-rec; then rate_search sct-rec; fi
		has_tool sct-null && rate_search sct-null
		note "case 3b done"
		;;
	4) run_redis ;;
	5)
		run_true
		run_detach
		;;
	*) note "unknown case '$c' (1 2 3 rate 4 5)" ;;
	esac
	steal_since "$c" "$before"
done

{
	machine
	echo
	table
	echo
	echo "run time: $(($(date +%s) - START)) s"
} >"$RESULTS.tmp"
mv "$RESULTS.tmp" "$RESULTS"
echo
cat "$RESULTS"
echo
echo "written to $RESULTS"
