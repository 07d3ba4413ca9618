#!/bin/bash
# SPDX-License-Identifier: MIT
# A trace that cannot be written (-o /dev/full) is never reported as a success: one
# error line, exit 1 (or the command's own non-zero status, which is kept).
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

"$TRACER" -o /dev/full true 2>"$T/err"
rc=$?
[ $rc -eq 1 ] || fail "-o /dev/full: exit $rc, want 1"
[ "$(wc -l <"$T/err")" -eq 1 ] && grep -q 'cannot write the trace to /dev/full' "$T/err" ||
	fail "-o /dev/full: want one error line, got: $(cat "$T/err")"
"$TRACER" --json -o /dev/full sh -c 'exit 3' 2>/dev/null
rc=$?
[ $rc -eq 3 ] || fail "--json -o /dev/full with a command exiting 3: exit $rc, want 3"
"$TRACER" -c -o /dev/full true 2>/dev/null && fail "-c -o /dev/full: exit 0"
echo "write errors: one line, exit 1, the command's status kept"
exit 0
