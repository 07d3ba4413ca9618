// SPDX-License-Identifier: MIT
// pipe/pipe2 (flags, EINVAL, EFAULT), read/write through a pipe, EAGAIN, EOF, EBADF.
// TRACE: -e trace=pipe,pipe2,read,write,close,exit_group
// START: first
#include "e2e.h"

int main(void)
{
	int p[2], q[2];
	char buf[16];

	SC(SYS_pipe, p);
	line(ret(), "pipe([%d, %d])", p[0], p[1]);
	SC(SYS_pipe2, q, O_CLOEXEC | O_NONBLOCK);
	line(ret(), "pipe2([%d, %d], O_NONBLOCK|O_CLOEXEC)", q[0], q[1]);
	SC(SYS_pipe2, buf, O_CREAT);
	line(ret(), "pipe2(%p, O_CREAT)", buf);
	SC(SYS_pipe, (void *)8);
	line(ret(), "pipe(0x8)");
	SC(SYS_read, q[0], buf, sizeof(buf));
	line(ret(), "read(%d, %p, %zu)", q[0], buf, sizeof(buf));
	SC(SYS_write, p[1], "ping", 4);
	line(ret(), "write(%d, \"ping\", 4)", p[1]);
	SC(SYS_read, p[0], buf, sizeof(buf));
	line(ret(), "read(%d, \"ping\", %zu)", p[0], sizeof(buf));
	SC(SYS_close, p[1]);
	line(ret(), "close(%d)", p[1]);
	SC(SYS_read, p[0], buf, sizeof(buf));
	line(ret(), "read(%d, \"\", %zu)", p[0], sizeof(buf));
	SC(SYS_close, q[0]);
	line(ret(), "close(%d)", q[0]);
	SC(SYS_write, p[0], "x", 1);
	line(ret(), "write(%d, \"x\", 1)", p[0]);
	e2e_exit(0);
}
