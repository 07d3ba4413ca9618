#!/bin/bash
# SPDX-License-Identifier: MIT
# The verified BPF object kept between runs (src/capture/cache.h): a run starts the keeper
# and gives it the object at its end; the next run with the same options takes it instead
# of loading and verifying again, and traces exactly as a fresh load does: counters from
# zero, no task state left by the earlier run (a read in progress when it ended is not
# shown as if this run had seen it begin), other options a key of their own, a keeper that
# answers only root, SCTRACE_CACHE=0 and SCTRACE_CACHE=SECONDS; the programs left attached,
# idle, for a second after a run, then detached by the keeper; two objects of one key, so
# that two runs with the same options at once both start warm.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

TAKEN='programs and maps taken from the cache'

stop_keeper() {
	pkill -x sctrace-cache
	local n=50
	while pgrep -x sctrace-cache >/dev/null && ((n-- > 0)); do
		sleep 0.1
	done
}

# wait_keeper SECONDS: until a keeper listens
wait_keeper() {
	local n=$(($1 * 10))
	while ! grep -q '@sctrace-cache\.SCTD$' /proc/net/unix && ((n-- > 0)); do
		sleep 0.1
	done
	grep -q '@sctrace-cache\.SCTD$' /proc/net/unix
}

stop_keeper
trap 'stop_keeper; e2e_cleanup' EXIT

# 1. A first run loads and starts the keeper; the second takes its object; both trace alike.
"$TRACER" --debug -e trace=openat,read,close -o "$T/one" cat /etc/hostname >/dev/null 2>"$T/err1" ||
	fail "first run failed: $(tail -3 "$T/err1")"
! grep -q "$TAKEN" "$T/err1" || fail "the first run took an object from a keeper that was stopped"
wait_keeper 5 || fail "no keeper listens after a run: $(tail -3 "$T/err1")"
"$TRACER" --debug -e trace=openat,read,close -o "$T/two" cat /etc/hostname >/dev/null 2>"$T/err2" ||
	fail "second run failed: $(tail -3 "$T/err2")"
grep -q "$TAKEN" "$T/err2" || fail "the second run loaded afresh: $(grep -v program "$T/err2" | tail -3)"
diff "$T/one" "$T/two" >"$T/diff" || fail "the kept object traced differently: $(cat "$T/diff")"
grep -q '^openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = 3$' "$T/two" ||
	fail "no openat of /etc/hostname in: $(cat "$T/two")"

# 2. Counters start from zero: -c's table is the same for a kept object as for a fresh one.
SCTRACE_CACHE=0 "$TRACER" -c -e trace=getpid -o "$T/c0" "$BIN/three_getpid" >/dev/null 2>&1
"$TRACER" -c -e trace=getpid -o "$T/c1" "$BIN/three_getpid" >/dev/null 2>&1
"$TRACER" --debug -c -e trace=getpid -o "$T/c2" "$BIN/three_getpid" >/dev/null 2>"$T/err3"
grep -q "$TAKEN" "$T/err3" || fail "-c: the object was not taken from the keeper"
for f in c0 c2; do
	awk '$NF == "getpid" { print $4 }' "$T/$f" >"$T/$f.calls"
	[ "$(cat "$T/$f.calls")" = 3 ] || fail "-c counted $(cat "$T/$f.calls") getpid calls ($f), not 3"
done

