// SPDX-License-Identifier: MIT
// Helpers for the tests of a thread's execve (proc_thread_exec*.c): the expected lines
// cross the execve in a file of the test's scratch directory.
#ifndef THREAD_EXEC_H
#define THREAD_EXEC_H

#include "e2e.h"
#include <time.h>

static char *exec_self; /* the program's path: the thread runs it again with "child" */
static long exec_leader; /* the thread group leader's pid, the new image's too */

/* Until thread tid of this process sleeps in syscall nr (its entry is then recorded). */
static void wait_asleep_in(long tid, long nr)
{
	struct timespec ts = { 0, 1000000 };
	char path[64], buf[64];

	snprintf(path, sizeof(path), "/proc/self/task/%ld/syscall", tid);
	for (int i = 0; i < 10000; i++) {
		int fd = open(path, O_RDONLY | O_CLOEXEC);
		ssize_t n = fd >= 0 ? read(fd, buf, sizeof(buf) - 1) : -1;

		if (fd >= 0)
			close(fd);
		if (n > 0) {
			buf[n] = '\0';
			if (strtol(buf, NULL, 10) == nr)
				return;
		}
		nanosleep(&ts, NULL);
	}
	abort();
}

/* The lines so far, for the new image (open, write and close are not traced). */
static void exec_save_expected(void)
{
	int fd = open("expected.part", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

	if (fd < 0 || write(fd, e2e_out, e2e_outlen) != (ssize_t)e2e_outlen || close(fd))
		abort();
}

/* In the new image: the lines so far, its own getpid, then its exit. */
static void __attribute__((noreturn)) exec_child_exit(void)
{
	int fd = open("expected.part", O_RDONLY | O_CLOEXEC);
	ssize_t n = fd >= 0 ? read(fd, e2e_out, sizeof(e2e_out) - 1) : -1;

	if (n < 0)
		abort();
	close(fd);
	e2e_outlen = (size_t)n;
	e2e_pid = SC(SYS_getpid);
	line(ret(), "getpid()");
	e2e_exit(0);
}

#endif
