// SPDX-License-Identifier: MIT
// -yy: a connected UNIX stream socket shows its peer once accept has made the server's end.
// TRACE: -yy -e trace=shutdown,exit_group
// START: first
#include "e2e.h"
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>

static unsigned long long inode_of(int fd)
{
	struct stat st;

	fstat(fd, &st);
	return (unsigned long long)st.st_ino;
}

int main(void)
{
	struct sockaddr_un sun = { .sun_family = AF_UNIX, .sun_path = "sock" };
	int s = socket(AF_UNIX, SOCK_STREAM, 0), c = socket(AF_UNIX, SOCK_STREAM, 0), a;

	bind(s, (struct sockaddr *)&sun, sizeof(sun));
	listen(s, 1);
	connect(c, (struct sockaddr *)&sun, sizeof(sun));
	a = accept(s, NULL, NULL);
	SC(SYS_shutdown, c, SHUT_WR);
	line(ret(), "shutdown(%d<UNIX-STREAM:[%llu->%llu]>, SHUT_WR)", c, inode_of(c), inode_of(a));
	e2e_exit(0);
}
