// SPDX-License-Identifier: MIT
// -yy on a netlink socket: NETLINK:[INODE] until bind gives it a port, then
// NETLINK:[SOCK_DIAG:PORT] as strace's socket query shows it.
// TRACE: -yy -e trace=bind,getsockname,close,exit_group
// START: first
#include "e2e.h"
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <sys/socket.h>
#include <sys/stat.h>

int main(void)
{
	int fd = socket(AF_NETLINK, SOCK_RAW, NETLINK_SOCK_DIAG);
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK, .nl_pid = 0x7ffe1234 };
	socklen_t len = sizeof(sa);
	struct stat st;

	if (fd < 0 || fstat(fd, &st))
		return 77;
	SC(SYS_bind, fd, &sa, sizeof(sa));
	if (ret() < 0)
		return 77;
	line(ret(), "bind(%d<NETLINK:[%lu]>, {sa_family=AF_NETLINK, nl_pid=%u, nl_groups=00000000}, 12)",
	     fd, (unsigned long)st.st_ino, sa.nl_pid);
	SC(SYS_getsockname, fd, &sa, &len);
	line(ret(), "getsockname(%d<NETLINK:[SOCK_DIAG:%u]>, {sa_family=AF_NETLINK, nl_pid=%u, "
		    "nl_groups=00000000}, [12])",
	     fd, sa.nl_pid, sa.nl_pid);
	SC(SYS_close, fd);
	line(ret(), "close(%d<NETLINK:[SOCK_DIAG:%u]>)", fd, sa.nl_pid);
	e2e_exit(0);
}
