// SPDX-License-Identifier: MIT
// -e verbose=none: io_uring_register's and io_submit's arrays as their address, as strace's tfetch_mem.
// TRACE: -e verbose=none -e trace=io_uring_register,io_submit,exit_group
// START: first
#include "e2e.h"

#include <linux/io_uring.h>

int main(void)
{
	int fds[2] = { -1, -1 };
	void *none[1] = { NULL };

	SC(SYS_io_uring_register, -1, IORING_REGISTER_FILES, fds, 2L);
	line(ret(), "io_uring_register(-1, IORING_REGISTER_FILES, %p, 2)", (void *)fds);
	SC(SYS_io_submit, 0L, 1L, none);
	line(ret(), "io_submit(NULL, 1, %p)", (void *)none);
	e2e_exit(0);
}
