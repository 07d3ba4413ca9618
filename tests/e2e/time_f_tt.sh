#!/bin/bash
# SPDX-License-Identifier: MIT
# -f -tt -T with -o: "%-5d " pid prefix first, then the timestamp, then the call; -T suffix.
. "$E2E_DIR/helpers/lib.sh"
"$TRACER" -o "$T/log" -f -tt -T -e trace=getpid,exit_group "$BIN/three_getpid" || fail "exit status $?"
pid=$(head -n 1 "$T/log" | awk '{ print $1 }')
[[ $pid =~ ^[0-9]+$ ]] || fail "no pid prefix: $(head -n 1 "$T/log")"
pfx=$(printf '%-5d ' "$pid")
check_shape "$T/log" "$pfx"'[0-2][0-9]:[0-5][0-9]:[0-6][0-9]\.[0-9]{6} ' ' <0\.[0-9]{6}>'
grep -q "^$pfx.* getpid() *= $pid <" "$T/log" || fail "getpid() does not return the prefix pid $pid"