# 3. A task that entered a read the first run saw begin, and is still inside it when that
# run detaches: the next run (kept object) must not take that read as one it saw begin.
# The output is compared with the same scenario traced by two fresh loads.
mkfifo "$T/fifo"
in_read() { # PID: until it sleeps in a pipe read
	local n=50
	until grep -q pipe_read "/proc/$1/wchan" 2>/dev/null || ((n-- == 0)); do sleep 0.1; done
}
scenario() { # OUT FIRST_CACHE SECOND_CACHE
	local p t1 t2
	exec 3<>"$T/fifo"
	perl -MPOSIX -e 'sysread(STDIN, $a, 10); sysread(STDIN, $b, 10); syswrite(STDOUT, "got $b");
		POSIX::_exit(0)' <&3 >/dev/null &
	p=$!
	E2E_PIDS+=("$p")
	in_read "$p"
	SCTRACE_CACHE=$2 "$TRACER" -p "$p" -o "$T/$1.first" 2>"$T/$1.err1" &
	t1=$!
	wait_lines "$T/$1.err1" "Process $p attached" 1 20 || fail "$1: first run did not attach"
	echo a >&3
	# the first read ends unseen (it began before the attach), the second begins
	wait_lines "$T/$1.first" '^read\(0, ' 1 20 ||
		fail "$1: the first run did not show the second read begin: $(cat "$T/$1.first")"
	kill -INT "$t1"
	wait_exit "$t1" 20
	wait_keeper 5 || [ "$2" = 0 ] || fail "$1: no keeper after the first run"
	SCTRACE_CACHE=$3 "$TRACER" --debug -p "$p" -o "$T/$1" 2>"$T/$1.err2" &
	t2=$!
	wait_lines "$T/$1.err2" "Process $p attached" 1 20 || fail "$1: second run did not attach"
	echo b >&3
	wait_exit "$p" 20
	wait_exit "$t2" 20
	exec 3>&-
}
scenario kept 300 300
grep -q "$TAKEN" "$T/kept.err2" || fail "scenario: the second run loaded afresh"
scenario fresh 0 0
! grep -q "$TAKEN" "$T/fresh.err2" || fail "SCTRACE_CACHE=0 took an object"
# the kernel side wrote no record for the read either (user space would drop it unseen)
events() { sed -nE 's/.*lanes: [0-9]+ of ([0-9]+) events.*/\1/p' "$1"; }
[ "$(events "$T/kept.err2")" = "$(events "$T/fresh.err2")" ] ||
	fail "records written: $(events "$T/kept.err2") by the kept object, $(events "$T/fresh.err2") fresh"
diff "$T/fresh" "$T/kept" >"$T/diff" ||
	fail "after a run that ended in a read, the kept object traced differently: $(cat "$T/diff")"
printf '%s\n' 'write(1, "got b\n", 6)                  = 6' 'exit_group(0)                           = ?' \
	'+++ exited with 0 +++' >"$T/want"
diff "$T/want" "$T/kept" >"$T/diff" || fail "after the read: $(cat "$T/diff")"

# 4. Other options, another key: -s 64 loads afresh; then both objects are kept.
"$TRACER" --debug -s 64 -o /dev/null /bin/true 2>"$T/err4"
! grep -q "$TAKEN" "$T/err4" || fail "-s 64 took the object kept for -s 32"
"$TRACER" --debug -s 64 -o /dev/null /bin/true 2>"$T/err5"
grep -q "$TAKEN" "$T/err5" || fail "-s 64's own object was not kept"
"$TRACER" --debug -o /dev/null /bin/true 2>"$T/err6"
grep -q "$TAKEN" "$T/err6" || fail "the -s 32 object went when -s 64's was kept"

# 5. Only root is answered: nobody's request gets no descriptor, and the object stays.
if command -v setpriv >/dev/null && [ -x /usr/bin/python3 ]; then
	setpriv --reuid=65534 --regid=65534 --clear-groups /usr/bin/python3 -c '
import socket, struct, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
s.settimeout(3)
s.connect("\0sctrace-cache.SCTD")
try:
    s.send(struct.pack("<IIQIIII", 0x53435444, 1, 0, 0, 0, 0, 0))
    msg, anc, flags, addr = s.recvmsg(64, 1024)
except (socket.timeout, BrokenPipeError, ConnectionResetError):
    sys.exit(0)
sys.exit(1 if anc or msg else 0)' || fail "the keeper answered a request of uid 65534"
	"$TRACER" --debug -o /dev/null /bin/true 2>"$T/err7"
	grep -q "$TAKEN" "$T/err7" || fail "the object went after a request of uid 65534"
fi

