// SPDX-License-Identifier: MIT
// CFLAGS: -static
// Known bytes per descriptor for --histogram=fd: writes of 1, 2, 3 and 100 bytes to pipe A,
// two of 4096 to pipe B, one read of A (200 asked, 106 got) and one of B (8192 asked and
// got); prints "PID AW BW AR BR" with writev (not traced by the test).
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

static char buf[8192];

int main(void)
{
	int a[2], b[2];
	char line[64];
	struct iovec iov = { line, 0 };

	if (pipe(a) || pipe(b))
		return 1;
	syscall(SYS_write, a[1], buf, 1L);
	syscall(SYS_write, a[1], buf, 2L);
	syscall(SYS_write, a[1], buf, 3L);
	syscall(SYS_write, a[1], buf, 100L);
	syscall(SYS_write, b[1], buf, 4096L);
	syscall(SYS_write, b[1], buf, 4096L);
	if (syscall(SYS_read, a[0], buf, 200L) != 106 || syscall(SYS_read, b[0], buf, 8192L) != 8192)
		return 2;
	iov.iov_len = (size_t)snprintf(line, sizeof(line), "%d %d %d %d %d\n", getpid(), a[1], b[1],
				       a[0], b[0]);
	writev(1, &iov, 1);
	return 0;
}
