#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# sctrace --usdt / --list-usdt: runtime providers made by libsctusdt (driven
# by build/usdt/usdt_driver), <sys/sdt.h> probes with semaphores, and
# Debian's python3.11. Asserts exact output lines. One PASS/FAIL/SKIP line
# per test, then "N passed, N failed". Needs root; systemtap-sdt-dev for the
# sdt test, python3.11 and bpftrace for the python tests (skipped without).
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
S=$BUILD/sctrace
DRV_BIN=$BUILD/usdt/usdt_driver # not DRV: the coprocess takes that name
TMP=$(mktemp -d /tmp/sctrace-usdt.XXXXXX)
passed=0
failed=0
DPID=
TRACERS=()

cleanup() {
	local p
	for p in "${TRACERS[@]}"; do kill "$p" 2>/dev/null; done
	[ -n "$DPID" ] && kill "$DPID" 2>/dev/null
	rm -rf "$TMP"
}
trap cleanup EXIT

pass() { echo "PASS usdt_trace/$1"; passed=$((passed + 1)); }
fail() { echo "FAIL usdt_trace/$1: $2"; failed=$((failed + 1)); }
skip() { echo "SKIP usdt_trace/$1: $2"; }
# name expected-file actual-file
check() {
	if diff -u "$2" "$3" >"$TMP/diff"; then pass "$1"; else fail "$1" "output differs"; sed 's/^/    /' "$TMP/diff" | head -20; fi
}

if [ "$(id -u)" -ne 0 ]; then
	echo "SKIP usdt_trace: not root"; echo "0 passed, 0 failed"; exit 0
fi

# ---- the driver as a coprocess (protocol: tests/usdt/usdt_driver.c) ----
drv_start() {
	coproc DRV { exec "$DRV_BIN" 2>>"$TMP/driver.err"; } 2>/dev/null
	DRV_IN=${DRV[1]}
	DRV_OUT=${DRV[0]}
	drv pid
	DPID=$R # the driver itself, not a shell around it
}
drv() { R=timeout; echo "$*" >&"$DRV_IN" || return 1; IFS= read -r -t 10 R <&"$DRV_OUT" || R=timeout; }
drv_ok() { drv "$@"; [ "$R" = ok ] || { echo "    driver: '$*' -> $R"; return 1; }; }
drv_stop() { echo quit >&"$DRV_IN" 2>/dev/null; wait "$DRV_PID" 2>/dev/null; DPID=; }
sem() { drv sem "$1" "$2"; echo "${R%% *}"; }
wait_sem() { # PROV PROBE VALUE
	local i
	for i in $(seq 300); do [ "$(sem "$1" "$2")" = "$3" ] && return 0; sleep 0.05; done
	return 1
}
# tracer OUT ARGS...: sctrace -p the driver in the background
tracer() {
	local out=$1
	shift
	"$S" -q -e trace=none -o "$out" -p "$DPID" "$@" 2>"$out.err" &
	T=$!
	TRACERS+=("$T")
}
tracer_stop() { kill -INT "$1" 2>/dev/null; wait "$1" 2>/dev/null; }

# ---- options ----
out=$("$S" --system-wide --usdt 'myapp:req' 2>&1); rc=$?
if [ $rc -eq 1 ] && [ "$out" = "$S: --usdt 'myapp:req' with --system-wide needs the object: PATH:PROVIDER:PROBE" ]; then
	pass system-wide-needs-path
else
	fail system-wide-needs-path "rc=$rc '$out'"
fi
out=$("$S" --usdt 'req' true 2>&1); rc=$?
if [ $rc -eq 1 ] && [ "$out" = "$S: invalid --usdt 'req': expected [PATH:]PROVIDER:PROBE (wildcards * allowed)" ]; then
	pass spec-invalid
else
	fail spec-invalid "rc=$rc '$out'"
fi

out=$("$S" --usdt 'a:b:args=u64,float' true 2>&1); rc=$?
if [ $rc -eq 1 ] && [ "$out" = "$S: invalid --usdt 'a:b:args=u64,float': unknown argument type or more than 12 in 'args=u64,float' (types: i8 i16 i32 i64 u8 u16 u32 u64 x8 x16 x32 x64 ptr str -)" ]; then
	pass spec-bad-type
