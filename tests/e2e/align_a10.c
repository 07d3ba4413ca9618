// SPDX-License-Identifier: MIT
// -a 10: calls shorter than 9 columns are padded so that "= " starts at column 10; longer ones get one space.
// TRACE: -a 10 -e trace=getpid,umask,dup,close,exit_group
// START: first
#include "e2e.h"

int main(void)
{
	long fd;

	e2e_col = 10;
	SC(SYS_getpid);
	line(ret(), "getpid()");
	fd = SC(SYS_dup, 1);
	line(ret(), "dup(1)");
	SC(SYS_close, fd);
	line(ret(), "close(%ld)", fd);
	SC(SYS_close, -1);
	line(ret(), "close(-1)");
	SC(SYS_umask, 022);
	line("022", "umask(022)");
	e2e_exit(0);
}
