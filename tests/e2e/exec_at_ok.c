// SPDX-License-Identifier: MIT
// A successful execveat: its path, argv and envp where they belong (after the dirfd), from the new image.
// TRACE: -e trace=execveat,exit_group
// START: first
#include "e2e.h"
#include <fcntl.h>

int main(void)
{
	char *argv[] = { "true", "one", "two", NULL };
	char *envp[] = { "A=1", NULL };

	line("0", "execveat(AT_FDCWD, \"/bin/true\", [\"true\", \"one\", \"two\"], %p /* 1 var */, 0)",
	     (void *)envp);
	line("?", "exit_group(0)");
	note("+++ exited with 0 +++");
	e2e_flush();
	syscall(SYS_execveat, AT_FDCWD, "/bin/true", argv, envp, 0);
	return 1;
}
