#!/bin/bash
# SPDX-License-Identifier: MIT
# -k and -i: the frames under each call and signal, and the instruction pointers, as
# strace 6.1 prints them for the same program with ASLR off (setarch -R): a call chain
# f3 f2 f1 f0 main down to _start, a signal (its frames), exit_group's frames after the
# "+++ exited" line, a stripped copy (frames without symbols) and a forked child that
# exits at once (its maps read before its exit_group).
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

command -v setarch >/dev/null || skip "no setarch [needs util-linux]"
cat >"$T/fcall.c" <<'C'
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
__attribute__((noinline)) void f3(int i) { chdir("/"); kill(getpid(), SIGURG); }
__attribute__((noinline)) void f2(int i) { f3(i + 1); __asm__ volatile(""); }
__attribute__((noinline)) void f1(int i) { f2(i + 1); __asm__ volatile(""); }
__attribute__((noinline)) void f0(int i) { f1(i + 1); __asm__ volatile(""); }
int main(void)
{
	pid_t p = fork();

	if (p == 0)
		_exit(3);
	waitpid(p, 0, 0);
	f0(0);
	return 0;
}
C
cc -O1 -o "$T/fcall" "$T/fcall.c" || fail "cannot build the program"
strip -o "$T/fcall-stripped" "$T/fcall" || fail "strip failed"
norm() { sed -E 's/^[0-9]+ +/PID /; s/ +=/ =/; s/(kill\(|wait4\(|si_pid=|= )[0-9]{2,}/\1N/g' "$1"; }
frames=0
for prog in fcall fcall-stripped; do
	for opts in "-k -e trace=chdir,kill,exit_group" "-f -k -e trace=chdir,kill,exit_group" \
		"-i -e trace=chdir,kill,exit_group"; do
		opts="$opts -e signal=SIGURG"
		# shellcheck disable=SC2086
		(cd "$T" && setarch -R strace -o "$T/s.txt" $opts "./$prog" >/dev/null 2>&1)
		# shellcheck disable=SC2086
		(cd "$T" && setarch -R "$TRACER" -o "$T/t.txt" $opts "./$prog" >/dev/null 2>&1) ||
			fail "$prog $opts: the tracer failed"
		diff <(norm "$T/s.txt") <(norm "$T/t.txt") >"$T/d.txt" ||
			fail "$prog $opts: $(head -12 "$T/d.txt")"
		frames=$((frames + $(grep -c '^ > ' "$T/t.txt")))
	done
done
grep -q '^ > .*/fcall(f3+0x[0-9a-f]*) \[0x' <(cd "$T" && setarch -R "$TRACER" -k -e trace=chdir ./fcall 2>&1) ||
	fail "no f3 frame under chdir"
[ "$frames" -gt 40 ] || fail "only $frames frames"

# A program whose last thread ends with exit(2), not exit_group: its maps are read before too.
cat >"$T/fexit.c" <<'C'
#include <sys/syscall.h>
#include <unistd.h>
__attribute__((noinline)) void g1(void) { chdir("/"); __asm__ volatile(""); }
int main(void) { g1(); syscall(SYS_exit, 0); }
C
cc -O1 -o "$T/fexit" "$T/fexit.c" || fail "cannot build the exit(2) program"
(cd "$T" && "$TRACER" -k -e trace=chdir ./fexit >"$T/x.txt" 2>&1)
grep -q '^ > .*/fexit(g1+0x[0-9a-f]*) \[0x' "$T/x.txt" ||
	fail "a program ending with exit(2): no g1 frame under chdir: $(cat "$T/x.txt")"
echo "$frames frames as strace's"
exit 0
