// SPDX-License-Identifier: MIT
/* A thread that calls getppid, a child that calls getpid and exits 3: three tasks for -ff. */
#include <pthread.h>
#include <sys/wait.h>
#include <unistd.h>

static void *run(void *arg)
{
	(void)arg;
	usleep(20000);
	getppid();
	return NULL;
}

int main(void)
{
	pthread_t t;

	if (pthread_create(&t, NULL, run, NULL))
		return 1;
	if (fork() == 0) {
		usleep(50000); /* the parent is in wait4 by then: SIGCHLD comes after it, as strace shows it */
		getpid();
		_exit(3);
	}
	wait(NULL);
	pthread_join(t, NULL);
	return 0;
}
