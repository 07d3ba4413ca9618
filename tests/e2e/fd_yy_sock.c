// SPDX-License-Identifier: MIT
// -yy sockets and pipes: inodes, TCP endpoints after bind/connect/accept, UDP, UNIX pairs and bound abstract names, as strace's socket queries show them.
// TRACE: -yy -e trace=socket,bind,listen,connect,accept4,socketpair,pipe2,close,exit_group
// START: first
#include "e2e.h"
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdbool.h>
#include <stddef.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

static unsigned long long ino(int fd)
{
	struct stat st;

	return fstat(fd, &st) ? 0 : (unsigned long long)st.st_ino;
}

static unsigned port(int fd, bool peer)
{
	struct sockaddr_in a;
	socklen_t l = sizeof(a);

	if ((peer ? getpeername : getsockname)(fd, (struct sockaddr *)&a, &l))
		return 0;
	return ntohs(a.sin_port);
}

#define LO "sin_addr=inet_addr(\"127.0.0.1\")"

/* socket(ARGS) = FD<PROTO:[INODE]> */
static int sock(int domain, int type, const char *args, const char *proto)
{
	char r[64];
	int fd = (int)SC(SYS_socket, domain, type, 0);

	snprintf(r, sizeof(r), "%d<%s:[%llu]>", fd, proto, ino(fd));
	line(r, "socket(%s)", args);
	return fd;
}

int main(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	struct sockaddr_in nine = a;
	struct sockaddr_un un = { .sun_family = AF_UNIX };
	socklen_t l = sizeof(a);
	int s, c, acc, u, sv[2], p[2], ux;
	unsigned lp, cp, up;
	char r[128];

	s = sock(AF_INET, SOCK_STREAM, "AF_INET, SOCK_STREAM, IPPROTO_IP", "TCP");
	SC(SYS_bind, s, &a, sizeof(a));
	line(ret(), "bind(%d<TCP:[%llu]>, {sa_family=AF_INET, sin_port=htons(0), " LO "}, 16)", s, ino(s));
	lp = port(s, false);
	SC(SYS_listen, s, 1);
	line(ret(), "listen(%d<TCP:[127.0.0.1:%u]>, 1)", s, lp);

	c = sock(AF_INET, SOCK_STREAM, "AF_INET, SOCK_STREAM, IPPROTO_IP", "TCP");
	a.sin_port = htons(lp);
	SC(SYS_connect, c, &a, sizeof(a));
	line(ret(), "connect(%d<TCP:[%llu]>, {sa_family=AF_INET, sin_port=htons(%u), " LO "}, 16)", c,
	     ino(c), lp);
	cp = port(c, false);
	acc = (int)SC(SYS_accept4, s, &a, &l, 0);
	snprintf(r, sizeof(r), "%d<TCP:[127.0.0.1:%u->127.0.0.1:%u]>", acc, lp, cp);
	line(r, "accept4(%d<TCP:[127.0.0.1:%u]>, {sa_family=AF_INET, sin_port=htons(%u), " LO "}, [16], 0)",
	     s, lp, cp);
	SC(SYS_close, c);
	line(ret(), "close(%d<TCP:[127.0.0.1:%u->127.0.0.1:%u]>)", c, cp, lp);

	/* UDP: strace's query shows only the local end, even once connected. */
	u = sock(AF_INET, SOCK_DGRAM, "AF_INET, SOCK_DGRAM, IPPROTO_IP", "UDP");
	a.sin_port = 0;
	SC(SYS_bind, u, &a, sizeof(a));
	line(ret(), "bind(%d<UDP:[%llu]>, {sa_family=AF_INET, sin_port=htons(0), " LO "}, 16)", u, ino(u));
	up = port(u, false);
	nine.sin_port = htons(9);
	SC(SYS_connect, u, &nine, sizeof(nine));
	line(ret(), "connect(%d<UDP:[127.0.0.1:%u]>, {sa_family=AF_INET, sin_port=htons(9), " LO "}, 16)",
	     u, up);

	SC(SYS_socketpair, AF_UNIX, SOCK_STREAM, 0, sv);
	line(ret(), "socketpair(AF_UNIX, SOCK_STREAM, 0, [%d<UNIX-STREAM:[%llu->%llu]>, %d<UNIX-STREAM:[%llu->%llu]>])",
	     sv[0], ino(sv[0]), ino(sv[1]), sv[1], ino(sv[1]), ino(sv[0]));
	SC(SYS_pipe2, p, 0);
	line(ret(), "pipe2([%d<pipe:[%llu]>, %d<pipe:[%llu]>], 0)", p[0], ino(p[0]), p[1], ino(p[1]));

	/* An abstract UNIX name appears once bound. */
	ux = sock(AF_UNIX, SOCK_STREAM, "AF_UNIX, SOCK_STREAM, 0", "UNIX-STREAM");
	snprintf(un.sun_path + 1, sizeof(un.sun_path) - 1, "sct-e2e-%d", getpid());
	l = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + strlen(un.sun_path + 1));
	SC(SYS_bind, ux, &un, l);
	line(ret(), "bind(%d<UNIX-STREAM:[%llu]>, {sa_family=AF_UNIX, sun_path=@\"%s\"}, %u)", ux, ino(ux),
	     un.sun_path + 1, l);
	SC(SYS_listen, ux, 1);
	line(ret(), "listen(%d<UNIX-STREAM:[%llu,@\"%s\"]>, 1)", ux, ino(ux), un.sun_path + 1);
	e2e_exit(0);
}
