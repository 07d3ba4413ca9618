// SPDX-License-Identifier: MIT
// -e trace=none: a syscall number the table has no name for is traced all the same, as strace does (no name selects it; nsyscalls.test).
// TRACE: -e trace=none
// START: first
#include "e2e.h"

int main(void)
{
	SC(500, 1L, 2L, 3L, 4L, 5L, 6L);
	line(ret(), "syscall_0x1f4(0x1, 0x2, 0x3, 0x4, 0x5, 0x6)");
	e2e_exit_ex(0, 0);
}