else
	fail spec-bad-type "rc=$rc '$out'"
fi

# ---- runtime providers ----
drv_start
drv_ok new p1 && drv_ok add p1 req i32,str && drv_ok load p1 &&
	drv_ok new p2 && drv_ok add p2 req i32,i64 && drv_ok add p2 other u8 && drv_ok load p2 ||
	fail setup "driver"

"$S" --list-usdt -p "$DPID" --usdt 'p*:*' 2>&1 | sort >"$TMP/list"
sort >"$TMP/list.exp" <<X
p1:req args="-4@%edi 8@%rsi" semaphore=0x1070 /memfd:sctusdt:p1 (deleted)
p2:req args="-4@%edi -8@%rsi" semaphore=0x1070 /memfd:sctusdt:p2 (deleted)
p2:other args="1@%dil" semaphore=0x1072 /memfd:sctusdt:p2 (deleted)
X
check list-pid-memfd "$TMP/list.exp" "$TMP/list"

# Two providers with the same probe name, each traced alone, then by wildcards.
tracer "$TMP/one" --usdt 'p1:req'
T1=$T
tracer "$TMP/star" --usdt '*:req'
T2=$T
tracer "$TMP/p2all" --usdt 'p2:*'
T3=$T
wait_sem p1 req 1 && wait_sem p2 req 1 && wait_sem p2 other 1 || fail attach "semaphores not set"
# A semaphore is set by the first tracer to attach a probe (the kernel counts uprobes,
# not tracers), so give the two others time to load and attach too.
sleep 1.5
drv_ok fire p1 req 1 2 && drv_ok fire p2 req -3 4 && drv_ok fire p2 other 300
sleep 0.3
tracer_stop "$T1"; tracer_stop "$T2"; tracer_stop "$T3"
# p1's second argument is a str: 2 is no readable address, so it shows as one.
printf '%s\n' 'usdt p1:req(1, 0x2)' >"$TMP/one.exp"
check two-providers-p1 "$TMP/one.exp" "$TMP/one"
printf '%s\n' 'usdt p1:req(1, 0x2)' 'usdt p2:req(-3, 4)' >"$TMP/star.exp"
check wildcard-provider "$TMP/star.exp" "$TMP/star"
printf '%s\n' 'usdt p2:req(-3, 4)' 'usdt p2:other(44)' >"$TMP/p2all.exp"
check wildcard-probe "$TMP/p2all.exp" "$TMP/p2all"

# Semaphore 0 -> 1 -> 0 with one tracer, and with two.
if [ "$(sem p1 req)" = 0 ]; then
	tracer "$TMP/s1" --usdt 'p1:req'
	T1=$T
	if wait_sem p1 req 1; then
		tracer_stop "$T1"
		if wait_sem p1 req 0; then pass semaphore-one; else fail semaphore-one "stayed set after detach"; fi
	else
		fail semaphore-one "not set"; tracer_stop "$T1"
	fi
	tracer "$TMP/s1" --usdt 'p1:req'
	T1=$T
	tracer "$TMP/s2" --usdt 'p1:*'
	T2=$T
	wait_sem p1 req 1
	sleep 0.5 # both attached (the second one's scan)
	tracer_stop "$T1"
	sleep 0.3
	v1=$(sem p1 req)
	tracer_stop "$T2"
	wait_sem p1 req 0
	v2=$(sem p1 req)
	if [ "$v1" = 1 ] && [ "$v2" = 0 ]; then pass semaphore-two; else fail semaphore-two "after one left: $v1, after both: $v2"; fi
else
	fail semaphore-one "set before tracing"; fail semaphore-two "set before tracing"
fi

# A provider loaded after tracing started; then unloaded and loaded again.
tracer "$TMP/late" --usdt 'late:*'
T1=$T
sleep 0.3
drv_ok new late && drv_ok add late ev i32 && drv_ok load late
if wait_sem late ev 1; then
	drv_ok fire late ev 1
	drv_ok unload late
	drv_ok load late
	if wait_sem late ev 1; then drv_ok fire late ev 2; else fail reload "not attached after reload"; fi
