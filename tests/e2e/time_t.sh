#!/bin/bash
# SPDX-License-Identifier: MIT
# -t: "HH:MM:SS " before each line; the timestamp counts towards the -a column.
. "$E2E_DIR/helpers/lib.sh"
"$TRACER" -o "$T/log" -t -e trace=getpid,exit_group "$BIN/three_getpid" || fail "exit status $?"
check_shape "$T/log" '[0-2][0-9]:[0-5][0-9]:[0-6][0-9] ' ''
