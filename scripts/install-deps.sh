#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian packages sctrace needs to build, test and benchmark.
# Called by the Makefile (make deps, make check, make demo); idempotent and quiet
# when everything is present. Usage: install-deps.sh [build|test|bench]...
# `install-deps.sh --list SET...` prints the packages of the sets (tests/run.sh reads it:
# a test skipped for want of one of them fails under make check).
set -euo pipefail

build_pkgs=(clang llvm libbpf-dev libelf-dev libdw-dev zlib1g-dev bpftool make gcc pkg-config)
test_pkgs=(strace python3 python3-jsonschema jq gawk dpkg-dev binutils elfutils bpftrace util-linux bsdutils clang libclang-rt-14-dev valgrind systemtap-sdt-dev babeltrace2 musl-tools g++ curl prometheus tmux bpfcc-tools)
bench_pkgs=(strace linux-perf bpftrace redis-server redis-tools time)

list=0
[ "${1:-}" = --list ] && { list=1; shift; }
want=()
for set in "${@:-build}"; do
	case "$set" in
	build) want+=("${build_pkgs[@]}") ;;
	test) want+=("${test_pkgs[@]}") ;;
	bench) want+=("${bench_pkgs[@]}") ;;
	*) echo "install-deps.sh: unknown package set '$set' (build, test, bench)" >&2; exit 2 ;;
	esac
done

[ $list = 1 ] && { echo "${want[*]}"; exit 0; }
missing=()
for p in "${want[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
	echo "install-deps.sh: missing packages: ${missing[*]}; run as root or install them with apt-get" >&2
	exit 1
fi
echo "install-deps.sh: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
	{ apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; }