else
	fail late "not attached"
fi
sleep 0.3
tracer_stop "$T1"
printf '%s\n' 'usdt late:ev(1)' >"$TMP/late.exp"
check late "$TMP/late.exp" <(head -n 1 "$TMP/late")
printf '%s\n' 'usdt late:ev(1)' 'usdt late:ev(2)' >"$TMP/reload.exp"
check reload "$TMP/reload.exp" "$TMP/late"

# Every argument type, strings with -s, JSON, and the binary log replayed.
drv_ok types
tracer "$TMP/types" -s 8 --record "$TMP/types.log" --usdt 'sct_types:m*' --usdt 'sct_types:long'
T1=$T
wait_sem sct_types long 1 && sleep 0.2
drv_ok firetypes
sleep 0.3
tracer_stop "$T1"
cat >"$TMP/types.exp" <<'X'
usdt sct_types:min(-128, -32768, -2147483648, -9223372036854775808, -1, -2)
usdt sct_types:max(127, 32767, 2147483647, 9223372036854775807, 18446744073709551615, 4294967295)
usdt sct_types:mix("hello, w"..., 0xdeadbeefcafe, -300, 3000000000, -56, "")
usdt sct_types:long("<xxxxxxx"..., 300)
X
check types "$TMP/types.exp" "$TMP/types"
"$S" --replay "$TMP/types.log" -s 8 -e trace=none 2>&1 | grep '^usdt' >"$TMP/replay"
check replay "$TMP/types.exp" "$TMP/replay"
"$S" --replay "$TMP/types.log" --json -e trace=none 2>&1 | grep '"type":"usdt"' |
	sed -E 's/^.*"pid":[0-9]+,"tid":[0-9]+,"comm":(null|"[^"]*")//; s/"probe_id":[0-9]+,//' | head -n 1 >"$TMP/json"
printf '%s\n' ',"provider":"sct_types","probe":"min","args":[-128,-32768,-2147483648,-9223372036854775808,-1,-2]}' >"$TMP/json.exp"
check json "$TMP/json.exp" "$TMP/json"
drv_stop

# ---- many probes: one multi-uprobe link; attach errors in one line; the fd limit ----
drv_start
drv_ok new many || fail setup "driver"
for i in $(seq 200); do drv_ok add many "p$i" i32 || break; done
drv_ok load many || fail setup "load many"
sems() { local i v n=0; for i in $(seq "$1"); do v=$(sem many "p$i"); [ "$v" = "$2" ] && n=$((n + 1)); done; echo "$n"; }
tracer "$TMP/many" --usdt 'many:*'
T1=$T
if wait_sem many p200 1; then
	n1=$(sems 200 1)
	t0=$(date +%s%N)
	tracer_stop "$T1"
	t1=$(date +%s%N)
	n0=$(sems 200 0)
	# Speed is bench/usdt_teardown.sh's to measure (make bench-usdt); shown here for the log.
	echo "    detaching from 200 probes took $(((t1 - t0) / 1000000)) ms"
	if [ "$n1" = 200 ] && [ "$n0" = 200 ]; then pass many-attach-detach; else fail many-attach-detach "set $n1, cleared $n0 of 200"; fi
else
	fail many-attach-detach "not attached"; tracer_stop "$T1"
fi
# Per-probe links (older kernels) take two descriptors each: with a hard limit of 60 some
# fail, in one line; with only the soft limit low, sctrace raises it and all attach.
(ulimit -n 60; SCTRACE_USDT_NO_MULTI=1 exec "$S" -q -e trace=none -o /dev/null -p "$DPID" --usdt 'many:p[1-3]?') 2>"$TMP/emfile.err" &
T1=$!
TRACERS+=("$T1")
wait_sem many p1 1 && sleep 0.5
# With -p, every exec on the machine passes sctrace's fanotify helper, whose descriptors
# are its own: sctrace out of them must not make an exec fail (the kernel denies an exec
# whose event it cannot give the reader a descriptor for).
execs=0
for _ in 1 2 3 4 5; do /bin/true 2>/dev/null && execs=$((execs + 1)); done
tracer_stop "$T1"
if [ "$execs" = 5 ]; then pass execs-not-denied-without-fds; else fail execs-not-denied-without-fds "$execs of 5 execs succeeded"; fi
if [ "$(wc -l <"$TMP/emfile.err")" = 1 ] &&
	grep -Eq "^[^ ]*sctrace: cannot attach to [0-9]+ USDT probe sites \(the first: many:p[0-9]+ in /memfd:sctusdt:many \(deleted\): Too many open files\)$" "$TMP/emfile.err"; then
	pass attach-errors-one-line
