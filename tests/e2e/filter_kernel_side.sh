#!/bin/bash
# SPDX-License-Identifier: MIT
# A call -e trace= leaves out costs no event: the kernel side drops it before
# capturing anything (sctrace's counterpart of strace's get_regs.test, which
# counts the PTRACE_GETREGSET calls strace saves on filtered calls). --stats
# counts the events: helpers/three_getpid makes 3 getpid calls, so
# -e trace=getpid has exactly 3 more than -e trace=none, and -e trace=all more
# still (its 3 nanosleeps alone).
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

prog=$BIN/three_getpid
[ -x "$prog" ] || fail "three_getpid not built"
events() { # the "N events traced" of a run with -e trace=$1
	"$TRACER" --stats -qq -e signal=none -e trace="$1" -o /dev/null "$prog" 2>"$T/err" >/dev/null ||
		fail "sctrace -e trace=$1 failed: $(cat "$T/err")"
	sed -n 's/^[^ ]*sctrace: \([0-9]*\) events traced, .*/\1/p' "$T/err"
}
none=$(events none)
getpid=$(events getpid)
all=$(events all)
[ -n "$none" ] && [ -n "$getpid" ] && [ -n "$all" ] || fail "no event count: $none/$getpid/$all"
[ "$getpid" -eq $((none + 3)) ] || fail "-e trace=getpid: $getpid events, -e trace=none: $none (3 more expected)"
[ "$all" -ge $((getpid + 3)) ] || fail "-e trace=all: $all events, not 3 more than -e trace=getpid's $getpid"
# -v prints no totals (strace -v prints nothing more at exit): only --stats does
"$TRACER" -v -qq -e signal=none -o /dev/null "$prog" 2>"$T/err" >/dev/null || fail "sctrace -v failed: $(cat "$T/err")"
[ ! -s "$T/err" ] || fail "sctrace -v wrote to stderr: $(cat "$T/err")"
echo "filtered calls cost no event: none $none, getpid $getpid, all $all"
exit 0
