#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Binary log and JSON tests: live output against its replay (byte for byte),
# JSON parsed by python's json module, damage (truncation at many offsets,
# flipped bytes, zeroed ranges, random files, bad headers), --check, a full
# disk while recording, the replay progress line, and the committed golden logs of
# each format version replayed byte for byte (tests/log/golden/). Ends "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
case $BUILD in /*) SCT=$BUILD/sctrace ;; *) SCT=$PWD/$BUILD/sctrace ;; esac
T=$(mktemp -d /tmp/sctrace-log.XXXXXX)
MNT=""
cleanup() {
	[ -n "$MNT" ] && umount "$MNT" 2>/dev/null
	rm -rf "$T"
}
trap cleanup EXIT
passed=0
failed=0

pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1: $2"; failed=$((failed + 1)); }

cc -O2 -o "$T/demo" examples/demo.c || exit 1
cat >"$T/many.c" <<'C'
#include <fcntl.h>
#include <unistd.h>
int main(void)
{
	char buf[64];
	for (int i = 0; i < 3000; i++) {
		int fd = open("/etc/hostname", O_RDONLY);
		if (read(fd, buf, sizeof(buf)) < 0)
			return 1;
		close(fd);
		getppid();
	}
	return 0;
}
C
cc -O2 -o "$T/many" "$T/many.c" || exit 1
printf '#include <unistd.h>\nint main(void) { for (int i = 0; i < 400000; i++) getppid(); return 0; }\n' >"$T/spin.c"
cc -O2 -o "$T/spin" "$T/spin.c" || exit 1

# 1. Live text and its replay are the same bytes, with -f, -tt -T and -o prefixes.
for opts in "-f" "-f -tt -T" "-e trace=%file,%process -s 8" "-f -e status=successful"; do
	# shellcheck disable=SC2086
	"$SCT" --record "$T/rt.log" -o "$T/live.txt" $opts "$T/demo" 2>"$T/err"
	# shellcheck disable=SC2086
	"$SCT" --replay "$T/rt.log" -o "$T/replay.txt" $opts 2>>"$T/err"
	if [ -s "$T/live.txt" ] && cmp -s "$T/live.txt" "$T/replay.txt"; then
		pass "roundtrip text ($opts): $(wc -l <"$T/live.txt") lines identical"
	else
		fail "roundtrip text ($opts)" "$(diff "$T/live.txt" "$T/replay.txt" | head -5)"
	fi
done

# 1b. -y: the descriptor table at the start travels in the log (a command, and a
#     process attached with -p whose stdout is a file), so replay prints the same paths.
"$SCT" -y -f --record "$T/y.log" -o "$T/ylive.txt" "$T/demo" 2>/dev/null
"$SCT" --replay "$T/y.log" -y -f -o "$T/yrep.txt" 2>/dev/null
# The attached process waits until sctrace says it is attached (loading may take longer
# than any fixed delay), then execs sleep, which closes its stdout, the file, as it exits.
sh -c 'while [ ! -e "$1" ]; do sleep 0.05; done; exec sleep 0' sh "$T/go" >"$T/attached.out" &
att=$!
"$SCT" -y -p $att --record "$T/y2.log" -o "$T/y2live.txt" 2>"$T/y2err" &
sct=$!
for _ in $(seq 300); do
	grep -q attached "$T/y2err" && break
	sleep 0.1
done
touch "$T/go"
wait $sct
wait $att 2>/dev/null
"$SCT" --replay "$T/y2.log" -y -o "$T/y2rep.txt" 2>/dev/null
if cmp -s "$T/ylive.txt" "$T/yrep.txt" && cmp -s "$T/y2live.txt" "$T/y2rep.txt" &&
	grep -q '</etc/ld.so.cache>' "$T/ylive.txt" && grep -q "^close(1<$T/attached.out>) = 0" "$T/y2live.txt"; then
	pass "roundtrip -y: paths from the recorded start table, identical on replay"
else
	fail "roundtrip -y" "$(diff "$T/y2live.txt" "$T/y2rep.txt" | head -3) $(grep -c close "$T/y2live.txt")"
fi

# 1c. -yy: socket inodes and endpoints come from the kernel side's records, so a log replays
#     them (they used to print as "socket:[?]" once the process was gone).
YYBIN=$(cd "$BUILD" && pwd)/e2e/fd_yy_sock
if [ -x "$YYBIN" ]; then
	(cd "$T" && "$SCT" -yy -e trace=socket,bind,listen,connect,accept4,socketpair,pipe2,close \
		--record "$T/yy.log" -o "$T/yylive.txt" "$YYBIN" >/dev/null 2>&1)
	# (with -y the log also holds the descriptor calls outside -e trace=; replay shows what
	# the recording showed unless given its own -e trace=)
	"$SCT" --replay "$T/yy.log" -yy -o "$T/yyrep.txt" 2>/dev/null
	"$SCT" --replay "$T/yy.log" -yy -e trace=openat -o "$T/yyopen.txt" 2>/dev/null
	if cmp -s "$T/yylive.txt" "$T/yyrep.txt" && grep -q 'accept4(.*= [0-9]*<TCP:\[127.0.0.1:[0-9]*->127.0.0.1:[0-9]*\]>' "$T/yyrep.txt" &&
		grep -q 'pipe2(\[[0-9]*<pipe:\[[0-9][0-9]*\]>' "$T/yyrep.txt" && ! grep -q '\[?\]' "$T/yyrep.txt" &&
		grep -q '^openat(.*"/etc/ld.so.cache"' "$T/yyopen.txt"; then
		pass "roundtrip -yy: socket endpoints and pipe inodes replayed from the log; its -e trace= by default"
	else
		fail "roundtrip -yy" "$(diff "$T/yylive.txt" "$T/yyrep.txt" | head -3; grep -m2 'accept4\|pipe2' "$T/yyrep.txt")"
	fi
else
	echo "SKIP roundtrip -yy: $YYBIN not built (run the e2e tests first)"
fi

# 2. Replay filters with -e trace= what was recorded unfiltered.
"$SCT" --record "$T/all.log" -o "$T/all.txt" "$T/demo" 2>/dev/null
"$SCT" --replay "$T/all.log" -o "$T/filtered.txt" -e trace=openat,unlink 2>/dev/null
want=$(grep -cE '^(openat|unlink)\(' "$T/all.txt")
got=$(grep -cE '^(openat|unlink)\(' "$T/filtered.txt")
others=$(grep -vcE '^(openat|unlink)\(|^\+\+\+|^---' "$T/filtered.txt")
if [ "$want" -gt 0 ] && [ "$want" = "$got" ] && [ "$others" = 0 ]; then
	pass "replay -e trace=openat,unlink keeps the $got matching calls and nothing else"
else
	fail "replay filter" "want $want openat/unlink, got $got, $others other lines"
fi

# 3. JSON: live and replay identical; every line parses; every field has its type.
"$SCT" --sched --record "$T/j.log" --json -o "$T/live.jsonl" -f "$T/demo" 2>/dev/null
"$SCT" --replay "$T/j.log" --json -o "$T/replay.jsonl" -f 2>/dev/null
if cmp -s "$T/live.jsonl" "$T/replay.jsonl"; then
	pass "roundtrip json: $(wc -l <"$T/live.jsonl") objects identical"
else
	fail "roundtrip json" "$(diff "$T/live.jsonl" "$T/replay.jsonl" | head -3)"
fi
if out=$(python3 tests/log/check_json.py "$T/live.jsonl" syscall fork exit signal task end sched_switch 2>&1); then
	pass "json parses with python, types checked: $out"
else
	fail "json schema" "$out"
fi

# 3a. --no-durations: no clock at entry, so no duration_ns in JSON, and -T/-c refused (live and
#     on replay of such a log) with one line; the plain text still replays byte for byte.
"$SCT" --no-durations --record "$T/nd.log" -o "$T/ndlive.txt" "$T/demo" 2>/dev/null
"$SCT" --replay "$T/nd.log" -o "$T/ndrep.txt" 2>/dev/null
"$SCT" --replay "$T/nd.log" --json -o "$T/nd.jsonl" 2>/dev/null
nd_t=$("$SCT" --replay "$T/nd.log" -T -o /dev/null 2>&1; echo "rc=$?")
nd_live=$("$SCT" --no-durations -c true 2>&1; echo "rc=$?")
with_dur=$(grep -c '"duration_ns"' "$T/live.jsonl")
if cmp -s "$T/ndlive.txt" "$T/ndrep.txt" && [ -s "$T/ndlive.txt" ] && [ "$with_dur" -gt 0 ] &&
	grep -q '"type":"syscall"' "$T/nd.jsonl" && ! grep -q '"duration_ns"' "$T/nd.jsonl" &&
	[ "$nd_t" = "$SCT: $T/nd.log was recorded without durations (--no-durations): -T, -c, -C, --histogram and --diagnose need them
rc=1" ] && [ "$nd_live" = "$SCT: --no-durations leaves calls without a duration: -T, -c, -C and --diagnose need one
rc=1" ]; then
	pass "--no-durations: replay identical, JSON without duration_ns ($with_dur with), -T/-c refused"
else
	fail "--no-durations" "$nd_t / $nd_live / $(grep -c duration_ns "$T/nd.jsonl")"
fi

# 3b. The string rule: control bytes escaped, invalid UTF-8 as \udcXX, bytes recovered exactly.
printf '#include <unistd.h>\nint main(void) { write(1, "ok \\303\\251 \\377\\001\\n\\"\\\\ \\300\\200", 14); return 0; }\n' >"$T/bytes.c"
cc -o "$T/bytes" "$T/bytes.c" || exit 1
# (to a file: writing to /dev/null never reads the buffer, so it might be unpaged)
"$SCT" --json -e trace=write -o "$T/bytes.jsonl" "$T/bytes" >"$T/bytes.out" 2>&1
if out=$(python3 - "$T/bytes.jsonl" <<'PY'
import json, sys
line = [l for l in open(sys.argv[1]) if '"syscall":"write"' in l][0]
raw = line.encode()
assert all(b >= 0x20 for b in raw[:-1]), "a raw control byte in the line"
s = json.loads(line)["args"]["buf"]
want = b'ok \xc3\xa9 \xff\x01\n"\\ \xc0\x80'
got = s.encode("utf-8", "surrogateescape")
assert got == want, (got, want)
print(line.split('"args":')[1][:60])
PY
); then
	pass "json string rule: bytes recovered with surrogateescape: $out"
else
	fail "json string rule" "$out"
fi

# 3c. -y with --json: each call's "fds" names its descriptors as the text's <...> does,
#     the arguments stay numbers, and replay of the log gives the same objects.
cat >"$T/fds.c" <<'C'
#include <fcntl.h>
#include <unistd.h>
int main(void)
{
	char b[1];
	int p[2], fd;

	if (chdir("/tmp") || (fd = open("/etc/hostname", O_RDONLY)) < 0 || read(fd, b, 1) < 0 ||
	    pipe(p))
		return 1;
	close(fd);
	return 0;
}
C
cc -o "$T/fds" "$T/fds.c" || exit 1
"$SCT" -yy --json --record "$T/fds.log" -o "$T/fds.jsonl" -e trace=openat,read,pipe2,close "$T/fds" 2>/dev/null
"$SCT" -yy --json --replay "$T/fds.log" -o "$T/fds_replay.jsonl" 2>/dev/null
"$SCT" -y --replay "$T/fds.log" -o "$T/fds.txt" 2>/dev/null
if out=$(python3 - "$T/fds.jsonl" "$T/fds.txt" 2>&1 <<'PY'
import json, re, sys
calls = [json.loads(l) for l in open(sys.argv[1]) if '"type":"syscall"' in l]
i = [k for k, c in enumerate(calls) if c["syscall"] == "openat" and c["args"]["filename"] == "/etc/hostname"][0]
op, calls = calls[i], calls[i:]
fd = op["ret"]
assert op["argv"][0] == -100 and isinstance(fd, int), op
assert op["fds"] == {"-100": "/tmp", str(fd): "/etc/hostname"}, op["fds"]
rd = [c for c in calls if c["syscall"] == "read" and c["args"]["fd"] == fd][0]
assert rd["fds"] == {str(fd): "/etc/hostname"}, rd
pp = [c for c in calls if c["syscall"] == "pipe2"][0]
assert len(pp["fds"]) == 2 and all(re.fullmatch(r"pipe:\[\d+\]", v) for v in pp["fds"].values()), pp
cl = [c for c in calls if c["syscall"] == "close" and c["argv"][0] == fd][0]
assert cl["fds"] == {str(fd): "/etc/hostname"}, cl
text = open(sys.argv[2]).read()
assert 'read(%d</etc/hostname>, "' % fd in text, text
want = 'pipe2([%s], 0)' % ", ".join("%s<%s>" % kv for kv in pp["fds"].items())
assert want in text, (want, text)
print("openat", op["fds"], "pipe2", pp["fds"])
PY
) && cmp -s "$T/fds.jsonl" "$T/fds_replay.jsonl"; then
	pass "json -yy: fds as the text names them, replay identical: $out"
else
	fail "json -yy" "$out $(diff "$T/fds.jsonl" "$T/fds_replay.jsonl" | head -3)"
fi

# 3f. --record keeps strings up to --record-string-limit (default 256) whatever -s is, so
#     --replay -s 200 shows what live -s 200 shows; live text is the same with and without
#     --record; replay asking for more than the log keeps warns once.
cat >"$T/strs.c" <<'C'
#include <fcntl.h>
#include <unistd.h>
int main(void)
{
	char b[300];
	int fd = open("/dev/null", O_WRONLY);

	for (int i = 0; i < 300; i++)
		b[i] = (char)('a' + i % 26);
	return write(fd, b, 300) != 300 || write(fd, b, 40) != 40 || write(fd, b, 10) != 10;
}
C
cc -o "$T/strs" "$T/strs.c" || exit 1
"$SCT" -e trace=write -o "$T/s32.txt" "$T/strs" 2>/dev/null
"$SCT" -e trace=write --record "$T/s.log" -o "$T/s32rec.txt" "$T/strs" 2>/dev/null
"$SCT" -e trace=write -s 200 -o "$T/s200.txt" "$T/strs" 2>/dev/null
"$SCT" --replay "$T/s.log" -s 200 -o "$T/s200rep.txt" 2>"$T/s200rep.err"
"$SCT" --replay "$T/s.log" -s 300 -o "$T/s300rep.txt" 2>"$T/s300rep.err"
"$SCT" -e trace=write -s 40 --record "$T/s0.log" --record-string-limit 0 -o /dev/null "$T/strs" 2>/dev/null
"$SCT" --replay "$T/s0.log" -s 41 -o /dev/null 2>"$T/s0rep.err"
w200=$(grep -c '^write(3, "[a-z]\{200\}"\.\.\., 300) = 300$' "$T/s200rep.txt")
w256=$(grep -c '^write(3, "[a-z]\{256\}"\.\.\., 300) = 300$' "$T/s300rep.txt")
if [ -s "$T/s32.txt" ] && cmp -s "$T/s32.txt" "$T/s32rec.txt" && cmp -s "$T/s200.txt" "$T/s200rep.txt" &&
	[ "$w200" = 1 ] && [ "$w256" = 1 ] && [ ! -s "$T/s200rep.err" ] &&
	[ "$(cat "$T/s300rep.err")" = "$SCT: $T/s.log keeps at most 256 bytes of each string (its capture limit when recorded): -s 300 shows no more than that" ] &&
	grep -q 'keeps at most 40 bytes.*-s 41 shows' "$T/s0rep.err" && [ "$(wc -l <"$T/s0rep.err")" = 1 ]; then
	pass "--record-string-limit: replay -s 200 = live -s 200, live text unchanged by --record, one warning past the log's limit"
else
	fail "--record-string-limit" "w200=$w200 w256=$w256 $(diff "$T/s200.txt" "$T/s200rep.txt" | head -3) $(cat "$T/s300rep.err" "$T/s0rep.err")"
fi

# 3d. jq (Debian's, 1.6) on live and replayed JSON: arguments by name and by position,
#     flags as names and numbers, stat's structure as an object, comm on every object,
#     ppid on task objects, ts_sec/ts_nsec exact. The expected values come from the
#     program (it prints its descriptor and the file size it got from fstat).
cat >"$T/jqprog.c" <<'C'
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
int main(void)
{
	struct stat st;
	char b[64];
	int fd = open("/etc/hostname", O_RDONLY | O_CLOEXEC);

	if (fd < 0 || read(fd, b, sizeof(b)) < 0 || fstat(fd, &st))
		return 1;
	printf("%d %lld\n", fd, (long long)st.st_size);
	return close(fd);
}
C
cc -o "$T/jqprog" "$T/jqprog.c" || exit 1
"$SCT" -f --json --record "$T/jq.log" -o "$T/jq.jsonl" "$T/jqprog" >"$T/jq.out" 2>/dev/null &
jq_sct=$!
wait $jq_sct
"$SCT" --replay "$T/jq.log" --json -o "$T/jq_replay.jsonl" 2>/dev/null
read -r jq_fd jq_size <"$T/jq.out"
# shellcheck disable=SC2016
# the calls after the program's own openat (the loader also reads and fstats a descriptor 3)
jq_after='[.[] | select(.type == "syscall")] | (map(.args.filename == "/etc/hostname") | index(true)) as $i | .[$i:]'
# shellcheck disable=SC2016
jq_queries=(
	'select(.args.filename == "/etc/hostname") | .ret'
	'select(.syscall == "openat" and .args.filename == "/etc/hostname") | [.args.flags, .argv[2], .args.dfd, .comm]'
	"$jq_after"' | map(select(.syscall == "read" and .args.fd == '"$jq_fd"'))[0] | [.args.count, .argv[0], .args.buf == .argv[1]]'
	"$jq_after"' | map(select(.syscall == "newfstatat" and .args.dfd == '"$jq_fd"'))[0] | [.args.statbuf.st_size, .args.statbuf.st_mode, .argv[2].st_size]'
	'select(.type == "task") | [.attached, .ppid, .comm]'
	'select(.type == "syscall") | select((.time[0:19] + "Z" | fromdateiso8601) != .ts_sec or .time[20:29] != ("00000000" + (.ts_nsec | tostring))[-9:]) | .time'
	'[.[] | select(.type == "syscall" and .comm == "jqprog")] | length'
)
jq_want=(
	"$jq_fd"
	'[["O_RDONLY","O_CLOEXEC"],524288,-100,"jqprog"]'
	"[64,$jq_fd,true]"
	"[$jq_size,\"$(printf 'S_IFREG|%04o' $((8#$(stat -c %a /etc/hostname))))\",$jq_size]"
	"[false,$jq_sct,null]"
	''
	"$(grep -c '"type":"syscall"' "$T/jq.jsonl" | awk '{print $1 - 1}')"
)
jq_bad=""
out=""
for f in jq.jsonl jq_replay.jsonl; do
	for i in "${!jq_queries[@]}"; do
		q=${jq_queries[$i]}
		case $q in '['*) got=$(jq -c -s "$q" "$T/$f" 2>&1) ;; *) got=$(jq -c "$q" "$T/$f" 2>&1) ;; esac
		[ "$got" = "${jq_want[$i]}" ] || jq_bad="$jq_bad [$f: $q: got '$got', want '${jq_want[$i]}']"
	done
done
if [ -z "$jq_bad" ] && [ -n "$jq_fd" ] && cmp -s "$T/jq.jsonl" "$T/jq_replay.jsonl" &&
	out=$(python3 tests/log/check_json.py "$T/jq.jsonl" syscall task exit end 2>&1); then
	pass "jq on live and replayed JSON: fd $jq_fd, st_size $jq_size, flags, comm, ppid, ts_sec/ts_nsec (${#jq_queries[@]} queries x 2)"
else
	fail "jq queries" "$jq_bad $out"
fi

# 3e. comm and ppid of an attached process come from /proc into the log's TASK_NEW record;
#     its child inherits the name until its execve renames it; replay says the same.
rm -f "$T/go"
sh -c 'while [ ! -e "$1" ]; do sleep 0.05; done; cat /etc/hostname >/dev/null' sh "$T/go" &
att=$!
"$SCT" -f -p $att --json --record "$T/att.log" -o "$T/att.jsonl" 2>"$T/atterr" &
sct=$!
for _ in $(seq 300); do
	grep -q attached "$T/atterr" && break
	sleep 0.1
done
touch "$T/go"
wait $att 2>/dev/null
wait $sct
"$SCT" --replay "$T/att.log" --json -o "$T/att_replay.jsonl" 2>/dev/null
att_q='select(.type == "task" or (.syscall == "execve" and .args.argv[0] == "cat") or (.syscall == "openat" and .args.filename == "/etc/hostname")) | [.type, .syscall, .comm, .ppid]'
att_got=$(jq -c "$att_q" "$T/att.jsonl" | tr '\n' ' ')
att_want="[\"task\",null,\"sh\",$$] [\"syscall\",\"execve\",\"sh\",null] [\"syscall\",\"openat\",\"cat\",null] "
if [ "$att_got" = "$att_want" ] && [ "$(jq -c "$att_q" "$T/att_replay.jsonl" | tr '\n' ' ')" = "$att_want" ]; then
	pass "json comm/ppid of an attached process and its child, live and replayed: $att_got"
else
	fail "json comm -p" "got '$att_got', want '$att_want'"
fi

# 4. Loss, forced: sctrace stops itself (the shell's parent) while three programs make
#    400000 getppid calls each into 64K rings, then continues. Every call (but the
#    shell's own getppid for $PPID, shown before the stop) is either
#    shown or counted lost; the count may pass 1200000 by the records of the three
#    execs, which a log captures unseen (the task names: calls_add_comm_calls) and
#    which the ring may lose too (2 records each); the loss is marked where it happened (a
#    "### N events lost on CPU C ###" line, a JSON loss object) with the counts of the
#    warning; the exits survive the loss (the rings keep room for them); replay of the
#    recording prints the same bytes.
loss_case() { # text|json -> checks the run, prints what it found
	local fmt=$1 out=$T/loss.$1 warn shown marked exits json= sh_pid sh_calls
	[ "$fmt" = json ] && json=--json
	# shellcheck disable=SC2016
	"$SCT" -f -e trace=getppid --buffer-size 64K $json --record "$T/loss_$fmt.log" -o "$out" \
		sh -c 'kill -STOP $PPID; for i in 1 2 3; do "$1"; done; kill -CONT $PPID' sh "$T/spin" 2>"$T/loss.err"
	warn=$(sed -n 's/^[^ ]*sctrace: \([0-9]*\) events lost (\([0-9]*\) ring full.*/\1 \2/p' "$T/loss.err")
	if [ "$fmt" = text ]; then
		shown=$(grep -c '^[0-9]* *getppid() *= [0-9]*$' "$out")
		sh_pid=$(awk 'NR == 1 { print $1 }' "$out")
		sh_calls=$(grep -c "^$sh_pid  *getppid()" "$out")
		marked=$(awk '/^### [0-9]+ events lost on CPU [0-9]+ ###$/ { n += $2 } END { print n + 0 }' "$out")
		exits=$(grep -c '^[0-9]* *+++ exited with 0 +++$' "$out")
	else
		shown=$(grep -c '"syscall":"getppid"' "$out")
		sh_pid=$(sed -n '1s/.*"pid":\([0-9]*\),.*/\1/p' "$out")
		sh_calls=$(grep -c "\"pid\":$sh_pid,.*\"syscall\":\"getppid\"" "$out")
		marked=$(sed -n 's/^{"type":"loss",.*"lost":\([0-9]*\),"cpu":[0-9]*}$/\1/p' "$out" | awk '{ n += $1 } END { print n + 0 }')
		exits=$(grep -c '"type":"exit",.*"exit_code":0' "$out")
	fi
	"$SCT" --replay "$T/loss_$fmt.log" -f $json -o "$T/loss_replay.$fmt" 2>/dev/null
	if [ -z "$warn" ] || [ "${warn% *}" != "${warn#* }" ] || [ "$marked" != "${warn% *}" ] ||
		[ $((shown - sh_calls + marked)) -lt 1200000 ] ||
		[ $((shown - sh_calls + marked)) -gt 1200006 ] || [ "$exits" -ne 4 ] ||
		! cmp -s "$out" "$T/loss_replay.$fmt"; then
		echo "$fmt: warning '$warn', $shown shown ($sh_calls by the shell) + $marked marked lost (want 1200000 to 1200006), $exits exits (want 4)"
		return 1
	fi
	echo "$fmt: $shown shown + $marked lost"
}
m1=$(loss_case text) && m2=$(loss_case json)
if [ $? -eq 0 ]; then
	pass "forced loss marked in the trace, counted exactly, exits kept ($m1; $m2)"