else
	fail attach-errors-one-line "$(head -c 300 "$TMP/emfile.err")"
fi
(ulimit -S -n 60; SCTRACE_USDT_NO_MULTI=1 exec "$S" -q -e trace=none -o /dev/null -p "$DPID" --usdt 'many:p[1-3]?') 2>"$TMP/soft.err" &
T1=$!
TRACERS+=("$T1")
wait_sem many p39 1 && sleep 0.3
n1=$(sems 39 1)
tracer_stop "$T1"
# p10..p39 match; p1..p9 do not.
if [ "$n1" = 30 ] && [ ! -s "$TMP/soft.err" ]; then pass fd-soft-limit-raised; else fail fd-soft-limit-raised "$n1 of 30 set; $(head -c 300 "$TMP/soft.err")"; fi
drv_stop

# ---- a provider loaded at run time and fired at once, every millisecond ----
# The command's mmap of the new provider waits until sctrace attached to it, so all
# 500 firings are seen (the issue asks for 98 %); -p cannot hold the call (see
# src/usdt/README.md): it attaches when woken, a few milliseconds late.
"$S" -e trace=none -o "$TMP/late1" --usdt 'late1:*' "$BUILD/usdt/late_fire" 500 50
n=$(grep -c '^usdt late1:tick(' "$TMP/late1")
if [ "$n" -ge 490 ] && [ "$(head -n 1 "$TMP/late1")" = 'usdt late1:tick(0)' ]; then pass late-provider-fires-at-once; else fail late-provider-fires-at-once "$n of 500; first: $(head -n 1 "$TMP/late1")"; fi
"$BUILD/usdt/late_fire" 500 1500 &
LP=$!
"$S" -q -e trace=none -o "$TMP/late2" -p "$LP" --usdt 'late1:*' &
T1=$!
TRACERS+=("$T1")
wait "$LP"
tracer_stop "$T1"
echo "    with -p: $(grep -c 'usdt late1:tick(' "$TMP/late2") of 500 seen (woken by the mmap, not holding it)"

# ---- USDT events among the syscalls (no -e trace=none): each firing between the calls
# the program made around it, in its order, live and from a recorded log ----
interleave_expect() { # FIRST_ABSTIME_LINE -> expected lines from the first firing on
	local sec nsec i
	sec=$(sed -E 's/.*tv_sec=([0-9]+),.*/\1/' <<<"$1")
	nsec=$(sed -E 's/.*tv_nsec=([0-9]+)\}.*/\1/' <<<"$1")
	for i in $(seq 0 19); do
		echo "usdt late1:tick($i)"
		printf 'clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, {tv_sec=%d, tv_nsec=%d}, NULL) = 0\n' \
			$((sec + (nsec + i * 1000000) / 1000000000)) $(((nsec + i * 1000000) % 1000000000))
	done
	# the unload: the mapping, then the provider's memfd, checked to be still its own and closed
	printf '%s\n' 'munmap(ADDR, 8192) = 0' \
		'newfstatat(3, "", {st_mode=S_IFREG|0666, st_size=SIZE, ...}, AT_EMPTY_PATH) = 0' 'close(3) = 0' \
		'exit_group(0) = ?' '+++ exited with 0 +++'
}
interleave_got() { # trace -> its lines from the first firing on, padding and addresses normalised
	sed -n '/^usdt /,$p' "$1" | sed -E 's/ +=/ =/; s/^munmap\(0x[0-9a-f]+,/munmap(ADDR,/; s/st_size=[0-9]+,/st_size=SIZE,/'
}
"$S" -o "$TMP/il" --usdt 'late1:*' "$BUILD/usdt/late_fire" 20 20
interleave_expect "$(grep -m1 TIMER_ABSTIME "$TMP/il")" >"$TMP/il.exp"
interleave_got "$TMP/il" >"$TMP/il.got"
check usdt-among-syscalls "$TMP/il.exp" "$TMP/il.got"
"$S" --record "$TMP/il.sctl" --usdt 'late1:*' "$BUILD/usdt/late_fire" 20 20 2>"$TMP/il.rec.err"
"$S" --replay "$TMP/il.sctl" -o "$TMP/ilr" 2>>"$TMP/il.rec.err"
interleave_expect "$(grep -m1 TIMER_ABSTIME "$TMP/ilr")" >"$TMP/ilr.exp"
interleave_got "$TMP/ilr" >"$TMP/ilr.got"
check usdt-among-syscalls-replayed "$TMP/ilr.exp" "$TMP/ilr.got"

