#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# libsctusdt tests: the C API/ELF test, linking, readelf/eu-readelf/eu-elflint
# on a generated object, and bpftrace 0.17 as an independent consumer (list,
# attach, every argument type, semaphores with one and two tracers, two
# providers with one probe name, late load, reload), plus a killed process
# leaving nothing behind. One PASS/FAIL/SKIP line per test, then
# "N passed, N failed". Needs: binutils, elfutils, bpftrace, strace (root).
set -u
cd "$(dirname "$0")/../.."
BUILD=${BUILD:-build}
D=$BUILD/usdt
TMP=$(mktemp -d /tmp/sctusdt-test.XXXXXX)
passed=0
failed=0
BT_PIDS=()
DPID=

cleanup() {
	local p
	for p in "${BT_PIDS[@]}"; do kill "$p" 2>/dev/null; done
	[ -n "$DPID" ] && kill "$DPID" 2>/dev/null
	rm -rf "$TMP"
}
trap cleanup EXIT

pass() { echo "PASS usdt/$1${2:+ ($2)}"; passed=$((passed + 1)); }
fail() { echo "FAIL usdt/$1: $2"; failed=$((failed + 1)); }
skip() { echo "SKIP usdt/$1: $2"; }

# ---- the driver (tests/usdt/usdt_driver.c) as a coprocess ----
drv_start() { # [wrapper...]
	coproc DRV { "$@" "$D/usdt_driver" 2>>"$TMP/driver.err"; } 2>/dev/null
	DPID=$DRV_PID
	DRV_IN=${DRV[1]}
	DRV_OUT=${DRV[0]}
}
drv() { # command... -> $R
	R=timeout
	echo "$*" >&"$DRV_IN" || return 1
	IFS= read -r -t 10 R <&"$DRV_OUT" || R=timeout
}
drv_ok() { drv "$@"; [ "$R" = ok ] || { echo "    driver: '$*' -> $R"; return 1; }; }
drv_stop() {
	echo quit >&"$DRV_IN" 2>/dev/null
	wait "$DPID" 2>/dev/null
	DPID=
}
sem() { drv sem "$1" "$2"; echo "${R%% *}"; } # PROV PROBE -> semaphore value
wait_sem() { # PROV PROBE on|off
	local i v
	for i in $(seq 100); do
		v=$(sem "$1" "$2")
		if [ "$3" = on ] && [ "$v" -ge 1 ] 2>/dev/null; then return 0; fi
		if [ "$3" = off ] && [ "$v" = 0 ]; then return 0; fi
		sleep 0.1
	done
	return 1
}

# ---- bpftrace ----
have_bt=0
if [ "$(id -u)" -ne 0 ]; then
	bt_reason="not root"
elif ! command -v bpftrace >/dev/null; then
	bt_reason="bpftrace not installed [needs bpftrace]"
else
	have_bt=1
fi
bt_start() { # OUTFILE SCRIPT [BPFTRACE-ARGS...]: start bpftrace, wait until its probes are attached
	local i
	BPFTRACE_STRLEN=128 timeout 30 bpftrace "${@:3}" -e "$2 BEGIN { printf(\"ready\\n\"); }" \
		>"$1" 2>"$1.err" &
	BT_PID=$!
	BT_PIDS+=("$BT_PID")
	for i in $(seq 150); do
		grep -q '^ready$' "$1" 2>/dev/null && return 0
		kill -0 "$BT_PID" 2>/dev/null || break
		sleep 0.1
	done
	echo "    bpftrace did not start:"; sed 's/^/    /' "$1" "$1.err" | head -5
	return 1
}
bt_wait() { # PID: wait for a bpftrace that exits by itself
	local i
	for i in $(seq 150); do
		kill -0 "$1" 2>/dev/null || { wait "$1" 2>/dev/null; return 0; }
		sleep 0.1
	done
	kill -INT "$1" 2>/dev/null
	wait "$1" 2>/dev/null
	return 1
}
bt_stop() { kill -INT "$1" 2>/dev/null; wait "$1" 2>/dev/null; }
events() { grep -v -E '^(Attaching|ready$|@|$)' "$1"; } # the probe lines of an output

