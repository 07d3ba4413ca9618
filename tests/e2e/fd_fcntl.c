// SPDX-License-Identifier: MIT
// fcntl: F_GETFD/F_SETFD, F_GETFL/F_SETFL (flag results), F_DUPFD, F_DUPFD_CLOEXEC, EBADF, unknown command.
// TRACE: -e trace=fcntl,exit_group
// START: first
#include "e2e.h"

int main(void)
{
	int fd = open("/dev/null", O_RDWR);

	SC(SYS_fcntl, fd, F_GETFD);
	line(ret(), "fcntl(%d, F_GETFD)", fd);
	SC(SYS_fcntl, fd, F_SETFD, FD_CLOEXEC);
	line(ret(), "fcntl(%d, F_SETFD, FD_CLOEXEC)", fd);
	SC(SYS_fcntl, fd, F_GETFD);
	line("0x1 (flags FD_CLOEXEC)", "fcntl(%d, F_GETFD)", fd);
	SC(SYS_fcntl, fd, F_SETFD, 0);
	line(ret(), "fcntl(%d, F_SETFD, 0)", fd);
	SC(SYS_fcntl, fd, F_GETFL);
	line("0x8002 (flags O_RDWR|O_LARGEFILE)", "fcntl(%d, F_GETFL)", fd);
	SC(SYS_fcntl, fd, F_SETFL, O_NONBLOCK | O_APPEND);
	line(ret(), "fcntl(%d, F_SETFL, O_RDONLY|O_APPEND|O_NONBLOCK)", fd);
	SC(SYS_fcntl, fd, F_GETFL);
	line("0x8c02 (flags O_RDWR|O_APPEND|O_NONBLOCK|O_LARGEFILE)", "fcntl(%d, F_GETFL)", fd);
	SC(SYS_fcntl, fd, F_SETFL, 0);
	line(ret(), "fcntl(%d, F_SETFL, O_RDONLY)", fd);
	SC(SYS_fcntl, fd, F_DUPFD, 10);
	line(ret(), "fcntl(%d, F_DUPFD, 10)", fd);
	SC(SYS_fcntl, fd, F_DUPFD_CLOEXEC, 20);
	line(ret(), "fcntl(%d, F_DUPFD_CLOEXEC, 20)", fd);
	SC(SYS_fcntl, 20, F_GETFD);
	line("0x1 (flags FD_CLOEXEC)", "fcntl(20, F_GETFD)");
	SC(SYS_fcntl, -1, F_GETFD);
	line(ret(), "fcntl(-1, F_GETFD)");
	SC(SYS_fcntl, 99, F_GETFL);
	line(ret(), "fcntl(99, F_GETFL)");
	SC(SYS_fcntl, fd, F_DUPFD, -1);
	/* strace prints F_DUPFD's argument as unsigned */
	line(ret(), "fcntl(%d, F_DUPFD, 4294967295)", fd);
	SC(SYS_fcntl, fd, 12345, 0);
	line(ret(), "fcntl(%d, 0x3039 /* F_??? */, 0)", fd);
	e2e_exit(0);
}
