// SPDX-License-Identifier: MIT
// -yy: pipes and sockets with their inodes (UNIX-STREAM:[ino->peer], UDP:[ino]); sctrace reads them live.
// TRACE: -yy -e trace=pipe2,socketpair,socket,write,read,close,exit_group
// START: first
#include "e2e.h"
#include <sys/socket.h>
#include <sys/stat.h>

static unsigned long ino(int fd)
{
	struct stat st;

	return fstat(fd, &st) ? 0 : (unsigned long)st.st_ino;
}

int main(void)
{
	int p[2], s[2];
	long u;
	char buf[4], r[64];
	struct timespec pause = { 0, 300 * 1000 * 1000 };

	SC(SYS_pipe2, p, 0);
	line(ret(), "pipe2([%d<pipe:[%lu]>, %d<pipe:[%lu]>], 0)", p[0], ino(p[0]), p[1], ino(p[1]));
	SC(SYS_socketpair, AF_UNIX, SOCK_STREAM, 0, s);
	line(ret(), "socketpair(AF_UNIX, SOCK_STREAM, 0, [%d<UNIX-STREAM:[%lu->%lu]>, "
		    "%d<UNIX-STREAM:[%lu->%lu]>])",
	     s[0], ino(s[0]), ino(s[1]), s[1], ino(s[1]), ino(s[0]));
	u = SC(SYS_socket, AF_INET, SOCK_DGRAM, 0);
	snprintf(r, sizeof(r), "%ld<UDP:[%lu]>", u, ino((int)u));
	line(r, "socket(AF_INET, SOCK_DGRAM, IPPROTO_IP)");
	/* sctrace learns the inodes from /proc while the descriptors exist */
	nanosleep(&pause, NULL);
	SC(SYS_write, p[1], "ab", 2);
	line(ret(), "write(%d<pipe:[%lu]>, \"ab\", 2)", p[1], ino(p[1]));
	SC(SYS_read, p[0], buf, 2);
	line(ret(), "read(%d<pipe:[%lu]>, \"ab\", 2)", p[0], ino(p[0]));
	SC(SYS_write, s[0], "x", 1);
	line(ret(), "write(%d<UNIX-STREAM:[%lu->%lu]>, \"x\", 1)", s[0], ino(s[0]), ino(s[1]));
	snprintf(r, sizeof(r), "%lu", ino(p[1]));
	SC(SYS_close, p[1]);
	line(ret(), "close(%d<pipe:[%s]>)", p[1], r);
	e2e_exit(0);
}
