#!/bin/bash
# SPDX-License-Identifier: MIT
# The strace corpus: every C test program here (tests/e2e/*.c) runs under strace 6.1 and under
# $TRACER with the same options (its TRACE line without -a, so the default column 40), ASLR
# disabled (setarch -R), and the two traces must be identical line for line, after the
# normalisation below and the reviewed exceptions of strace_exceptions (one line each, with
# its reason). Then the corpus metric, two-sided: identical lines over, per program, the
# larger of strace's and the tracer's line count (a line the tracer prints that strace does
# not counts against it as much as a line it misses), overall (per syscall with -v), as
# printed and after the exceptions; the test fails below 95 % after the exceptions.
# TRACER-ONLY: sctrace
# TIMEOUT: 400
# (about 150 programs, each under strace and under sctrace: about 100 s on an idle 2-CPU host)
#
# Run by run.sh (TRACER, BUILD, E2E_DIR set; the programs are built by the .c tests, which
# run.sh runs first), or by hand:
#   TRACER=build/sctrace tests/e2e/compare_strace.sh [-v] [TEST...]   (-v: the per-syscall table)
#   CMP_OPTS="-y" ...: more options for both tracers, after the TRACE line's (exploration: the
#   exceptions are written for the plain run)
# (TRACER=strace by hand checks the plumbing: everything must be identical.)
#
# What is normalised, and why (nothing else is):
#  - pids/tids: each run gets new ones. Every number (> 0) seen as a pid (a "%-5d " line prefix, the
#    result of getpid/gettid/getppid/getpgrp/getsid/getpgid/set_tid_address/clone/clone3/fork/
#    vfork/wait4, also when --decode-pids follows it with <comm>; si_pid=) is replaced, everywhere on the line, by P000.. numbered in order of
#    first appearance, of the same width. If a pid of one run has more digits than the same pid
#    of the other run (e.g. 32701 vs 301 after the pids wrapped at pid_max), the padding differs
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
EXCEPTIONS=$E2E_DIR/strace_exceptions
THRESHOLD=95
VERBOSE=
[[ ${1:-} = -v ]] && { VERBOSE=1; shift; }

