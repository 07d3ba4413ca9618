// SPDX-License-Identifier: MIT
// Helper: the leader sleeps in pause(); a second thread calls gettid() and, once the leader
// sleeps, execve("/bin/true"). Writes "PID TID" to argv[1] first. For the -ff thread execve test.
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static pid_t leader;
static const char *ids;

static void *run(void *arg)
{
	struct timespec ts = { 0, 1000000 };
	char *argv[] = { "/bin/true", NULL };
	char path[64], buf[64];
	long tid = syscall(SYS_gettid);
	FILE *f;

	(void)arg;
	snprintf(path, sizeof(path), "/proc/self/task/%d/syscall", (int)leader);
	for (int i = 0; i < 10000; i++) {
		int fd = open(path, O_RDONLY | O_CLOEXEC);
		ssize_t n = fd >= 0 ? read(fd, buf, sizeof(buf) - 1) : -1;

		if (fd >= 0)
			close(fd);
		if (n > 0 && (buf[n] = '\0', strtol(buf, NULL, 10) == SYS_pause))
			break;
		nanosleep(&ts, NULL);
	}
	f = fopen(ids, "w");
	if (!f || fprintf(f, "%d %ld\n", (int)leader, tid) < 0 || fclose(f))
		exit(1);
	execv(argv[0], argv);
	exit(1);
}

int main(int argc, char **argv)
{
	pthread_t t;

	if (argc < 2)
		return 2;
	ids = argv[1];
	leader = getpid();
	if (pthread_create(&t, NULL, run, NULL))
		return 1;
	syscall(SYS_pause);
	return 1;
}
