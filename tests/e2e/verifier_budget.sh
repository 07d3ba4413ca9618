#!/bin/bash
# SPDX-License-Identifier: MIT
# The verifier's work on each BPF program (instructions processed, a count that does not
# depend on timing) stays well inside budget: sctrace's start-up time is mostly that work,
# and the kernel refuses a program past 1,000,000. A capture change once took sys_exit from
# 51k to 526k (0.6 s at every start); this keeps such a change from passing unnoticed.
# Both forms of the syscall hooks are checked: one program on three tracepoints (Linux
# 6.10+, 45k at the end of session 9) and three tp_btf programs (SCTRACE_HOOKS=separate,
# as on older kernels: 35k, 31k and 31k). Session 10's decoders (bpf -v, io_uring_register,
# io_submit, ptrace regsets, SG_IO...) took them to 61k, and 42k, 47k and 46k: the budgets
# went from 60k and 40k to 70k and 52k, each such rise a start-up cost taken knowingly
# (doc/PERFORMANCE.md has the milliseconds).
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

# check COUNTS PROGRAM...: each was loaded, within its budget (helpers/lib.sh)
check() {
	local file=$1 prog n budget
	shift
	for prog in "$@"; do
		n=$(awk -v p="$prog" '$2 == p { print $1 }' "$file")
		[ -n "$n" ] || fail "no verifier statistics for $prog in --debug output ($file)"
		budget=$(verifier_budget "$prog")
		((n < budget)) || fail "$prog: the verifier processed $n instructions (budget $budget)"
	done
}

OTHERS="signal_deliver signal_generate sched_process_fork sched_process_exec sched_process_exit"
verifier_counts auto >"$T/one"
verifier_counts separate >"$T/separate"
if [ "$(awk '$2 == "syscall_hooks"' "$T/one" | wc -l)" = 1 ]; then
	check "$T/one" syscall_hooks
	! grep -qE ' (sys_enter|sys_exit|sched_switch)$' "$T/one" ||
		fail "the one-program form also loaded the separate hooks: $(tr '\n' ' ' <"$T/one")"
else
	uname -r | awk -F. '$1 > 6 || ($1 == 6 && $2 >= 10) { exit 1 }' ||
		fail "Linux $(uname -r) takes the one-program form, but syscall_hooks was not loaded"
fi
check "$T/one" $OTHERS
check "$T/separate" sys_enter sys_exit sched_switch $OTHERS
! grep -q ' syscall_hooks$' "$T/separate" || fail "SCTRACE_HOOKS=separate loaded syscall_hooks"
exit 0
