#!/bin/bash
# SPDX-License-Identifier: MIT
# -e verbose=SET: the calls outside SET print their structures (capget's header and data,
# execve's argv and envp, ioctl's termios and int pointers) as addresses, as strace 6.1 does;
# calls in SET are decoded.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

cat >"$T/caps.c" <<'C'
#include <linux/capability.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>
int main(int argc, char **argv, char **envp)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];

	struct termios t = { 0 };
	int n = 0;

	syscall(SYS_capget, &h, d);
	ioctl(-1, TCSETS, &t); /* EBADF: an input structure, shown from what was passed */
	ioctl(-1, FIONBIO, &n);
	execve("/bin/true", argv, envp);
	return 1;
}
C
cc -o "$T/caps" "$T/caps.c" || fail "cannot build the program"
for set in none '!capget' capget all; do
	strace -o "$T/s.txt" -e trace=capget,execve,ioctl -e verbose="$set" "$T/caps" a b || fail "strace failed"
	"$TRACER" -o "$T/t.txt" -e trace=capget,execve,ioctl -e verbose="$set" "$T/caps" a b ||
		fail "verbose=$set: the tracer failed"
	diff <(sed -E 's/0x[0-9a-f]+/ADDR/g' "$T/s.txt") <(sed -E 's/0x[0-9a-f]+/ADDR/g' "$T/t.txt") \
		>"$T/d.txt" || fail "verbose=$set: $(head -6 "$T/d.txt")"
done
grep -q '^capget(ADDR, ADDR)' <(sed -E 's/0x[0-9a-f]+/ADDR/g' "$T/t.txt") &&
	fail "verbose=all printed capget's structures as addresses"
"$TRACER" -o "$T/t.txt" -e trace=capget -e verbose=none "$T/caps" || fail "the tracer failed"
grep -qE '^capget\(0x[0-9a-f]+, 0x[0-9a-f]+\) += 0' "$T/t.txt" || fail "verbose=none: $(head -2 "$T/t.txt")"
echo "4 sets as strace's"
exit 0