else
	fail "forced loss" "$m1 ${m2:-}"
fi

# 5. --check on an intact log.
"$SCT" --record "$T/big.log" "$T/many" 2>/dev/null
"$SCT" --replay "$T/big.log" -o "$T/big.txt" 2>/dev/null
full_lines=$(wc -l <"$T/big.txt")
if "$SCT" --replay "$T/big.log" --check >"$T/check.txt" 2>&1 && grep -q '^result:     OK' "$T/check.txt" &&
	grep -q '^end:        clean' "$T/check.txt"; then
	pass "--check: intact log OK ($(grep '^events' "$T/check.txt"))"
else
	fail "--check intact" "$(cat "$T/check.txt")"
fi

# Lines of $1 must appear in $2 in the same order (no invented or reordered lines).
# A call whose end was in a skipped chunk is "<start> <unfinished ...>": it matches
# the whole line that starts the same (a call's entry and exit can be in two streams).
subsequence() {
	python3 - "$1" "$2" <<'PY'
import sys
part = [l for l in open(sys.argv[1])]
full = [l for l in open(sys.argv[2])]
cut = " <unfinished ...>\n"
def same(p, f):
    return p == f or (p.endswith(cut) and not f.endswith(cut) and f.startswith(p[:-len(cut)]))
i = 0
for l in part:
    while i < len(full) and not same(l, full[i]):
        i += 1
    if i == len(full):
        print("line not in the full replay, or out of order:", l.strip()[:100])
        sys.exit(1)
    i += 1
PY
}

