// SPDX-License-Identifier: MIT
// -e trace= personalities: NAME@64 is the x86_64 call, NAME@32 and NAME@x32 name other ABIs (nothing here); ?NAME ignores unknown names.
// TRACE: -e trace=getppid@64,getpid@32,close@x32,?no_such_call,exit_group
// START: first
#include "e2e.h"

int main(void)
{
	SC(SYS_getppid);
	line(ret(), "getppid()");
	SC(SYS_getpid);
	SC(SYS_close, -1);
	SC(SYS_getppid);
	line(ret(), "getppid()");
	e2e_exit(0);
}
