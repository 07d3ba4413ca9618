#!/bin/bash
# SPDX-License-Identifier: MIT
# The traced command's own ru_maxrss is its own: a child inherits its parent's high-water
# mark at fork and keeps it through exec, so a command forked after sctrace had mapped its
# rings and loaded its BPF objects reported sctrace's (52 MB for a program of 1.4 MB).
# The command is forked first; its figure stays within 4 MiB of the untraced run's.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

prog=$BUILD/e2e/print_maxrss
[ -x "$prog" ] || skip "print_maxrss not built"
alone=$("$prog") || fail "print_maxrss failed"
for opts in "" "-f" "--record $T/log"; do
	# shellcheck disable=SC2086
	traced=$("$TRACER" $opts -o /dev/null "$prog") || fail "sctrace $opts print_maxrss failed"
	((traced <= alone + 4096)) ||
		fail "sctrace $opts: the command's ru_maxrss is $traced KiB, untraced $alone KiB"
done
exit 0
