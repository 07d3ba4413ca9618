#!/bin/bash
# SPDX-License-Identifier: MIT
# -ttt: "SECONDS.uuuuuu " (epoch) before each line, close to the current time.
. "$E2E_DIR/helpers/lib.sh"
now=$(date +%s)
"$TRACER" -o "$T/log" -ttt -e trace=getpid,exit_group "$BIN/three_getpid" || fail "exit status $?"
check_shape "$T/log" '[0-9]{10}\.[0-9]{6} ' ''
t=$(head -n 1 "$T/log" | cut -d. -f1)
((t >= now - 5 && t <= now + 5)) || fail "timestamp $t far from now ($now)"
