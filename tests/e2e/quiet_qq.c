// SPDX-License-Identifier: MIT
// -qq: no "+++ exited with N +++" line.
// TRACE: -qq -e trace=getppid,exit_group
// START: first
// EXIT: 5
#include "e2e.h"

int main(void)
{
	SC(SYS_getppid);
	line(ret(), "getppid()");
	line("?", "exit_group(5)");
	e2e_flush();
	syscall(SYS_exit_group, 5);
}
