// SPDX-License-Identifier: MIT
// -e inject=...:retval= with a value above LONG_MAX, or in the errno range: a value, never an error; strace prints return values unsigned (RVAL_UDECIMAL), for a never-failing call (geteuid) and for another (chdir); inject-nf.test.
// TRACE: -e trace=geteuid,getegid,chdir,exit_group -e inject=geteuid,chdir:retval=0x8000000000000000 -e inject=getegid:retval=-2
// START: first
#include "e2e.h"

int main(void)
{
	long r = syscall(SYS_geteuid);

	line("9223372036854775808 (INJECTED)", "geteuid()");
	if ((unsigned long)r != 0x8000000000000000UL)
		line("?", "geteuid returned %ld", r);
	r = syscall(SYS_getegid); /* libc's syscall() takes -2 for an error */
	line("18446744073709551614 (INJECTED)", "getegid()");
	if (r != -1 || errno != 2)
		line("?", "getegid returned %ld", r);
	r = syscall(SYS_chdir, ".");
	line("9223372036854775808 (INJECTED)", "chdir(\".\")");
	if ((unsigned long)r != 0x8000000000000000UL)
		line("?", "chdir returned %ld", r);
	e2e_exit(0);
}
