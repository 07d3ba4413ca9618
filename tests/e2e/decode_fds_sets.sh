#!/bin/bash
# SPDX-License-Identifier: MIT
# -e decode-fds=SET prints for each descriptor what SET asks for, as strace 6.1: a device's
# <char M:N> with dev, a socket's protocol with socket, a pidfd's <pid:N> with pidfd, paths
# with path; a kind not asked for falls back to the path only when path is in the set.
# TRACER-ONLY: sctrace
. "$E2E_DIR/helpers/lib.sh"

cat >"$T/fds.c" <<'C'
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(void)
{
	int d = open("/dev/null", O_WRONLY), s = socket(AF_INET, SOCK_DGRAM, 0);
	int p = syscall(SYS_pidfd_open, getpid(), 0), f = open("/etc/hostname", O_RDONLY);

	fsync(d);
	fsync(s);
	fsync(p);
	fsync(f);
	return 0;
}
C
cc -o "$T/fds" "$T/fds.c" || fail "cannot build the program"
norm() { sed -E 's/\[[0-9]+\]/[N]/g; s/pid:[0-9]+/pid:N/g; s/pidfd_open\([0-9]+/pidfd_open(N/' "$1"; }
for set in path socket dev pidfd all none path,socket dev,pidfd; do
	strace -o "$T/s.txt" -e trace=openat,socket,pidfd_open,fsync -e decode-fds=$set "$T/fds" ||
		fail "strace failed"
	"$TRACER" -o "$T/t.txt" -e trace=openat,socket,pidfd_open,fsync -e decode-fds=$set "$T/fds" ||
		fail "$set: the tracer failed"
	diff <(norm "$T/s.txt" | grep -v '^openat(AT_FDCWD, "/\(etc/ld\|lib\)') \
		<(norm "$T/t.txt" | grep -v '^openat(AT_FDCWD, "/\(etc/ld\|lib\)') >"$T/d.txt" ||
		fail "decode-fds=$set: $(head -8 "$T/d.txt")"
done
grep -q '<pid:' <(norm "$T/t.txt") || fail "no <pid:N> with decode-fds=dev,pidfd"
echo "8 sets as strace's"
exit 0
