#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# --ctf tests: babeltrace2 reads sctrace's CTF traces of a traced program (-f):
# syscall events with their exact fields and return values, event counts equal
# to the text output's calls, per-stream monotonic times, the packet headers
# (tests/ctf/streams.py), events_discarded equal to the loss sctrace reports
# (sctrace stopped with SIGSTOP while the program runs, with a 64K ring), the
# metadata env and names Trace Compass uses to recognise an LTTng kernel trace,
# --replay FILE --ctf giving the live trace, USDT events, the errors and a full disk,
# --sched's sched_switch, the state dump of a process attached with -p (lttng_statedump_*)
# and flight-recorder snapshots written as CTF traces.
# Ends "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
case $BUILD in /*) SCT=$BUILD/sctrace ;; *) SCT=$PWD/$BUILD/sctrace ;; esac
T=$(mktemp -d /tmp/sctrace-ctf.XXXXXX)
SPID=
MNT=
cleanup() {
	[ -n "$SPID" ] && kill -CONT "$SPID" 2>/dev/null
	[ -n "$MNT" ] && umount "$MNT" 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT
passed=0
failed=0
pass() { echo "PASS ctf/$1"; passed=$((passed + 1)); }
fail() { echo "FAIL ctf/$1: $2"; failed=$((failed + 1)); }
finish() {
	echo "$passed passed, $failed failed"
	exit $((failed > 0))
}

if [ "$(id -u)" -ne 0 ]; then
	echo "SKIP ctf: not root (sctrace loads BPF programs)"
	finish
fi
if ! command -v babeltrace2 >/dev/null; then
	fail setup "babeltrace2 is not installed (scripts/install-deps.sh test installs it)"
	finish
fi
cc -O2 -Wall -o "$T/prog" tests/ctf/prog.c || exit 1

# 1. A traced program with -f: the events and their fields, against the text output
#    (DIR given with a trailing slash: the trace is still named t1).
"$SCT" -f --ctf "$T/t1/" -o "$T/t1.txt" "$T/prog" 2>"$T/t1.err"
rc=$?
babeltrace2 "$T/t1" >"$T/t1.bt" 2>"$T/t1.bterr"
if [ $rc -ne 0 ] || [ ! -s "$T/t1.bt" ] || [ -s "$T/t1.bterr" ]; then
	fail "babeltrace2 reads the trace" "sctrace rc $rc; $(head -3 "$T/t1.err" "$T/t1.bterr")"
else
	pass "babeltrace2 reads the trace ($(wc -l <"$T/t1.bt") events)"
fi

# Each expectation: an entry event's exact payload, then the same thread's next
# event must be the exit whose payload matches the regular expression.
python3 - "$T/t1.bt" "$T/t1.txt" "$T/prog" >"$T/t1.check" 2>&1 <<'PY'
import re, sys
ev = []
for line in open(sys.argv[1]):
    m = re.match(r'\[[^]]*\] \([^)]*\) \S+ (\S+): \{ cpu_id = (\d+) \}, \{ tid = (\d+), pid = (\d+) \}, (\{.*\})$', line.rstrip('\n'))
    if not m:
        sys.exit(f'unparsed line: {line}')
    ev.append((m.group(1), int(m.group(3)), m.group(5)))
text = open(sys.argv[2]).read()
parent = int(re.search(r'^(\d+) +execve\(', text, re.M).group(1))
child = int(re.search(r'^\d+ +clone\(.*= (\d+)$', text, re.M).group(1))
expect = [
    ('syscall_entry_openat', parent, '{ dfd = -100, filename = "/etc/passwd", flags = 0, mode = 0 }',
     'syscall_exit_openat', r'\{ ret = 3 \}'),
    ('syscall_entry_read', parent, '{ fd = 3, count = 5 }',
     'syscall_exit_read', r'\{ ret = 5, buf = 0x[0-9A-F]+ \}'),
    ('syscall_entry_openat', parent, '{ dfd = -100, filename = "/nonexistent/sctrace-ctf", flags = 65, mode = 416 }',
     'syscall_exit_openat', r'\{ ret = -2 \}'),
    ('syscall_entry_pipe2', parent, '{ flags = 524288 }',
     'syscall_exit_pipe2', r'\{ ret = 0, fildes = 0x[0-9A-F]+ \}'),
    ('syscall_entry_write', child, None,
     'syscall_exit_write', r'\{ ret = 1 \}'),
    ('syscall_entry_wait4', parent, '{ upid = %d, options = 0 }' % child,
     'syscall_exit_wait4', r'\{ ret = %d, stat_addr = 0x[0-9A-F]+, ru = 0x0 \}' % child),
    ('syscall_entry_kill', parent, '{ pid = %d, sig = 10 }' % parent,
     'syscall_exit_kill', r'\{ ret = 0 \}'),
]
bad = 0
for name, tid, payload, xname, xre in expect:
    found = False
    for i, (n, t, p) in enumerate(ev):
        if n != name or t != tid or (payload and p != payload):
            continue
        nxt = next(((n2, p2) for n2, t2, p2 in ev[i + 1:] if t2 == tid), None)
        if nxt and nxt[0] == xname and re.fullmatch(xre, nxt[1]):
            found = True
            break
    if not found:
        print(f'missing: {name} {payload} then {xname} {xre}')
        bad += 1
prog = sys.argv[3]
singles = [
    ('sched_process_exec', parent, '{ filename = "%s", tid = %d, old_tid = %d }' % (prog, parent, parent)),
    ('sched_process_fork', parent, '{ parent_comm = "prog", parent_tid = %d, parent_pid = %d, child_comm = "prog", child_tid = %d, child_pid = %d }' % (parent, parent, child, child)),
    ('sched_process_exit', child, '{ comm = "prog", tid = %d, exit_status = 1792 }' % child),
    ('signal_deliver', parent, '{ sig = 10, errno = 0, code = 0 }'),
    ('syscall_entry_exit_group', child, '{ error_code = 7 }'),
]
for s in singles:
    if s not in ev:
        print(f'missing: {s}')
        bad += 1
# Counts: an entry event per call the text shows, an exit event per call it shows returning.
entries = exits = 0
for line in text.splitlines():
    line = re.sub(r'^\d+ +', '', line)
    if line.startswith(('+++', '---')):
        continue
    if not line.startswith('<...'):
        entries += 1
    if not line.endswith('<unfinished ...>') and not re.search(r'= \?$', line):
        exits += 1
ce = sum(1 for n, _, _ in ev if n.startswith('syscall_entry_'))
cx = sum(1 for n, _, _ in ev if n.startswith('syscall_exit_'))
forks = sum(1 for n, _, _ in ev if n == 'sched_process_fork')
ends = sum(1 for n, _, _ in ev if n == 'sched_process_exit')
if (ce, cx, forks, ends) != (entries, exits, 1, text.count('+++ exited')):
    print(f'counts: CTF {ce} entries, {cx} exits, {forks} forks, {ends} exits of tasks; '
          f'text {entries} calls, {exits} returned, 1 fork, {text.count("+++ exited")} tasks ended')
    bad += 1
else:
    print(f'{ce} entry and {cx} exit events, as the text\'s calls')
sys.exit(1 if bad else 0)
PY
if [ $? -eq 0 ]; then
	pass "fields and return values; $(tail -1 "$T/t1.check")"
else
	fail "fields and counts" "$(head -5 "$T/t1.check")"
fi

# Per-stream time order as babeltrace2 reads it (raw clock values), and the packets.
babeltrace2 --clock-cycles "$T/t1" | python3 -c '
import re, sys
last = {}
n = 0
for line in sys.stdin:
    m = re.match(r"\[(\d+)\] .*?\{ cpu_id = (\d+) \}", line)
    ts, cpu = int(m.group(1)), m.group(2)
    if ts < last.get(cpu, 0):
        sys.exit(f"cpu {cpu}: {ts} after {last[cpu]}")
    last[cpu] = ts
    n += 1
print(f"{n} events on {len(last)} CPUs")' >"$T/mono" 2>&1 && mono_ok=1 || mono_ok=0
if [ $mono_ok = 1 ] && python3 tests/ctf/streams.py "$T/t1" >"$T/t1.disc" 2>"$T/t1.serr" &&
	[ "$(cat "$T/t1.disc")" = 0 ]; then
	pass "timestamps monotonic per stream, packets well-formed ($(cat "$T/mono"))"
else
	fail "monotonic and packets" "$(cat "$T/mono" "$T/t1.serr" | head -5)"
fi

# -e trace= applies as in the text: only openat's events and the process events.
"$SCT" -f -e trace=openat --ctf "$T/t1b" "$T/prog" 2>/dev/null
names=$(babeltrace2 "$T/t1b" | awk '{print $4}' | sort -u | tr '\n' ' ')
if [ "$names" = "lttng_statedump_end: lttng_statedump_file_descriptor: lttng_statedump_start: sched_process_exec: sched_process_exit: sched_process_fork: signal_deliver: syscall_entry_openat: syscall_exit_openat: " ]; then
	pass "-e trace=openat: $names"
else
	fail "-e trace=openat" "$names"
fi

# 2. The metadata as babeltrace2 reads it: Trace Compass takes a trace as an LTTng
#    kernel trace from env domain "kernel" and LTTng's syscall naming from
#    tracer_name "lttng-modules", tracer_major 2, tracer_minor >= 11.
babeltrace2 -c source.ctf.fs --params "inputs=[\"$T/t1\"]" -c sink.text.details >"$T/details" 2>&1
want_env=$(printf '%s\n' "domain: kernel" "hostname: $(uname -n)" "kernel_release: $(uname -r)" \
	"kernel_version: $(uname -v)" "sysname: Linux" "trace_name: t1" "tracer_name: lttng-modules" \
	"tracer_major: 2")
missing=""
while IFS= read -r l; do
	grep -qxF "      $l" "$T/details" || missing="$missing [$l]"
done <<<"$want_env"
minor=$(sed -n 's/^      tracer_minor: //p' "$T/details" | head -1)
grep -qE '^      trace_creation_datetime: [0-9]{8}T[0-9]{6}\+0000$' "$T/details" || missing="$missing [trace_creation_datetime]"
grep -qxF "      UUID: $(cat /proc/sys/kernel/random/boot_id)" "$T/details" || missing="$missing [clock uuid = boot id]"
grep -qx '      cpu_id: Unsigned integer (32-bit, Base 10)' "$T/details" || missing="$missing [packet cpu_id]"
python3 - "$T/details" >>"$T/classes" 2>&1 <<'PY' || missing="$missing [$(cat "$T/classes")]"
import re, sys
text = open(sys.argv[1]).read()
def members(name):
    m = re.search(r'Event class `%s` \(ID \d+\):\n      Payload field class: Structure \(\d+ members?\):\n((?:        .*\n)*)' % re.escape(name), text)
    if not m:
        sys.exit(f'no event class {name}')
    return [l.strip() for l in m.group(1).splitlines() if l.startswith('        ') and not l.startswith('          ')]
want = {
    'syscall_entry_openat': ['dfd: Signed integer (32-bit, Base 10)', 'filename: String',
                             'flags: Signed integer (32-bit, Base 10)', 'mode: Unsigned integer (32-bit, Base 10)'],
    'syscall_exit_openat': ['ret: Signed integer (64-bit, Base 10)'],
    'syscall_entry_newfstat': ['fd: Signed integer (32-bit, Base 10)'],
    'syscall_exit_newfstat': ['ret: Signed integer (64-bit, Base 10)', 'statbuf: Unsigned integer (64-bit, Base 16)'],
    'syscall_entry_execve': ['filename: String', 'argv: Unsigned integer (64-bit, Base 16)', 'envp: Unsigned integer (64-bit, Base 16)'],
}
for name, fields in want.items():
    if members(name) != fields:
        sys.exit(f'{name}: {members(name)}')
PY
files=$(cd "$T/t1" && ls | grep -v '^metadata$' | grep -cv '^channel0_[0-9]*$')
if [ -z "$missing" ] && [ "${minor:-0}" -ge 11 ] && [ "$files" = 0 ] && head -c 10 "$T/t1/metadata" | grep -q '^/\* CTF 1.8'; then
	pass "metadata env, clock and LTTng naming (domain kernel, lttng-modules 2.$minor, syscall_entry_openat {dfd, filename, flags, mode})"
else
	fail "metadata env and naming" "missing:$missing; tracer_minor ${minor:-none}; $files other files"
fi

# 3. --replay FILE --ctf DIR gives the trace that live tracing gave, with --json and --record together.
"$SCT" -f --sched --record "$T/r.log" --ctf "$T/live" --json -o "$T/live.jsonl" "$T/prog" 2>/dev/null
"$SCT" --replay "$T/r.log" --ctf "$T/replay" 2>"$T/replay.err"
strip() { babeltrace2 --clock-cycles "$1" | sed 's/ (+[0-9?]*)//'; }
strip "$T/live" >"$T/live.bt"
strip "$T/replay" >"$T/replay.bt"
jcalls=$(grep -c '"type":"syscall"' "$T/live.jsonl")
centries=$(grep -c ' syscall_entry_' "$T/live.bt")
jswitch=$(grep -c '"type":"sched_switch"' "$T/live.jsonl")
cswitch=$(grep -c ' sched_switch: ' "$T/live.bt")
if [ -s "$T/live.bt" ] && cmp -s "$T/live.bt" "$T/replay.bt" && [ "$jcalls" = "$centries" ] &&
	[ "$cswitch" -gt 0 ] && [ "$jswitch" = "$cswitch" ] && [ ! -s "$T/replay.err" ]; then
	pass "--replay --ctf: the live trace's $(wc -l <"$T/live.bt") events; --json's $jcalls calls and $jswitch switches from the same events"
else
	fail "--replay --ctf" "json $jcalls calls $jswitch switches, ctf $centries, $cswitch; $(diff "$T/live.bt" "$T/replay.bt" | head -4; head -2 "$T/replay.err")"
fi

# 4. events_discarded equals the loss: sctrace is stopped while the program makes
#    300000 calls into a 64K ring, so the ring overflows whatever the machine's speed.
mkdir "$T/sync"
"$SCT" --ctf "$T/loss" --buffer-size 64K "$T/prog" spin "$T/sync" 2>"$T/loss.err" &
SPID=$!
for _ in $(seq 200); do [ -e "$T/sync/ready" ] && break; sleep 0.05; done
kill -STOP "$SPID"
touch "$T/sync/go"
for _ in $(seq 400); do [ -e "$T/sync/done" ] && break; sleep 0.05; done
kill -CONT "$SPID"
wait "$SPID"
SPID=
lost=$(sed -n 's/.* events lost (\([0-9]*\) ring full.*/\1/p' "$T/loss.err")
disc=$(python3 tests/ctf/streams.py "$T/loss" 2>"$T/loss.serr")
btdisc=$(babeltrace2 "$T/loss" 2>&1 >/dev/null | sed -n 's/^WARNING: Tracer discarded \([0-9]*\) events.*/\1/p' | awk '{s += $1} END {print s + 0}')
maybe=$(babeltrace2 "$T/loss" 2>&1 >/dev/null | grep -c 'may have discarded')
if [ -n "$lost" ] && [ "$lost" -gt 0 ] && [ "$disc" = "$lost" ] && [ "$btdisc" = "$lost" ] && [ "$maybe" = 0 ] &&
	[ ! -s "$T/loss.serr" ]; then
	pass "events_discarded: $disc over the streams, babeltrace2 reports $btdisc, sctrace lost $lost"
