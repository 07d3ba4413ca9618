// SPDX-License-Identifier: MIT
// A thread's execve under -f: its entry under its own tid, the leader's pause killed ("= ?"), "+++ superseded by execve in pid TID +++" and "<... execve resumed>" under the leader's pid, which the new image keeps.
// TRACE: -f -e trace=getpid,gettid,pause,execve,exit_group
// START: first
#include "e2e.h"
#include <pthread.h>
#include "thread_exec.h"

static void *thread(void *arg)
{
	char *argv[] = { exec_self, "child", NULL };
	char *envp[] = { NULL };
	long tid;

	(void)arg;
	wait_asleep_in(exec_leader, SYS_pause);
	tid = SC(SYS_gettid);
	e2e_pid = tid;
	line(ret(), "gettid()");
	note("execve(%s, [%s, \"child\"], %p /* 0 vars */ <unfinished ...>", qpath(exec_self),
	     qstr(exec_self), (void *)envp);
	e2e_pid = exec_leader;
	line("?", "<... pause resumed>)");
	note("+++ superseded by execve in pid %ld +++", tid);
	line("0", "<... execve resumed>)");
	exec_save_expected();
	syscall(SYS_execve, exec_self, argv, envp);
	abort();
}

int main(int argc, char **argv)
{
	pthread_t t;

	e2e_pfx = 1;
	if (argc > 1) /* the new image: the leader's pid, the lines so far */
		exec_child_exit();
	exec_self = argv[0];
	e2e_pid = exec_leader = SC(SYS_getpid);
	line(ret(), "getpid()");
	/* the leader sleeps in pause before the thread's first call */
	note("pause( <unfinished ...>");
	pthread_create(&t, NULL, thread, NULL);
	syscall(SYS_pause);
	abort();
}
