// SPDX-License-Identifier: MIT
// -e trace=/REGEX (here /^get.*id$ together with a plain name in the same list).
// TRACE: -e trace=/^get.*id$,umask
// START: first
#include "e2e.h"

int main(void)
{
	SC(SYS_getpid);
	line(ret(), "getpid()");
	SC(SYS_getppid);
	line(ret(), "getppid()");
	SC(SYS_getpgrp);
	SC(SYS_getsid, 0);
	line(ret(), "getsid(0)");
	SC(SYS_geteuid);
	line(ret(), "geteuid()");
	SC(SYS_umask, 022);
	line("022", "umask(022)");
	SC(SYS_getuid);
	line(ret(), "getuid()");
	SC(SYS_gettid);
	line(ret(), "gettid()");
	SC(SYS_sched_yield);
	e2e_exit_ex(0, 0);
}
