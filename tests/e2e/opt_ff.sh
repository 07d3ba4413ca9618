#!/bin/bash
# SPDX-License-Identifier: MIT
# -ff -o FILE: one file FILE.TID per task (the main thread, a thread, a forked child), no pid
# prefixes, each task's lines whole (no <unfinished ...> split); with -A the files are appended to.
. "$E2E_DIR/helpers/lib.sh"
set -- -e trace=getppid,getpid,wait4,exit,exit_group
"$TRACER" -ff -o "$T/out" "$@" "$BIN/thread_fork" || fail "exit status $?"
files=("$T"/out.*)
((${#files[@]} == 3)) || fail "${#files[@]} files, want 3: ${files[*]}"
[[ ! -e $T/out ]] || fail "the bare -o file was created"
main=$(grep -l '^wait4(' "${files[@]}") || fail "no file has the wait4 line"
thread=$(grep -l '^getppid()' "${files[@]}") || fail "no file has the thread's getppid"
child=$(grep -l '^getpid()' "${files[@]}") || fail "no file has the child's getpid"
pid=${main##*.}
cpid=${child##*.}
want_main="wait4(-1, NULL, 0, NULL)                = $cpid
--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=$cpid, si_uid=0, si_status=3, si_utime=0, si_stime=0} ---
exit_group(0)                           = ?
+++ exited with 0 +++"
want_child="getpid()                                = $cpid
exit_group(3)                           = ?
+++ exited with 3 +++"
[[ $(cat "$main") == "$want_main" ]] || fail "main ($pid): $(cat "$main")"
[[ $(sed -n 2,3p "$thread") == "exit(0)                                 = ?
+++ exited with 0 +++" ]] && grep -qE '^getppid\(\) += [0-9]+$' "$thread" && (($(wc -l <"$thread") == 3)) ||
	fail "thread: $(cat "$thread")"
[[ $(cat "$child") == "$want_child" ]] || fail "child: $(cat "$child")"
# -A appends: an old line stays at the top of the main task's file name if it is reused
echo "old line" >"$T/keep.1"
"$TRACER" -ff -A -o "$T/keep" -e trace=getpid "$BIN/thread_fork" || fail "-A: exit status $?"
n=$(cat "$T"/keep.* | grep -c '^getpid()')
((n == 1)) || fail "-A: $n getpid lines"
[[ $(head -n 1 "$T/keep.1") == "old line" ]] || fail "-A truncated an existing file"
"$TRACER" -A -o "$T/one" -e trace=wait4 "$BIN/thread_fork" || fail "-A -o: exit status $?"
"$TRACER" -A -o "$T/one" -e trace=wait4 "$BIN/thread_fork" || fail "-A -o: exit status $?"
n=$(grep -c '^wait4(' "$T/one")
((n == 2)) || fail "-A -o twice: $n wait4 lines, want 2"
exit 0
