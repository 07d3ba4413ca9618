// SPDX-License-Identifier: MIT
// Death by abort(): glibc's tgkill(pid, tid, SIGABRT), the SI_TKILL signal line and "+++ killed by SIGABRT +++".
// TRACE: -e trace=tgkill,getppid
// START: first
// EXIT: 134
#include "e2e.h"
#include <signal.h>

int main(void)
{
	int pid = getpid(), uid = getuid();

	SC(SYS_getppid);
	line(ret(), "getppid()");
	line("0", "tgkill(%d, %d, SIGABRT)", pid, pid);
	note("--- SIGABRT {si_signo=SIGABRT, si_code=SI_TKILL, si_pid=%d, si_uid=%d} ---", pid, uid);
	note("+++ killed by SIGABRT +++");
	e2e_flush();
	abort();
}
