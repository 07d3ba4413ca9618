#!/bin/bash
# SPDX-License-Identifier: MIT
# -tt: "HH:MM:SS.uuuuuu " before each line.
. "$E2E_DIR/helpers/lib.sh"
"$TRACER" -o "$T/log" -tt -e trace=getpid,exit_group "$BIN/three_getpid" || fail "exit status $?"
check_shape "$T/log" '[0-2][0-9]:[0-5][0-9]:[0-6][0-9]\.[0-9]{6} ' ''
