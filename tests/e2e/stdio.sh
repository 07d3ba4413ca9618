#!/bin/bash
# SPDX-License-Identifier: MIT
# The traced command's stdin/stdout/stderr pass through untouched; the -o file is not inherited.
. "$E2E_DIR/helpers/lib.sh"
out=$(printf 'one\ntwo\n' | "$TRACER" -o "$T/log" cat 2>"$T/err")
[[ $out = $'one\ntwo' ]] || fail "stdout through cat: '$out'"
[[ ! -s $T/err ]] || fail "unexpected stderr: $(cat "$T/err")"
"$TRACER" -o "$T/log" sh -c 'echo to-stderr >&2' 2>"$T/err" >/dev/null
[[ $(cat "$T/err") = to-stderr ]] || fail "stderr: $(cat "$T/err")"
"$TRACER" -o "$T/log" ls -l /proc/self/fd/ >"$T/fds" 2>&1
grep -q "$T/log" "$T/fds" && fail "the -o file is open in the traced process: $(cat "$T/fds")"
exit 0
