// SPDX-License-Identifier: MIT
/*
 * Known CPU times for -c: five readv of 32 MiB from /dev/zero (the kernel clears the
 * buffer: work done in the call, on a CPU; a call the dynamic loader never makes) and
 * four 50 ms nanosleeps (nearly none), and user-space spinning between them (in no
 * call: counts nowhere). Prints, per
 * syscall, "name calls cpu_ns wall_ns": the calls, the thread's CPU time measured
 * around them (CLOCK_THREAD_CPUTIME_ID, which includes a few hundred ns of the
 * clock_gettime calls themselves) and their wall time, summed.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#define BUF (32u << 20)

static long long clock_ns(clockid_t c)
{
	struct timespec ts;

	syscall(SYS_clock_gettime, c, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

struct sum {
	int calls;
	long long cpu, wall;
};

static volatile unsigned long spun;

static void spin_user(long long ns)
{
	long long end = clock_ns(CLOCK_THREAD_CPUTIME_ID) + ns;

	while (clock_ns(CLOCK_THREAD_CPUTIME_ID) < end)
		for (int i = 0; i < 100000; i++)
			spun++;
}

int main(void)
{
	char *buf = malloc(BUF), out[256];
	int fd = open("/dev/zero", O_RDONLY);
	struct sum rd = { 0 }, sl = { 0 };
	struct iovec iov = { buf, BUF };
	int len;

	if (!buf || fd < 0)
		return 1;
	memset(buf, 1, BUF); /* faulted in: the reads only clear it */
	for (int i = 0; i < 5; i++) {
		long long c0 = clock_ns(CLOCK_THREAD_CPUTIME_ID), w0 = clock_ns(CLOCK_MONOTONIC);

		if (syscall(SYS_readv, fd, &iov, 1) != BUF)
			return 1;
		rd.wall += clock_ns(CLOCK_MONOTONIC) - w0;
		rd.cpu += clock_ns(CLOCK_THREAD_CPUTIME_ID) - c0;
		rd.calls++;
		if (i < 4) {
			struct timespec req = { 0, 50 * 1000000L };

			spin_user(5 * 1000000LL);
			c0 = clock_ns(CLOCK_THREAD_CPUTIME_ID);
			w0 = clock_ns(CLOCK_MONOTONIC);
			syscall(SYS_nanosleep, &req, NULL);
			sl.wall += clock_ns(CLOCK_MONOTONIC) - w0;
			sl.cpu += clock_ns(CLOCK_THREAD_CPUTIME_ID) - c0;
			sl.calls++;
		}
	}
	len = snprintf(out, sizeof(out), "readv %d %lld %lld\nnanosleep %d %lld %lld\n", rd.calls,
		       rd.cpu, rd.wall, sl.calls, sl.cpu, sl.wall);
	return write(1, out, (size_t)len) == len ? 0 : 1;
}