else
	fail "events_discarded" "sctrace lost '${lost}', streams $disc, babeltrace2 $btdisc ($maybe unknown); $(head -3 "$T/loss.err" "$T/loss.serr")"
fi

# 5. Errors: a directory holding a trace, --check, an unwritable place. The program never runs.
"$SCT" --ctf "$T/t1" sh -c "touch $T/ran" 2>"$T/e1"
rc1=$?
"$SCT" --ctf "$T/x" --replay "$T/r.log" --check >/dev/null 2>"$T/e2"
rc2=$?
"$SCT" --ctf /proc/sctrace-ctf sh -c "touch $T/ran" 2>"$T/e3"
rc3=$?
if [ $rc1 = 1 ] && [ "$(cat "$T/e1")" = "$SCT: cannot write a CTF trace to '$T/t1': it holds a trace already" ] &&
	[ $rc2 != 0 ] && grep -q -- '--ctf cannot be used with it' "$T/e2" &&
	[ $rc3 = 1 ] && grep -q "^[^ ]*sctrace: cannot write a CTF trace to '/proc/sctrace-ctf': " "$T/e3" &&
	[ ! -e "$T/ran" ] && [ ! -e "$T/x" ]; then
	pass "errors: $(cat "$T/e1" "$T/e3" | tr '\n' ' ')"
