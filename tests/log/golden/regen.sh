#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Regenerates the expected replay output of the golden logs (tests/log/golden/expected/)
# with the current build, for every mode in tests/log/golden/modes.
#
# ONLY FOR AN INTENDED OUTPUT CHANGE. The golden test (part 12 of tests/log/run.sh)
# exists to prove that a change to the reader, the decoders or the sinks prints the
# same bytes as before. When it fails, fix the code, not the expected files. Run this
# when the output is meant to change (a decoder made more like strace, a new mode in
# `modes`), then read `git diff tests/log/golden/expected` line by line and say in the
# commit why each change is right.
#
# Usage: tests/log/golden/regen.sh [--record]
#   (no option)  rewrite expected/ from the committed v1.log, v2.log and v3.log
#   --record     first record the logs again: tests/log/golden_workload.c built static
#                and run under `sctrace -f --record` in a scratch directory (v3.log),
#                then tests/log/downgrade.py makes v1.log and v2.log of it. Every line
#                of every expected file changes then (pids, times, addresses): only
#                when the log format or the workload changes.
# Env: BUILD (default build), CC (default cc).
# Stops with an error when v1, v2 and v3 replay differently in a shared mode.
set -eu
cd "$(dirname "$0")/../../.."
BUILD=${BUILD:-build}
CC=${CC:-cc}
case $BUILD in /*) BIN=$BUILD ;; *) BIN=$PWD/$BUILD ;; esac
[ -x "$BIN/sctrace" ] || { echo "regen.sh: $BIN/sctrace not built (make)" >&2; exit 2; }
G=tests/log/golden
T=$(mktemp -d /tmp/sctrace-golden.XXXXXX)
trap 'rm -rf "$T"' EXIT

if [ "${1:-}" = --record ]; then
	$CC -std=gnu11 -O2 -Wall -Wextra -static -pthread -o "$T/golden_workload" \
		tests/log/golden_workload.c
	# Descriptors 0-2 only, and sctrace found on PATH, so that the log's descriptor
	# table and command line hold nothing of the machine but the scratch directory.
	(
		for fd in "/proc/$BASHPID"/fd/*; do
			fd=${fd##*/}
			[ "$fd" -gt 2 ] && eval "exec $fd>&-" 2>/dev/null
		done
		cd "$T" && PATH=$BIN:$PATH exec sctrace -f --record golden.log ./golden_workload \
			</dev/null >workload.out 2>workload.err
	) || { echo "regen.sh: the recording failed:" >&2; cat "$T/workload.err" >&2; exit 1; }
	"$BIN/sctrace" --replay "$T/golden.log" --check >"$T/check.txt" ||
		{ echo "regen.sh: the new log does not check:" >&2; cat "$T/check.txt" >&2; exit 1; }
	grep -q '^lost:       0 events lost' "$T/check.txt" ||
		{ echo "regen.sh: events were lost while recording; run it again" >&2; exit 1; }
	cp "$T/golden.log" "$G/v3.log"
	python3 tests/log/downgrade.py "$G/v3.log" "1:$G/v1.log" "2:$G/v2.log"
	echo "recorded $G/v3.log ($(stat -c %s "$G/v3.log") bytes), v1.log and v2.log made of it"
elif [ $# -gt 0 ]; then
	sed -n '3,20s/^# \{0,1\}//p' "$0" >&2
	exit 2
fi

rm -f "$G"/expected/*.out "$G"/expected/*.err
mkdir -p "$G/expected"
while read -r name opts; do
	case $name in '' | '#'*) continue ;; esac
	set -f
	# shellcheck disable=SC2206
	args=($opts)
	set +f
	for v in 3 2 1; do
		file=${name//%v/$v}
		# The same environment as the test: UTC for -t/-tt, the C locale, relative paths.
		(cd "$G" && export TZ=UTC LC_ALL=C && exec -a sctrace "$BIN/sctrace" --replay "v$v.log" "${args[@]}" </dev/null \
			>"$T/$file.out" 2>"$T/$file.err") ||
			{ echo "regen.sh: replay of v$v.log with '$opts' failed: $(head -2 "$T/$file.err")" >&2; exit 1; }
		if [ "$file" = "$name" ] && [ "$v" != 3 ]; then
			for s in out err; do
				cmp -s "$T/$name.$s" "$G/expected/$name.$s" 2>/dev/null ||
					{ [ ! -s "$T/$name.$s" ] && [ ! -e "$G/expected/$name.$s" ]; } || {
					echo "regen.sh: v$v.log and v3.log replay differently with '$opts' (std$s):" >&2
					diff "$G/expected/$name.$s" "$T/$name.$s" | head -10 >&2
					exit 1
				}
			done
			continue
		fi
		for s in out err; do
			if [ -s "$T/$file.$s" ]; then cp "$T/$file.$s" "$G/expected/$file.$s"; fi
		done
	done
	# shellcheck disable=SC2086 # (the [123] of a per-version mode is a glob)
	echo "$name: $(pat=${name//%v/[123]}; cat "$G"/expected/$pat.* 2>/dev/null | wc -l) lines"
done <"$G/modes"