# 6. SCTRACE_CACHE=0 keeps nothing; SCTRACE_CACHE=1 keeps for a second. (Options of their
# own: another run of sctrace on this machine could keep the same key meanwhile.)
SCTRACE_CACHE=0 "$TRACER" --debug -s 71 -o /dev/null /bin/true 2>"$T/err8"
! grep -q 'kept for the next run' "$T/err8" || fail "SCTRACE_CACHE=0 kept the object"
"$TRACER" --debug -s 71 -o /dev/null /bin/true 2>"$T/err9"
! grep -q "$TAKEN" "$T/err9" || fail "an object was kept by SCTRACE_CACHE=0"
SCTRACE_CACHE=1 "$TRACER" --debug -s 73 -o /dev/null /bin/true 2>"$T/err10"
grep -q 'kept for the next run (key [0-9a-f]*, 1 s)' "$T/err10" ||
	fail "SCTRACE_CACHE=1: $(grep kept "$T/err10")"
sleep 2.5
"$TRACER" --debug -s 73 -o /dev/null /bin/true 2>"$T/err11"
! grep -q "$TAKEN" "$T/err11" || fail "SCTRACE_CACHE=1 kept the object for more than 2.5 s"
# 7. For a second after a run (CACHE_ATTACHED_MS) its programs stay attached, idle: the
# keeper holds the syscall hooks' three links, and a run in that second attaches nothing
# (and traces as ever); a run with other options makes the keeper close them as soon as it
# has attached; else the keeper closes them after the second, and a later run attaches.
hook_links() { # links of the syscall hooks: syscall_hooks' three, or (before Linux 6.10) three programs
	local ids
	ids=$(bpftool prog show -j | jq -c '[.[] | select(.name == "syscall_hooks" or .name == "sys_enter" or
		.name == "sys_exit" or .name == "sched_switch") | .id]')
	bpftool link show -j | jq --argjson ids "$ids" '[.[] | select(.prog_id as $p | $ids | index($p))] | length'
}
sleep 1.5 # the objects kept above are detached by now
[ "$(hook_links)" = 0 ] || fail "links of earlier runs still attached after 1.5 s: $(hook_links)"
"$TRACER" --debug -s 75 -e trace=openat -o "$T/a1" cat /etc/hostname >/dev/null 2>"$T/err12"
grep -q 'kept for the next run (key [0-9a-f]*, [0-9]* s), attached for 1000 ms' "$T/err12" ||
	fail "no object kept attached: $(grep kept "$T/err12")"
links=$(hook_links)
"$TRACER" --debug -s 75 -e trace=openat -o "$T/a2" cat /etc/hostname >/dev/null 2>"$T/err13"
[ "$links" = 3 ] || fail "just after a run the keeper holds $links syscall hook links, not 3"
grep -q "$TAKEN.*, still attached" "$T/err13" || fail "a run within the second attached: $(grep -i cache "$T/err13")"
# a run with other options: once it has attached, the keeper drops the idle links it holds
# (each idle program still runs at every call of the new run's), and keeps only its own
# (the keeper closes them after the run's request, at its own pace: a few tries, well
# within the second after which they would go anyway)
"$TRACER" -s 76 -o /dev/null /bin/true
for try in 1 2 3; do
	links=$(hook_links)
	[ "$links" = 3 ] && break
	sleep 0.05
done
[ "$links" = 3 ] || fail "after a run with other options: $links syscall hook links, not 3"
sleep 1.5
[ "$(hook_links)" = 0 ] || fail "the keeper did not detach after a second: $(hook_links) links"
"$TRACER" --debug -s 75 -e trace=openat -o "$T/a3" cat /etc/hostname >/dev/null 2>"$T/err14"
grep "$TAKEN" "$T/err14" | grep -qv 'still attached' ||
	fail "after the second: $(grep -i cache "$T/err14")"
for f in a1 a2 a3; do
	grep -qx 'openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = 3' "$T/$f" ||
		fail "$f traced no openat of /etc/hostname: $(cat "$T/$f")"
done
# 8. Two runs at once with the same options: the first takes or loads, the second loads
# (the object is lent); both give theirs back, and the next two at once both take one.
pair() { # TAG: two runs of the same options at once
	"$TRACER" --debug -s 77 -o /dev/null sleep 0.4 2>"$T/$1.1" &
	local a=$!
	"$TRACER" --debug -s 77 -o /dev/null sleep 0.4 2>"$T/$1.2"
	wait "$a"
}
pair first
pair second
for i in 1 2; do
	grep -q "$TAKEN" "$T/second.$i" ||
		fail "two runs at once, then two more: run $i of the second pair loaded afresh"
done
exit 0