# ---- <sys/sdt.h> probes in a program, with semaphores ----
if gcc -O2 -o "$TMP/sdt_demo" tests/usdt_trace/sdt_demo.c 2>/dev/null; then
	# Without types an 8-byte unsigned argument is a number, in hex: the pointer the
	# program printed.
	SDT_DEMO_ADDR=1 "$S" -e trace=none -o "$TMP/sdt" --usdt 'demo:*' "$TMP/sdt_demo" >"$TMP/sdt.all"
	addr=$(sed -n 's/^path //p' "$TMP/sdt.all")
	grep -v '^path ' "$TMP/sdt.all" >"$TMP/sdt.stdout"
	printf '%s\n' "usdt demo:hello(42, $addr, 7)" "usdt demo:hello(43, $addr, 7)" \
		'usdt demo:neg(-5)' 'usdt demo:field(2, 5, -1)' '+++ exited with 0 +++' >"$TMP/sdt.exp"
	if [[ "$addr" =~ ^0x[0-9a-f]{6,}$ ]]; then check sdt-pointer-as-number "$TMP/sdt.exp" "$TMP/sdt"; else fail sdt-pointer-as-number "address printed: '$addr'"; fi
	# args= makes it a string; OFF+SYM(%rip) fields read right (8+stats, 20+stats).
	"$S" -e trace=none -o "$TMP/sdts" --usdt 'demo:hello:args=-,str' --usdt 'demo:field:args=-,x32' \
		"$TMP/sdt_demo" >/dev/null
	printf '%s\n' 'usdt demo:hello(42, "GET /index.html", 7)' 'usdt demo:hello(43, "GET /index.html", 7)' \
		'usdt demo:field(2, 0x5, -1)' '+++ exited with 0 +++' >"$TMP/sdts.exp"
	check sdt-args-str-rip-fields "$TMP/sdts.exp" "$TMP/sdts"
	echo "semaphore 1" >"$TMP/sdt.stdout.exp"
	check sdt-semaphore-on "$TMP/sdt.stdout.exp" "$TMP/sdt.stdout"
	# --stats' totals: 4 hits more than without --usdt; a str that is no address (field's
	# first argument, 2) is one unreadable argument; a SPEC naming nothing is warned about.
	"$S" -o /dev/null --stats -e trace=none "$TMP/sdt_demo" 2>&1 >/dev/null | grep 'events traced' >"$TMP/v0"
	"$S" -o /dev/null --stats -e trace=none --usdt 'demo:*' --usdt 'nosuch:probe' --usdt 'demo:field:args=str' \
		"$TMP/sdt_demo" 2>&1 >/dev/null | grep -v '^+++' >"$TMP/v1"
	n0=$(sed -E 's/^[^ ]*sctrace: ([0-9]+) events.*/\1/' "$TMP/v0")
	{ echo "$S: --usdt 'nosuch:probe' matched no probe in the traced processes"
	  echo "$S: $((n0 + 4)) events traced, 0 lost, 1 unreadable arguments"; } >"$TMP/v1.exp"
	check sdt-counts-and-no-match "$TMP/v1.exp" "$TMP/v1"
	# The same totals in JSON's end record.
	"$S" -o "$TMP/j0" --json -e trace=none "$TMP/sdt_demo" >/dev/null
	"$S" -o "$TMP/j1" --json -e trace=none --usdt 'demo:*' --usdt 'demo:field:args=str' "$TMP/sdt_demo" >/dev/null
	e0=$(jq -r 'select(.type == "end") | .events' "$TMP/j0")
	jq -c 'select(.type == "end") | [.events, .lost, .unreadable_args]' "$TMP/j1" >"$TMP/j1.got"
	echo "[$((e0 + 4)),0,1]" >"$TMP/j1.exp"
	check json-end-counts "$TMP/j1.exp" "$TMP/j1.got"
	# -f: a program a traced shell runs (exec'd by a child) sees every firing, from its
	# first instruction on: execve waits until its probes are attached.
	follow_sdt() {
		"$S" -f -e trace=none -o "$TMP/sdtf" --usdt 'demo:*:args=-,str' sh -c "$TMP/sdt_demo; $TMP/sdt_demo" >/dev/null
		sed -E 's/^[0-9]+ +//' "$TMP/sdtf" | grep '^usdt' >"$TMP/sdtf.got"
	}
	follow_sdt
	for _ in 1 2; do printf '%s\n' 'usdt demo:hello(42, "GET /index.html", 7)' 'usdt demo:hello(43, "GET /index.html", 7)' \
		'usdt demo:neg(-5)' 'usdt demo:field(2, 0x5, -1)'; done >"$TMP/sdtf.exp"
	check follow-exec-child "$TMP/sdtf.exp" "$TMP/sdtf.got"
	"$TMP/sdt_demo" >"$TMP/sdt.off"
	echo "semaphore 0" >"$TMP/sdt.off.exp"
	check sdt-semaphore-off "$TMP/sdt.off.exp" "$TMP/sdt.off"
	"$S" --list-usdt "$TMP/sdt_demo" | sed "s|$TMP/||; s/semaphore=0x[0-9a-f]*/semaphore=ADDR/" >"$TMP/sdt.list"
	printf '%s\n' 'demo:neg args="-4@$-5" semaphore=ADDR sdt_demo' \
		'demo:field args="-4@8+stats(%rip) -4@20+stats(%rip) -8@stats(%rip)" semaphore=ADDR sdt_demo' \
		'demo:hello args="-4@%eax 8@%rbp -8@counter(%rip)" semaphore=ADDR sdt_demo' >"$TMP/sdt.list.exp"
	check sdt-list "$TMP/sdt.list.exp" "$TMP/sdt.list"
