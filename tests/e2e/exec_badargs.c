// SPDX-License-Identifier: MIT
// execve, execveat: unreadable argv strings print as addresses, arrays cut by a page as "... /* addr */" and "unterminated".
// TRACE: -e trace=execve,execveat,exit_group
// START: first
#include "e2e.h"
#include <fcntl.h>
#include <sys/mman.h>

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char **argv, **envp;

	munmap(page + 4096, 4096);
	/* the last 4 words of the page: two strings, a bad pointer, then the unmapped page */
	argv = (char **)(page + 4096 - 4 * sizeof(char *));
	argv[0] = "first";
	argv[1] = "second";
	argv[2] = (char *)-1L;
	argv[3] = (char *)-2L;
	/* the last 2 words: no NULL before the page ends */
	envp = (char **)(page + 4096 - 2 * sizeof(char *));

	SC(SYS_execve, "./no such file", argv, envp);
	line(ret(), "execve(\"./no such file\", [\"first\", \"second\", 0xffffffffffffffff, "
		    "0xfffffffffffffffe, ... /* %p */], %p /* 2 vars, unterminated */)",
	     (void *)(page + 4096), (void *)envp);
	/* an array whose first word is unreadable: its address alone */
	SC(SYS_execveat, AT_FDCWD, "./no such file", page + 4096, page + 4096, 0);
	line(ret(), "execveat(AT_FDCWD, \"./no such file\", %p, %p, 0)", (void *)(page + 4096),
	     (void *)(page + 4096));
	e2e_exit(0);
}
