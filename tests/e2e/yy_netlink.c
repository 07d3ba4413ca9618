// SPDX-License-Identifier: MIT
// -yy: a bound netlink socket shows its protocol and port id, an unbound one its inode.
// TRACE: -yy -e trace=shutdown,exit_group
// START: first
#include "e2e.h"
#include <linux/netlink.h>
#include <sys/socket.h>
#include <sys/stat.h>

int main(void)
{
	struct sockaddr_nl nl = { .nl_family = AF_NETLINK };
	socklen_t len = sizeof(nl);
	int s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	struct stat st;

	fstat(s, &st);
	SC(SYS_shutdown, s, SHUT_RD);
	line(ret(), "shutdown(%d<NETLINK:[%llu]>, SHUT_RD)", s, (unsigned long long)st.st_ino);
	bind(s, (struct sockaddr *)&nl, sizeof(nl));
	getsockname(s, (struct sockaddr *)&nl, &len);
	SC(SYS_shutdown, s, SHUT_RD);
	line(ret(), "shutdown(%d<NETLINK:[ROUTE:%u]>, SHUT_RD)", s, nl.nl_pid);
	e2e_exit(0);
}
