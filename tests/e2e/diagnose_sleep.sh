#!/bin/bash
# SPDX-License-Identifier: MIT
# --diagnose: nanosleep interrupted by an interval timer's signal (sleep-interrupted) and
# 300 clock_nanosleep calls of 10 us (sleep-short), with the program's counts.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"
. "$E2E_DIR/helpers/diag.sh"
diag_run diag_sleep
echo "$(grep -c '^  evidence: ' "$T/trace") findings as expected"
exit 0