else
	skip sdt "no <sys/sdt.h> [needs systemtap-sdt-dev]"
fi

# ---- -p: a traced process (or, with -f, its child) execs a short-lived program ----
# The exec waits (fanotify) until the program's probes are attached: all N firings seen.
# pexec OUT SCTRACE-OPTS... -- SHELL-SCRIPT: the shell waits on a fifo until sctrace -p
# says it attached, then runs the script.
pexec() {
	local out=$1 i
	shift
	local opts=() script
	while [ "$1" != -- ]; do opts+=("$1"); shift; done
	script=$2
	rm -f "$TMP/go" && mkfifo "$TMP/go"
	sh -c "read x <$TMP/go; $script" &
	local P=$!
	"$S" -e trace=none -o "$out" -p "$P" "${opts[@]}" 2>"$out.err" &
	T1=$!
	TRACERS+=("$T1")
	for i in $(seq 200); do grep -qs attached "$out.err" && break; sleep 0.05; done
	echo go >"$TMP/go"
	wait "$P"
	wait "$T1" # the last traced process is gone: sctrace ends
}
if gcc -O2 -o "$TMP/sdt_burst" tests/usdt_trace/sdt_burst.c 2>/dev/null; then
	seq 0 299 | sed 's/.*/usdt burst:tick(&)/' >"$TMP/burst.exp"
	pexec "$TMP/pe1" --usdt 'burst:*' -- "exec $TMP/sdt_burst 300"
	{ cat "$TMP/burst.exp"; echo '+++ exited with 0 +++'; } >"$TMP/burst1.exp"
	check p-exec-same-process "$TMP/burst1.exp" "$TMP/pe1"
	pexec "$TMP/pe2" -f --usdt 'burst:*' -- "$TMP/sdt_burst 300; $TMP/sdt_burst 300"
	cat "$TMP/burst.exp" "$TMP/burst.exp" >"$TMP/burst2.exp"
	sed -E 's/^[0-9]+ +//' "$TMP/pe2" | grep '^usdt' >"$TMP/pe2.got"
	check p-follow-exec-children "$TMP/burst2.exp" "$TMP/pe2.got"
