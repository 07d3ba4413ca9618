// SPDX-License-Identifier: MIT
// Syscalls 451-469 have names (cachestat ... file_setattr) strace 6.1 lacks: -e trace= selects them by name, trace=none hides them (nsyscalls.test expects 6.1's syscall_0x1c3 instead; doc/STRACE-SUITE.md says why sctrace names them).
// TRACE: -e trace=cachestat,fchmodat2,exit_group
// TRACER-ONLY: sctrace
// START: first
#include "e2e.h"

int main(void)
{
	SC(451, -1L, 0L, 0L, 0L);
	line(ret(), "cachestat(-1, NULL, NULL, 0)");
	SC(452, (long)AT_FDCWD, "/nonexistent", 0644L, 0L);
	line(ret(), "fchmodat2(AT_FDCWD, \"/nonexistent\", 0644, 0)");
	SC(469, 0L, 0L, 0L, 0L, 0L); /* file_setattr: not selected */
	e2e_exit(0);
}