# 6. Truncation at many offsets: header cuts are one error, chunk cuts keep the rest.
size=$(stat -c %s "$T/big.log")
hdr=$(python3 -c "import struct,sys; d=open(sys.argv[1],'rb').read(24); print(struct.unpack('<I', d[12:16])[0])" "$T/big.log")
bad=0
checked=0
for cut in 0 7 23 $((hdr - 1)) $hdr $((hdr + 1)) $((hdr + 47)) $((hdr + 48)) \
	$(seq $((hdr + 100)) 4999 $((size - 1))) $((size - 1)); do
	head -c "$cut" "$T/big.log" >"$T/cut.log"
	"$SCT" --replay "$T/cut.log" -o "$T/cut.txt" 2>"$T/cut.err"
	rc=$?
	checked=$((checked + 1))
	if [ "$cut" -lt "$hdr" ]; then
		if [ $rc -eq 0 ] || [ "$(wc -l <"$T/cut.err")" -ne 1 ]; then
			bad=$((bad + 1)); echo "    cut at $cut (inside the header): rc=$rc, $(head -2 "$T/cut.err")"
		fi
		continue
	fi
	if [ $rc -ne 0 ] || ! grep -qE 'ends inside a chunk|no end record' "$T/cut.err" ||
		! subsequence "$T/cut.txt" "$T/big.txt" >"$T/sub.err"; then
		bad=$((bad + 1)); echo "    cut at $cut: rc=$rc $(head -1 "$T/cut.err") $(cat "$T/sub.err")"
	fi
