/* SPDX-License-Identifier: MIT */
/*
 * Case 1: a loop of getppid(), the cheapest system call, so the worst case for
 * a tracer's relative overhead. Usage: getppid ITERATIONS
 */
#include <sys/syscall.h>
#include <unistd.h>

#include "bench.h"

int main(int argc, char **argv)
{
	long n = bench_arg(argc, argv, 1, 1000000);
	uint64_t t0, t1;

	t0 = bench_start();
	for (long i = 0; i < n; i++)
		syscall(SYS_getppid); /* not the libc wrapper: nothing may cache it */
	t1 = bench_now_ns();
	bench_report("getppid", n, (uint64_t)n, t1 - t0, n ? (double)(t1 - t0) / (double)n : 0);
	return 0;
}
