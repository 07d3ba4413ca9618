#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# make bench-usdt: run bench/usdt_fire (disabled, stub, raw uprobe), then
# again with bpftrace attached if it is installed and we are root.
set -u
bin=${1:-build/usdt/usdt_fire}
"$bin" || exit 1
if [ "$(id -u)" -ne 0 ] || ! command -v bpftrace >/dev/null; then
	echo "enabled, bpftrace attached:   skipped (needs root and bpftrace)"
	exit 0
fi
out=$(mktemp)
"$bin" --wait-tracer >"$out" &
pid=$!
for _ in $(seq 100); do grep -q '^path: ' "$out" && break; sleep 0.05; done
path=$(sed -n 's/^path: //p' "$out")
bpftrace -e "usdt:$path:bench:fire { @n = count(); }" >/dev/null 2>&1 &
bt=$!
wait "$pid"
kill -INT "$bt" 2>/dev/null
wait "$bt" 2>/dev/null
grep -v '^path: ' "$out"
rm -f "$out"
