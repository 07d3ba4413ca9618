// SPDX-License-Identifier: MIT
// io_uring_register under -v: an array of 40 descriptors and one of 100 iovecs, all of them (past -s 32).
// TRACE: -v -e trace=io_uring_register,exit_group
// START: first
#include "e2e.h"

#include <linux/io_uring.h>
#include <sys/uio.h>

static char list[8192];

int main(void)
{
	int fds[40];
	struct iovec iov[100];
	int n = 0;

	for (int k = 0; k < 40; k++) {
		fds[k] = -1 - k % 3;
		n += snprintf(list + n, sizeof(list) - n, "%s%d", k ? ", " : "", fds[k]);
	}
	SC(SYS_io_uring_register, -1, IORING_REGISTER_FILES, fds, 40L);
	line(ret(), "io_uring_register(-1, IORING_REGISTER_FILES, [%s], 40)", list);
	n = 0;
	for (int k = 0; k < 100; k++) {
		iov[k].iov_base = (void *)(long)(k * 16);
		iov[k].iov_len = k;
		n += snprintf(list + n, sizeof(list) - n, "%s{iov_base=%s, iov_len=%d}", k ? ", " : "",
			      k ? ptr(iov[k].iov_base) : "NULL", k);
	}
	SC(SYS_io_uring_register, -1, IORING_REGISTER_BUFFERS, iov, 100L);
	line(ret(), "io_uring_register(-1, IORING_REGISTER_BUFFERS, [%s], 100)", list);
	e2e_exit(0);
}
