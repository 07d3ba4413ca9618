#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The adversarial log corpus (tests/log/adversarial.py: crafted headers, field and
# chunk lengths near 2^32, nargs and blob lengths out of range, timestamps near 2^63,
# USDT records with huge counts, sequence numbers that wrap, random mutations with
# their checksums redone) replayed by the ASan/UBSan build of sctrace
# ($BUILD-san, made here with `make SANITIZE=address,undefined`): text with
# -f -tt -T -yy, -ttt -r, JSON, -c and --check. Each run must end (20 s), exit 0 or
# 1, print only "sctrace: " lines on stderr, no sanitizer report, no negative fraction
# of a second; a "fatal" case exactly one error line and exit 1; --check no raw
# control byte. Usage: adversarial.sh [quick|all]  (quick: make check; all: make fuzz).
# Ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
mode=${1:-quick}
SAN=${BUILD%/}-san
T=$(mktemp -d /tmp/sctrace-adv.XXXXXX)
trap 'rm -rf "$T"' EXIT
passed=0
failed=0

if ! make -s -j2 BUILD="$SAN" SANITIZE=address,undefined "$SAN/sctrace" >"$T/build.log" 2>&1; then
	echo "FAIL adversarial: the sanitizer build failed"
	sed 's/^/    /' "$T/build.log" | tail -20
	echo "0 passed, 1 failed"
	exit 1
fi
SCT=$SAN/sctrace
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=99
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=0

# The base log: a small trace with forks, a signal, descriptors (-yy), blobs.
"$BUILD/sctrace" -f -yy --record "$T/base.log" -o /dev/null \
	sh -c 'trap : USR1; cat /etc/hostname >/dev/null; ls / >/dev/null; kill -USR1 $$; exit 3' 2>/dev/null
python3 tests/log/adversarial.py "$T/base.log" "$T/c" "$mode" || { echo "FAIL adversarial: generator"; exit 1; }

# quick: text and JSON (where the timestamps are formatted), --check for the header
# cases (where its strings come from), no random mutant; all: every mode, 600 mutants.
modes=("-f -tt -T -yy" "--json")
[ "$mode" = all ] && modes+=("-ttt -r" "-c" "--check")
ncases=0
while read -r name expect; do
	ncases=$((ncases + 1))
	why=""
	extra=()
	[ "$mode" != all ] && [ "${name#hdr_}" != "$name" ] && extra=(--check)
	for m in "${modes[@]}" "${extra[@]}"; do
		# shellcheck disable=SC2086
		timeout 20 "$SCT" --replay "$T/c/$name.log" $m -o "$T/out" >"$T/stdout" 2>"$T/err"
		rc=$?
		[ "$m" = --check ] && cp "$T/stdout" "$T/out"
		if grep -qE 'runtime error|AddressSanitizer|LeakSanitizer|SUMMARY: ' "$T/err"; then
			why="$why
    [$m] sanitizer report: $(grep -m3 -E 'runtime error|ERROR|SUMMARY' "$T/err")"
		elif [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
			why="$why
    [$m] exit $rc: $(head -c 300 "$T/err")"
		elif grep -qv '^[^ ]*sctrace: ' "$T/err"; then
			why="$why
    [$m] stderr line without 'sctrace: ': $(grep -m1 -v '^[^ ]*sctrace: ' "$T/err" | head -c 200)"
		elif [ "$expect" = fatal ] && { [ $rc -ne 1 ] || [ "$(wc -l <"$T/err")" -ne 1 ]; }; then
			why="$why
    [$m] want one error line and exit 1, got exit $rc: $(head -3 "$T/err")"
		elif [ -f "$T/out" ] && grep -qE '(^|[ "T:])[0-9]+\.-[0-9]' "$T/out"; then
			why="$why
    [$m] a negative fraction: $(grep -m1 -E '[0-9]\.-[0-9]' "$T/out" | head -c 200)"
		elif [ "$m" = --check ] && LC_ALL=C grep -q '[[:cntrl:]]' <(tr -d '\n' <"$T/out"); then
			why="$why
    [$m] a raw control byte in --check's output"
		fi
		rm -f "$T/out"
	done
	if [ -z "$why" ]; then
		passed=$((passed + 1))
	else
		echo "FAIL adversarial/$name:$why"
		failed=$((failed + 1))
	fi
done <"$T/c/cases"
[ $ncases -gt 60 ] || { echo "FAIL adversarial: only $ncases cases made"; failed=$((failed + 1)); }
[ "$failed" -eq 0 ] && echo "PASS adversarial: $ncases crafted logs (${modes[*]}), under ASan/UBSan ($mode)"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
