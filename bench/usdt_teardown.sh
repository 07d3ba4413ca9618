#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# make bench-usdt: how long sctrace takes to detach from N USDT probes of a
# libsctusdt provider (SIGINT to exit), with the multi-uprobe link (one per
# object, Linux 6.6+) and with the per-probe perf_event uprobes it falls back
# to on older kernels (SCTRACE_USDT_NO_MULTI=1). Needs root.
# Usage: bench/usdt_teardown.sh SCTRACE USDT_DRIVER [N]
set -u
S=${1:-build/sctrace}
DRV=${2:-build/usdt/usdt_driver}
N=${3:-200}
if [ "$(id -u)" -ne 0 ]; then
	echo "usdt teardown: skipped (needs root)"
	exit 0
fi

one() { # label, then the environment for sctrace
	local label=$1 R t0 t1 i
	shift
	coproc D { exec "$DRV"; }
	local in=${D[1]} out=${D[0]} dpid=$D_PID
	cmd() { echo "$*" >&"$in"; IFS= read -r -t 10 R <&"$out"; }
	cmd new many
	for i in $(seq "$N"); do cmd add many "p$i" i32; done
	cmd load many
	env "$@" "$S" -q -e trace=none -o /dev/null -p "$dpid" --usdt 'many:*' &
	local t=$!
	for i in $(seq 600); do cmd sem many "p$N"; [ "${R%% *}" = 1 ] && break; sleep 0.05; done
	sleep 0.2
	t0=$(date +%s%N)
	kill -INT "$t"
	wait "$t"
	t1=$(date +%s%N)
	printf 'usdt detach, %d probes, %-28s %6d ms\n' "$N" "$label:" $(((t1 - t0) / 1000000))
	echo quit >&"$in"
	wait "$dpid" 2>/dev/null
}

one "multi-uprobe link" SCTRACE_BENCH=1
one "per-probe perf_event links" SCTRACE_USDT_NO_MULTI=1
