// SPDX-License-Identifier: MIT
// -e fault=exit_group: the call did not run and returned its error, which strace prints (qual_fault-exit_group.test); the next exit_group is not faulted and prints "= ?".
// TRACE: -e trace=exit_group -e fault=exit_group:error=ENOSYS:when=1
// START: first
#include "e2e.h"

int main(void)
{
	SC(SYS_exit_group, 42);
	line("-1 ENOSYS (Function not implemented) (INJECTED)", "exit_group(42)");
	e2e_exit(0);
}
