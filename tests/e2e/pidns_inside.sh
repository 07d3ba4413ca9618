#!/bin/bash
# SPDX-License-Identifier: MIT
# sctrace inside a PID and user namespace of its own (`unshare -Urpf sctrace ...`, strace's
# suite's second run of every --pidns-translation test): it cannot load BPF there, but
# takes the object a root run left with the keeper; the kernel side's ids are the initial
# namespace's, yet every pid it prints is its own namespace's (PID_VIEW records): -f's
# prefixes, -ff's file names, and --pidns-translation's comments. Outside, the comments
# are right for tasks gone before their lines print. -e inject= works inside too, and a
# run inside waits for an object another run with its options has taken.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

TAKEN='programs and maps taken from the cache'
unshare -Urpf true 2>/dev/null || skip "unshare -Urpf is refused here"
trap 'pkill -x sctrace-cache; e2e_cleanup' EXIT

# Each getpid line's prefix must be the number getpid returned (the task's own in the
# namespace both share), one line per call: the shell's and three per child, as outside.
check_own_numbers() { # FILE WHAT
	local n want
	want=$(grep -cE '^[0-9]+ +getpid\(\) += [0-9]+$' "$T/root")
	n=$(grep -cE '^[0-9]+ +getpid\(\) += [0-9]+$' "$1")
	[ "$n" = "$want" ] && [ "$n" -ge 6 ] || fail "$2: $n getpid lines, not $want: $(cat "$1")"
	n=$(awk '$2 == "getpid()" && $1 != $4' "$1" | wc -l)
	[ "$n" = 0 ] || fail "$2: prefixes other than getpid's numbers: $(cat "$1")"
	n=$(awk '$2 == "getpid()" && $1 >= 1000' "$1" | wc -l)
	[ "$n" = 0 ] || fail "$2: the initial namespace's numbers: $(cat "$1")"
}

# 0. Options no root run has left an object for (-s 77): one line saying why, status 1.
unshare -Urpf "$TRACER" -s 77 -e trace=getpid true 2>"$T/err00" && fail "a run inside loaded BPF"
[ "$(cat "$T/err00")" = "$TRACER: cannot trace: BPF cannot be loaded in a user namespace; a run with the same options as root outside it leaves its programs for one here (SCTRACE_CACHE)" ] ||
	fail "no kept object inside: $(cat "$T/err00")"

OPTS=(--debug -f -e trace=getpid)
CMD=(sh -c "$BIN/three_getpid; $BIN/three_getpid")

# 1. A root run leaves the object; the same options inside the namespaces take it.
"$TRACER" "${OPTS[@]}" -o "$T/root" "${CMD[@]}" 2>"$T/err0" || fail "root run: $(tail -3 "$T/err0")"
unshare -Urpf "$TRACER" "${OPTS[@]}" -o "$T/in" "${CMD[@]}" 2>"$T/err1" ||
	fail "run inside the namespaces failed: $(tail -3 "$T/err1")"
grep -q "$TAKEN" "$T/err1" || fail "the run inside did not take the kept object: $(tail -3 "$T/err1")"
check_own_numbers "$T/in" "-f inside"

# 1b. -Y inside: the names come from the trace (keyed by the kernel side's ids), the
# numbers are ours.
"$TRACER" -Y "${OPTS[@]}" -o "$T/yroot" "${CMD[@]}" 2>"$T/erry0" || fail "-Y root run: $(tail -3 "$T/erry0")"
unshare -Urpf "$TRACER" -Y "${OPTS[@]}" -o "$T/yin" "${CMD[@]}" 2>"$T/erry1" ||
	fail "-Y inside failed: $(tail -3 "$T/erry1")"
n=$(grep -cE '^([0-9]{1,3})<three_getpid> +getpid\(\) += \1<three_getpid>$' "$T/yin")
[ "$n" = 6 ] || fail "-Y inside: $n of 6 getpid lines with the child's name and number: $(cat "$T/yin")"

# 2. -ff: one file per task, named by its number inside.
unshare -Urpf "$TRACER" "${OPTS[@]}" -ff -o "$T/ff" "${CMD[@]}" 2>"$T/err2" ||
	fail "-ff inside failed: $(tail -3 "$T/err2")"