done
if [ $bad -eq 0 ]; then
	pass "truncated at $checked offsets: header cuts one error line, others replay a subsequence with a warning"
else
	fail "truncation" "$bad of $checked offsets misbehaved"
fi

# 7. Flipped bytes and zeroed ranges in chunks: skipped with a warning naming the offset.
bad=0
for spec in "flip $((hdr + 60))" "flip $((size / 2))" "flip $((size - 30))" \
	"zero $((size / 3)) 512" "zero $((hdr + 10)) 100" "flip $((hdr + 2))"; do
	python3 - "$T/big.log" "$T/dmg.log" $spec <<'PY'
import sys
data = bytearray(open(sys.argv[1], 'rb').read())
how, off = sys.argv[3], int(sys.argv[4])
if how == 'flip':
    data[off] ^= 0xff
else:
    n = int(sys.argv[5]); data[off:off + n] = bytes(n)
open(sys.argv[2], 'wb').write(data)
PY
	"$SCT" --replay "$T/dmg.log" -o "$T/dmg.txt" 2>"$T/dmg.err"
	rc=$?
	"$SCT" --replay "$T/dmg.log" --check >"$T/dmgc.txt" 2>/dev/null
	crc=$?
	if [ $rc -ne 0 ] || ! grep -qE 'at offset [0-9]+ is damaged|not a valid chunk' "$T/dmg.err" ||
		[ $crc -ne 1 ] || ! grep -q '^result:     DAMAGED' "$T/dmgc.txt" ||
		! subsequence "$T/dmg.txt" "$T/big.txt" >/dev/null; then
		bad=$((bad + 1)); echo "    $spec: rc=$rc check=$crc $(head -1 "$T/dmg.err")"
	fi
	# Damage well inside the log must cost lines (near the end it may hit only the end record).
	set -- $spec
	if [ "$2" -lt $((size - 4096)) ] && [ "$(wc -l <"$T/dmg.txt")" -ge "$full_lines" ]; then
		bad=$((bad + 1)); echo "    $spec: nothing was skipped?"
	fi
