#!/bin/bash
# SPDX-License-Identifier: MIT
# -T: " <S.uuuuuu>" after the return value; not on "= ?" lines nor on exit lines.
. "$E2E_DIR/helpers/lib.sh"
"$TRACER" -o "$T/log" -T -e trace=getpid,exit_group "$BIN/three_getpid" || fail "exit status $?"
check_shape "$T/log" '' ' <0\.[0-9]{6}>'