# ---------------------------------------------------------------------------
# 1. The C test: errors, conversion, ELF structure, sealing, reload, threads.
if out=$("$D/test_usdt_api" 2>&1); then
	pass api "$(tail -n 1 <<<"$out")"
else
	fail api "$(grep -E '^not ok' <<<"$out" | head -5)"
fi

# 2. Linking: -Iinclude -Lbuild -lsctusdt with the .so and the .a, nothing else.
#    (A SANITIZE= build needs the sanitizer runtimes too: allowed then.)
cc=${CC:-cc}
ccflags=
libs_ok='linux-vdso|ld-linux|libc\.so\.6'
if nm "$BUILD/libsctusdt.a" 2>/dev/null | grep -q -E '__asan|__ubsan'; then
	ccflags="-fsanitize=address,undefined"
	libs_ok+='|libasan|libubsan|libstdc\+\+|libm\.so|libgcc_s'
	export ASAN_OPTIONS=verify_asan_link_order=0
fi
if $cc $ccflags -Iinclude examples/usdt_example.c -L"$BUILD" -lsctusdt -o "$TMP/ex_so" 2>"$TMP/cc.log" &&
	LD_LIBRARY_PATH=$BUILD "$TMP/ex_so" 2 >"$TMP/ex.out" &&
	[ "$(LD_LIBRARY_PATH=$BUILD ldd "$TMP/ex_so" | grep -c -v -E "$libs_ok|libsctusdt\.so\.0 ")" = 0 ] &&
	$cc $ccflags -Iinclude examples/usdt_example.c -L"$BUILD" -l:libsctusdt.a -o "$TMP/ex_a" 2>>"$TMP/cc.log" &&
	"$TMP/ex_a" 3 | grep -q 'usdt_example: 3 requests' &&
	[ "$(ldd "$TMP/ex_a" | grep -c -v -E "$libs_ok")" = 0 ]; then
	pass link "shared and static, only libc needed"
else
	fail link "$(grep -v 'is dangerous' "$TMP/cc.log" | head -5)"
fi

# 3. Exported names: the .so exports sct_usdt_* only; the .a defines no unprefixed globals.
# (with SANITIZE=, the sanitizers' own symbols and libraries are expected)
san='__(odr_)?asan|__ubsan|__sancov'
bad_so=$(nm -D --defined-only "$BUILD/libsctusdt.so" | awk '$2 ~ /[TDBR]/ && $3 !~ /^sct_usdt_/' | grep -v -E "$san")
bad_a=$(nm -g --defined-only "$BUILD/libsctusdt.a" 2>/dev/null | awk 'NF == 3 && $3 !~ /^sct(_)?usdt_/' | grep -v -E "$san")
needed=$(readelf -d "$BUILD/libsctusdt.so" | grep NEEDED | grep -v -E -c 'libc\.so\.6|libasan|libubsan')
if [ -z "$bad_so$bad_a" ] && [ "$needed" = 0 ]; then
	pass symbols "only sct_usdt_* exported, NEEDED libc only"
else
	fail symbols "unexpected: $bad_so $bad_a (needed $needed)"
fi

# 4. The generated object through /proc/PID/map_files: readelf, eu-readelf, eu-elflint.
drv_start
drv_ok new elfcheck && drv_ok add elfcheck all "i8,i16,i32,i64,u8,u16" &&
	drv_ok add elfcheck rest "u32,u64,str,ptr,i8,i32" && drv_ok add elfcheck none -
