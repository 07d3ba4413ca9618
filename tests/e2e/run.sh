#!/bin/bash
# SPDX-License-Identifier: MIT
# End-to-end harness: run each tests/e2e/*.c under the tracer and diff the
# trace (-o FILE) against the lines the program printed; run tests/e2e/*.sh.
#
# Usage: tests/e2e/run.sh [TEST...]      (TEST: name, name.c, name.sh or a path)
# Env:   TRACER  tracer command (default build/sctrace; TRACER=strace validates
#                the expectations against real strace)
#        BUILD   build directory (default build); programs go to $BUILD/e2e/
#        CC      C compiler (default cc)
#
# Header lines recognised in a .c test (anywhere in its first 30 lines):
#   // TRACE: <options>         options given to the tracer before the program
#   // EXIT: <status>           expected exit status of the tracer (default 0)
#   // CFLAGS: <flags>          extra compiler flags (e.g. -static)
#   // START: first             ignore trace lines before the first line equal to
#                               the first expected line (startup noise: execve,
#                               dynamic loader)
#   // TRACER-ONLY: <name>      skip unless basename($TRACER) is <name>
#   # TIMEOUT: <seconds>        a .sh test's time limit (default 60)
# A .sh test gets TRACER, BUILD, E2E_DIR (this directory) and TRACER_NAME in the
# environment and exits 0 (pass), 1 (fail) or 77 (skip, reason on stdout).
set -u

E2E_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$E2E_DIR/../.." && pwd)
cd "$ROOT" || exit 2

BUILD=${BUILD:-build}
TRACER=${TRACER:-$BUILD/sctrace}
CC=${CC:-cc}

case $TRACER in
*/*) [[ $TRACER = /* ]] || TRACER=$ROOT/$TRACER ;;
*) TRACER=$(command -v "$TRACER") || { echo "run.sh: tracer '${TRACER}' not found" >&2; exit 2; } ;;
esac
[[ -x $TRACER ]] || { echo "run.sh: tracer $TRACER not found or not executable (build it, or set TRACER=strace)" >&2; exit 2; }
[[ $BUILD = /* ]] || BUILD=$ROOT/$BUILD
TRACER_NAME=$(basename "$TRACER")
BIN=$BUILD/e2e
mkdir -p "$BIN" || exit 2
export TRACER BUILD TRACER_NAME E2E_DIR

# The tests expect descriptors 0-2 only: close whatever the caller (a CI runner,
# a terminal multiplexer) left open, so fd numbers in the traces are the same everywhere.
for fd in /proc/$$/fd/*; do
	fd=${fd##*/}
	((fd > 2)) && eval "exec $fd>&-" 2>/dev/null
done
unset fd

# No core files: a death by SIGSEGV/SIGABRT must read "+++ killed by SIGSEGV +++".
ulimit -c 0

header() { # file key -> value of the first "// key: value" or "# key: value" line
	sed -n "1,30{s,^\(//\|#\) $2: *,,p}" "$1" | head -n 1
}

