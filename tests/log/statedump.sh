# SPDX-License-Identifier: MIT
# The state dump with --system-wide, sourced by tests/log/run.sh (its $SCT, $T, pass,
# fail): a process that opened a file before tracing started shows its path with -y from
# its first traced call on, live and on replay of the recorded log.

cat >"$T/holder.c" <<'C'
#include <fcntl.h>
#include <unistd.h>
int main(int argc, char **argv)
{
	int fd = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);

	if (fd != 3)
		return 1;
	for (int i = 0; i < 1000; i++) { /* 20 s at most */
		if (write(fd, "x", 1) != 1)
			return 1;
		usleep(20000);
	}
	return 0;
}
C
cc -O2 -o "$T/holder" "$T/holder.c" || exit 1
"$T/holder" "$T/held.txt" &
hp=$!
# tracing starts after the open (a loaded host could start it first: then the open, not
# traced, would come after the process was first seen)
for _ in $(seq 100); do [ -s "$T/held.txt" ] && break; sleep 0.05; done
"$SCT" --system-wide -y -e trace=write -o "$T/sw.txt" --record "$T/sw.log" 2>"$T/sw.err" &
sp=$!
for _ in $(seq 200); do grep -q "^$hp  *write(3" "$T/sw.txt" 2>/dev/null && break; sleep 0.1; done
sleep 0.2
kill -INT $sp
wait $sp
kill $hp 2>/dev/null
wait $hp 2>/dev/null
"$SCT" --replay "$T/sw.log" -y -o "$T/swr.txt" 2>/dev/null
want="$hp write(3<$T/held.txt>, \"x\", 1) = 1"
got=$(grep "^$hp " "$T/sw.txt" | head -n 1 | tr -s ' ')
n=$(grep -c "^$hp " "$T/sw.txt")
if [ "$got" = "$want" ] && [ "$n" -ge 1 ] &&
	[ "$(grep "^$hp " "$T/sw.txt" | grep -vc "write(3<$T/held.txt>")" = 0 ] &&
	cmp -s <(grep "^$hp " "$T/sw.txt") <(grep "^$hp " "$T/swr.txt"); then
	pass "--system-wide -y: a descriptor opened before tracing is named from the first call ($n calls), live and on replay"
else
	fail "--system-wide -y state dump" "want '$want', got '$got' ($n lines); replay: $(grep "^$hp " "$T/swr.txt" | head -n 1) $(head -3 "$T/sw.err")"
fi
# --json --system-wide: the holder's calls carry its name, read when it was first met.
"$T/holder" "$T/held2.txt" &
hp2=$!
for _ in $(seq 100); do [ -s "$T/held2.txt" ] && break; sleep 0.05; done
"$SCT" --system-wide --json -e trace=write -o "$T/sw.jsonl" 2>/dev/null &
sp=$!
for _ in $(seq 200); do grep -q "\"pid\":$hp2," "$T/sw.jsonl" 2>/dev/null && break; sleep 0.1; done
kill -INT $sp
wait $sp
kill $hp2 2>/dev/null
wait $hp2 2>/dev/null
names=$(grep "\"pid\":$hp2," "$T/sw.jsonl" | sed -n 's/.*"comm":\([^,]*\),.*/\1/p' | sort -u | tr '\n' ' ')
if [ "$names" = '"holder" ' ]; then
	pass "--system-wide --json: comm of a process met while running, from its first call"
else
	fail "--system-wide --json comm" "got '$names'"
fi
# The holder's PROC_STATE in that log: met for the first time, described from /proc.
want="$hp|$hp|$BASHPID|$(stat -L -c %i /proc/$BASHPID/ns/pid 2>/dev/null || echo 0)|holder|$T/holder|$T/held.txt"
got=$(python3 tests/log/proc_state.py "$T/sw.log" | grep "^$hp|")
if [ "$got" = "$want" ]; then
	pass "--system-wide --record: PROC_STATE of a process met (tid, tgid, ppid, pid ns, comm, command line)"
else
	fail "--system-wide PROC_STATE" "want '$want', got '$got'"
fi

# -p -f on a process with two threads: one PROC_STATE per thread, counted by --check.
cat >"$T/threads.c" <<'C'
#include <pthread.h>
#include <unistd.h>
static void *idle(void *a)
{
	(void)a;
	for (;;)
		pause();
	return 0;
}
int main(void)
{
	pthread_t t;

	if (pthread_create(&t, 0, idle, 0))
		return 1;
	for (int i = 0; i < 1000; i++) { /* 20 s at most */
		getppid();
		usleep(20000);
	}
	return 0;
}
C
cc -O2 -pthread -o "$T/threads" "$T/threads.c" || exit 1
"$T/threads" one "two words" &
tp=$!
for _ in $(seq 100); do [ "$(ls /proc/$tp/task 2>/dev/null | wc -l)" = 2 ] && break; sleep 0.05; done
tids=$(ls /proc/$tp/task | sort -n | tr '\n' ' ')
"$SCT" -f -p $tp --record "$T/ps.log" -e trace=getppid 2>"$T/ps.err" &
sp=$!
for _ in $(seq 300); do grep -q attached "$T/ps.err" && break; sleep 0.1; done
sleep 0.2
kill -INT $sp
wait $sp
kill $tp 2>/dev/null
wait $tp 2>/dev/null
ns=$(stat -L -c %i /proc/$BASHPID/ns/pid 2>/dev/null || echo 0)
exp=""
for t in $tids; do exp="$exp$t|$tp|$BASHPID|$ns|threads|$T/threads|one|two words
"; done
got=$(python3 tests/log/proc_state.py "$T/ps.log" | sort -n)
if [ "$got" = "${exp%
}" ] && "$SCT" --replay "$T/ps.log" --check | grep -q '^state: *2 tasks and 1 descriptor tables'; then
	pass "-p -f --record: a PROC_STATE per thread attached ($tids), --check counts them"
else
	fail "-p PROC_STATE" "want '$exp', got '$got'; $("$SCT" --replay "$T/ps.log" --check | grep state)"
fi
