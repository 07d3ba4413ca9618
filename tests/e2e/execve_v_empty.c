// SPDX-License-Identifier: MIT
// -v: an empty argv and environment print as [] (strace's printargv; execve-v.test), a non-empty one in full.
// TRACE: -v -e trace=execve,exit_group
// START: first
#include "e2e.h"

int main(void)
{
	char *empty[] = { NULL };
	char *argv[] = { "a", "b", NULL };
	char *envp[] = { "X=1", NULL };

	SC(SYS_execve, "/nonexistent/x", empty, empty);
	line(ret(), "execve(\"/nonexistent/x\", [], [])");
	SC(SYS_execve, "/nonexistent/y", argv, envp);
	line(ret(), "execve(\"/nonexistent/y\", [\"a\", \"b\"], [\"X=1\"])");
	e2e_exit(0);
}
