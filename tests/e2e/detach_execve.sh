#!/bin/bash
# SPDX-License-Identifier: MIT
# -b execve / --detach-on=execve: a traced process's execve (other than the command's own start)
# ends its tracing: the line ends " <detached ...>", strace's "Process N detached" is printed, the
# process runs on untraced (its children too), and when the command itself was let go sctrace
# exits 0 without waiting for it, as strace (its bexecve test).
. "$E2E_DIR/helpers/lib.sh"
# the command's start is not detached from; its exec of /bin/false is (with -o FILE and a
# command, strace's implied -q: no "Process N detached")
"$TRACER" -o "$T/out" -b execve -e trace=execve,exit_group sh -c 'exec /bin/false' 2>"$T/err"
(($? == 0)) || fail "exec of the command: exit status $?, want 0 (detached): $(cat "$T/err")"
[[ ! -s $T/err ]] || fail "stderr with -o: $(cat "$T/err")"
grep -q '^execve("/usr/bin/sh", \["sh", "-c", "exec /bin/false"\], 0x[0-9a-f]* /\* [0-9]* vars \*/) = 0$' \
	"$T/out" || fail "the command's start: $(cat "$T/out")"
tail -n 1 "$T/out" | grep -q '^execve("/bin/false", \["/bin/false"\], 0x[0-9a-f]* /\* [0-9]* vars \*/ <detached ...>$' ||
	fail "the detached execve: $(cat "$T/out")"
(($(wc -l <"$T/out") == 2)) || fail "lines after the detach: $(cat "$T/out")"

# the trace on stderr: strace's message inside the open line
"$TRACER" -b execve -e trace=execve sh -c 'exec /bin/false' 2>"$T/err" || fail "exit status $?"
pid=$(sed -n 's/^execve("\/bin\/false", .*\*\/[^:]*: Process \([0-9]*\) detached$/\1/p' "$T/err")
[[ -n $pid ]] && tail -n 1 "$T/err" | grep -qx ' <detached ...>' || fail "stderr: $(cat "$T/err")"

# -f: a child that execs is let go, the parent stays traced to its end and gives its status
"$TRACER" -f -o "$T/f" --detach-on=execve -e trace=execve,exit_group,write \
	sh -c '/bin/echo hi >/dev/null; exit 3' 2>"$T/err"
(($? == 3)) || fail "-f: exit status $?, want the shell's 3: $(cat "$T/err")"
grep -q ' <detached ...>$' "$T/f" || fail "-f: no detached line: $(cat "$T/f")"
grep -q 'write(1, "hi\\n"' "$T/f" && fail "-f: the detached child's write traced: $(cat "$T/f")"
grep -qE '^[0-9]+ +exit_group\(3\) += \?$' "$T/f" || fail "-f: the shell's end: $(cat "$T/f")"

# only execve is strace's -b set
"$TRACER" -b exit true 2>"$T/err" && fail "-b exit accepted"
grep -q "Syscall 'exit' for -b isn't supported" "$T/err" || fail "-b exit: $(cat "$T/err")"
exit 0