else
	skip p-exec "no <sys/sdt.h> [needs systemtap-sdt-dev]"
fi

# ---- --system-wide on a library: every process that maps it ----
LIBSTDCXX=$(g++ -print-file-name=libstdc++.so.6 2>/dev/null)
LIBSTDCXX=$(realpath "$LIBSTDCXX" 2>/dev/null)
if [ -f "$LIBSTDCXX" ] && g++ -O2 -o "$TMP/throw_catch" tests/usdt_trace/throw_catch.cc 2>/dev/null &&
	readelf -n "$LIBSTDCXX" 2>/dev/null | grep -q 'Name: throw'; then
	sw_run() {
		"$S" --system-wide -e trace=none -o "$TMP/sw" --usdt "$LIBSTDCXX:libstdcxx:*" &
		T1=$!
		TRACERS+=("$T1")
		: >"$TMP/sw.pids"
		for _ in $(seq 40); do "$TMP/throw_catch" >>"$TMP/sw.pids"; sleep 0.1; done
		sleep 0.3
		tracer_stop "$T1"
	}
	sw_run
	# Once attached (its start-up takes a while), every run after the first seen shows both
	# probes once.
	: >"$TMP/sw.got"
	: >"$TMP/sw.exp"
	seen=
	while read -r p; do
		# the prefix is "%-5d ": one space after a 5-digit pid, two after a 4-digit one
		grep -E "^$p +usdt" "$TMP/sw" | sed -E "s/^$p +/$p /; s/0x[0-9a-f]+/ADDR/g" >"$TMP/sw.one"
		[ -z "$seen" ] && [ ! -s "$TMP/sw.one" ] && continue
		# the first process seen may have run its throw before the attach was complete
		[ -z "$seen" ] && { seen=1; continue; }
		cat "$TMP/sw.one" >>"$TMP/sw.got"
		printf '%s\n' "$p usdt libstdcxx:throw(ADDR, ADDR)" "$p usdt libstdcxx:catch(ADDR, ADDR)" >>"$TMP/sw.exp"
	done <"$TMP/sw.pids"
	if [ -n "$seen" ] && [ "$(wc -l <"$TMP/sw.exp")" -ge 10 ]; then check system-wide-library "$TMP/sw.exp" "$TMP/sw.got"; else fail system-wide-library "$(wc -l <"$TMP/sw.exp") lines expected"; fi
else
	skip system-wide-library "no g++ or libstdc++ without probes"
fi

# ---- names from notes are escaped ----
if gcc -O2 -o "$TMP/esc_names" tests/usdt_trace/esc_names.c; then
	{ "$S" --list-usdt "$TMP/esc_names" | sed "s|$TMP/||"
	  "$S" -e trace=none --usdt '*:*' "$TMP/esc_names"; } >"$TMP/esc" 2>&1
	printf '%s\n' '\33[2J:a\tb args="" semaphore=none esc_names' 'usdt \33[2J:a\tb()' \
		'+++ exited with 0 +++' >"$TMP/esc.exp"
	check names-escaped "$TMP/esc.exp" "$TMP/esc"
else
	fail names-escaped "gcc"
fi

