// SPDX-License-Identifier: MIT
// Helper: clone(CLONE_PARENT) (argv[1] "parent": a child of our parent, which must reap it),
// clone(CLONE_PTRACE) ("ptrace": a child we kill and reap) or clone3(CLONE_PTRACE) ("ptrace3");
// prints the child's pid.
#define _GNU_SOURCE
#include <errno.h>
#include <linux/sched.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static char stack[64 * 1024] __attribute__((aligned(16)));

static int child_exit(void *arg)
{
	(void)arg;
	return 42;
}

static int child_pause(void *arg)
{
	(void)arg;
	for (;;)
		pause();
	return 0;
}

/* The tracer, our parent, reaps a CLONE_PARENT child: wait until it has (10 s at most). */
static int wait_reaped(pid_t pid)
{
	struct timespec ms = { 0, 1000000 };

	for (int i = 0; i < 10000; i++) {
		if (kill(pid, 0) && errno == ESRCH)
			return 0;
		nanosleep(&ms, NULL);
	}
	return 1;
}

/* clone3 as fork, with CLONE_PTRACE: the child pauses until killed */
static pid_t clone3_ptrace(void)
{
	struct clone_args ca = { .flags = CLONE_PTRACE, .exit_signal = SIGCHLD };
	long r = syscall(SYS_clone3, &ca, sizeof(ca));

	if (r == 0)
		child_pause(NULL);
	return (pid_t)r;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "parent";
	int ptrace = strncmp(mode, "ptrace", 6) == 0;
	int flags = (ptrace ? CLONE_PTRACE : CLONE_PARENT) | SIGCHLD;
	pid_t pid = strcmp(mode, "ptrace3") == 0 ?
		clone3_ptrace() :
		clone(ptrace ? child_pause : child_exit, stack + sizeof(stack), flags, NULL);
	int status;

	if (pid < 0)
		return 2;
	if (ptrace) {
		kill(pid, SIGUSR1);
		if (waitpid(pid, &status, 0) != pid || !WIFSIGNALED(status))
			return 3;
	} else if (wait_reaped(pid)) {
		return 4;
	}
	printf("%d\n", (int)pid);
	return 0;
}
