#!/bin/bash
# SPDX-License-Identifier: MIT
# --json: a value -e inject=...:retval= gave is the call's "ret", never an error, even in
# the errno range (-2 is no ENOENT); an error= injection is an error; the text output of
# the same log says 18446744073709551614 (as strace).
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

"$TRACER" --record "$T/r.log" -o /dev/null -e trace=getegid,getuid \
	-e inject=getegid:retval=-2 -e fault=getuid:error=ENOENT id >/dev/null 2>"$T/err" ||
	fail "record: $(cat "$T/err")"
"$TRACER" --replay "$T/r.log" --json -o "$T/j" 2>"$T/err" || fail "json: $(cat "$T/err")"
g=$(grep '"syscall":"getegid"' "$T/j" | head -n 1)
u=$(grep '"syscall":"getuid"' "$T/j" | head -n 1)
[[ $g == *'"ret":-2,'* && $g != *errno* && $g == *'"injected":true'* ]] || fail "getegid: $g"
[[ $u == *'"ret":-1,"errno":"ENOENT"'* ]] || fail "getuid: $u"
"$TRACER" --replay "$T/r.log" -o "$T/t" 2>"$T/err" || fail "text: $(cat "$T/err")"
grep -qE '^getegid\(\) += 18446744073709551614 \(INJECTED\)$' "$T/t" || fail "text: $(cat "$T/t")"
grep -qE '^getuid\(\) += -1 ENOENT \(No such file or directory\) \(INJECTED\)$' "$T/t" || fail "text: $(cat "$T/t")"
echo "retval= is a value in JSON and text, error= an error"
exit 0