done
if [ $bad -eq 0 ]; then
	pass "flipped bytes and zeroed ranges: damaged chunks skipped with their offset, the rest replayed, --check says DAMAGED"
else
	fail "damage" "$bad cases misbehaved"
fi

# 7b. A chunk missing or written twice: --check says DAMAGED, replay warns, and a
#     repeated chunk's events are not printed twice.
python3 - "$T/big.log" "$T/gap.log" "$T/dup.log" <<'PY'
import struct, sys
d = open(sys.argv[1], 'rb').read()
off = struct.unpack('<I', d[12:16])[0]
chunks = []
while off + 48 <= len(d):
    ln = struct.unpack('<I', d[off + 32:off + 36])[0]
    chunks.append((off, off + 48 + ln))
    off += 48 + ln
hdr = d[:chunks[0][0]]
body = [d[a:b] for a, b in chunks]
open(sys.argv[2], 'wb').write(hdr + b''.join(body[:3] + body[4:]))
open(sys.argv[3], 'wb').write(hdr + b''.join(body[:4] + [body[3]] + body[4:]))
PY
"$SCT" --replay "$T/gap.log" --check >"$T/gap.txt" 2>/dev/null
gap_rc=$?
"$SCT" --replay "$T/dup.log" --check >"$T/dupc.txt" 2>/dev/null
dup_rc=$?
"$SCT" --replay "$T/dup.log" -o "$T/dup.txt" 2>"$T/dup.err"
if [ $gap_rc -eq 1 ] && grep -q ', 1 missing, 0 repeated' "$T/gap.txt" && [ $dup_rc -eq 1 ] &&
	grep -q ', 0 missing, 1 repeated' "$T/dupc.txt" && grep -q 'repeats an earlier sequence number' "$T/dup.err" &&
	cmp -s "$T/dup.txt" "$T/big.txt"; then
	pass "a missing chunk and a repeated chunk: DAMAGED, and the repeat is not replayed twice"
