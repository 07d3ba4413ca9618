// SPDX-License-Identifier: MIT
// Long options as strace 6.1 spells them: --trace=, --status=, --quiet=exit, --string-limit=, --columns=.
// TRACE: --trace=getppid,openat,close,write,exit_group --status=failed,successful --quiet=exit --string-limit=4 --columns=30
// START: first
#include "e2e.h"
#include <fcntl.h>

int main(void)
{
	e2e_col = 30;
	e2e_strsize = 4;
	e2e_quiet_exit = 1;
	SC(SYS_getppid);
	line(ret(), "getppid()");
	SC(SYS_openat, AT_FDCWD, "nosuchfile", O_RDONLY);
	line(ret(), "openat(AT_FDCWD, %s, O_RDONLY)", qpath("nosuchfile"));
	SC(SYS_write, -1, "hello", 5);
	line(ret(), "write(-1, %s, 5)", qstr("hello"));
	SC(SYS_close, -1);
	line(ret(), "close(-1)");
	/* exit_group's "= ?" is unfinished: --status=failed,successful leaves it out */
	e2e_exit_ex(0, 0);
}
