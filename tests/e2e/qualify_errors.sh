#!/bin/bash
# SPDX-License-Identifier: MIT
# -e sets that strace refuses, refused in strace's words (its syntax tests match them): the
# tracer's name as invoked, the offending token, or the whole set when it has no token.
. "$E2E_DIR/helpers/lib.sh"
check() { # want ARGS...
	local want=$1
	shift
	"$TRACER" "$@" true >"$T/out" 2>"$T/err"
	status=$?
	((status == 1)) || fail "$*: exit status $status, want 1"
	[ "$(cat "$T/err")" = "$TRACER: $want" ] || fail "$*: '$(cat "$T/err")', want '$TRACER: $want'"
}
check "invalid descriptor 'all'" -e read=1,all
check "invalid descriptor '!,,'" -e 'write=!,,'
check "invalid descriptor '-1'" --read=-1
check "invalid descriptor '2147483648'" -e write=2147483648
check "invalid system call ''" -e trace=
check "invalid system call '!,'" -e 'trace=!,'
check "invalid system call 'none'" -e trace=1,none
check "invalid system call '!chdir'" -e 'trace=1,!chdir'
check "invalid system call '415'" -e trace=415
check "invalid system call '/non_syscall'" -e trace=/non_syscall
check "invalid system call '%not_a_class'" -e trace=%not_a_class
check "invalid system call 'nonsense'" -e trace=all,nonsense
check "invalid system call ''" -e inject=:when=3
check "invalid system call 'nonsense'" -e fault=nonsense:when=4
check "invalid signal 'SIGNOPE'" -e signal=SIGNOPE
check "regcomp: +id: Invalid preceding regular expression" -e trace=/+id
exit 0
