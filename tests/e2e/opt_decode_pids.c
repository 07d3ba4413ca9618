// SPDX-License-Identifier: MIT
// -Y: pids with the task's name in <...> ('<' and '>' escaped), the name from the trace (a prctl outside -e trace=) and, for a task not traced, from /proc.
// TRACE: -Y -e trace=getpid,gettid,tgkill,kill,getpgid,fcntl,getpriority,exit_group
// START: first
#include "e2e.h"
#include <signal.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/prctl.h>

#define NAME "y\\74e2e\\76"

static const char *named(long pid)
{
	char *b = e2e_tmp();

	snprintf(b, 8192, "%ld<" NAME ">", pid);
	return b;
}

int main(void)
{
	int ready[2];
	char c;
	long pid, tid;
	pid_t child;

	syscall(SYS_prctl, PR_SET_NAME, "y<e2e>", 0, 0, 0);
	pid = SC(SYS_getpid);
	line(named(pid), "getpid()");
	tid = SC(SYS_gettid);
	line(named(tid), "gettid()");
	SC(SYS_tgkill, pid, tid, 0);
	line(ret(), "tgkill(%ld<" NAME ">, %ld<" NAME ">, 0)", pid, tid);
	/* kill's process groups and getpgid's result are no task: no name */
	SC(SYS_kill, -syscall(SYS_getpgrp), 0);
	line(ret(), "kill(%ld, 0)", -syscall(SYS_getpgrp));
	/* fcntl's owner (a process, or minus a group) and getpriority's who, by which */
	SC(SYS_fcntl, 0, F_SETOWN, pid);
	line(ret(), "fcntl(0, F_SETOWN, %s)", named(pid));
	SC(SYS_fcntl, 0, F_GETOWN);
	line(named(pid), "fcntl(0, F_GETOWN)");
	SC(SYS_fcntl, 0, F_SETOWN, -syscall(SYS_getpgrp));
	line(ret(), "fcntl(0, F_SETOWN, %ld)", -syscall(SYS_getpgrp));
	SC(SYS_getpriority, PRIO_PROCESS, pid);
	line(ret(), "getpriority(PRIO_PROCESS, %s)", named(pid));
	SC(SYS_getpriority, PRIO_PGRP, syscall(SYS_getpgrp));
	line(ret(), "getpriority(PRIO_PGRP, %ld)", syscall(SYS_getpgrp));
	/* a task not traced (no -f): its name comes from /proc, so it must outlive the trace */
	if (pipe(ready))
		return 1;
	child = fork();
	if (child == 0) {
		prctl(PR_SET_NAME, "kid", 0, 0, 0);
		if (write(ready[1], "", 1) != 1)
			_exit(1);
		sleep(3);
		_exit(0);
	}
	if (read(ready[0], &c, 1) != 1)
		return 1;
	SC(SYS_kill, child, 0);
	line(ret(), "kill(%d<kid>, 0)", child);
	SC(SYS_getpgid, child);
	line(ret(), "getpgid(%d<kid>)", child);
	e2e_exit(0);
}
