#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Build and run the libFuzzer targets. `run.sh smoke` (part of make check)
# runs each target briefly from its seed corpus; `run.sh long [SECONDS]`
# (make fuzz) runs each for longer. Ends with "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
mode=${1:-smoke}
secs=${2:-}
[ -n "$secs" ] || { [ "$mode" = smoke ] && secs=10 || secs=300; }
out="$BUILD/fuzz"
mkdir -p "$out"
FLAGS="-std=gnu11 -g -O1 -D_GNU_SOURCE -Isrc -I$BUILD -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined"

# target: sources it needs besides its own file
declare -A deps=(
	[qualify]="src/cli/qualify.c src/cli/inject_spec.c src/decode/syscall_table.c src/decode/signals.c src/decode/errno.c"
	[log_reader]="src/log/reader.c src/log/crc32c.c $(ls src/merge/*.c src/calls/*.c src/decode/*.c src/output/*.c $(ls src/live/*.c | grep -v /unwind.c)) src/usdt/format.c src/usdt/types.c $(ls src/analyze/*.c) $(ls src/util/*.c)"
	[usdt_notes]="src/usdt/notes.c"
	[trigger]="src/cli/trigger.c src/decode/syscall_table.c src/decode/errno.c"
	[json_text]="src/output/json_text.c src/util/json_string.c src/util/strbuf.c"
	[http_request]="src/analyze/http_request.c"
	[filter]="src/analyze/filter.c src/analyze/histogram.c src/decode/syscall_table.c src/decode/errno.c src/util/strbuf.c"
	[usdt_argtypes]="-Iinclude -Ilib/usdt lib/usdt/argtypes.c lib/usdt/elf_writer.c lib/usdt/arch_x86_64.c"
	[ioctl]="$(ls src/decode/*.c) $(ls src/util/*.c)"
	[bpf]="$(ls src/decode/*.c) $(ls src/util/*.c)"
)

passed=0
failed=0
for t in "${!deps[@]}"; do
	bin="$out/fuzz_$t"
	if ! clang $FLAGS -o "$bin" "tests/fuzz/fuzz_$t.c" ${deps[$t]} 2>"$out/$t.build.log"; then
		echo "FAIL fuzz/$t: build failed"; sed 's/^/    /' "$out/$t.build.log" | head -20
		failed=$((failed + 1)); continue
	fi
	work="$out/corpus_$t"
	mkdir -p "$work"
	seeds="tests/fuzz/corpus/$t"
	if [ "$t" = log_reader ]; then
		# Seed logs are recorded here rather than kept in git: small real traces.
		seeds="$out/seeds_$t"
		# seeds from an older sctrace may be in an older log format: record them again
		[ "$seeds" -nt "$BUILD/sctrace" ] || rm -rf "$seeds"
		mkdir -p "$seeds"
		[ -s "$seeds/cat.log" ] || "$BUILD/sctrace" --record "$seeds/cat.log" \
			-e trace=openat,read,write,close,exit_group cat /etc/hostname >/dev/null 2>&1
		[ -s "$seeds/fork.log" ] || "$BUILD/sctrace" --record "$seeds/fork.log" -f \
			sh -c 'ls / >/dev/null; kill -USR1 $$ 2>/dev/null; exit 3' >/dev/null 2>&1
		# a flight-recorder snapshot: every record in the user stream, a SNAPSHOT field
		[ -s "$seeds/snap.log" ] || "$BUILD/sctrace" --record "$seeds/snap.log" \
			--flight-recorder 64K --snapshot-on errno=ENOENT -e trace=openat,read,close \
			cat /etc/hostname /nonexistent >/dev/null 2>&1
		rm -f "$seeds/snap.log".*
		# -c: every exit with its CPU-time blob (SCT_AUX_CPU_TIME)
		[ -s "$seeds/cpu.log" ] || "$BUILD/sctrace" -c -o /dev/null --record "$seeds/cpu.log" \
			-e trace=openat,read,close,pipe2 cat /etc/hostname /nonexistent >/dev/null 2>&1
		# iovec and msghdr blobs (arrays, element data, names, SCM_RIGHTS control data)
		[ -s "$seeds/iov.log" ] || "$BUILD/sctrace" --record "$seeds/iov.log" \
			-e trace=readv,writev,sendmsg,recvmsg python3 -c 'import os, socket
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
a.sendmsg([b"ab", b"cd"], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, (0).to_bytes(4, "little"))])
b.recvmsg(10, 64)
r, w = os.pipe()
os.writev(w, [b"x", b"yz"])
os.readv(r, [bytearray(2), bytearray(2)])' >/dev/null 2>&1
	fi
	if "$bin" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=0 \
		"$work" "$seeds" >"$out/$t.log" 2>&1; then
		echo "PASS fuzz/$t ($(grep -c . <(ls "$work")) corpus files, ${secs}s)"
		passed=$((passed + 1))
	else
		echo "FAIL fuzz/$t: see $out/$t.log"; grep -E 'ERROR|SUMMARY|crash-' "$out/$t.log" | head -10
		failed=$((failed + 1))
	fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
