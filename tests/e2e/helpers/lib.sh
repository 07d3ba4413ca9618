# SPDX-License-Identifier: MIT
# shellcheck shell=bash disable=SC2034 # BIN, status: used by the sourcing tests
# Shared functions for the .sh end-to-end tests (sourced; run.sh provides TRACER, BUILD, E2E_DIR).
set -u
BIN=$BUILD/e2e
T=$(mktemp -d /tmp/sctrace-e2e-sh.XXXXXX) || exit 1
trap 'e2e_cleanup' EXIT
E2E_PIDS=()

e2e_cleanup() {
	local p
	for p in "${E2E_PIDS[@]}"; do
		kill -KILL "$p" 2>/dev/null
	done
	rm -rf "$T"
}

fail() {
	echo "$*"
	exit 1
}

skip() {
	echo "$*"
	exit 77
}

# wait_exit PID SECONDS: wait for a background child; sets $status (124 on timeout).
wait_exit() {
	local pid=$1 n=$(($2 * 10))
	while ((n-- > 0)); do
		if ! kill -0 "$pid" 2>/dev/null; then
			wait "$pid"
			status=$?
			return 0
		fi
		sleep 0.1
	done
	kill -KILL "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	status=124
	return 1
}

# wait_lines FILE REGEX N SECONDS: wait until FILE has N lines matching REGEX.
wait_lines() {
	local n=$(($4 * 10))
	while ((n-- > 0)); do
		(($(grep -cE -- "$2" "$1" 2>/dev/null) >= $3)) && return 0
		sleep 0.1
	done
	return 1
}

# check_shape LOG PREFIX_RE SUFFIX_RE: the log of "three_getpid" traced with
# -e trace=getpid,exit_group: three getpid lines, exit_group, exited; each line
# is PREFIX_RE, then the call padded with spaces to 39 characters (prefix
# included), then " = RET" (so 40 characters precede "="), then SUFFIX_RE
# after the return value of getpid.
check_shape() {
	local log=$1 pre=$2 suf=$3 n=0 l head
	while IFS= read -r l; do
		n=$((n + 1))
		case $n in
		1 | 2 | 3) [[ $l =~ ^${pre}getpid\(\)\ +=\ [0-9]+${suf}$ ]] || fail "line $n: '$l'" ;;
		4) [[ $l =~ ^${pre}exit_group\(0\)\ +=\ \?$ ]] || fail "line $n: '$l'" ;;
		5) [[ $l =~ ^${pre}\+\+\+\ exited\ with\ 0\ \+\+\+$ ]] || fail "line $n: '$l'" ;;
		*) fail "extra line $n: '$l'" ;;
		esac
		if ((n <= 4)); then
			head=${l%%= *}
			((${#head} == 40)) || fail "line $n: '=' after ${#head} characters, not 40: '$l'"
		fi
	done <"$log"
	((n == 5)) || fail "$n lines, expected 5"
}

# The verifier's budgets (instructions processed): the one-program syscall hooks, the three
# separate hook programs, every other program. verifier_budget.sh says why.
VERIFIER_BUDGET_ONE=70000
VERIFIER_BUDGET_HOOKS=52000
VERIFIER_BUDGET_OTHER=40000

# verifier_counts MODE [OPT...]: "instructions program" for each program that
# SCTRACE_HOOKS=MODE sctrace --debug OPT... /bin/true loads.
verifier_counts() {
	local mode=$1
	shift
	# SCTRACE_CACHE=0: a load, never the cache's already verified object
	SCTRACE_CACHE=0 SCTRACE_HOOKS=$mode "$TRACER" --debug -o /dev/null "$@" /bin/true 2>"$T/debug.$mode" ||
		fail "SCTRACE_HOOKS=$mode sctrace --debug $* /bin/true failed: $(tail -3 "$T/debug.$mode")"
	sed -nE '/^[^ ]*sctrace: verifier, /{s/^[^ ]*sctrace: verifier, ([a-z_]+):.*/\1/;h;d}; /^processed [0-9]+ insns/{s/^processed ([0-9]+) insns.*/\1/;G;s/\n/ /;p}' \
		"$T/debug.$mode"
}

# verifier_budget PROGRAM: its budget
verifier_budget() {
	case $1 in
	syscall_hooks) echo "$VERIFIER_BUDGET_ONE" ;;
	sys_enter | sys_exit | sched_switch) echo "$VERIFIER_BUDGET_HOOKS" ;;
	*) echo "$VERIFIER_BUDGET_OTHER" ;;
	esac
}
