// SPDX-License-Identifier: MIT
// EPIPE with SIGPIPE ignored: strace still shows the signal (a traced task gets even ignored signals).
// TRACE: -e trace=write,close,getppid,exit_group
// START: first
#include "e2e.h"
#include <signal.h>

int main(void)
{
	int p[2];
	int pid = getpid();

	signal(SIGPIPE, SIG_IGN);
	pipe(p);
	SC(SYS_getppid); /* marker: the loader's close(3) looks like ours */
	line(ret(), "getppid()");
	SC(SYS_close, p[0]);
	line(ret(), "close(%d)", p[0]);
	SC(SYS_write, p[1], "x", 1);
	line(ret(), "write(%d, \"x\", 1)", p[1]);
	note("--- SIGPIPE {si_signo=SIGPIPE, si_code=SI_USER, si_pid=%d, si_uid=%d} ---", pid, (int)getuid());
	e2e_exit(0);
}