else
	fail "missing/repeated chunks" "gap rc=$gap_rc dup rc=$dup_rc $(grep chunks: "$T/gap.txt" "$T/dupc.txt")"
fi

# 8. Not a log, wrong version, damaged header, empty: one clear line, exit 1.
head -c 100000 /dev/urandom >"$T/random.log"
: >"$T/empty.log"
python3 -c "
import sys
d = bytearray(open(sys.argv[1],'rb').read())
v = bytearray(d); v[8] = 99; open(sys.argv[2],'wb').write(v)
h = bytearray(d); h[40] ^= 1; open(sys.argv[3],'wb').write(h)" "$T/big.log" "$T/version.log" "$T/header.log"
bad=0
for f in random empty version header; do
	"$SCT" --replay "$T/$f.log" >"$T/o.txt" 2>"$T/e.txt"
	rc=$?
	if [ $rc -ne 1 ] || [ "$(wc -l <"$T/e.txt")" -ne 1 ] || [ -s "$T/o.txt" ]; then
		bad=$((bad + 1)); echo "    $f: rc=$rc $(cat "$T/e.txt")"
	else
		echo "    $f: $(cat "$T/e.txt")"
	fi
done
[ $bad -eq 0 ] && pass "bad files: one error line each, exit 1" || fail "bad files" "$bad cases"

# 8b. Versions 1 and 2 of the same log: the syscall records widened (96 bytes before
#     the blobs, all six arguments), the chunk and header checksums redone. Version 2 only
#     added streams 512+n, version 3 packed the syscall records: both replay the same, and
#     --check says the version.
#     The rewriting is tests/log/downgrade.py (which makes the golden logs' v1 and v2 too).
python3 tests/log/downgrade.py "$T/big.log" "1:$T/v1.log" "2:$T/v2.log"
for v in 1 2; do
	"$SCT" --replay "$T/v$v.log" -o "$T/v$v.txt" 2>"$T/v$v.err"
	rc=$?
	"$SCT" --replay "$T/v$v.log" --check >"$T/v${v}c.txt" 2>&1
	if [ $rc -eq 0 ] && [ ! -s "$T/v$v.err" ] && cmp -s "$T/v$v.txt" "$T/big.txt" &&
		grep -q "^format:     sctrace log version $v," "$T/v${v}c.txt" && grep -q '^result:     OK' "$T/v${v}c.txt"; then
		pass "a version $v log (records widened, $(stat -c %s "$T/v$v.log") bytes against $(stat -c %s "$T/big.log")) replays the same ($(wc -l <"$T/v$v.txt") lines) and --check says version $v"
	else
		fail "version $v log" "rc=$rc $(head -2 "$T/v$v.err") $(grep -E '^(format|result)' "$T/v${v}c.txt")"
	fi
done