n=0
for f in "$T"/ff.*; do
	pid=${f##*.}
	[ "$pid" -lt 1000 ] || fail "-ff file named by the initial namespace's number: $f"
	awk -v p="$pid" '$1 == "getpid()" && $3 == p { f = 1 } END { exit !f }' "$f" && n=$((n + 1))
done
[ "$n" = 3 ] || fail "-ff: $n files whose getpid lines give their own name, not 3: $(ls "$T")"

# 3. --pidns-translation inside: a child of a deeper namespace shows getpid() = 1 with the
# number it has in sctrace's namespace, the same as its prefix.
TOPTS=(--debug --pidns-translation -f -e trace=getpid)
TCMD=(unshare -p -f "$BIN/three_getpid")
"$TRACER" "${TOPTS[@]}" -o "$T/troot" "${TCMD[@]}" 2>"$T/err3" || fail "root run: $(tail -3 "$T/err3")"
grep -qE "^([0-9]+) +getpid\(\) += 1 /\* \1 in strace's PID NS \*/$" "$T/troot" ||
	fail "--pidns-translation outside: $(cat "$T/troot")"
unshare -Urpf "$TRACER" "${TOPTS[@]}" -o "$T/tin" "${TCMD[@]}" 2>"$T/err4" ||
	fail "--pidns-translation inside failed: $(tail -3 "$T/err4")"
n=$(grep -cE "^([0-9]{1,3}) +getpid\(\) += 1 /\* \1 in strace's PID NS \*/$" "$T/tin")
[ "$n" = 3 ] || fail "--pidns-translation inside: $n of 3 getpid lines translated: $(cat "$T/tin")"

# 4. -e inject= inside: the seccomp listener learns a task by our namespace's number, the
# kernel side by the initial one's; every injected call's line says so, as outside.
IOPTS=(-f -e trace=getpid -e inject=getpid:retval=42)
"$TRACER" "${IOPTS[@]}" -o "$T/iroot" "${CMD[@]}" 2>"$T/err6" || fail "root run: $(tail -3 "$T/err6")"
unshare -Urpf "$TRACER" "${IOPTS[@]}" -o "$T/iin" "${CMD[@]}" 2>"$T/err7" ||
	fail "-e inject= inside failed: $(tail -3 "$T/err7")"
want=$(grep -cE '^[0-9]+ +getpid\(\) += 42 \(INJECTED\)$' "$T/iroot")
n=$(grep -cE '^[0-9]+ +getpid\(\) += 42 \(INJECTED\)$' "$T/iin")
[ "$n" = "$want" ] && [ "$n" -ge 6 ] ||
	fail "-e inject= inside: $n getpid lines injected, not $want: $(cat "$T/iin")"

# 4b. Its object lent to a root run with the same options that is still tracing: the run
# inside waits for it to be given back (strace's suite runs two tests at once) and traces.
"$TRACER" -s 91 -e trace=getpid -o /dev/null true 2>/dev/null || fail "root run for -s 91"
"$TRACER" --debug -s 91 -e trace=getpid -o "$T/lender" sh -c "sleep 1; exec $BIN/three_getpid" 2>"$T/err8" &
lender=$!
E2E_PIDS+=("$lender")
wait_lines "$T/err8" 'taken from the cache' 1 20 || fail "the lender did not take the object: $(cat "$T/err8")"
unshare -Urpf "$TRACER" --debug -s 91 -e trace=getpid -o "$T/borrower" "$BIN/three_getpid" 2>"$T/err9" ||
	fail "the run inside did not wait for the lent object: $(cat "$T/err9")"
grep -q 'in use by another run: waiting' "$T/err9" || fail "no wait for the lent object: $(cat "$T/err9")"
[ "$(grep -c '^getpid() *= 2$' "$T/borrower")" = 3 ] || fail "borrower: $(cat "$T/borrower")"
wait_exit "$lender" 10
[ "$(grep -c '^getpid() *= [0-9]*$' "$T/lender")" -ge 3 ] && [ "$(tail -1 "$T/lender")" = "+++ exited with 0 +++" ] ||
	fail "lender: $(cat "$T/lender")"

# 5. -p inside is refused with one line (its numbers are not mapped to /proc's).
unshare -Urpf "$TRACER" -p 1 2>"$T/err5" && fail "-p inside the namespaces was accepted"
[ "$(wc -l <"$T/err5")" = 1 ] && grep -q 'not supported in a PID namespace' "$T/err5" ||
	fail "-p inside: $(cat "$T/err5")"
exit 0
