// SPDX-License-Identifier: MIT
// Death by SIGKILL sent to itself: "kill(P, SIGKILL) = ?", "+++ killed by SIGKILL +++", tracer status 128+9.
// TRACE: -e trace=kill,getppid
// START: first
// EXIT: 137
#include "e2e.h"
#include <signal.h>

int main(void)
{
	int pid = getpid();

	SC(SYS_getppid);
	line(ret(), "getppid()");
	line("?", "kill(%d, SIGKILL)", pid);
	note("+++ killed by SIGKILL +++");
	e2e_flush();
	syscall(SYS_kill, pid, SIGKILL);
	return 1;
}