else
	fail "errors" "rc $rc1 $rc2 $rc3: $(cat "$T/e1" "$T/e2" "$T/e3" | head -3)"
fi

# 6. A full disk: one error line, exit 1, the program runs to its end, and the
#    packets written before stay readable (no half packet at the end of a file).
mkdir "$T/mnt"
if mount -t tmpfs -o size=1m tmpfs "$T/mnt" 2>"$T/mnt.err"; then
	MNT=$T/mnt
	"$SCT" --ctf "$T/mnt/t" "$T/prog" loop 20000 "$T/loop.done" 2>"$T/full.err"
	rc=$?
	n=$(babeltrace2 "$T/mnt/t" 2>"$T/full.bterr" | grep -c ' syscall_exit_read: ')
	if [ $rc = 1 ] && [ "$(cat "$T/full.err")" = "$SCT: cannot write the CTF trace to '$T/mnt/t': No space left on device" ] &&
		[ -e "$T/loop.done" ] && [ "$n" -gt 1000 ] && [ ! -s "$T/full.bterr" ] &&
		python3 tests/ctf/streams.py "$T/mnt/t" >/dev/null 2>"$T/full.serr" && [ ! -e "$T/mnt/t/.metadata.tmp" ]; then
		pass "full disk: one error line, the program finished, $n reads readable"
	else
		fail "full disk" "rc $rc, $n reads; $(head -2 "$T/full.err" "$T/full.bterr" "$T/full.serr")"
	fi
	umount "$T/mnt" && MNT=
