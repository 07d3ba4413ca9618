#!/bin/bash
# SPDX-License-Identifier: MIT
# -e inject=/fault= are for a command sctrace starts: refused with -p, --replay (one line
# saying why); with -u (no CAP_SYS_ADMIN: no_new_privs is set) and -c they still inject;
# a log replays injected calls with "(INJECTED)"; the verifier budget holds with injection.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"
# (refused while parsing the options: the pid, our shell, is never touched)
"$TRACER" -p $$ -e inject=getpid:retval=1 >"$T/out" 2>"$T/err" && fail "-p with inject= accepted"
(($(wc -l <"$T/err") == 1)) || fail "-p: stderr is not one line: $(cat "$T/err")"
grep -q "installed by the process itself" "$T/err" || fail "-p: $(cat "$T/err")"
"$TRACER" -P /tmp -e fault=openat true >"$T/out" 2>"$T/err" && fail "-P with fault= accepted"
(($(wc -l <"$T/err") == 1)) || fail "-P: stderr is not one line: $(cat "$T/err")"
"$TRACER" -e inject=getpid:delay_exit=10 true >"$T/out" 2>"$T/err" && fail "delay_exit of a call that runs accepted"
(($(wc -l <"$T/err") == 1)) || fail "delay_exit: stderr is not one line: $(cat "$T/err")"
grep -q "delay_exit= of a call that runs is not supported" "$T/err" || fail "delay_exit: $(cat "$T/err")"
"$TRACER" -e inject=getpid:poke_exit=@arg1=00 true >"$T/out" 2>"$T/err" && fail "poke_exit of a call that runs accepted"
grep -q "poke_exit= of a call that runs is not supported" "$T/err" || fail "poke_exit: $(cat "$T/err")"
# strace's syntax errors (its qual_inject-syntax test): one line, "invalid inject argument"
for arg in chdir:delay_enter=-1 chdir:delay_enter=1:delay_enter=2 chdir:delay_enter=5x \
	chdir:syscall=chdir chdir:syscall=gettid chdir:syscall=gettid:syscall=gettid:error=1 \
	chdir:poke_enter= chdir:poke_enter=@arg8=00 chdir:poke_enter=@arg1=000 \
	chdir:poke_enter=@arg1=nothex chdir:poke_enter=@arg1=00,@arg1=00; do
	"$TRACER" -e inject="$arg" true >"$T/out" 2>"$T/err" && fail "inject=$arg accepted"
	grep -qx "$TRACER: invalid inject argument '$arg'" "$T/err" || fail "inject=$arg: $(cat "$T/err")"
done

# the command's own start is never tampered with (strace: its first execve is not), and
# the read sctrace's child parks in before that is not traced
"$TRACER" -qq -e trace=execve -e fault=execve:error=EACCES sh -c 'exit 3' >"$T/out" 2>"$T/err"
(($? == 3)) || fail "fault=execve: the command did not run: $(cat "$T/err")"
grep -qF 'execve("/usr/bin/sh", ["sh", "-c", "exit 3"], ' "$T/err" || fail "fault=execve: $(cat "$T/err")"
grep -q INJECTED "$T/err" && fail "fault=execve: the command's execve injected: $(cat "$T/err")"
"$TRACER" -qq -e trace=read -e inject=read:retval=0:when=1 cat /etc/hostname >"$T/out" 2>"$T/err"
grep -q '"\\1", 1)' "$T/err" && fail "inject=read: the child's parking read traced: $(cat "$T/err")"
(($(grep -c '(INJECTED)$' "$T/err") == 1)) || fail "inject=read: $(cat "$T/err")"

# -u nobody: the filter needs no_new_privs; the injected value reaches the program
"$TRACER" -qq -u nobody -e trace=getppid -e inject=getppid:retval=4242 \
	sh -c 'echo $PPID' >"$T/out" 2>"$T/err" || fail "-u nobody: $(cat "$T/err")"
grep -qx 4242 "$T/out" || fail "-u nobody: the shell saw PPID $(cat "$T/out")"
grep -qF 'getppid()                               = 4242 (INJECTED)' "$T/err" ||
	fail "-u nobody: $(cat "$T/err")"

# --record, then --replay: the same "(INJECTED)" lines
"$TRACER" -qq --record "$T/log" -o "$T/live" -e trace=getppid -e fault=getppid:error=EPERM \
	sh -c 'echo $PPID' >"$T/out" 2>"$T/err" || fail "--record: $(cat "$T/err")"
grep -qF '= -1 EPERM (Operation not permitted) (INJECTED)' "$T/live" || fail "live: $(cat "$T/live")"
"$TRACER" -qq --replay "$T/log" -o "$T/replayed" 2>"$T/err" || fail "--replay: $(cat "$T/err")"
cmp -s "$T/live" "$T/replayed" || fail "replay differs: $(diff "$T/live" "$T/replayed")"
"$TRACER" --replay "$T/log" -e inject=getpid:retval=1 >"$T/out" 2>"$T/err" &&
	fail "--replay with inject= accepted"

# -c counts injected calls as errors
"$TRACER" -c -e trace=getppid -e fault=getppid:error=EPERM sh -c 'echo $PPID' >"$T/out" \
	2>"$T/err" || fail "-c: $(cat "$T/err")"
grep -qE '^ *[0-9.]+ +[0-9.]+ +[0-9]+ +1 +1 getppid$' "$T/err" || fail "-c: $(cat "$T/err")"

# delayed calls: the JSON field, and the log keeps the flag for --replay
"$TRACER" -qq --json -e trace=getppid -e inject=getppid:delay_enter=2ms:when=1 \
	--record "$T/tamper.log" sh -c 'echo $PPID' >"$T/out" 2>"$T/err" || fail "--json: $(cat "$T/err")"
grep -q '"syscall":"getppid".*"duration_ns":[0-9]*,"delayed":true}$' "$T/err" || fail "--json tamper: $(cat "$T/err")"
"$TRACER" -qq -e trace=getppid --replay "$T/tamper.log" >"$T/out" 2>&1 || fail "--replay: $(cat "$T/out")"
grep -qE '^getppid\(\) += [0-9]+ \(DELAYED\)$' "$T/out" || fail "--replay tamper: $(cat "$T/out")"

# the budgets of verifier_budget.sh (helpers/lib.sh) hold with injection too
verifier_counts auto -e inject=getpid:retval=1 >"$T/counts"
[ -s "$T/counts" ] || fail "--debug with inject= printed no verifier statistics"
while read -r n prog; do
	budget=$(verifier_budget "$prog")
	((n < budget)) || fail "with inject=, $prog: the verifier processed $n instructions (budget $budget)"
done <"$T/counts"
exit 0
