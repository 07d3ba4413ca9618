#!/bin/bash
# SPDX-License-Identifier: MIT
# --diagnose: a blocking socketpair and a blocking pipe whose reads wait for an untraced
# child (blocking-fd for each, with the number of blocked calls; time-top for read).
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"
. "$E2E_DIR/helpers/diag.sh"
diag_run diag_blocking
echo "$(grep -c '^  evidence: ' "$T/trace") findings as expected"
exit 0