else
	fail "full disk" "cannot mount a tmpfs: $(cat "$T/mnt.err")"
fi

# 6b. The trace's files are created like -o's: 0600 (its directory 0700), or --output-mode.
modes=$( (umask 022; "$SCT" -e trace=getpid --ctf "$T/m1" /bin/true && \
	"$SCT" --output-mode 0644 -e trace=getpid --ctf "$T/m2" /bin/true) 2>&1;
	stat -c %a "$T/m1" "$T/m1/metadata" "$T/m1"/channel0_* "$T/m2" "$T/m2/metadata" "$T/m2"/channel0_* | sort -u | tr '\n' ' ')
if [ "$modes" = "600 644 700 755 " ]; then
	pass "modes: 0700/0600 by default, 0755/0644 with --output-mode 0644"
else
	fail "modes" "$modes"
fi

# 7. USDT probes as event classes of their own, typed by their notes (a sys/sdt.h pointer is
#    a number unless args= says str: then its string too).
if gcc -O2 -o "$T/sdt_demo" tests/usdt_trace/sdt_demo.c 2>"$T/sdt.cc"; then
	"$SCT" -e trace=none --ctf "$T/usdt" --usdt 'demo:hello:args=-,str,-' --usdt 'demo:neg' \
		"$T/sdt_demo" >/dev/null 2>&1
	babeltrace2 "$T/usdt" | cut -d' ' -f4- >"$T/usdt.bt"
	hello=$(grep -cE '^demo:hello: .* \{ arg0 = 4[23], arg1 = [0-9]+, arg1_str = "GET /index.html", arg2 = 7 \}$' "$T/usdt.bt")
	if [ "$hello" = 2 ] && grep -qE '^demo:neg: .* \{ arg0 = -5 \}$' "$T/usdt.bt"; then
		pass "USDT events demo:hello (int32, uint64 and its string, int64) and demo:neg"
	else
		fail "USDT events" "$(head -5 "$T/usdt.bt")"
	fi
