#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The test runner behind `make check`: unit tests, the layer rules, the fuzz smoke run, the
# end-to-end suite (with the line-by-line comparison with strace), the binary
# log and JSON tests, the CTF tests (--ctf read by babeltrace2), and the libsctusdt tests.
# Each part prints its own results; the line before the last counts the parts'
# "SKIP name: reason" lines ("N skipped: names"), the last sums the results as
# "N passed, N failed".
# A skip whose reason says "[needs PKG]" is a failure when SCT_DEPS_INSTALLED=1 (make check
# sets it after scripts/install-deps.sh ran) and PKG is one of the packages that script
# installs for the tests: what make check installed cannot be missing.
# Usage: tests/run.sh [unit|layers|fuzz|e2e|log|adversarial|ctf|usdt|usdt_trace]...   (default: all)
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
export BUILD

passed=0
failed=0
skipped=()
installed=" $(scripts/install-deps.sh --list build test) "

# Count the part's SKIP lines; a skip for want of a package make check installed fails.
skips() {
	local line name pkg
	while IFS= read -r line; do
		name=${line#SKIP }
		name=${name%%: *}
		pkg=$(printf '%s\n' "$line" | sed -n 's/.*\[needs \([^]]*\)\].*/\1/p')
		if [ "${SCT_DEPS_INSTALLED:-0}" = 1 ] && [ -n "$pkg" ] && [[ $installed = *" $pkg "* ]]; then
			echo "FAIL $name: skipped for want of $pkg, which make check installed"
			failed=$((failed + 1))
		else
			skipped+=("$name")
		fi
	done < <(grep '^SKIP ' "$1")
}

# Add the "N passed, N failed" of a part's output to the totals.
tally() {
	local line p f
	line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$1" | tail -n 1)
	if [ -z "$line" ]; then
		echo "FAIL $2: printed no result line"
		failed=$((failed + 1))
		return
	fi
	p=${line%% passed*}
	f=${line#*, }
	f=${f%% failed*}
	passed=$((passed + p))
	failed=$((failed + f))
}

run_unit() {
	local out t
	out=$(mktemp)
	for t in "$BUILD"/tests/test_*; do
		[ -x "$t" ] || continue
		if "$t" >"$out" 2>&1; then
			echo "PASS unit/$(basename "$t") ($(tail -n 1 "$out"))"
			passed=$((passed + 1))
		else
			echo "FAIL unit/$(basename "$t")"
			sed 's/^/    /' "$out"
			failed=$((failed + 1))
		fi
	done
	rm -f "$out"
}

run_part() { # name command...
	local name=$1 out
	shift
	out=$(mktemp)
	"$@" 2>&1 | tee "$out"
	tally "$out" "$name"
	skips "$out"
	rm -f "$out"
}

parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(unit layers fuzz e2e log adversarial ctf usdt usdt_trace)
for part in "${parts[@]}"; do
	case "$part" in
	unit) run_unit ;;
	layers) run_part layers tests/layers/run.sh ;;
	fuzz) run_part fuzz tests/fuzz/run.sh smoke ;;
	e2e) run_part e2e tests/e2e/run.sh ;;
	log) run_part log tests/log/run.sh ;;
	adversarial) run_part adversarial tests/log/adversarial.sh quick ;;
	ctf) run_part ctf tests/ctf/run.sh ;;
	usdt) run_part usdt tests/usdt/run.sh ;;
	usdt_trace) run_part usdt_trace tests/usdt_trace/run.sh ;;
	*) echo "tests/run.sh: unknown part '$part' (unit, layers, fuzz, e2e, log, adversarial, ctf, usdt, usdt_trace)" >&2; exit 2 ;;
	esac
done
# the runs' keeper of verified BPF objects (src/capture/cache.h): nothing left running
pkill -x sctrace-cache 2>/dev/null
if [ ${#skipped[@]} -eq 0 ]; then
	echo "0 skipped"
else
	(IFS=,; echo "${#skipped[@]} skipped: ${skipped[*]}" | sed 's/,/, /g')
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
