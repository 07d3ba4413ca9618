// SPDX-License-Identifier: MIT
// -y: open_tree's descriptor (a path, or "" with AT_EMPTY_PATH), pidfd_getfd's from an untraced child.
// TRACE: -y -e trace=open_tree,pidfd_getfd,exit_group
// START: first
#include "e2e.h"
#include <fcntl.h>
#include <sys/wait.h>

#ifndef AT_EMPTY_PATH
#define AT_EMPTY_PATH 0x1000
#endif

/* The result: the new descriptor and what -y says it is, or the error. */
static const char *described(const char *path)
{
	char *b;

	if (e2e_r < 0)
		return ret();
	b = e2e_tmp();
	snprintf(b, 8192, "%ld<%s>", e2e_r, path);
	return b;
}

int main(void)
{
	int null = open("/dev/null", O_RDONLY), full = open("/dev/full", O_WRONLY);
	int pipefd[2], pidfd, pid;
	char c;

	SC(SYS_open_tree, -1, "/dev/full", 0);
	line(described("/dev/full"), "open_tree(-1, \"/dev/full\", 0)");
	SC(SYS_open_tree, null, "", AT_EMPTY_PATH);
	line(described("/dev/null"), "open_tree(%d</dev/null>, \"\", AT_EMPTY_PATH)", null);

	if (pipe(pipefd))
		return 1;
	pid = fork();
	if (!pid) { /* keeps /dev/full open until the parent is done */
		close(pipefd[1]);
		if (read(pipefd[0], &c, 1) < 0)
			_exit(1);
		_exit(0);
	}
	close(full); /* the child's copy stays */
	pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
	SC(SYS_pidfd_getfd, pidfd, full, 0);
	line(described("/dev/full"), "pidfd_getfd(%d<anon_inode:[pidfd]>, %d</dev/full>, 0)", pidfd,
	     full);
	close(pipefd[1]);
	waitpid(pid, NULL, 0);
	note("--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=%d, si_uid=%d, si_status=0, "
	     "si_utime=0, si_stime=0} ---", pid, (int)getuid());
	e2e_exit(0);
}
