// SPDX-License-Identifier: MIT
// -e trace=!SET: every call except the negated names (a class too) is shown.
// TRACE: -e trace=!close,read,writev,%memory
// START: first
#include "e2e.h"
#include <sys/mman.h>

int main(void)
{
	int p[2];
	char b[2];
	long pid;

	pid = SC(SYS_getpid);
	line(ret(), "getpid()");
	SC(SYS_pipe2, p, 0);
	line(ret(), "pipe2([%d, %d], 0)", p[0], p[1]);
	SC(SYS_write, p[1], "x", 1);
	line(ret(), "write(%d, \"x\", 1)", p[1]);
	SC(SYS_read, p[0], b, 1);
	SC(SYS_close, p[0]);
	SC(SYS_close, p[1]);
	SC(SYS_brk, 0);
	SC(SYS_mmap, NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	SC(SYS_kill, pid, 0);
	line(ret(), "kill(%ld, 0)", pid);
	SC(SYS_umask, 022);
	line("022", "umask(022)");
	e2e_exit(0);
}