else
	fail "USDT events" "cannot build sdt_demo: $(head -2 "$T/sdt.cc")"
fi

# 8. --sched: each 20 ms sleep of the program switches it out asleep (prev_state 1, S) once
#    inside its clock_nanosleep and back in before the call returns; on each CPU a traced
#    task's switches alternate in, out, in... (per CPU: the clocks of two CPUs may differ
#    by a few microseconds, so a task moved at once can seem back before it left), as many
#    in as out, and the last says it is a zombie (32, Z); names are
#    the kernel's, priorities LTTng's (nice 0: 20). Without --sched no sched_switch.
"$SCT" --sched --ctf "$T/sched" -o "$T/sched.txt" "$T/prog" sleep 5 2>"$T/sched.err"
babeltrace2 --clock-cycles "$T/sched" >"$T/sched.bt" 2>"$T/sched.bterr"
python3 - "$T/sched.bt" "$T/sched.txt" >"$T/sched.check" 2>&1 <<'PY'
import re, sys
text = open(sys.argv[2]).read()
sleeps = len(re.findall(r'^clock_nanosleep\(CLOCK_REALTIME, 0, \{tv_sec=0, tv_nsec=20000000\}, NULL\) = 0$', text, re.M))
tid = None
ev = []
for line in open(sys.argv[1]):
    m = re.match(r'\[(\d+)\] \([^)]*\) \S+ (\S+): \{ cpu_id = \d+ \}, \{ tid = (\d+), pid = \d+ \}, \{ ?(.*?) ?\}$', line.rstrip('\n'))
    if not m:
        sys.exit(f'unparsed line: {line}')
    f = dict(kv.split(' = ', 1) for kv in m.group(4).split(', ')) if m.group(4) else {}
    ev.append((int(m.group(1)), m.group(2), int(m.group(3)), f, line.split('cpu_id = ')[1].split(' ')[0]))
    if m.group(2) == 'sched_process_exec':
        tid = int(m.group(3))
