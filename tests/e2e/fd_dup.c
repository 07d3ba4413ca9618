// SPDX-License-Identifier: MIT
// dup/dup2/dup3 (O_CLOEXEC, same fd EINVAL, EBADF) and close.
// TRACE: -e trace=dup,dup2,dup3,close,exit_group
// START: first
#include "e2e.h"

int main(void)
{
	int fd = open("/dev/null", O_RDWR);
	long d;

	d = SC(SYS_dup, fd);
	line(ret(), "dup(%d)", fd);
	SC(SYS_close, d);
	line(ret(), "close(%ld)", d);
	SC(SYS_dup, -1);
	line(ret(), "dup(-1)");
	SC(SYS_dup2, fd, 10);
	line(ret(), "dup2(%d, 10)", fd);
	SC(SYS_dup2, fd, fd);
	line(ret(), "dup2(%d, %d)", fd, fd);
	SC(SYS_dup2, 100, 11);
	line(ret(), "dup2(100, 11)");
	SC(SYS_dup3, fd, 11, O_CLOEXEC);
	line(ret(), "dup3(%d, 11, O_CLOEXEC)", fd);
	SC(SYS_dup3, fd, 12, 0);
	line(ret(), "dup3(%d, 12, 0)", fd);
	SC(SYS_dup3, fd, fd, 0);
	line(ret(), "dup3(%d, %d, 0)", fd, fd);
	SC(SYS_dup3, fd, 13, O_NONBLOCK);
	line(ret(), "dup3(%d, 13, O_NONBLOCK)", fd);
	SC(SYS_dup2, fd, -1);
	line(ret(), "dup2(%d, -1)", fd);
	for (int i = 10; i <= 12; i++) {
		SC(SYS_close, i);
		line(ret(), "close(%d)", i);
	}
	e2e_exit(0);
}
