#!/bin/bash
# SPDX-License-Identifier: MIT
# The strace corpus: every C test program here runs under strace and under $TRACER with the
# same options (its TRACE line without -a), ASLR disabled, and the traces are compared line by
# line after compare_strace.sh's normalisation (pids, execve's envp, getrandom's bytes).
# Prints, per syscall (the name a line starts with; "+++"/"---" lines as exit/signal),
# identical/total strace lines, then the overall percentage; fails below 95%.
# TRACER-ONLY: sctrace
# TIMEOUT: 300
# (about 40 programs, each under strace and under sctrace: 70 s idle, 2 minutes on a loaded host)
#
# Run by run.sh (TRACER, BUILD, E2E_DIR set), or by hand:
#   TRACER=build/sctrace tests/e2e/strace_corpus.sh [-v] [TEST...]    (-v: show differing lines)
#
# Known differences (each a real one: strace prints something sctrace cannot yet):
#  - poll after blocking: revents come from the EXIT copy; a poll failing (EINTR) prints its
#    fds from the entry copy only when it blocked.
#  - Values that differ between any two runs, not decoding: clocks and CPU times
#    (clock_gettime, gettimeofday, getrusage, times in struct_time), ephemeral TCP ports
#    (struct_net: getsockname, connect, accept, getpeername), socket and pipe inodes (fd_yy:
#    pipe2, socketpair, socket, and the read/write/close lines that name them), the time
#    select and ppoll leave (struct_select), and pids that only appear as a kill() argument,
#    which the normalisation does not map (class_process, class_signal, proc_kill).
#    Measured: 768/788 lines identical (97.5%, 133 syscall names); all 20 others are of this kind.
#  - ioctl: struct ifreq/ifconf (SIOCGIF*), struct termio (TCGETA/TCSETA*), FITRIM, FICLONERANGE,
#    FIDEDUPERANGE, FS_IOC_FIEMAP, fsxattr and BLK* size outputs print as their address (strace
#    decodes them). The third argument is captured as 36 bytes (struct termios) whatever the
#    request: an int the call uses that sits in the last bytes of a mapped page reads as a fault
#    and prints as its address where strace prints [N].
#  - Signal delivery order against a blocking wait4 (SIGCHLD before/after the resumed line)
#    depends on scheduling; unrelated to decoding.
# Programs not in the corpus, and why:
#  - attach_*, comm, compare_strace, strace_corpus and the other .sh tests: not programs run
#    under a tracer with fixed options (attach, exit status, timing checks).
#  - proc_thread, proc_fork: several tasks; the interleaving of their lines is scheduling.
#  - fd_yy_sock: nearly every line names socket inodes and ports, which differ between the
#    strace run and the sctrace run (its own expectations check them exactly, per run).
#  - sysvipc, keys: nearly every line names an IPC id or a key serial, which the kernel hands
#    out anew in each run (their own expectations check them exactly, per run).
set -u
E2E_DIR=${E2E_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}
ROOT=$(cd "$E2E_DIR/../.." && pwd)
TRACER=${TRACER:-build/sctrace}
BUILD=${BUILD:-build}
STRACE=${STRACE:-strace}
case $TRACER in */*) [[ $TRACER = /* ]] || TRACER=$ROOT/$TRACER ;; esac
[[ $BUILD = /* ]] || BUILD=$ROOT/$BUILD
BIN=$BUILD/e2e
THRESHOLD=95
EXCLUDE=" proc_thread proc_fork fd_yy_sock sysvipc keys "
VERBOSE=
[[ ${1:-} = -v ]] && { VERBOSE=1; shift; }

command -v "$STRACE" >/dev/null || { echo "strace not found [needs strace]"; exit 77; }
command -v setarch >/dev/null || { echo "setarch not found [needs util-linux]"; exit 77; }
setarch -R true 2>/dev/null || { echo "setarch -R does not work here"; exit 77; }

T=$(mktemp -d /tmp/sctrace-corpus.XXXXXX) || exit 1
trap '[[ -n ${KEEP:-} ]] || rm -rf "$T"' EXIT
ulimit -c 0

# The same normalisation as compare_strace.sh (one definition).
eval "$(sed -n '/^normalise() {/,/^}/p' "$E2E_DIR/compare_strace.sh")"
header() { sed -n "1,30{s,^// $2: *,,p}" "$1" | head -n 1; }

run_one() { # tracer name tag
	local tracer=$1 name=$2 tag=$3 opts
	opts=$(header "$E2E_DIR/$name.c" TRACE | sed -E 's/(^| )-a ?[0-9]+//g')
	rm -rf "$T/cwd"
	mkdir "$T/cwd"
	# shellcheck disable=SC2086
	(cd "$T/cwd" && exec timeout -k 5 30 setarch -R "$tracer" -o "$T/$name.$tag.raw" $opts "$BIN/$name" >/dev/null 2>"$T/$name.$tag.err" </dev/null)
	normalise "$T/$name.$tag.raw" >"$T/$name.$tag.log"
}

if (($#)); then
	tests="$*"
else
	tests=
	for f in "$E2E_DIR"/*.c; do
		name=$(basename "$f" .c)
		[[ $EXCLUDE = *" $name "* ]] && continue
		[[ -n $(header "$f" TRACER-ONLY) ]] && continue
		tests+=" $name"
	done
fi

: >"$T/marks"
for name in $tests; do
	name=$(basename "$name" .c)
	[[ -x $BIN/$name ]] || { echo "$name: not built ($BIN/$name); run tests/e2e/run.sh first"; exit 1; }
	run_one "$STRACE" "$name" strace
	run_one "$TRACER" "$name" tracer
	# Each strace line marked '=' (also in the tracer's trace, in order) or '-' (not).
	diff --unchanged-line-format='=%L' --old-line-format='-%L' --new-line-format='' \
		"$T/$name.strace.log" "$T/$name.tracer.log" | sed "s|^|$name |" >>"$T/marks"
done

awk -v threshold="$THRESHOLD" -v verbose="$VERBOSE" '
{
	test = $1; mark = substr($2, 1, 1); l = substr($0, length($1) + 3)
	sub(/^[0-9P]+ +/, "", l)                         # pid prefix
	if (l ~ /^<\.\.\. [a-z0-9_]+ resumed>/) { name = l; sub(/^<\.\.\. /, "", name); sub(/ .*/, "", name) }
	else if (l ~ /^\+\+\+/) name = "+++ exit"
	else if (l ~ /^---/) name = "--- signal"
	else if (match(l, /^[a-z0-9_]+\(/)) name = substr(l, 1, RLENGTH - 1)
	else name = "(other)"
	total[name]++; all++
	if (mark == "=") { same[name]++; alls++ }
	else if (verbose) print "  " test ": " l
}
END {
	n = 0
	for (k in total) keys[++n] = k
	for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (keys[j] < keys[i]) { t = keys[i]; keys[i] = keys[j]; keys[j] = t }
	for (i = 1; i <= n; i++) printf "%s: %d/%d\n", keys[i], same[keys[i]] + 0, total[keys[i]]
	pct = all ? 100.0 * alls / all : 0
	printf "overall: %d/%d lines identical (%.1f%%), %d syscall names\n", alls, all, pct, n
	exit (pct >= threshold) ? 0 : 1
}' "$T/marks"