if sleeps != 5 or tid is None:
    sys.exit(f'{sleeps} sleeps in the text, exec of {tid}')
sw = [e for e in ev if e[1] == 'sched_switch' and tid in (int(e[3]['prev_tid']), int(e[3]['next_tid']))]
# alternation on each CPU: in (next_tid), out (prev_tid), in...
for cpu in sorted({e[4] for e in sw}):
    on = [e for e in sw if e[4] == cpu]
    for i, e in enumerate(on):
        side = 'prev_tid' if i % 2 else 'next_tid'
        if int(e[3][side]) != tid:
            sys.exit(f'cpu {cpu}: switch {i} of {len(on)}: {e[3]} is not a switch {"out" if i % 2 else "in"}')
    if len(on) % 2:
        sys.exit(f'cpu {cpu}: {len(on)} switches, the last one in')
if sw[-1][3]['prev_state'] != '32' or int(sw[-1][3]['prev_tid']) != tid:
    sys.exit(f'last of {len(sw)} switches: {sw[-1][3]}')
calls = []
start = None
for ts, name, t, f, _ in ev:
    if t == tid and name == 'syscall_entry_clock_nanosleep':
        start = ts
    elif t == tid and name == 'syscall_exit_clock_nanosleep':
        calls.append((start, ts))
for a, b in calls:
    inside = [e for e in sw if a <= e[0] <= b]
    asleep = [e for e in inside if int(e[3]['prev_tid']) == tid and e[3]['prev_state'] == '1']
    back = [e for e in inside if int(e[3]['next_tid']) == tid and asleep and e[0] >= asleep[0][0]]
    if len(asleep) != 1 or not back:
        sys.exit(f'sleep {a}..{b}: {len(asleep)} switches out asleep, {len(back)} back in')
after = [e[3] for e in sw if e[0] > calls[0][0]]
bad = [f for f in after if (int(f['prev_tid']) == tid and (f['prev_comm'], f['prev_prio']) != ('"prog"', '20')) or
       (int(f['next_tid']) == tid and (f['next_comm'], f['next_prio']) != ('"prog"', '20'))]
if len(calls) != 5 or bad:
    sys.exit(f'{len(calls)} sleeps in CTF; names or priorities: {bad[:2]}')
