#!/bin/bash
# SPDX-License-Identifier: MIT
# The verifier's work on each BPF program (instructions processed, a count that does not
# depend on timing) stays well inside budget: sctrace's start-up time is mostly that work,
# and the kernel refuses a program past 1,000,000. A capture change once took sys_exit from
# 51k to 526k (0.6 s at every start); this keeps such a change from passing unnoticed.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"
BUDGET=40000 # 35k, 31k and 31k for the three syscall programs at the end of session 8
"$TRACER" --debug -o /dev/null /bin/true 2>"$T/debug" || fail "sctrace --debug /bin/true failed: $(tail -3 "$T/debug")"
sed -nE '/^sctrace: verifier, /{s/^sctrace: verifier, ([a-z_]+):.*/\1/;h;d}; /^processed [0-9]+ insns/{s/^processed ([0-9]+) insns.*/\1/;G;s/\n/ /;p}' \
	"$T/debug" >"$T/counts"
for prog in sys_enter sys_exit sched_switch signal_deliver signal_generate sched_process_fork \
	sched_process_exec sched_process_exit; do
	n=$(awk -v p="$prog" '$2 == p { print $1 }' "$T/counts")
	[ -n "$n" ] || fail "no verifier statistics for $prog in --debug output"
	((n < BUDGET)) || fail "$prog: the verifier processed $n instructions (budget $BUDGET)"
done
exit 0
