#!/bin/bash
# SPDX-License-Identifier: MIT
# --diagnose: an ENOENT storm (a file searched along 40 directories, 4 times): the errors
# finding with the program's counts and the first three paths it tried.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"
. "$E2E_DIR/helpers/diag.sh"
diag_run diag_enoent
echo "$(grep -c '^  evidence: ' "$T/trace") findings as expected"
exit 0
