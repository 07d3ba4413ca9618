#!/bin/bash
# SPDX-License-Identifier: MIT
# As strace (its redirect test): once the command runs, the tracer holds neither its standard
# input nor its standard output, so a pipe the command closes is closed for the other end.
. "$E2E_DIR/helpers/lib.sh"
start=$(date +%s%N)
"$TRACER" -qq -e trace=none sh -c 'exec >&- <&-; sleep 3' </dev/zero |
	{ cat >/dev/null; date +%s%N >"$T/eof"; }
eof=$(cat "$T/eof")
(((eof - start) / 1000000 < 2500)) || fail "the reader saw the end of the output after $(((eof - start) / 1000000)) ms: the tracer kept the pipe open"
# the trace still goes to stderr, nothing to stdout
"$TRACER" -e trace=exit_group sh -c 'exit 0' 2>"$T/err" >"$T/out" || fail "exit status $?"
grep -q '^exit_group(0) *= ?$' "$T/err" && [[ ! -s $T/out ]] || fail "stderr: $(cat "$T/err"), stdout: $(cat "$T/out")"
exit 0
