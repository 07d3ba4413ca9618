#!/bin/bash
# SPDX-License-Identifier: MIT
# --diagnose: a 1-byte read loop (io-small-buffer), an EAGAIN storm on an empty non-blocking
# pipe (io-eagain and errors) and reads at end of file (io-zero), with the program's counts.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"
. "$E2E_DIR/helpers/diag.sh"
diag_run diag_io
echo "$(grep -c '^  evidence: ' "$T/trace") findings as expected"
exit 0
