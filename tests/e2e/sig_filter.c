// SPDX-License-Identifier: MIT
// -e signal=SET: only the listed signals get a "--- SIG... ---" line (SIGUSR1 shown, SIGCONT hidden).
// TRACE: -e signal=SIGUSR1 -e trace=kill,exit_group
// START: first
#include "e2e.h"
#include <signal.h>

int main(void)
{
	long pid = getpid(), uid = getuid();

	signal(SIGUSR1, SIG_IGN);
	SC(SYS_kill, pid, SIGCONT);
	line(ret(), "kill(%ld, SIGCONT)", pid);
	SC(SYS_kill, pid, SIGUSR1);
	line(ret(), "kill(%ld, SIGUSR1)", pid);
	note("--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_USER, si_pid=%ld, si_uid=%ld} ---", pid, uid);
	e2e_exit(0);
}
