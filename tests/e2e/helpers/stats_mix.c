// SPDX-License-Identifier: MIT
/*
 * A deterministic mix for -c -f: two threads and two children that make known calls,
 * some failing, and no call whose count depends on timing (threads are joined by
 * polling without syscalls, SIGCHLD is blocked so that no sleep is interrupted).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

static void *thread(void *arg)
{
	(void)arg;
	for (int i = 0; i < 10; i++)
		getppid();
	for (int i = 0; i < 3; i++)
		close(-1); /* EBADF */
	return NULL;
}

static void child(void)
{
	char buf[100];
	int fd = open("/dev/zero", O_RDONLY);

	for (int i = 0; i < 4; i++)
		if (read(fd, buf, sizeof(buf)) < 0)
			_exit(1);
	for (int i = 0; i < 2; i++)
		access("/nonexistent/stats_mix", F_OK); /* ENOENT */
	_exit(0);
}

int main(void)
{
	pthread_t t[2];
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigprocmask(SIG_BLOCK, &set, NULL);
	for (int i = 0; i < 2; i++)
		if (pthread_create(&t[i], NULL, thread, NULL))
			return 1;
	for (int i = 0; i < 2; i++)
		while (pthread_tryjoin_np(t[i], NULL) == EBUSY)
			;
	for (int i = 0; i < 2; i++) {
		pid_t pid = fork();

		if (pid < 0)
			return 1;
		if (!pid)
			child();
		if (waitpid(pid, NULL, 0) != pid)
			return 1;
	}
	for (int i = 0; i < 5; i++)
		getppid();
	return 0;
}
