#!/bin/bash
# SPDX-License-Identifier: MIT
# Command-line errors strace's own suite checks word for word (options-syntax.test): a bad
# -p id names the one id that is wrong, -b names itself for --detach-on too, and strace's
# PATH_MAX limits on -ff's NAME.PID and on the program's name. One line each, status 1.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

check() { # EXPECTED-LINE ARGS...
	local want=$1 got
	shift
	got=$(timeout 20 "$TRACER" "$@" 2>&1 >/dev/null; echo "rc=$?")
	[ "$got" = "$TRACER: $want
rc=1" ] || fail "sctrace $1: $got"
}

check "Invalid process id: '0'" -p 0
check "Invalid process id: '-42'" --attach=-42
check "Invalid process id: 'a'" -p 1,a
check "Invalid process id: '$$.'" -p "$$."
check "Syscall 'chdir' for -b isn't supported" --detach-on=chdir
check "Syscall 'chdir' for -b isn't supported" -b execve -b chdir
long=$(printf '%4084s' ' ')
check "$long: File name too long" -ff -o "$long" true
check "exec: File name too long" "$(printf '%4096s' ' ')"
exit 0
