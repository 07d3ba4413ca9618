#!/bin/bash
# SPDX-License-Identifier: MIT
# A trace that cannot be written (-o /dev/full), as strace: "NAME: /dev/full: No space left
# on device" (once: strace says it at every line), the command traced to its end and its
# exit status sctrace's.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

want="$TRACER: /dev/full: No space left on device"
for opts in "" "--json" "-c" "-e trace=none"; do
	# shellcheck disable=SC2086
	"$TRACER" $opts -o /dev/full sh -c 'echo ran >"$0"; exit 3' "$T/ran" 2>"$T/err"
	rc=$?
	[ $rc -eq 3 ] || fail "$opts -o /dev/full with a command exiting 3: exit $rc, want 3"
	[ "$(cat "$T/err")" = "$want" ] || fail "$opts -o /dev/full: stderr '$(cat "$T/err")', want '$want'"
	[ "$(cat "$T/ran")" = ran ] || fail "$opts: the command did not run to its end"
	rm -f "$T/ran"
done
"$TRACER" -o /dev/full true 2>/dev/null || fail "-o /dev/full true: exit $?, want 0"
echo "write errors: one line, as strace's, the command's status kept"
exit 0