command -v "$STRACE" >/dev/null || { echo "strace not found [needs strace]"; exit 77; }
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
		if (match(l, /(getpid|gettid|getppid|getpgrp|getsid|getpgid|set_tid_address|clone|clone3|fork|vfork|wait4|resumed>).* = [0-9]+([ <]|$)/)) {
			s = substr(l, RSTART, RLENGTH); sub(/.* = /, "", s); sub(/[ <]$/, "", s); addpid(s)
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

# The exceptions of one program, as "kind pattern" lines.
exceptions() { awk -v p="$1" '$1 == p { print $2, $3 }' "$EXCEPTIONS"; }

# mask PATTERN... < log: in every match of each pattern, each run of digits becomes '#'.
mask() {
	PATS="$*" awk '
	BEGIN { np = split(ENVIRON["PATS"], pat, " ") }
	{
		for (i = 1; i <= np; i++) {
			l = $0; out = ""
			while (l != "" && match(l, pat[i])) {
				m = substr(l, RSTART, RLENGTH)
				if (RLENGTH == 0) break
				gsub(/[0-9]+/, "#", m)
				out = out substr(l, 1, RSTART - 1) m
				l = substr(l, RSTART + RLENGTH)
			}
			$0 = out l
		}
		print
	}'
}

header() { sed -n "1,30{s,^// $2: *,,p}" "$1" | head -n 1; }

run_one() { # tracer name tag -> $T/name.tag.log (normalised) and .cmp (masked)
	local tracer=$1 name=$2 tag=$3 opts
	opts="$(header "$E2E_DIR/$name.c" TRACE | sed -E 's/(^| )-a ?[0-9]+//g') ${CMP_OPTS:-}"
	rm -rf "$T/cwd"
	mkdir "$T/cwd"
	# (braces: no "Killed" from bash for the programs that kill themselves)
	# shellcheck disable=SC2086
	{ (cd "$T/cwd" && exec timeout -k 5 30 setarch -R "$tracer" -o "$T/$name.$tag.raw" $opts "$BIN/$name" >/dev/null 2>"$T/$name.$tag.err" </dev/null); } 2>/dev/null
	touch "$T/$name.$tag.raw"
	normalise "$T/$name.$tag.raw" >"$T/$name.$tag.log"
	# shellcheck disable=SC2046
	mask $(exceptions "$name" | awk '$1 == "mask" { print $2 }') <"$T/$name.$tag.log" >"$T/$name.$tag.cmp" &&
		[[ $(wc -l <"$T/$name.$tag.cmp") = $(wc -l <"$T/$name.$tag.log") ]] ||
		{ echo "$name: cannot apply its exceptions (strace_exceptions)"; exit 1; }
}

# Every exception names a program that exists and a known kind, and gives a reason.
bad=$(awk -v dir="$E2E_DIR" '/^#/ || NF == 0 { next }
	NF < 4 || ($2 != "mask" && $2 != "skip") { print FILENAME ":" FNR ": want: program mask|skip pattern reason"; next }
	system("test -f " dir "/" $1 ".c") != 0 { print FILENAME ":" FNR ": no program " $1 }' "$EXCEPTIONS")
[[ -z $bad ]] || { echo "$bad"; exit 1; }

if (($#)); then
	tests="$*"
else
	tests=
	for f in "$E2E_DIR"/*.c; do
		[[ -n $(header "$f" TRACER-ONLY) ]] && continue
		tests+=" $(basename "$f" .c)"
	done
fi

: >"$T/marks"
: >"$T/marks.cmp"
total_diff=0 compared=0 skipped=0
for name in $tests; do
	name=$(basename "$name" .c)
	if exceptions "$name" | grep -q '^skip '; then
		skipped=$((skipped + 1))
		continue
	fi
	if [[ ! -x $BIN/$name ]]; then
		echo "$name: not built ($BIN/$name); run tests/e2e/run.sh first"
		total_diff=$((total_diff + 1))
		continue
	fi
	for attempt in 1 2; do
		run_one "$STRACE" "$name" strace
		run_one "$TRACER" "$name" tracer
		d=$(diff "$T/$name.strace.cmp" "$T/$name.tracer.cmp" | grep -c '^[<>]')
		((d == 0)) && break
		((attempt == 1)) && echo "$name: $d lines differ, run again (pid widths change when pids wrap)"
	done
	compared=$((compared + 1))
	bad=0
	# Two empty traces are identical: a tracer that wrote nothing is a failure of its own.
	for tag in strace tracer; do
		[[ -s $T/$name.$tag.raw ]] && continue
		echo "$name: $tag wrote no trace: $(head -n 3 "$T/$name.$tag.err")"
		bad=1
	done
	while read -r pat; do
		P=$pat awk 'match($0, ENVIRON["P"]) { found = 1 } END { exit !found }' "$T/$name.strace.log" && continue
		echo "$name: the exception '$pat' matches no line of strace's trace (stale: remove it)"
		bad=1
	done < <(exceptions "$name" | awk '$1 == "mask" { print $2 }')
	# For the metric: each line marked '=' (in both, in order), '-' (strace only) or '+' (tracer only).
	diff --unchanged-line-format='=%L' --old-line-format='-%L' --new-line-format='+%L' \
		"$T/$name.strace.log" "$T/$name.tracer.log" | sed "s|^|$name |" >>"$T/marks"
	diff --unchanged-line-format='=%L' --old-line-format='-%L' --new-line-format='+%L' \
		"$T/$name.strace.cmp" "$T/$name.tracer.cmp" | sed "s|^|$name |" >>"$T/marks.cmp"
	if ((d > 0)); then
		echo "$name: $d lines differ"
		diff -u --label strace --label "$(basename "$TRACER")" "$T/$name.strace.cmp" "$T/$name.tracer.cmp" |
			head -n 30 | sed 's/^/    /'
		bad=1
	fi
	total_diff=$((total_diff + bad))
done

# metric MARKS VERBOSE: "identical total" of the marked lines, two-sided (per program, the
# larger of the two traces); with VERBOSE first the per-syscall table.
metric() {
	awk -v verbose="$2" '
	function name_of(l) {
		sub(/^[0-9P]+ +/, "", l)                         # pid prefix
		if (l ~ /^<\.\.\. [a-z0-9_]+ resumed>/) { sub(/^<\.\.\. /, "", l); sub(/ .*/, "", l); return l }
		if (l ~ /^\+\+\+/) return "+++ exit"
		if (l ~ /^---/) return "--- signal"
		if (match(l, /^[a-z0-9_]+\(/)) return substr(l, 1, RLENGTH - 1)
		return "(other)"
	}
	{
		test = $1; mark = substr($2, 1, 1); name = name_of(substr($0, length($1) + 3))
		if (mark != "+") { s[name]++; ps[test]++ }
		if (mark != "-") { t[name]++; pt[test]++ }
		if (mark == "=") { same[name]++; alls++ }
	}
	END {
		for (p in ps) all += ps[p] > pt[p] ? ps[p] : pt[p]
		for (p in pt) if (!(p in ps)) all += pt[p]
		n = 0
		for (k in s) keys[++n] = k
		for (k in t) if (!(k in s)) keys[++n] = k
		if (verbose) {
			asort(keys)
			for (i = 1; i <= n; i++) {
				k = keys[i]
				printf "%s: %d identical, %d strace lines, %d tracer lines\n", k, same[k], s[k], t[k]
			}
		}
		print alls + 0, all + 0
	}' "$1"
}

metric "$T/marks" "$VERBOSE" >"$T/metric"
read -r raw_same raw_all < <(tail -n 1 "$T/metric")
head -n -1 "$T/metric"
read -r same all < <(metric "$T/marks.cmp" "")
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b ? 100.0 * a / b : 0 }'; }
echo "corpus (two-sided: each program counts the larger of its two traces): $raw_same/$raw_all lines identical as printed ($(pct "$raw_same" "$raw_all")%), $same/$all after the reviewed exceptions ($(pct "$same" "$all")%)"
echo "$compared programs compared line for line, $((compared - total_diff)) identical; $skipped not compared (see strace_exceptions)"
awk -v a="$same" -v b="$all" -v t="$THRESHOLD" 'BEGIN { exit !(b && 100.0 * a / b >= t) }' ||
	{ echo "the corpus metric is below $THRESHOLD%"; exit 1; }
((total_diff == 0)) || { echo "$total_diff program(s) differ"; exit 1; }
exit 0