for i in $(seq 200); do echo "add elfcheck p$i i32,str"; done >&"$DRV_IN"
for i in $(seq 200); do IFS= read -r -t 10 R <&"$DRV_OUT"; done
drv_ok load elfcheck
drv path elfcheck
obj=$R
drv_ok new vide && drv_ok load vide
drv path vide
obj_empty=$R
for f in "$obj" "$obj_empty"; do
	name=$( [ "$f" = "$obj" ] && echo elf || echo elf-empty)
	if ! [ -r "$f" ]; then fail "$name" "cannot read $f"; continue; fi
	readelf -a -W "$f" >"$TMP/re.out" 2>"$TMP/re.err"
	warn=$(cat "$TMP/re.err"; grep -i -E 'warning|error' "$TMP/re.out")
	if command -v eu-readelf >/dev/null; then
		eu-readelf -a "$f" >"$TMP/eu.out" 2>"$TMP/eu.err"
		warn+=$(cat "$TMP/eu.err"; grep -i -E 'warning|invalid' "$TMP/eu.out")
		# elflint only objects that it does not know note type 3 of "stapsdt"
		warn+=$(eu-elflint --gnu-ld "$f" 2>&1 | grep -v -e "unknown object file note type 3 with owner name 'stapsdt'" -e '^No errors$')
	fi
	nnotes=$(readelf -n "$f" | grep -c 'NT_STAPSDT')
	want=$( [ "$f" = "$obj" ] && echo 203 || echo 0)
	loads=$(readelf -l -W "$f" | grep -E '^ +LOAD ' | sed -E 's/.*(R E|RW ) +(0x[0-9a-f]+)$/\1 \2/' | tr -s ' ' | tr '\n' ',')
	if [ -n "$warn" ]; then
		fail "$name" "warnings: $(head -c 300 <<<"$warn")"
	elif [ "$nnotes" != "$want" ]; then
		fail "$name" "$nnotes notes, want $want"
	elif [ "$loads" != "R E 0x1000,RW 0x1000," ]; then
		fail "$name" "LOAD segments: $loads"
	elif ! readelf -n "$f" | grep -Eq '^ +Build ID: [0-9a-f]{40}$'; then
		fail "$name" "no build-id note"
	else
		pass "$name" "readelf -a, eu-readelf -a, eu-elflint clean; $nnotes notes; LOAD $loads; a build-id"
	fi
done
if readelf -n "$obj" | grep -A3 'Name: all$' | grep -q 'Arguments: -1@%dil -2@%si -4@%edx -8@%rcx 1@%r8b 2@%r9w'; then
	pass notes-args "readelf -n shows provider, name, semaphore, argument specs"
else
	fail notes-args "$(readelf -n "$obj" | head -12)"
fi
drv_stop

# 5. A killed process leaves nothing behind: it creates no file, and its memfds
#    vanish with it.
if command -v strace >/dev/null; then
	drv_start strace -f -qq -o "$TMP/strace.log" -e trace=%file,memfd_create
else
	drv_start
