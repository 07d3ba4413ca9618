// SPDX-License-Identifier: MIT
// Death by a signal -e signal= leaves out: no "--- SIGUSR1 ---" and no "+++ killed by SIGUSR1 +++" line (strace prints the death only for a traced signal); tracer status 128+10.
// TRACE: -e trace=kill,getpid -e signal=none
// START: first
// EXIT: 138
#include "e2e.h"
#include <signal.h>

int main(void)
{
	int pid = (int)SC(SYS_getpid);

	line(ret(), "getpid()");
	line("0", "kill(%d, SIGUSR1)", pid);
	e2e_flush();
	syscall(SYS_kill, pid, SIGUSR1);
	return 1;
}
