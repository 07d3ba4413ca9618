// SPDX-License-Identifier: MIT
// Identity calls (getpid, getppid, gettid, get[e]uid, get[e]gid, getpgrp, getpgid, getsid) and kill with signal 0, ESRCH, EINVAL.
// TRACE: -a 0 -e trace=getpid,getppid,gettid,getuid,geteuid,getgid,getegid,getpgrp,getpgid,getsid,kill,exit_group
// START: first
#include "e2e.h"
#include <limits.h>
#include <signal.h>

int main(void)
{
	long pid, uid;

	e2e_col = 0;
	pid = SC(SYS_getpid);
	line(ret(), "getpid()");
	SC(SYS_getppid);
	line(ret(), "getppid()");
	SC(SYS_gettid);
	line(ret(), "gettid()");
	SC(SYS_getuid);
	line(ret(), "getuid()");
	uid = e2e_r;
	SC(SYS_geteuid);
	line(ret(), "geteuid()");
	SC(SYS_getgid);
	line(ret(), "getgid()");
	SC(SYS_getegid);
	line(ret(), "getegid()");
	SC(SYS_getpgrp);
	line(ret(), "getpgrp()");
	SC(SYS_getpgid, 0);
	line(ret(), "getpgid(0)");
	SC(SYS_getpgid, pid);
	line(ret(), "getpgid(%ld)", pid);
	SC(SYS_getpgid, INT_MAX);
	line(ret(), "getpgid(%d)", INT_MAX);
	SC(SYS_getsid, 0);
	line(ret(), "getsid(0)");
	SC(SYS_kill, pid, 0);
	line(ret(), "kill(%ld, 0)", pid);
	SC(SYS_kill, INT_MAX, 0);
	line(ret(), "kill(%d, 0)", INT_MAX);
	SC(SYS_kill, pid, 12345);
	line(ret(), "kill(%ld, 12345)", pid);
	SC(SYS_kill, pid, SIGCONT);
	line(ret(), "kill(%ld, SIGCONT)", pid);
	note("--- SIGCONT {si_signo=SIGCONT, si_code=SI_USER, si_pid=%ld, si_uid=%ld} ---", pid, uid);
	e2e_exit(0);
}
