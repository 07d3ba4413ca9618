/* SPDX-License-Identifier: MIT */
/*
 * Case 5 helper: the wall time of a command, from fork to its exit, without
 * the shell's own start-up in the figure.
 *   walltime [-q] CMD [ARGS...]   prints "WALL ns=N status=S" on stderr
 * -q sends the command's stdout and stderr to /dev/null.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench.h"

int main(int argc, char **argv)
{
	int quiet = argc > 1 && !strcmp(argv[1], "-q");
	char **cmd = argv + 1 + quiet;
	uint64_t t0, t1;
	int status;
	pid_t pid;

	if (!*cmd) {
		fprintf(stderr, "usage: walltime [-q] CMD [ARGS...]\n");
		return 2;
	}
	t0 = bench_now_ns();
	pid = fork();
	if (pid < 0) {
		perror("fork");
		return 1;
	}
	if (pid == 0) {
		if (quiet) {
			int fd = open("/dev/null", O_WRONLY);

			dup2(fd, 1);
			dup2(fd, 2);
		}
		execvp(cmd[0], cmd);
		perror(cmd[0]);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) < 0) {
		perror("waitpid");
		return 1;
	}
	t1 = bench_now_ns();
	fprintf(stderr, "WALL ns=%llu status=%d\n", (unsigned long long)(t1 - t0),
		WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	return 0;
}