# 8c. A version 3 syscall record claiming more arguments than it holds (nargs 7), its
#     chunk's checksum redone so that only the record check can catch it: the chunk is
#     skipped as damaged, the rest replays, --check says DAMAGED.
python3 - "$T/big.log" "$T/nargs.log" <<'PY'
import struct, sys
sys.path.insert(0, 'tests/log')
from crc32c import crc32c
d = bytearray(open(sys.argv[1], 'rb').read())
off = struct.unpack_from('<I', d, 12)[0]
chunk = 0
while off + 48 <= len(d):
    plen = struct.unpack_from('<I', d, off + 32)[0]
    rtype = struct.unpack_from('<H', d, off + 48 + 16)[0]
    if chunk >= 2 and plen and rtype in (1, 2, 3):
        d[off + 48 + 46] = 7
        struct.pack_into('<I', d, off + 40, 0)
        struct.pack_into('<I', d, off + 40, crc32c(bytes(d[off:off + 48 + plen])))
        break
    off += 48 + plen
    chunk += 1
open(sys.argv[2], 'wb').write(d)
PY
"$SCT" --replay "$T/nargs.log" -o "$T/nargs.txt" 2>"$T/nargs.err"
rc=$?
"$SCT" --replay "$T/nargs.log" --check >"$T/nargsc.txt" 2>/dev/null
crc=$?
if [ $rc -eq 0 ] && grep -q 'records do not add up' "$T/nargs.err" && [ $crc -eq 1 ] &&
	grep -q '^result:     DAMAGED' "$T/nargsc.txt" && subsequence "$T/nargs.txt" "$T/big.txt" >/dev/null &&
	[ "$(wc -l <"$T/nargs.txt")" -lt "$(wc -l <"$T/big.txt")" ]; then
	pass "a packed record with nargs 7: its chunk skipped as damaged ($(wc -l <"$T/nargs.txt") of $(wc -l <"$T/big.txt") lines replayed)"
else
	fail "packed record with nargs 7" "rc=$rc check=$crc $(head -2 "$T/nargs.err")"
fi

# 8d. A version 1 syscall record shorter than a wide record's fixed part (48 bytes
#     instead of 96), its chunk's length and checksum redone: damage, as in version 3
#     (it used to be dropped without a word).
python3 - "$T/v1.log" "$T/v1short.log" <<'PY'
import struct, sys
sys.path.insert(0, 'tests/log')
from crc32c import crc32c
d = bytearray(open(sys.argv[1], 'rb').read())
off = struct.unpack_from('<I', d, 12)[0]
chunk = 0
while off + 48 <= len(d):
    plen = struct.unpack_from('<I', d, off + 32)[0]
    q = off + 48
    while chunk >= 2 and q < off + 48 + plen:
        rtype, size = struct.unpack_from('<HH', d, q + 16)
        if rtype == 1 and size >= 96:
            del d[q + 48:q + size]
            struct.pack_into('<H', d, q + 18, 48)
            struct.pack_into('<I', d, off + 32, plen - (size - 48))
            struct.pack_into('<I', d, off + 40, 0)
            struct.pack_into('<I', d, off + 40, crc32c(bytes(d[off:off + 48 + plen - (size - 48)])))
            open(sys.argv[2], 'wb').write(d)
            sys.exit(0)
        q += size
    off += 48 + plen
    chunk += 1
sys.exit('no syscall record found')
PY
"$SCT" --replay "$T/v1short.log" -o "$T/v1short.txt" 2>"$T/v1short.err"
rc=$?
"$SCT" --replay "$T/v1short.log" --check >"$T/v1shortc.txt" 2>/dev/null
crc=$?
if [ $rc -eq 0 ] && grep -q 'is damaged (records do not add up)' "$T/v1short.err" && [ $crc -eq 1 ] &&
	grep -q '^result:     DAMAGED' "$T/v1shortc.txt" && subsequence "$T/v1short.txt" "$T/big.txt" >/dev/null; then
	pass "a version 1 syscall record of 48 bytes: its chunk skipped as damaged, with a warning"
else
	fail "version 1 undersized record" "rc=$rc check=$crc $(head -2 "$T/v1short.err")"
fi