# ---- Debian's python3.11 ----
PY=/usr/bin/python3.11
if [ -x "$PY" ] && readelf -n "$PY" 2>/dev/null | grep -q function__entry; then
	"$S" --list-usdt --usdt 'python:function__*' "$PY" >"$TMP/py.list"
	printf '%s\n' 'python:function__entry args="8@%rbp 8@%r12 -4@%eax" semaphore=0xa84260 /usr/bin/python3.11' \
		'python:function__return args="8@%rbp 8@%r12 -4@%eax" semaphore=0xa84262 /usr/bin/python3.11' >"$TMP/py.list.exp"
	check python-list "$TMP/py.list.exp" "$TMP/py.list"
	cat >"$TMP/script.py" <<'X'
def greet(name):
    return "hi " + name
def double(x):
    return x * 2
list(map(greet, ["ann", "bob"]))
sorted([3, 1], key=double)
X
	"$S" -e trace=none -s 200 -o "$TMP/py" --usdt 'python:function__return:args=str,str' "$PY" -S "$TMP/script.py"
	grep -F "(\"$TMP/script.py\"" "$TMP/py" | sed "s|$TMP/||" >"$TMP/py.ret"
	cat >"$TMP/py.ret.exp" <<'X'
usdt python:function__return("script.py", "greet", 2)
usdt python:function__return("script.py", "greet", 2)
usdt python:function__return("script.py", "double", 4)
usdt python:function__return("script.py", "double", 4)
usdt python:function__return("script.py", "<module>", 6)
X
	check python-function-return "$TMP/py.ret.exp" "$TMP/py.ret"
	# python exec'd by a shell's child under -f: every line a direct run prints, the
	# interpreter's start-up included.
	PYTHONHASHSEED=0 "$S" -e trace=none -s 200 -o "$TMP/pyd" --usdt 'python:function__*:args=str,str' "$PY" -S "$TMP/script.py"
	PYTHONHASHSEED=0 "$S" -f -e trace=none -s 200 -o "$TMP/pyf" --usdt 'python:function__*:args=str,str' sh -c "$PY -S $TMP/script.py; true"
	grep '^usdt' "$TMP/pyd" >"$TMP/pyd.got"
	sed -E 's/^[0-9]+ +//' "$TMP/pyf" | grep '^usdt' >"$TMP/pyf.got"
	if [ "$(wc -l <"$TMP/pyd.got")" -gt 100 ]; then check python-exec-follow "$TMP/pyd.got" "$TMP/pyf.got"; else fail python-exec-follow "direct run: $(wc -l <"$TMP/pyd.got") lines"; fi
	# The same under -p -f: a traced shell's child execs python.
	PYTHONHASHSEED=0 pexec "$TMP/pyp" -s 200 -f --usdt 'python:function__*:args=str,str' -- "$PY -S $TMP/script.py; true"
	sed -E 's/^[0-9]+ +//' "$TMP/pyp" | grep '^usdt' >"$TMP/pyp.got"
	if [ "$(wc -l <"$TMP/pyd.got")" -gt 100 ]; then check python-p-exec-follow "$TMP/pyd.got" "$TMP/pyp.got"; else fail python-p-exec-follow "direct run: $(wc -l <"$TMP/pyd.got") lines"; fi
	# python 3.11 fires function__entry only for frames entered from C: compare with bpftrace.
	"$S" -e trace=none -s 200 -o "$TMP/pye" --usdt 'python:function__entry:args=str,str' "$PY" -S "$TMP/script.py"
	grep '^usdt' "$TMP/pye" >"$TMP/pye.got"
	if command -v bpftrace >/dev/null; then
		timeout 30 bpftrace -e "usdt:$PY:python:function__entry { printf(\"usdt python:function__entry(\\\"%s\\\", \\\"%s\\\", %d)\\n\", str(arg0), str(arg1), arg2); }" \
			-c "$PY -S $TMP/script.py" 2>/dev/null | grep '^usdt' >"$TMP/pye.bt"
		if [ -s "$TMP/pye.bt" ]; then
			check python-function-entry-vs-bpftrace "$TMP/pye.bt" "$TMP/pye.got"
		else
			fail python-function-entry-vs-bpftrace "bpftrace printed nothing"
		fi
	else
		skip python-function-entry-vs-bpftrace "bpftrace not installed [needs bpftrace]"
	fi
else
	skip python "no Debian /usr/bin/python3.11 with stapsdt notes [needs python3]"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