print(f'{len(sw)} switches of the program, one asleep in each of its {len(calls)} sleeps')
PY
rc=$?
"$SCT" --ctf "$T/nosched" "$T/prog" sleep 1 2>/dev/null && nosched_rc=0 || nosched_rc=$?
babeltrace2 "$T/nosched" >"$T/nosched.bt" 2>/dev/null || nosched_rc=1
# the run traced the sleeps (so the trace is there), and no switch is in it
if [ $rc = 0 ] && [ $nosched_rc = 0 ] && [ ! -s "$T/sched.bterr" ] && [ ! -s "$T/sched.err" ] &&
	grep -q syscall_entry_clock_nanosleep "$T/nosched.bt" && ! grep -q sched_switch "$T/nosched.bt"; then
	pass "--sched: $(tail -1 "$T/sched.check"); none without --sched"
else
	fail "--sched" "$(head -3 "$T/sched.check" "$T/sched.err" "$T/sched.bterr")"
fi

# 9. The state dump: a process that opened files before sctrace attached (-p -y --record
#    --ctf): its process and descriptors framed by lttng_statedump_start (the trace's first
#    event) and lttng_statedump_end (the process runs meanwhile: its calls may come between),
#    the paths in the text's -y, and the same events from --replay.
rm -rf "$T/hold" && mkdir "$T/hold"
"$T/prog" hold "$T/hold" &
HPID=$!
for _ in $(seq 200); do [ -e "$T/hold/ready" ] && break; sleep 0.05; done
nfds=$(ls /proc/$HPID/fd | wc -l)
nsino=$(stat -L -c %i /proc/$HPID/ns/pid)
"$SCT" -p $HPID -y --record "$T/hold.log" --ctf "$T/hold.ctf" -o "$T/hold.txt" 2>"$T/hold.err" &
SPID=$!
for _ in $(seq 200); do grep -q attached "$T/hold.err" && break; sleep 0.05; done
touch "$T/hold/go"
wait $HPID
wait $SPID
SPID=
"$SCT" --replay "$T/hold.log" --ctf "$T/hold.replay" -o /dev/null 2>>"$T/hold.err"
babeltrace2 --clock-cycles "$T/hold.ctf" | sed 's/ (+[0-9?]*)//' >"$T/hold.bt"
babeltrace2 --clock-cycles "$T/hold.replay" | sed 's/ (+[0-9?]*)//' >"$T/hold.rbt"
python3 - "$T/hold.bt" $HPID $$ "$nfds" "$nsino" >"$T/hold.check" 2>&1 <<'PY'
import re, sys
pid, ppid, nfds, nsino = (int(a) for a in sys.argv[2:])
ev = []
for line in open(sys.argv[1]):
    m = re.match(r'\[(\d+)\] \S+ (\S+): \{ cpu_id = \d+ \}, \{ tid = \d+, pid = \d+ \}, \{ ?(.*?) ?\}$', line.rstrip('\n'))
    if not m:
        sys.exit(f'unparsed line: {line}')
    ev.append((int(m.group(1)), m.group(2), m.group(3)))
ev.sort(key=lambda e: e[0])
names = [n for _, n, _ in ev]
first = names.index('lttng_statedump_start') if 'lttng_statedump_start' in names else -1
end = names.index('lttng_statedump_end') if 'lttng_statedump_end' in names else -1
if first != 0 or end < 0 or names.count('lttng_statedump_start') != 1:
    sys.exit(f'frame: start at {first}, end at {end} of {names[:5]}')
inside = ev[1:end]
want_ps = ('tid = %d, vtid = %d, pid = %d, vpid = %d, ppid = %d, vppid = %d, name = "prog", type = 0, mode = 5, '
           'submode = 1, status = 0, ns_level = 0, ns_inum = %d, file_table_address = 0x%X, cmdline = "%s hold %s"'
           % (pid, pid, pid, pid, ppid, ppid, nsino, pid, sys.argv[1].rsplit('/', 1)[0] + '/prog',
              sys.argv[1].rsplit('/', 1)[0] + '/hold'))
ps = [p for _, n, p in inside if n == 'lttng_statedump_process_state']
fds = [p for _, n, p in inside if n == 'lttng_statedump_file_descriptor']
want_fd = ['pid = %d, fd = 3, flags = 02000000, fmode = 0x0, filename = "/etc/passwd", file_table_address = 0x%X' % (pid, pid),
           'pid = %d, fd = 4, flags = 00, fmode = 0x0, filename = "/etc/hostname", file_table_address = 0x%X' % (pid, pid)]
if ps != [want_ps]:
    sys.exit(f'process_state: {ps} want {want_ps}')
