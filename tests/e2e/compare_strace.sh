#!/bin/bash
# SPDX-License-Identifier: MIT
# Run test programs under strace and under $TRACER with the same options (their TRACE line
# without -a, so the default column 40) and ASLR disabled (setarch -R) and require identical traces.
# TRACER-ONLY: sctrace
#
# Run by run.sh (TRACER, BUILD, E2E_DIR set), or by hand:
#   TRACER=build/sctrace tests/e2e/compare_strace.sh [TEST...]
# (TRACER=strace by hand checks the plumbing: everything must be identical.)
#
# What is normalised, and why (nothing else is):
#  - pids/tids: each run gets new ones. Every number (> 0) seen as a pid (a "%-5d " line prefix, the
#    result of getpid/gettid/getppid/getpgrp/getsid/getpgid/clone/clone3/fork/vfork/wait4,
#    si_pid=) is replaced, everywhere on the line, by P000.. numbered in order of first
#    appearance, of the same width. If a pid of one run has more digits than the same pid of
#    the other run (e.g. 32701 vs 301 after the pids wrapped at pid_max), the padding differs
#    and the line shows as different: a test that differs is run again once (both tracers),
#    and only the second comparison counts (a difference in the code is there both times).
#  - execve's envp pointer: it points into the tracer's own forked child, not into the program.
#  - getrandom's buffer: random bytes.
set -u
E2E_DIR=${E2E_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}
ROOT=$(cd "$E2E_DIR/../.." && pwd)
TRACER=${TRACER:-build/sctrace}
BUILD=${BUILD:-build}
STRACE=${STRACE:-strace}
case $TRACER in */*) [[ $TRACER = /* ]] || TRACER=$ROOT/$TRACER ;; esac
[[ $BUILD = /* ]] || BUILD=$ROOT/$BUILD
BIN=$BUILD/e2e

DEFAULT_TESTS="file_open file_access file_dir file_link file_chmod file_longpath fd_dup fd_pipe
fd_fcntl fd_lseek mem_mmap mem_brk str_escape str_trunc str_hex proc_ids sock_socket proc_fork
proc_thread proc_exit class_file class_desc filter_negate filter_regex status_failed status_z align_a10
struct_signal opt_n opt_long opt_personality opt_trace_path inject_basic inject_fork"

command -v setarch >/dev/null || { echo "setarch not found [needs util-linux]"; exit 77; }
setarch -R true 2>/dev/null || { echo "setarch -R does not work here"; exit 77; }

T=$(mktemp -d /tmp/sctrace-e2e-cmp.XXXXXX) || exit 1
trap '[[ -n ${KEEP:-} ]] || rm -rf "$T"' EXIT
ulimit -c 0

normalise() { # log -> normalised log on stdout
	awk '
	function addpid(p) { if (p + 0 > 0 && !(p in map)) { n++; map[p] = sprintf("P%0" (length(p) - 1) "d", n) } }
	{ lines[NR] = $0 }
	{
		l = $0
		if (match(l, /^[0-9]+ /)) addpid(substr(l, 1, RLENGTH - 1))
		if (match(l, /(getpid|gettid|getppid|getpgrp|getsid|getpgid|clone|clone3|fork|vfork|wait4|resumed>).* = [0-9]+( |$)/)) {
			s = substr(l, RSTART, RLENGTH); sub(/.* = /, "", s); sub(/ $/, "", s); addpid(s)
		}
		while (match(l, /si_pid=[0-9]+/)) { addpid(substr(l, RSTART + 7, RLENGTH - 7)); l = substr(l, RSTART + RLENGTH) }
	}
	END {
		for (i = 1; i <= NR; i++) {
			l = lines[i]; out = ""
			if (l ~ /^([0-9]+ +)?execve\(/) sub(/\], 0x[0-9a-f]+ \/\*/, "], ENVP /*", l)
			while (match(l, /[0-9]+/)) {
				num = substr(l, RSTART, RLENGTH)
				pre = substr(l, 1, RSTART - 1)
				prevc = substr(pre, length(pre), 1)
				if ((num in map) && prevc !~ /[0-9A-Za-z_x.]/) num = map[num]
				out = out pre num
				l = substr(l, RSTART + RLENGTH)
			}
			l = out l
			if (l ~ /getrandom\("/) sub(/getrandom\("[^"]*"/, "getrandom(RANDOM", l)
			print l
		}
	}' "$1"
}

header() { sed -n "1,30{s,^// $2: *,,p}" "$1" | head -n 1; }

run_one() { # tracer name -> $T/name.<tag>.log
	local tracer=$1 name=$2 tag=$3 opts
	opts=$(header "$E2E_DIR/$name.c" TRACE | sed -E 's/(^| )-a ?[0-9]+//g')
	rm -rf "$T/cwd"
	mkdir "$T/cwd"
	# shellcheck disable=SC2086
	(cd "$T/cwd" && exec timeout -k 5 30 setarch -R "$tracer" -o "$T/$name.$tag.raw" $opts "$BIN/$name" >/dev/null 2>"$T/$name.$tag.err")
	normalise "$T/$name.$tag.raw" >"$T/$name.$tag.log"
}

tests=${*:-$DEFAULT_TESTS}
total_diff=0
for name in $tests; do
	name=$(basename "$name" .c)
	if [[ ! -x $BIN/$name ]]; then
		echo "$name: not built ($BIN/$name); run tests/e2e/run.sh first"
		total_diff=$((total_diff + 1))
		continue
	fi
	for attempt in 1 2; do
		run_one "$STRACE" "$name" strace
		run_one "$TRACER" "$name" tracer
		d=$(diff "$T/$name.strace.log" "$T/$name.tracer.log" | grep -c '^[<>]')
		((d == 0)) && break
		((attempt == 1)) && echo "$name: $d lines differ, run again (pid widths change when pids wrap)"
	done
	same=$(diff --unchanged-line-format='%L' --old-line-format='' --new-line-format='' \
		"$T/$name.strace.log" "$T/$name.tracer.log" | wc -l)
	echo "$name: $same identical, $d different"
	if ((d > 0)); then
		diff -u --label strace --label "$(basename "$TRACER")" "$T/$name.strace.log" "$T/$name.tracer.log" |
			head -n 30 | sed 's/^/    /'
		total_diff=$((total_diff + 1))
	fi
done
((total_diff == 0)) || { echo "$total_diff test(s) differ"; exit 1; }
exit 0
