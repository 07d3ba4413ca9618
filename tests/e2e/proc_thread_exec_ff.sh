#!/bin/bash
# SPDX-License-Identifier: MIT
# -ff and a thread's execve, as strace: the thread's file ends with its execve's entry and
# " <pid changed to PID ...>"; the leader's file gets its pause's "= ?", then
# "+++ superseded by execve in pid TID +++" and the execve's end, and the new image's lines.
. "$E2E_DIR/helpers/lib.sh"
"$TRACER" -ff -o "$T/out" -e trace=gettid,pause,execve,exit_group "$BIN/thread_execve" "$T/ids" ||
	fail "exit status $?"
read -r P TID <"$T/ids" || fail "the helper wrote no ids"
[[ -f $T/out.$P && -f $T/out.$TID ]] || fail "files: $(ls "$T")"
(($(ls "$T" | grep -c '^out\.') == 2)) || fail "files: $(ls "$T")"
want=$(printf '%-39s = %s\n' "gettid()" "$TID")
got=$(head -n 1 "$T/out.$TID")
[[ $got == "$want" ]] || fail "thread: '$got', not '$want'"
tail -n 1 "$T/out.$TID" | grep -qxE 'execve\("/bin/true", \["/bin/true"\], 0x[0-9a-f]+ /\* [0-9]+ vars \*/ <pid changed to '"$P"' \.\.\.>' ||
	fail "thread's last line: $(tail -n 1 "$T/out.$TID")"
(($(wc -l <"$T/out.$TID") == 2)) || fail "thread: $(cat "$T/out.$TID")"
printf '%-39s = %s\n' "pause()" "?" >"$T/want"
echo "+++ superseded by execve in pid $TID +++" >>"$T/want"
printf '%-39s = %s\n' "<... execve resumed>)" 0 "exit_group(0)" "?" >>"$T/want"
echo "+++ exited with 0 +++" >>"$T/want"
tail -n 5 "$T/out.$P" >"$T/got"
diff "$T/want" "$T/got" >"$T/d" || fail "leader's file: $(cat "$T/d")"
head -n 1 "$T/out.$P" | grep -qE '^execve\(".*thread_execve", ' || fail "leader's first line: $(head -n 1 "$T/out.$P")"
(($(wc -l <"$T/out.$P") == 6)) || fail "leader: $(cat "$T/out.$P")"
exit 0