fi
drv_ok new killme && drv_ok add killme p i32 && drv_ok load killme
drv path killme
kobj=$R
drv pid
kpid=$R
kino=$(stat -L -c %i "$kobj" 2>/dev/null)
kill -KILL "$kpid"
wait "$DPID" 2>/dev/null
DPID=
left=$(grep -l "memfd:sctusdt:killme" /proc/[0-9]*/maps 2>/dev/null)
left+=$(for f in /proc/[0-9]*/fd/*; do readlink "$f"; done 2>/dev/null | grep "memfd:sctusdt:killme")
created=
[ -f "$TMP/strace.log" ] && created=$(grep -E 'O_CREAT|^[0-9]+ +(mkdir|mkdirat|mknod|mknodat|link|linkat|symlink|symlinkat|rename|renameat|renameat2)\(' "$TMP/strace.log" | grep -v ENOENT)
if [ -z "$kino" ]; then
	fail killed "no object found before the kill"
elif [ -n "$left$created" ]; then
	fail killed "left: $left $created"
elif [ -f "$TMP/strace.log" ] && ! grep -q 'memfd_create("sctusdt:killme", MFD_CLOEXEC|MFD_ALLOW_SEALING' "$TMP/strace.log"; then
	fail killed "memfd_create not seen: $(grep memfd "$TMP/strace.log")"
else
	pass killed "no file created (strace), memfd inode $kino gone after SIGKILL"
fi

# ---- tracer tests with bpftrace ----
if [ "$have_bt" = 0 ]; then
	for t in bt-list bt-types bt-two-providers bt-semaphore bt-two-tracers bt-late bt-reload bt-pid-list \
		bt-pid-attach tplist-pid; do
		skip "$t" "$bt_reason"
	done
else
	# Run the driver on one CPU so bpftrace's per-CPU buffers keep event order.
	if command -v taskset >/dev/null; then drv_start taskset -c 0; else drv_start; fi
	drv_ok types
	drv path sct_types
	P=$R

	# 6. bpftrace lists the probes given the object path.
	list=$(bpftrace -l "usdt:$P:*" 2>/dev/null | sed "s|^usdt:$P:||" | sort | tr '\n' ' ')
	if [ "$list" = "sct_types:long sct_types:max sct_types:min sct_types:mix sct_types:none sct_types:uns sct_types:var " ]; then
		pass bt-list "$list"
	else
		fail bt-list "got '$list'"
	fi

	# 7. Every type, negative and boundary values, a long string, through bpftrace.
	s="usdt:$P:sct_types:min { printf(\"min %d %d %d %ld %ld %d\\n\", arg0, arg1, arg2, arg3, arg4, arg5); @n++; }
	usdt:$P:sct_types:max { printf(\"max %d %d %d %ld %lu %u\\n\", arg0, arg1, arg2, arg3, arg4, arg5); @n++; }
	usdt:$P:sct_types:uns { printf(\"uns %u %u %u %lu %u %u\\n\", arg0, arg1, arg2, arg3, arg4, arg5); @n++; }
	usdt:$P:sct_types:mix { printf(\"mix '%s' %lx %d %u %d '%s'\\n\", str(arg0), arg1, arg2, arg3, arg4, str(arg5)); @n++; }
	usdt:$P:sct_types:var { printf(\"var %d %d %d %ld %u %lu\\n\", arg0, arg1, arg2, arg3, arg4, arg5); @n++; }
	usdt:$P:sct_types:none { printf(\"none\\n\"); @n++; }
	usdt:$P:sct_types:long { printf(\"long %s %ld\\n\", str(arg0), arg1); @n++; if (@n == 7) { exit(); } }"
	cat >"$TMP/types.want" <<EOW
min -128 -32768 -2147483648 -9223372036854775808 -1 -2
max 127 32767 2147483647 9223372036854775807 18446744073709551615 4294967295
uns 255 65535 4294967295 18446744073709551615 7 65535
mix 'hello, world' deadbeefcafe -300 3000000000 -56 ''
var -1 -129 -70000 -5000000000 255 9223372036854775808
none
long <$(printf 'x%.0s' $(seq 126)) 300
EOW
	if bt_start "$TMP/types.out" "$s" && wait_sem sct_types long on && drv_ok firetypes &&
		bt_wait "$BT_PID" && diff <(sort "$TMP/types.want") <(events "$TMP/types.out" | sort) >"$TMP/types.diff"; then
		pass bt-types "7 probes, i8..u64, 300-byte str (as far as BPFTRACE_STRLEN=128 reads), ptr, no args"
	else
		fail bt-types "$(head -20 "$TMP/types.diff" 2>/dev/null; cat "$TMP/types.out.err" 2>/dev/null | grep -v RLIMIT | head -5)"
	fi

	# 8. Two providers with the same probe name: attaching to one leaves the other alone.
	drv_ok new pa && drv_ok add pa tick i32 && drv_ok load pa
	drv_ok new pb && drv_ok add pb tick i32 && drv_ok load pb
	drv path pa
	PA=$R
	drv path pb
	PB=$R
	la=$(bpftrace -l "usdt:$PA:*" 2>/dev/null | sed "s|^usdt:$PA:||" | tr '\n' ' ')
	lb=$(bpftrace -l "usdt:$PB:*" 2>/dev/null | sed "s|^usdt:$PB:||" | tr '\n' ' ')
	if bt_start "$TMP/two.out" "usdt:$PA:pa:tick { printf(\"pa %d\\n\", arg0); exit(); }" &&
		wait_sem pa tick on && [ "$(sem pb tick)" = 0 ] &&
		drv_ok fire pb tick 2 && drv_ok fire pa tick -1 && bt_wait "$BT_PID" &&
		[ "$(events "$TMP/two.out")" = "pa -1" ] && [ "$la" = "pa:tick " ] && [ "$lb" = "pb:tick " ]; then
		pass bt-two-providers "pa:tick and pb:tick listed apart; only pa:tick enabled and traced"
	else
		fail bt-two-providers "lists '$la' '$lb', output: $(events "$TMP/two.out" | tr '\n' '|') sem pb $(sem pb tick)"
	fi

	# 9. Semaphore 0 -> 1 -> 0 with one tracer.
	s0=$(sem pa tick)
	wait_sem pa tick off
	s0=$(sem pa tick)
	if bt_start "$TMP/one.out" "usdt:$PA:pa:tick { printf(\"one %d\\n\", arg0); }"; then
		wait_sem pa tick on
		s1=$(sem pa tick)
		drv_ok fire pa tick 7
		sleep 0.3
		bt_stop "$BT_PID"
		wait_sem pa tick off
		s2=$(sem pa tick)
	fi
	if [ "$s0/${s1:-}/${s2:-}" = "0/1/0" ] && [ "$(events "$TMP/one.out")" = "one 7" ]; then
		pass bt-semaphore "0 -> 1 -> 0, event seen while attached"
	else
		fail bt-semaphore "semaphore $s0/${s1:-}/${s2:-}, output: $(events "$TMP/one.out" | tr '\n' '|')"
	fi

	# 10. Two tracers: enabled while either is attached, 0 after both detach.
	t1=
	t2=
	t3=
	if bt_start "$TMP/ta.out" "usdt:$PA:pa:tick { printf(\"A %d\\n\", arg0); }"; then
		A=$BT_PID
		wait_sem pa tick on
		if bt_start "$TMP/tb.out" "usdt:$PA:pa:tick { printf(\"B %d\\n\", arg0); }"; then
			B=$BT_PID
			t1=$(sem pa tick)
			drv_ok fire pa tick 1
			sleep 0.3
			bt_stop "$A"
			t2=$(sem pa tick)
			drv_ok fire pa tick 2
			sleep 0.3
			bt_stop "$B"
			wait_sem pa tick off
			t3=$(sem pa tick)
		fi
		bt_stop "$A"
	fi
	if [ "${t1:-x}" -ge 1 ] 2>/dev/null && [ "${t2:-x}" -ge 1 ] 2>/dev/null && [ "$t3" = 0 ] &&
		[ "$(events "$TMP/ta.out")" = "A 1" ] && [ "$(events "$TMP/tb.out" | tr '\n' ' ')" = "B 1 B 2 " ]; then
		pass bt-two-tracers "semaphore $t1 with both, $t2 with one, $t3 after both; each saw its events"
	else
		fail bt-two-tracers "semaphore ${t1:-}/${t2:-}/${t3:-}; A: $(events "$TMP/ta.out" | tr '\n' '|') B: $(events "$TMP/tb.out" | tr '\n' '|')"
	fi

	# 11. A provider loaded late, while a tracer is attached to another one.
	if bt_start "$TMP/early.out" "usdt:$PA:pa:tick { printf(\"early %d\\n\", arg0); }"; then
		E=$BT_PID
		wait_sem pa tick on
		drv_ok new late && drv_ok add late arrived "u16,str" && drv_ok load late
		drv path late
		PL=$R
		ok=0
		if bt_start "$TMP/late.out" "usdt:$PL:late:arrived { printf(\"late %u\\n\", arg0); exit(); }" &&
			wait_sem late arrived on && drv_ok fire late arrived 65535 0 && bt_wait "$BT_PID" &&
			drv_ok fire pa tick 3 && sleep 0.3 && [ "$(events "$TMP/late.out")" = "late 65535" ]; then
			ok=1
		fi
		bt_stop "$E"
		if [ "$ok" = 1 ] && [ "$(events "$TMP/early.out")" = "early 3" ]; then
			pass bt-late "late:arrived found and traced; pa:tick tracer unaffected"
		else
			fail bt-late "late: $(events "$TMP/late.out" | tr '\n' '|') early: $(events "$TMP/early.out" | tr '\n' '|')"
		fi
	else
		fail bt-late "bpftrace did not start"
	fi

	# 12. Reload: unload, add a probe, load: a new object with both probes.
	drv_ok new re && drv_ok add re first i32 && drv_ok load re
	drv path re
	R1=$R
	drv_ok unload re
	gone=1
	[ -e "$R1" ] && gone=0
	drv_ok add re second i64 && drv_ok load re
	drv path re
	R2=$R
	lr=$(bpftrace -l "usdt:$R2:*" 2>/dev/null | sed "s|^usdt:$R2:||" | sort | tr '\n' ' ')
	if [ "$gone" = 1 ] && [ "$lr" = "re:first re:second " ] &&
		bt_start "$TMP/re.out" "usdt:$R2:re:second { printf(\"second %ld\\n\", arg0); exit(); }" &&
		wait_sem re second on && drv_ok fire re second -5000000000 && bt_wait "$BT_PID" &&
		[ "$(events "$TMP/re.out")" = "second -5000000000" ]; then
		pass bt-reload "old object gone, new one lists '$lr' and is traced"
	else
		fail bt-reload "gone=$gone list='$lr' output: $(events "$TMP/re.out" 2>/dev/null | tr '\n' '|')"
	fi
	drv_stop

	# 13. By pid: bcc (under bpftrace -p and tplist -p) finds a memfd mapping only
	# through /proc/PID/fd, by inode, so a loaded provider keeps its memfd open.
	drv_start
	drv_ok new bp && drv_ok add bp req i32,i64 && drv_ok add bp other - && drv_ok load bp
	drv pid
	BP=$R # the driver itself (DPID may be a shell around it)
	bpftrace -l 'usdt:*' -p "$BP" 2>/dev/null | grep -F "usdt:/proc/$BP/fd/" |
		sed -E 's|^usdt:/proc/[0-9]+/fd/[0-9]+:||' | sort >"$TMP/btp.list"
	printf '%s\n' bp:other bp:req >"$TMP/btp.exp"
	if diff -u "$TMP/btp.exp" "$TMP/btp.list" >/dev/null; then
		pass bt-pid-list "bpftrace -l -p lists the memfd provider"
	else
		fail bt-pid-list "got '$(tr '\n' ' ' <"$TMP/btp.list")'"
	fi
	if bt_start "$TMP/btp.out" 'usdt:*:bp:req { printf("req %d %ld\n", arg0, arg1); exit(); }' -p "$BP" &&
		wait_sem bp req on && drv_ok fire bp req -7 9000000000 && bt_wait "$BT_PID" &&
		[ "$(events "$TMP/btp.out")" = "req -7 9000000000" ] && wait_sem bp req off; then
		pass bt-pid-attach "bpftrace -p attaches by pid; semaphore on, then off"
	else
		fail bt-pid-attach "output: $(events "$TMP/btp.out" 2>/dev/null | tr '\n' '|')"
	fi
	if command -v tplist-bpfcc >/dev/null; then
		tplist-bpfcc -p "$BP" 2>/dev/null | grep -F "/proc/$BP/fd/" |
			sed -E 's|^/proc/[0-9]+/fd/[0-9]+ ||' | sort >"$TMP/tpl.list"
		if diff -u "$TMP/btp.exp" "$TMP/tpl.list" >/dev/null; then
			pass tplist-pid "bcc's tplist -p lists the memfd provider"
		else
			fail tplist-pid "got '$(tr '\n' ' ' <"$TMP/tpl.list")'"
		fi
	else
		skip tplist-pid "no tplist-bpfcc [needs bpfcc-tools]"
	fi
	drv_stop
fi

# ---- C++: SCT_USDT_FIRE takes integers, enums and pointers, and refuses a double ----
if command -v g++ >/dev/null; then
	cat >"$TMP/cxx_ok.cc" <<'X'
#include <sctrace/usdt.h>
enum class E { a = 3 };
int main()
{
	struct sct_usdt_probe *p = nullptr;
	const char *s = "x";
	char buf[4] = "ab";
	short n = -2;
	SCT_USDT_FIRE(p, 1, s, buf, n, E::a, nullptr);
	return 0;
}
X
	printf '%s\n' '#include <sctrace/usdt.h>' \
		'int main() { struct sct_usdt_probe *p = nullptr; double d = 1.5; SCT_USDT_FIRE(p, d); return 0; }' >"$TMP/cxx_bad.cc"
	if ! g++ -std=c++11 -Wall -Wextra -Werror -Iinclude -fsyntax-only "$TMP/cxx_ok.cc" 2>"$TMP/cxx.err"; then
		fail cxx-fire "integers, enums, pointers: $(head -c 300 "$TMP/cxx.err")"
	elif g++ -std=c++11 -Iinclude -fsyntax-only "$TMP/cxx_bad.cc" 2>"$TMP/cxx.err" ||
		! grep -q 'floating-point arguments are not supported' "$TMP/cxx.err"; then
		fail cxx-fire "a double was accepted"
	else
		pass cxx-fire "a double is a compile error, as in C"
	fi
else
	skip cxx-fire "no g++"
fi

# ---- musl: `make usdt-musl` (Debian musl-tools) builds the library and a static example ----
if command -v musl-gcc >/dev/null; then
	if [ -x "$D/musl/usdt_example" ] && cp "$D/musl/usdt_example" "$TMP/example-musl" &&
		readelf -d "$TMP/example-musl" 2>&1 | grep -q 'no dynamic section'; then
		if [ "$(id -u)" -eq 0 ] && [ -x "$BUILD/sctrace" ]; then
			"$BUILD/sctrace" -e trace=none -o "$TMP/musl.out" --usdt 'myapp:request_start' \
				"$TMP/example-musl" 2 0 >/dev/null 2>&1
			printf '%s\n' 'usdt myapp:request_start(0, "/api/items")' \
				'usdt myapp:request_start(1, "/index.html")' '+++ exited with 0 +++' >"$TMP/musl.exp"
			if diff -u "$TMP/musl.exp" "$TMP/musl.out" >"$TMP/musl.diff"; then
				pass musl "static musl build traced by sctrace"
			else
				fail musl "$(head -c 300 "$TMP/musl.diff")"
			fi
		elif "$TMP/example-musl" 2 0 >/dev/null; then
			pass musl "static musl build runs (not root: not traced)"
		else
			fail musl "the musl build does not run"
		fi
	else
		fail musl "$D/musl/usdt_example missing or not static (make usdt-musl)"
	fi
else
	skip musl "no musl-gcc (apt-get install musl-tools)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
