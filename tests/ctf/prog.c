// SPDX-License-Identifier: MIT
#define _GNU_SOURCE
/*
 * The traced program of tests/ctf/run.sh: calls whose CTF events the test
 * checks field by field (an open, a read, a failing open with O_CREAT's mode,
 * pipe2's output array), a child that exits with 7, a signal. With an
 * argument "spin DIR": waits for DIR/go, then makes 300000 getppid calls
 * (the loss test stops sctrace meanwhile) and creates DIR/done. "loop N
 * FILE": N opens, reads and closes, then creates FILE (the full disk test).
 * "sleep N": N sleeps of 20 ms, each of which blocks (the --sched test).
 * "hold DIR": opens /etc/passwd (close-on-exec, 3) and /etc/hostname (4),
 * creates DIR/ready, waits for DIR/go, reads from both (the state dump test).
 */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int spin(const char *dir)
{
	char path[4096];
	int fd;

	snprintf(path, sizeof(path), "%s/ready", dir);
	fd = open(path, O_WRONLY | O_CREAT, 0644);
	if (fd < 0)
		return 1;
	close(fd);
	snprintf(path, sizeof(path), "%s/go", dir);
	while (access(path, F_OK))
		usleep(1000);
	for (int i = 0; i < 300000; i++)
		getppid();
	snprintf(path, sizeof(path), "%s/done", dir);
	fd = open(path, O_WRONLY | O_CREAT, 0644);
	return fd < 0;
}

static int hold(const char *dir)
{
	char path[4096], buf[8];
	int a = open("/etc/passwd", O_RDONLY | O_CLOEXEC);
	int b = open("/etc/hostname", O_RDONLY);

	if (a != 3 || b != 4)
		return 1;
	snprintf(path, sizeof(path), "%s/ready", dir);
	close(open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644));
	snprintf(path, sizeof(path), "%s/go", dir);
	while (access(path, F_OK))
		usleep(1000);
	return read(a, buf, 1) != 1 || read(b, buf, 1) != 1;
}

static int loop(int n, const char *done)
{
	char buf[64];

	for (int i = 0; i < n; i++) {
		int fd = open("/etc/passwd", O_RDONLY);

		if (fd < 0 || read(fd, buf, sizeof(buf)) < 0)
			return 1;
		close(fd);
	}
	return close(open(done, O_WRONLY | O_CREAT, 0644)) != 0;
}

int main(int argc, char **argv)
{
	char buf[16];
	int p[2], status;
	pid_t child;
	int fd;

	if (argc == 3 && !strcmp(argv[1], "spin"))
		return spin(argv[2]);
	if (argc == 3 && !strcmp(argv[1], "hold"))
		return hold(argv[2]);
	if (argc == 3 && !strcmp(argv[1], "sleep")) {
		for (int i = 0; i < atoi(argv[2]); i++)
			nanosleep(&(struct timespec){ 0, 20000000 }, NULL);
		return 0;
	}
	if (argc == 4 && !strcmp(argv[1], "loop"))
		return loop(atoi(argv[2]), argv[3]);
	fd = open("/etc/passwd", O_RDONLY);
	if (fd != 3 || read(fd, buf, 5) != 5)
		return 1;
	close(fd);
	if (open("/nonexistent/sctrace-ctf", O_WRONLY | O_CREAT, 0640) != -1)
		return 1;
	if (pipe2(p, O_CLOEXEC))
		return 1;
	child = fork();
	if (child == 0) {
		if (write(p[1], "x", 1) != 1)
			_exit(1);
		_exit(7);
	}
	if (read(p[0], buf, 1) != 1 || waitpid(child, &status, 0) != child)
		return 1;
	signal(SIGUSR1, SIG_IGN);
	kill(getpid(), SIGUSR1);
	return WEXITSTATUS(status) == 7 ? 0 : 1;
}
