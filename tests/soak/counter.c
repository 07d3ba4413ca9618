// SPDX-License-Identifier: MIT
/*
 * The soak test's counted load: two threads each call getppid() 100 times every 10 ms
 * until the file argv[1] exists, then print "TID CALLS" per thread: what the trace
 * must account for (shown, or covered by the loss count).
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static const char *stop;

struct worker {
	pthread_t t;
	long tid;
	unsigned long long calls;
};

static void *run(void *arg)
{
	struct worker *w = arg;
	struct timespec pause = { 0, 10 * 1000000 };

	w->tid = syscall(SYS_gettid);
	while (access(stop, F_OK) != 0) {
		for (int i = 0; i < 100; i++)
			syscall(SYS_getppid);
		w->calls += 100;
		nanosleep(&pause, NULL);
	}
	return NULL;
}

int main(int argc, char **argv)
{
	struct worker w[2] = { 0 };

	if (argc != 2)
		return 2;
	stop = argv[1];
	for (int i = 0; i < 2; i++)
		if (pthread_create(&w[i].t, NULL, run, &w[i]))
			return 1;
	for (int i = 0; i < 2; i++)
		pthread_join(w[i].t, NULL);
	for (int i = 0; i < 2; i++)
		printf("%ld %llu\n", w[i].tid, w[i].calls);
	return 0;
}
