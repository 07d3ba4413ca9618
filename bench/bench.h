/* SPDX-License-Identifier: MIT */
/*
 * Shared helpers of the benchmark workloads (the programs in bench/).
 *
 * Every workload times its own loop with CLOCK_MONOTONIC and prints one line
 * on stdout that bench/run.sh parses:
 *   BENCH case=NAME iters=N syscalls=N elapsed_ns=N ns_per_call=F rate=F cpu_ns=N loop_cpu_ns=N
 * syscalls is the number of system calls the timed loop made (what a lossless
 * tracer must show), cpu_ns the workload's own user+system CPU time, so that
 * the tracer's share can be told apart from it, loop_cpu_ns the part of it
 * spent in the timed loop (from bench_start), which includes the time the BPF
 * programs run in the workload's system calls.
 */
#ifndef SCT_BENCH_H
#define SCT_BENCH_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

static inline uint64_t bench_now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/*
 * CPU time of the whole process so far. The kernel's accounting leaves out
 * steal time (the hypervisor running other guests), so on a busy host this
 * moves far less than the wall time.
 */
static inline uint64_t bench_cpu_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static uint64_t bench_loop_cpu0 __attribute__((unused));

/* The start of the timed loop: its wall time now, and its CPU time remembered for the report. */
static inline uint64_t bench_start(void)
{
	bench_loop_cpu0 = bench_cpu_ns();
	return bench_now_ns();
}

static inline long bench_arg(int argc, char **argv, int i, long dflt)
{
	char *end;
	long v;

	if (argc <= i)
		return dflt;
	v = strtol(argv[i], &end, 10);
	if (*end || v < 0) {
		fprintf(stderr, "%s: bad number '%s'\n", argv[0], argv[i]);
		exit(2);
	}
	return v;
}

/* per_call_div: how many calls one unit of ns_per_call stands for (threads run in parallel). */
static inline void bench_report(const char *name, long iters, uint64_t syscalls, uint64_t elapsed,
				double ns_per_call)
{
	uint64_t cpu = bench_cpu_ns();

	printf("BENCH case=%s iters=%ld syscalls=%llu elapsed_ns=%llu ns_per_call=%.1f rate=%.0f "
	       "cpu_ns=%llu loop_cpu_ns=%llu\n",
	       name, iters, (unsigned long long)syscalls, (unsigned long long)elapsed, ns_per_call,
	       elapsed ? (double)syscalls * 1e9 / (double)elapsed : 0.0, (unsigned long long)cpu,
	       (unsigned long long)(cpu - bench_loop_cpu0));
	fflush(stdout);
}

#endif
