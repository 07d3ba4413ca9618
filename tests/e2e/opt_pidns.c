// SPDX-License-Identifier: MIT
// --pidns-translation: pids of a task in another PID namespace with their number in the tracer's as a comment (arguments, results, fcntl's owner, getpriority's who); -f prefixes stay the tracer's numbers.
// TRACE: --pidns-translation -f -e signal=none -e trace=getpid,gettid,getppid,kill,tgkill,fcntl,getpriority,exit_group
// START: first
#include "e2e.h"
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

/* Our pid in the outermost namespace /proc knows: the first of "NSpid:". */
static long outer_pid(void)
{
	char buf[4096];
	int fd = open("/proc/self/status", O_RDONLY);
	ssize_t n = fd < 0 ? -1 : read(fd, buf, sizeof(buf) - 1);
	char *p;

	if (n <= 0)
		exit(77);
	buf[n] = '\0';
	p = strstr(buf, "NSpid:");
	return p ? strtol(p + 6, NULL, 10) : -1;
}

static const char *translated(long g)
{
	char *b = e2e_tmp();

	snprintf(b, 8192, "1 /* %ld in strace's PID NS */", g);
	return b;
}

int main(void)
{
	long marker = SC(SYS_getpid), g;
	pid_t child;
	int st;

	e2e_pfx = 1;
	e2e_pid = marker;
	line(ret(), "getpid()");
	if (unshare(CLONE_NEWPID))
		return 77;
	child = fork();
	if (child == 0) {
		g = outer_pid();
		e2e_pid = g;
		SC(SYS_getpid);
		line(translated(g), "getpid()");
		SC(SYS_gettid);
		line(translated(g), "gettid()");
		SC(SYS_getppid);
		line(ret(), "getppid()");
		SC(SYS_kill, 1, 0);
		line(ret(), "kill(1 /* %ld in strace's PID NS */, 0)", g);
		SC(SYS_tgkill, 1, 1, 0);
		line(ret(), "tgkill(1 /* %ld in strace's PID NS */, 1 /* %ld in strace's PID NS */, 0)", g, g);
		SC(SYS_fcntl, 0, F_SETOWN, 1);
		line(ret(), "fcntl(0, F_SETOWN, 1 /* %ld in strace's PID NS */)", g);
		SC(SYS_fcntl, 0, F_GETOWN);
		line(translated(g), "fcntl(0, F_GETOWN)");
		SC(SYS_getpriority, PRIO_PROCESS, 1);
		line(ret(), "getpriority(PRIO_PROCESS, 1 /* %ld in strace's PID NS */)", g);
		line("?", "exit_group(0)");
		note("+++ exited with 0 +++");
		/*
		 * No wait for the lines to be out: sctrace prints after the fact,
		 * and translates a task that is gone by then from its fork's
		 * PID_VIEW record, not /proc.
		 */
		/* the child writes everything expected, the parent's lines included */
		e2e_pid = marker;
		e2e_exit(0);
	}
	waitpid(child, &st, 0);
	syscall(SYS_exit_group, 0);
}
