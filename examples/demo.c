// SPDX-License-Identifier: MIT
/*
 * The example `make demo` traces with -f: a parent that starts a child, the
 * child writing and reading back a file, the parent waiting for it. Shows
 * paths, flags, errors, [pid N] prefixes and an interrupted wait4.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	char path[] = "/tmp/sctrace-demo-XXXXXX";
	char buf[64];
	int fd, status;
	pid_t pid;

	fd = mkstemp(path);
	if (fd < 0)
		return 1;
	close(fd);
	pid = fork();
	if (pid == 0) {
		usleep(20000); /* let the parent block in wait4 first */
		fd = open(path, O_WRONLY | O_TRUNC);
		if (write(fd, "hello from the child\n", 21) != 21)
			_exit(1);
		close(fd);
		fd = open(path, O_RDONLY);
		if (read(fd, buf, sizeof(buf)) < 0)
			_exit(1);
		close(fd);
		_exit(0);
	}
	waitpid(pid, &status, 0);
	access("/nonexistent/file", R_OK);
	unlink(path);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