# 8e. Not a regular file (a FIFO: opening it would wait for a writer), a crafted header
#     (more fields than it holds): one line, exit 1, at once.
mkfifo "$T/fifo"
out=$(timeout 10 "$SCT" --replay "$T/fifo" 2>&1; echo "rc=$?")
outc=$(timeout 10 "$SCT" --replay "$T/fifo" --check 2>&1; echo "rc=$?")
python3 - "$T/big.log" "$T/nfields.log" <<'PY'
import struct, sys
sys.path.insert(0, 'tests/log')
from crc32c import crc32c
d = bytearray(open(sys.argv[1], 'rb').read())
hlen = struct.unpack_from('<I', d, 12)[0]
struct.pack_into('<I', d, 16, 1000)
struct.pack_into('<I', d, 20, 0)
struct.pack_into('<I', d, 20, crc32c(bytes(d[:hlen])))
open(sys.argv[2], 'wb').write(d)
PY
nf=$("$SCT" --replay "$T/nfields.log" 2>&1; echo "rc=$?")
nfc=$("$SCT" --replay "$T/nfields.log" --check 2>&1; echo "rc=$?")
if [ "$out" = "$SCT: cannot read log '$T/fifo': not a regular file
rc=1" ] && [ "$outc" = "$out" ] && [[ $nf =~ ^"$SCT: '$T/nfields.log': the log header is damaged (it says 1000 fields, holds "[0-9]+")"$'\n'rc=1$ ]] &&
	[ "$nfc" = "$nf" ]; then
	pass "a FIFO and a header with more fields than it holds: one line, exit 1 (--replay and --check)"
else
	fail "FIFO / header fields" "$out / $outc / $nf / $nfc"
fi

# 8f. A valid log followed by a 5 GB sparse tail: the tail is skipped (one warning), the
#     replay prints what the log alone prints, and its memory stays bounded (it used to
#     read every page of the tail: 4.7 GB of RSS).
cp "$T/big.log" "$T/sparse.log"
truncate -s +5G "$T/sparse.log"
rss=$(python3 - "$SCT" "$T/sparse.log" "$T/sparse.txt" "$T/sparse.err" <<'PY'
import resource, subprocess, sys
with open(sys.argv[4], 'wb') as err:
    rc = subprocess.call([sys.argv[1], '--replay', sys.argv[2], '-o', sys.argv[3]], stderr=err, timeout=120)
print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
PY
)
rm -f "$T/sparse.log"
if [ "${rss% *}" = 0 ] && [ "${rss#* }" -lt 200 ] && cmp -s "$T/sparse.txt" "$T/big.txt" &&
	[ "$(wc -l <"$T/sparse.err")" = 1 ] && grep -q 'are not a valid chunk' "$T/sparse.err"; then
	pass "a 5 GB sparse tail: skipped with one warning, same output, ${rss#* } MB of RSS"
else
	fail "sparse tail" "exit/RSS MB: $rss, $(head -2 "$T/sparse.err")"
fi

# 9. A full disk while recording: recording stops with one message, the command finishes
#    with its status, the log stays readable.
MNT="$T/small"
mkdir -p "$MNT"
if mount -t tmpfs -o size=512k tmpfs "$MNT" 2>/dev/null; then
	"$SCT" -f --record "$MNT/full.log" sh -c "$T/many; exit 7" 2>"$T/full.err"
	rc=$?
	"$SCT" --replay "$MNT/full.log" -o "$T/full.txt" 2>"$T/full2.err"
	rc2=$?
	if [ $rc -eq 7 ] && grep -q 'recording to .* stopped: No space left on device' "$T/full.err" &&
		[ $rc2 -eq 0 ] && [ -s "$T/full.txt" ]; then
		pass "full disk: recording stopped with a message, command exit 7 kept, $(wc -l <"$T/full.txt") lines replayable"
	else
		fail "full disk" "rc=$rc rc2=$rc2 $(head -2 "$T/full.err")"
	fi
	umount "$MNT"
	MNT=""
else
	echo "SKIP full disk: cannot mount a tmpfs here"
fi

# 10. Progress on a terminal (through script(1)'s pty), not when stderr is a file.
if command -v script >/dev/null; then
	script -qec "$SCT --replay $T/big.log -o $T/p.txt" /dev/null >"$T/tty.out" 2>&1
	"$SCT" --replay "$T/big.log" -o "$T/p.txt" 2>"$T/notty.err"
	if grep -q 'replaying' "$T/tty.out" && ! grep -q 'replaying' "$T/notty.err"; then
		pass "progress line on a terminal only"
	else
		fail "progress" "tty: $(head -c 200 "$T/tty.out" | tr '\r' ' ') / file: $(head -c 200 "$T/notty.err")"
	fi
else
	echo "SKIP progress: no script(1) [needs bsdutils]"
fi

# 11. The reader under valgrind: an intact and a damaged log, text and JSON, no error.
if command -v valgrind >/dev/null; then
	python3 -c "
import sys
d = bytearray(open(sys.argv[1], 'rb').read())
d[len(d) // 2] ^= 0xff
open(sys.argv[2], 'wb').write(d[:len(d) - 1000])" "$T/big.log" "$T/vg.log"
	bad=0
	for args in "--replay $T/big.log -o /dev/null" "--replay $T/vg.log -o /dev/null --json" \
		"--replay $T/vg.log --check"; do
		# shellcheck disable=SC2086
		valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
			"$SCT" $args >/dev/null 2>"$T/vg.err"
		[ $? -eq 99 ] && { bad=$((bad + 1)); grep -v '^sctrace' "$T/vg.err" | head -5; }
	done
	[ $bad -eq 0 ] && pass "reader clean under valgrind (intact and damaged, text, JSON, --check)" ||
		fail "valgrind" "$bad runs with errors"
else
	echo "SKIP valgrind: not installed [needs valgrind]"
fi

# 12. Golden logs: one recording of tests/log/golden_workload.c committed in each format
#     version (tests/log/golden/v3.log as recorded, v1.log and v2.log made of it by
#     tests/log/downgrade.py), replayed in every mode listed in tests/log/golden/modes,
#     prints exactly the bytes in tests/log/golden/expected/ (the output of the code of
#     the time; regen.sh there rewrites them, only for an intended change of output).
G=tests/log/golden
python3 tests/log/downgrade.py "$G/v3.log" "1:$T/gv1.log" "2:$T/gv2.log"
if cmp -s "$T/gv1.log" "$G/v1.log" && cmp -s "$T/gv2.log" "$G/v2.log"; then
	pass "golden logs: v1.log and v2.log are what downgrade.py makes of v3.log"
else
	fail "golden logs" "v1.log or v2.log is not what downgrade.py makes of v3.log"
fi
nmodes=0
while read -r name opts; do
	case $name in '' | '#'*) continue ;; esac
	nmodes=$((nmodes + 1))
	set -f
	# shellcheck disable=SC2206
	args=($opts)
	set +f
	for v in 1 2 3; do
		file=${name//%v/$v}
		# UTC for -t/-tt, the C locale, the log named relatively (--check prints its name)
		(cd "$G" && export TZ=UTC LC_ALL=C && exec -a sctrace "$SCT" --replay "v$v.log" "${args[@]}" \
			</dev/null >"$T/golden.out" 2>"$T/golden.err")
		rc=$?
		why=""
		[ $rc -ne 0 ] && why="exit status $rc"
		for s in out err; do
			want=$G/expected/$file.$s
			[ -e "$want" ] || want=/dev/null
			cmp -s "$want" "$T/golden.$s" ||
				why="$why
    std$s is not $want:
$(diff -u "$want" "$T/golden.$s" | sed -n '3,16s/^/    /p')"
		done
		if [ -z "$why" ]; then
			pass "golden v$v $file${opts:+ ($opts)}"
		else
			fail "golden v$v $file${opts:+ ($opts)}" "$why"
		fi
	done
done <"$G/modes"
[ $nmodes -gt 0 ] || fail "golden logs" "no mode read from $G/modes"

. tests/log/flight.sh
. tests/log/clock.sh
. tests/log/statedump.sh

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
