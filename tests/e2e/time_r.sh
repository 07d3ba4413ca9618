#!/bin/bash
# SPDX-License-Identifier: MIT
# -r: "%6ld.%06ld " relative time since the previous line; the first is 0.000000, later ones ~0.02 s apart.
. "$E2E_DIR/helpers/lib.sh"
"$TRACER" -o "$T/log" -r -e trace=getpid,exit_group "$BIN/three_getpid" || fail "exit status $?"
check_shape "$T/log" ' {5}[0-9]\.[0-9]{6} ' ''
[[ $(head -n 1 "$T/log") =~ ^\ +0\.000000\ getpid ]] || fail "first line not 0.000000: $(head -n 1 "$T/log")"
d=$(sed -n 2p "$T/log" | awk '{ print $1 }')
awk -v d="$d" 'BEGIN { exit !(d >= 0.015 && d < 1) }' || fail "second delta $d, the program sleeps 20 ms"
