#!/bin/bash
# SPDX-License-Identifier: MIT
# -e kvm=vcpu: each successful KVM_RUN prints the exit reason its vCPU's struct kvm_run
# holds after the result, as strace's auxstr ("= 0 (KVM_EXIT_IO)"): a guest that does an
# OUT then a HLT gives KVM_EXIT_IO then KVM_EXIT_HLT; the long form --kvm=vcpu too;
# without the option nothing follows the 0; a bad argument is refused.
. "$E2E_DIR/helpers/lib.sh"
[[ -r /dev/kvm && -w /dev/kvm ]] || skip "no usable /dev/kvm"
"$BIN/kvm_run" >"$T/plain" 2>/dev/null || skip "KVM cannot run a guest here (exit $?)"
read -r fd r1 r2 <"$T/plain"
[[ $r1 = 2 && $r2 = 5 ]] || fail "the guest exited with reasons $r1, $r2 (expected 2, 5)"

for opt in "-e kvm=vcpu" "--kvm=vcpu"; do
	# shellcheck disable=SC2086
	"$TRACER" -a0 -e trace=ioctl $opt -o "$T/log" "$BIN/kvm_run" >/dev/null 2>"$T/err" ||
		fail "$opt: the tracer failed: $(tail -3 "$T/err")"
	grep 'KVM_RUN' "$T/log" >"$T/runs"
	printf 'ioctl(%d, KVM_RUN, 0) = 0 (KVM_EXIT_IO)\nioctl(%d, KVM_RUN, 0) = 0 (KVM_EXIT_HLT)\n' \
		"$fd" "$fd" | diff -u - "$T/runs" || fail "$opt: KVM_RUN lines differ"
done

"$TRACER" -a0 -e trace=ioctl -o "$T/log" "$BIN/kvm_run" >/dev/null 2>"$T/err" ||
	fail "the tracer failed without the option: $(tail -3 "$T/err")"
grep 'KVM_RUN' "$T/log" >"$T/runs"
printf 'ioctl(%d, KVM_RUN, 0) = 0\nioctl(%d, KVM_RUN, 0) = 0\n' "$fd" "$fd" | diff -u - "$T/runs" ||
	fail "without -e kvm=vcpu: KVM_RUN lines differ"

"$TRACER" -e kvm=vcpus true >/dev/null 2>"$T/err" && fail "-e kvm=vcpus was accepted"
grep -qE "^(.*/)?$(basename "$TRACER"): invalid -e kvm= argument: 'vcpus'\$" "$T/err" ||
	fail "-e kvm=vcpus: unexpected message: $(cat "$T/err")"
exit 0
