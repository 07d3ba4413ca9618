// SPDX-License-Identifier: MIT
// Death by SIGSEGV (no core: the harness sets ulimit -c 0): the signal line with si_addr and "+++ killed by SIGSEGV +++".
// TRACE: -e trace=getppid
// START: first
// EXIT: 139
#include "e2e.h"

int main(void)
{
	volatile int *p = (int *)16;

	SC(SYS_getppid);
	line(ret(), "getppid()");
	note("--- SIGSEGV {si_signo=SIGSEGV, si_code=SEGV_MAPERR, si_addr=0x10} ---");
	note("+++ killed by SIGSEGV +++");
	e2e_flush();
	*p = 1;
	return 1;
}