outside = [n for _, n, _ in ev[end:] if n.startswith('lttng_statedump_')]
if len(fds) != nfds or any(w not in fds for w in want_fd) or outside != ['lttng_statedump_end']:
    sys.exit(f'{len(fds)} descriptors, /proc had {nfds}: {fds}; after the frame {outside}')
print(f'1 process, {len(fds)} descriptors, the first events')
PY
rc=$?
if [ $rc = 0 ] && cmp -s "$T/hold.bt" "$T/hold.rbt" && grep -q '^read(3</etc/passwd>, "r", 1) *= 1$' "$T/hold.txt" &&
	grep -q '^read(4</etc/hostname>, ' "$T/hold.txt"; then
	pass "state dump: $(tail -1 "$T/hold.check"); -y names them; --replay writes the same"
else
	fail "state dump" "$(head -3 "$T/hold.check"; diff "$T/hold.bt" "$T/hold.rbt" | head -3; grep read "$T/hold.txt" | head -2; head -2 "$T/hold.err")"
fi

# 10. Flight-recorder snapshots as CTF traces (DIR, DIR.1...): a trigger's ends with the
#     call that matched, each is the trace --replay makes of the log snapshot of the same
#     number, and with --ctf alone nothing is written before SIGUSR1 and no log is left.
"$SCT" --flight-recorder 1M --record "$T/fr.log" --ctf "$T/fr" --snapshot-on 'syscall=openat,errno=ENOENT' \
	"$T/prog" >/dev/null 2>"$T/fr.err"
frc=$?
"$SCT" --replay "$T/fr.log" --ctf "$T/fr.r0" -o /dev/null 2>/dev/null
"$SCT" --replay "$T/fr.log.1" --ctf "$T/fr.r1" -o /dev/null 2>/dev/null
events() { babeltrace2 --clock-cycles "$1" | sed 's/ (+[0-9?]*)//'; }
last=$(events "$T/fr" | tail -2 | cut -d' ' -f3- | tr '\n' '|')
want='syscall_entry_openat: { cpu_id = 0 }, { tid = X, pid = X }, { dfd = -100, filename = "/nonexistent/sctrace-ctf", flags = 65, mode = 416 }|syscall_exit_openat: { cpu_id = 0 }, { tid = X, pid = X }, { ret = -2 }|'
last=$(printf '%s' "$last" | sed -E 's/cpu_id = [0-9]+/cpu_id = 0/g; s/(tid|pid) = [0-9]+/\1 = X/g')
mkdir -p "$T/frs"
"$T/prog" hold "$T/frs" &
HPID=$!
for _ in $(seq 200); do [ -e "$T/frs/ready" ] && break; sleep 0.05; done
"$SCT" -p $HPID --flight-recorder 1M --ctf "$T/frs/t" 2>"$T/frs.err" &
SPID=$!
for _ in $(seq 200); do grep -q attached "$T/frs.err" && break; sleep 0.05; done
sleep 0.2
early=$(ls "$T/frs")
kill -USR1 $SPID
for _ in $(seq 200); do [ -e "$T/frs/t/metadata" ] && break; sleep 0.05; done
touch "$T/frs/go"
wait $HPID
wait $SPID
SPID=
left=$(ls -a "$T/frs" | tr '\n' ' ')
if [ $frc = 0 ] && [ "$last" = "$want" ] && cmp -s <(events "$T/fr") <(events "$T/fr.r0") &&
	cmp -s <(events "$T/fr.1") <(events "$T/fr.r1") && [ "$early" = "ready" ] &&
	[ "$left" = ". .. go ready t t.1 " ] && events "$T/frs/t" | grep -q 'lttng_statedump_file_descriptor: .* fd = 3, .* filename = "/etc/passwd"' &&
	events "$T/frs/t.1" | grep -q 'syscall_exit_read: .* ret = 1, '; then
	pass "flight-recorder snapshots as CTF: the trigger's ends with its openat, DIR and DIR.1 as --replay gives them; nothing before SIGUSR1, no log left"
else
	fail "flight-recorder CTF" "rc $frc; last [$last]; early [$early]; left [$left]; $(head -3 "$T/fr.err" "$T/frs.err")"
fi

finish
