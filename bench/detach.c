/* SPDX-License-Identifier: MIT */
/*
 * Case 5 helper: how long a tracer attached with -p takes to detach.
 *   detach READY_FILE PATTERN DELAY_MS LOG -- TRACER [ARGS...]
 * Starts TRACER with stdout and stderr in LOG, waits until READY_FILE holds
 * PATTERN (the tracer has attached; "" = only the delay), waits DELAY_MS more,
 * then sends SIGINT and measures from the signal to the tracer's exit. Prints
 * "DETACH ns=N status=S" on stdout. Gives up after 30 s (SIGKILL, exit 1).
 */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench.h"

static int file_has(const char *path, const char *pattern)
{
	static char buf[1 << 16];
	ssize_t n;
	int fd;

	if (!*pattern)
		return 1;
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return 0;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = 0;
	return memmem(buf, (size_t)n, pattern, strlen(pattern)) != NULL;
}

static void sleep_ms(long ms)
{
	struct timespec ts = { .tv_sec = ms / 1000, .tv_nsec = (ms % 1000) * 1000000 };

	nanosleep(&ts, NULL);
}

int main(int argc, char **argv)
{
	uint64_t t0, t1, deadline;
	int status, fd;
	pid_t pid;

	if (argc < 7 || strcmp(argv[5], "--")) {
		fprintf(stderr, "usage: detach READY_FILE PATTERN DELAY_MS LOG -- TRACER [ARGS...]\n");
		return 2;
	}
	pid = fork();
	if (pid < 0) {
		perror("fork");
		return 1;
	}
	if (pid == 0) {
		fd = open(argv[4], O_WRONLY | O_CREAT | O_TRUNC, 0644);
		if (fd < 0) {
			perror(argv[4]);
			_exit(127);
		}
		dup2(fd, 1);
		dup2(fd, 2);
		execvp(argv[6], argv + 6);
		perror(argv[6]);
		_exit(127);
	}
	deadline = bench_now_ns() + 30000000000ull;
	while (!file_has(argv[1], argv[2])) {
		if (bench_now_ns() > deadline || waitpid(pid, &status, WNOHANG) == pid) {
			fprintf(stderr, "detach: '%s' never appeared in %s\n", argv[2], argv[1]);
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			return 1;
		}
		sleep_ms(5);
	}
	sleep_ms(bench_arg(argc, argv, 3, 0));
	t0 = bench_now_ns();
	kill(pid, SIGINT);
	while (waitpid(pid, &status, 0) < 0)
		;
	t1 = bench_now_ns();
	printf("DETACH ns=%llu status=%d\n", (unsigned long long)(t1 - t0),
	       WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	return 0;
}
