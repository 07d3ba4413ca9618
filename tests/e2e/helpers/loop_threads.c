// SPDX-License-Identifier: MIT
// Helper: a process of three threads, each calling every 10 ms, forever: the first
// getpid(), the two others gettid() (so each line names its thread), for the -p tests.
#define _GNU_SOURCE
#include <pthread.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static void pace(void)
{
	struct timespec ts = { 0, 10 * 1000000 };

	nanosleep(&ts, NULL);
}

static void *run(void *arg)
{
	(void)arg;
	for (;;) {
		syscall(SYS_gettid);
		pace();
	}
	return NULL;
}

int main(void)
{
	pthread_t t[2];

	for (int i = 0; i < 2; i++)
		if (pthread_create(&t[i], NULL, run, NULL))
			return 1;
	for (;;) {
		syscall(SYS_getpid);
		pace();
	}
}
