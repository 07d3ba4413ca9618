// SPDX-License-Identifier: MIT
// -n: "[ NNN] " after the prefix, the call's number; signal and exit lines show the task's last call's number.
// TRACE: -n -e trace=getppid,kill,getpid,exit_group
// START: first
#include "e2e.h"
#include <signal.h>

static void on_usr1(int sig)
{
	(void)sig;
}

int main(void)
{
	int pid = getpid(), uid = getuid();

	signal(SIGUSR1, on_usr1);
	e2e_lead = "[ 110] ";
	SC(SYS_getppid);
	line(ret(), "getppid()");
	e2e_lead = "[  62] ";
	SC(SYS_kill, pid, SIGUSR1);
	line(ret(), "kill(%d, SIGUSR1)", pid);
	note("--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=%d, si_uid=%d} ---", pid, uid);
	e2e_lead = "[  39] ";
	SC(SYS_getpid);
	line(ret(), "getpid()");
	e2e_lead = "[ 231] ";
	e2e_exit(0);
}
