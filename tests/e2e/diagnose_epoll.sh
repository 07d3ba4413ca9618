#!/bin/bash
# SPDX-License-Identifier: MIT
# --diagnose: epoll_wait with maxevents 1 and 8 ready sockets fills maxevents in every call
# (epoll-maxevents), epoll_pwait2 with a zero timeout and nothing ready is busy polling
# (epoll-busy-poll): the findings and their counts are those the program made.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"
. "$E2E_DIR/helpers/diag.sh"
diag_run diag_epoll
echo "$(grep -c '^  evidence: ' "$T/trace") findings as expected"
exit 0
