/* SPDX-License-Identifier: MIT */
/*
 * Case 3: two threads making system calls (getppid) as fast as they can, each
 * pinned to its own core.
 *   threads ITERATIONS           each thread makes ITERATIONS calls; ns_per_call
 *                                is per call of one thread (wall / ITERATIONS)
 *   threads --rate RATE SECONDS  the two threads together make RATE calls a
 *                                second for SECONDS, sleeping (clock_nanosleep,
 *                                counted) when ahead: the sustained-rate test
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <pthread.h>
#include <sched.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "bench.h"

#define NTHREADS 2
#define BATCH 256

struct worker {
	pthread_t th;
	int cpu; /* -1: not pinned */
	long iters; /* fixed-count mode */
	double rate; /* paced mode: calls per second of this thread */
	uint64_t until_ns; /* paced mode: stop time */
	uint64_t calls;
	uint64_t sleeps;
};

static pthread_barrier_t start;
static uint64_t t_start;

static void pin(int cpu)
{
	cpu_set_t set;

	if (cpu < 0)
		return;
	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	if (pthread_setaffinity_np(pthread_self(), sizeof(set), &set))
		fprintf(stderr, "threads: cannot pin to CPU %d (running unpinned)\n", cpu);
}

static void *work(void *arg)
{
	struct worker *w = arg;

	pin(w->cpu);
	pthread_barrier_wait(&start);
	if (!w->rate) {
		for (long i = 0; i < w->iters; i++)
			syscall(SYS_getppid);
		w->calls = (uint64_t)w->iters;
		return NULL;
	}
	for (;;) {
		uint64_t now, due;

		for (int i = 0; i < BATCH; i++)
			syscall(SYS_getppid);
		w->calls += BATCH;
		now = bench_now_ns();
		if (now >= w->until_ns)
			break;
		/* when the next batch is due by the schedule */
		due = t_start + (uint64_t)((double)w->calls * 1e9 / w->rate);
		if (due > now + 50000) {
			struct timespec ts = { .tv_sec = (time_t)(due / 1000000000ull),
					       .tv_nsec = (long)(due % 1000000000ull) };

			clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL);
			w->sleeps++;
		}
	}
	return NULL;
}

int main(int argc, char **argv)
{
	struct worker w[NTHREADS];
	bool paced = argc > 1 && !strcmp(argv[1], "--rate");
	long iters = paced ? 0 : bench_arg(argc, argv, 1, 1000000);
	double rate = paced ? (double)bench_arg(argc, argv, 2, 3000000) : 0;
	long seconds = paced ? bench_arg(argc, argv, 3, 10) : 0;
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	uint64_t t1, calls = 0, sleeps = 0;

	memset(w, 0, sizeof(w));
	pthread_barrier_init(&start, NULL, NTHREADS + 1);
	for (int i = 0; i < NTHREADS; i++) {
		w[i].cpu = paced || ncpu < NTHREADS ? -1 : i;
		w[i].iters = iters;
		w[i].rate = rate / NTHREADS;
		if (pthread_create(&w[i].th, NULL, work, &w[i])) {
			perror("pthread_create");
			return 1;
		}
	}
	t_start = bench_start();
	for (int i = 0; i < NTHREADS; i++)
		w[i].until_ns = t_start + (uint64_t)seconds * 1000000000ull;
	pthread_barrier_wait(&start);
	for (int i = 0; i < NTHREADS; i++) {
		pthread_join(w[i].th, NULL);
		calls += w[i].calls;
		sleeps += w[i].sleeps;
	}
	t1 = bench_now_ns();
	if (paced) {
		/* syscalls: every call made inside the timed window, the sleeps included */
		printf("PACED target=%.0f sleeps=%llu\n", rate, (unsigned long long)sleeps);
		bench_report("rate", 0, calls + sleeps, t1 - t_start,
			     calls ? (double)(t1 - t_start) * NTHREADS / (double)calls : 0);
	} else {
		bench_report("threads", iters, calls, t1 - t_start,
			     iters ? (double)(t1 - t_start) / (double)iters : 0);
	}
	return 0;
}
