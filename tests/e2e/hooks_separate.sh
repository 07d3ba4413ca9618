#!/bin/bash
# SPDX-License-Identifier: MIT
# The syscall hooks as three tp_btf programs (SCTRACE_HOOKS=separate, the form older
# kernels load) trace as the one-program form does: the tests of blocking calls, threads,
# exec, signals, injection and -k pass in that form too.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"
TESTS="proc_fork proc_thread proc_thread_exec proc_wait sig_ignored inject_basic stack_trace"
SCTRACE_HOOKS=separate "$E2E_DIR/run.sh" $TESTS >"$T/out" 2>&1
want="$(echo $TESTS | wc -w) passed, 0 failed"
tail -n 1 "$T/out" | grep -qx "$want" || fail "SCTRACE_HOOKS=separate: $(grep -E '^(FAIL|not ok)' "$T/out" | head -5; tail -n 1 "$T/out") (want: $want)"
exit 0