compile() { # file.c -> 0 if $BIN/name is up to date
	local src=$1 name exe flags
	name=$(basename "$src" .c)
	exe=$BIN/$name
	if [[ -x $exe && $exe -nt $src ]]; then
		local h fresh=1
		for h in "$E2E_DIR"/*.h; do
			[[ $h -nt $exe ]] && fresh=0
		done
		((fresh)) && return 0
	fi
	flags=$(header "$src" CFLAGS)
	# shellcheck disable=SC2086
	$CC -std=gnu11 -O0 -g -Wall -pthread -I"$E2E_DIR" $flags -o "$exe" "$src" 2>"$BIN/$name.cc.log" ||
		{ cat "$BIN/$name.cc.log"; return 1; }
}

# Helper programs used by .sh tests.
for src in "$E2E_DIR"/helpers/*.c; do
	[[ -e $src ]] || continue
	compile "$src" || { echo "run.sh: cannot compile $src" >&2; exit 2; }
done

tests=()
if [[ $# -eq 0 ]]; then
	for f in "$E2E_DIR"/*.c "$E2E_DIR"/*.sh; do
		[[ $(basename "$f") = run.sh ]] && continue
		tests+=("$f")
	done
else
	for t in "$@"; do
		t=$(basename "$t")
		if [[ -f $E2E_DIR/$t ]]; then
			tests+=("$E2E_DIR/$t")
		elif [[ -f $E2E_DIR/$t.c ]]; then
			tests+=("$E2E_DIR/$t.c")
		elif [[ -f $E2E_DIR/$t.sh ]]; then
			tests+=("$E2E_DIR/$t.sh")
		else
			echo "run.sh: no test named $t" >&2
			exit 2
		fi
	done
fi

pass=0 fail=0 skip=0
skipped=()
WORK=$(mktemp -d /tmp/sctrace-e2e.XXXXXX) || exit 2
trap 'rm -rf "$WORK"' EXIT

run_c() { # file.c name -> 0 pass, 1 fail, 77 skip; messages on stdout
	local src=$1 name=$2 opts want start dir status rc
	if ! compile "$src"; then
		echo "compilation failed"
		return 1
	fi
	opts=$(header "$src" TRACE)
	want=$(header "$src" EXIT)
	want=${want:-0}
	start=$(header "$src" START)
	dir=$WORK/$name
	mkdir -p "$dir/cwd"
	# Each program runs in an empty scratch directory of its own.
	# shellcheck disable=SC2086
	(cd "$dir/cwd" && exec timeout -k 5 30 "$TRACER" -o "$dir/trace" $opts "$BIN/$name" \
		>"$dir/expected" 2>"$dir/stderr")
	status=$?
	if [[ ! -f $dir/trace ]]; then
		echo "no trace written (exit status $status)"
		head -n 5 "$dir/stderr"
		return 1
	fi
	if [[ $start = first ]]; then
		local first
		first=$(head -n 1 "$dir/expected")
		# Without a match the whole trace stays, so that the diff shows it.
		if grep -qxF -- "$first" "$dir/trace"; then
			FIRST=$first awk 'found || $0 == ENVIRON["FIRST"] { found = 1; print }' \
				"$dir/trace" >"$dir/trace.cut"
			mv "$dir/trace.cut" "$dir/trace"
		fi
	fi
	rc=0
	if ! diff -u --label expected --label trace "$dir/expected" "$dir/trace" >"$dir/diff"; then
		head -n 40 "$dir/diff"
		rc=1
	fi
	if [[ $status != "$want" ]]; then
		echo "exit status $status, expected $want"
		head -n 5 "$dir/stderr"
		rc=1
	fi
	return $rc
}

run_sh() { # file.sh name
	local dir=$WORK/$2 limit
	limit=$(header "$1" TIMEOUT)
	mkdir -p "$dir"
	(cd "$dir" && exec timeout -k 5 "${limit:-60}" bash "$1")
}

for t in "${tests[@]}"; do
	name=$(basename "$t")
	name=${name%.*}
	only=$(header "$t" TRACER-ONLY)
	if [[ -n $only && $only != "$TRACER_NAME" ]]; then
		echo "SKIP $name: only for TRACER=$only (TRACER is $TRACER_NAME)"
		skip=$((skip + 1))
		skipped+=("$name")
		continue
	fi
	case $t in
	*.c) msg=$(run_c "$t" "$name" 2>&1) ;;
	*.sh) msg=$(run_sh "$t" "$name" 2>&1) ;;
	esac
	rc=$?
	case $rc in
	0)
		echo "PASS $name"
		pass=$((pass + 1))
		;;
	77)
		echo "SKIP $name: $(printf '%s' "$msg" | tail -n 1)"
		skip=$((skip + 1))
		skipped+=("$name")
		;;
	*)
		echo "FAIL $name"
		[[ -n $msg ]] && printf '%s\n' "$msg" | sed 's/^/    /'
		fail=$((fail + 1))
		;;
	esac
done

if ((skip > 0)); then
	echo "$skip skipped: ${skipped[*]}"
fi
echo "$pass passed, $fail failed"
((fail == 0))
