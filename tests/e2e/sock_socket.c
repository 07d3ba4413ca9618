// SPDX-License-Identifier: MIT
// socket/socketpair: domains, types with SOCK_CLOEXEC|SOCK_NONBLOCK, protocols, EAFNOSUPPORT/EPROTONOSUPPORT; listen/shutdown.
// TRACE: -e trace=socket,socketpair,listen,shutdown,close,exit_group
// START: first
#include "e2e.h"
#include <linux/netlink.h>
#include <netinet/in.h>
#include <sys/socket.h>

int main(void)
{
	int sv[2];
	long fd;

	fd = SC(SYS_socket, AF_UNIX, SOCK_STREAM, 0);
	line(ret(), "socket(AF_UNIX, SOCK_STREAM, 0)");
	SC(SYS_shutdown, fd, SHUT_RDWR);
	line(ret(), "shutdown(%ld, SHUT_RDWR)", fd);
	SC(SYS_close, fd);
	line(ret(), "close(%ld)", fd);
	fd = SC(SYS_socket, AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	line(ret(), "socket(AF_UNIX, SOCK_DGRAM|SOCK_CLOEXEC, 0)");
	SC(SYS_close, fd);
	line(ret(), "close(%ld)", fd);
	fd = SC(SYS_socket, AF_INET, SOCK_STREAM, IPPROTO_TCP);
	line(ret(), "socket(AF_INET, SOCK_STREAM, IPPROTO_TCP)");
	SC(SYS_listen, fd, 5);
	line(ret(), "listen(%ld, 5)", fd);
	SC(SYS_close, fd);
	line(ret(), "close(%ld)", fd);
	fd = SC(SYS_socket, AF_INET, SOCK_DGRAM, 0);
	line(ret(), "socket(AF_INET, SOCK_DGRAM, IPPROTO_IP)");
	SC(SYS_close, fd);
	line(ret(), "close(%ld)", fd);
	fd = SC(SYS_socket, AF_INET6, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
	line(ret(), "socket(AF_INET6, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP)");
	SC(SYS_close, fd);
	line(ret(), "close(%ld)", fd);
	fd = SC(SYS_socket, AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	line(ret(), "socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE)");
	SC(SYS_close, fd);
	line(ret(), "close(%ld)", fd);
	SC(SYS_socket, AF_INET, SOCK_STREAM, IPPROTO_UDP);
	line(ret(), "socket(AF_INET, SOCK_STREAM, IPPROTO_UDP)");
	SC(SYS_socket, 12345, SOCK_STREAM, 0);
	line(ret(), "socket(0x3039 /* AF_??? */, SOCK_STREAM, 0)");
	SC(SYS_socket, AF_UNIX, 99, 0);
	line(ret(), "socket(AF_UNIX, SOCK_RAW|0x60 /* SOCK_??? */, 0)");
	SC(SYS_socketpair, AF_UNIX, SOCK_STREAM, 0, sv);
	line(ret(), "socketpair(AF_UNIX, SOCK_STREAM, 0, [%d, %d])", sv[0], sv[1]);
	SC(SYS_shutdown, sv[0], SHUT_WR);
	line(ret(), "shutdown(%d, SHUT_WR)", sv[0]);
	SC(SYS_listen, sv[0], 1);
	line(ret(), "listen(%d, 1)", sv[0]);
	SC(SYS_shutdown, -1, SHUT_RD);
	line(ret(), "shutdown(-1, SHUT_RD)");
	e2e_exit(0);
}
