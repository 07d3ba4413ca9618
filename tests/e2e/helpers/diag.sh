# SPDX-License-Identifier: MIT
# shellcheck shell=bash
# Shared by the diagnose_*.sh tests (sourced after lib.sh): run a pathology program under
# --diagnose and compare the findings with the lines the program printed.

# diag_compare TRACE EXPECTED: the lines of TRACE from its "diagnose:" line on, without the
# "  change:" lines, must be EXPECTED's, in order; an expected line ending in "*" is a prefix.
diag_compare() {
	local trace=$1 want=$2 got n=0 a e
	got=$(sed -n '/^diagnose: /,$p' "$trace" | grep -v '^  change: ')
	[ -n "$got" ] || fail "no diagnose section in the trace: $(tail -n 3 "$trace")"
	mapfile -t a <<<"$got"
	mapfile -t e <"$want"
	((${#a[@]} == ${#e[@]})) || fail "$(printf '%s\n' "expected ${#e[@]} lines, got ${#a[@]}:" "$got")"
	for ((n = 0; n < ${#e[@]}; n++)); do
		if [[ ${e[n]} == *'*' ]]; then
			[[ ${a[n]} == "${e[n]%\*}"* ]] && continue
		else
			[[ ${a[n]} == "${e[n]}" ]] && continue
		fi
		fail "$(printf '%s\n' "line $((n + 1)):" "expected: ${e[n]}" "got:      ${a[n]}")"
	done
	# every finding has its change line
	(($(grep -c '^  change: ' "$trace") == $(grep -c '^  evidence: ' "$trace"))) ||
		fail "a finding without its change line"
}

# diag_run PROGRAM [OPTIONS...]: trace $BIN/PROGRAM with --diagnose into $T/trace, its stdout
# (the expected findings) into $T/want; then compare.
diag_run() {
	local prog=$1
	shift
	[ -x "$BIN/$prog" ] || skip "$prog not built"
	"$TRACER" --diagnose -o "$T/trace" "$@" "$BIN/$prog" >"$T/want" 2>"$T/err" ||
		fail "$TRACER exited $?: $(cat "$T/err")"
	diag_compare "$T/trace" "$T/want"
}
