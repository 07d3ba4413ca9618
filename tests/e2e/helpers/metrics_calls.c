// SPDX-License-Identifier: MIT
// Helper: N getppid, M close(-1) (EBADF), K open of a missing file (ENOENT), then with a
// 4th argument a child named "mchild" (prctl) making that many getppid; then it waits
// for its stdin to close (so that counters are read while it runs) and exits 0.
// Static: no dynamic loader's calls (its openat and access may fail) among the counts.
// CFLAGS: -static
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void calls(long nr, long n, long a0)
{
	while (n-- > 0)
		syscall(nr, a0, 0L, 0L, 0L);
}

int main(int argc, char **argv)
{
	char c;

	if (argc < 4)
		return 2;
	calls(SYS_getppid, atol(argv[1]), 0);
	calls(SYS_close, atol(argv[2]), -1L);
	for (long k = atol(argv[3]); k > 0; k--)
		syscall(SYS_openat, (long)AT_FDCWD, "metrics-missing", (long)O_RDONLY, 0L);
	if (argc > 4) {
		pid_t pid = fork();

		if (pid == 0) {
			prctl(PR_SET_NAME, "mchild", 0, 0, 0);
			calls(SYS_getppid, atol(argv[4]), 0);
			_exit(0);
		}
		waitpid(pid, NULL, 0);
	}
	while (read(0, &c, 1) > 0)
		;
	return 0;
}
