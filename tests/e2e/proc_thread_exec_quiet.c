// SPDX-License-Identifier: MIT
// A thread's execve under -f with -e quiet=thread-execve, the leader asleep outside the traced set: the entry's line ends "<pid changed to PID ...>", no "superseded" line, then "<... execve resumed>" under the leader's pid.
// TRACE: -f -e quiet=thread-execve -e trace=getpid,gettid,execve,exit_group
// START: first
#include "e2e.h"
#include <pthread.h>
#include "thread_exec.h"

static int pipefd[2];

static void *thread(void *arg)
{
	char *argv[] = { exec_self, "child", NULL };
	char *envp[] = { NULL };
	long tid;

	(void)arg;
	wait_asleep_in(exec_leader, SYS_read);
	tid = SC(SYS_gettid);
	e2e_pid = tid;
	line(ret(), "gettid()");
	note("execve(%s, [%s, \"child\"], %p /* 0 vars */ <pid changed to %ld ...>",
	     qpath(exec_self), qstr(exec_self), (void *)envp, exec_leader);
	e2e_pid = exec_leader;
	line("0", "<... execve resumed>)");
	exec_save_expected();
	syscall(SYS_execve, exec_self, argv, envp);
	abort();
}

int main(int argc, char **argv)
{
	pthread_t t;
	char c;

	e2e_pfx = 1;
	if (argc > 1) /* the new image: the leader's pid, the lines so far */
		exec_child_exit();
	exec_self = argv[0];
	e2e_pid = exec_leader = SC(SYS_getpid);
	line(ret(), "getpid()");
	if (pipe2(pipefd, O_CLOEXEC))
		abort();
	pthread_create(&t, NULL, thread, NULL);
	syscall(SYS_read, pipefd[0], &c, 1); /* not traced; the execve ends it */
	abort();
}
