// SPDX-License-Identifier: MIT
// exit_group(3): "= ?", "+++ exited with 3 +++", and the tracer exits with status 3.
// TRACE: -e trace=exit_group,getppid
// START: first
// EXIT: 3
#include "e2e.h"

int main(void)
{
	SC(SYS_getppid);
	line(ret(), "getppid()");
	e2e_exit(3);
}
