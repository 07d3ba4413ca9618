// SPDX-License-Identifier: MIT
// waitid's id by its idtype: P_PID a process (-Y names it), P_PIDFD a descriptor (-y), P_PGID a group, P_ALL a number.
// TRACE: -y -Y -e trace=waitid,exit_group
// START: first
#include "e2e.h"
#include <sys/prctl.h>
#include <sys/wait.h>

int main(void)
{
	int ready[2];
	long pidfd;
	pid_t child, pgrp = getpgrp();
	char c;

	if (pipe(ready))
		return 1;
	child = fork();
	if (child == 0) {
		prctl(PR_SET_NAME, "kid", 0, 0, 0);
		if (write(ready[1], "", 1) != 1)
			_exit(1);
		sleep(3); /* its name comes from /proc: it must outlive the trace */
		_exit(0);
	}
	if (read(ready[0], &c, 1) != 1)
		return 1;
	pidfd = syscall(SYS_pidfd_open, child, 0);
	if (pidfd < 0)
		return 1;
	SC(SYS_waitid, P_PID, child, NULL, WNOHANG | WEXITED, NULL);
	line(ret(), "waitid(P_PID, %d<kid>, NULL, WNOHANG|WEXITED, NULL)", child);
	SC(SYS_waitid, P_PIDFD, pidfd, NULL, WNOHANG | WEXITED, NULL);
	line(ret(), "waitid(P_PIDFD, %ld<anon_inode:[pidfd]>, NULL, WNOHANG|WEXITED, NULL)", pidfd);
	SC(SYS_waitid, P_PGID, pgrp, NULL, WNOHANG | WEXITED, NULL);
	line(ret(), "waitid(P_PGID, %d, NULL, WNOHANG|WEXITED, NULL)", pgrp);
	SC(SYS_waitid, P_ALL, 7, NULL, WNOHANG | WEXITED, NULL);
	line(ret(), "waitid(P_ALL, 7, NULL, WNOHANG|WEXITED, NULL)");
	SC(SYS_waitid, 9, -1, NULL, WNOHANG, NULL);
	line(ret(), "waitid(0x9 /* P_??? */, -1, NULL, WNOHANG, NULL)");
	e2e_exit(0);
}
