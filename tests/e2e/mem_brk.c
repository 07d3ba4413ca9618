// SPDX-License-Identifier: MIT
// brk: query with NULL, grow, shrink, and a refused request (the old break comes back); results in hex.
// TRACE: -e trace=brk,getppid,exit_group
// START: first
#include "e2e.h"

int main(void)
{
	unsigned long cur, r;

	/* a unique first line: the loader's brk(NULL) looks like ours */
	SC(SYS_getppid);
	line(ret(), "getppid()");
	cur = SC(SYS_brk, 0);
	line(ret_hex(), "brk(NULL)");
	r = SC(SYS_brk, cur + 65536);
	line(ret_hex(), "brk(%#lx)", cur + 65536);
	SC(SYS_brk, r - 4096);
	line(ret_hex(), "brk(%#lx)", r - 4096);
	SC(SYS_brk, 0x1000);
	line(ret_hex(), "brk(0x1000)");
	SC(SYS_brk, cur);
	line(ret_hex(), "brk(%#lx)", cur);
	e2e_exit(0);
}
