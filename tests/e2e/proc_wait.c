// SPDX-License-Identifier: MIT
// waitid (idtype, the siginfo written or {}, rusage), wait4's rusage as an address
// when no child was reaped, mlockall/mlock2 flags.
// TRACE: -e trace=waitid,wait4,mlockall,mlock2,exit_group
// START: first
#include "e2e.h"
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>

int main(void)
{
	siginfo_t si;
	struct rusage ru;
	int st;
	static char page[4096] __attribute__((aligned(4096)));

	SC(SYS_waitid, P_ALL, -1, &si, WEXITED, NULL);
	line(ret(), "waitid(P_ALL, -1, %p, WEXITED, NULL)", (void *)&si);
	SC(SYS_waitid, 7, 0, NULL, WEXITED, NULL);
	line(ret(), "waitid(0x7 /* P_??? */, 0, NULL, WEXITED, NULL)");
	SC(SYS_wait4, -1, &st, WNOHANG, &ru);
	line(ret(), "wait4(-1, %p, WNOHANG, %p)", (void *)&st, (void *)&ru);
	SC(SYS_mlockall, 0x10);
	line(ret(), "mlockall(0x10 /* MCL_??? */)");
	SC(SYS_mlock2, page, sizeof(page), 3);
	line(ret(), "mlock2(%p, %zu, MLOCK_ONFAULT|0x2)", (void *)page, sizeof(page));
	e2e_exit(0);
}
