// SPDX-License-Identifier: MIT
// Threads under -f: per-thread prefix (the tid), gettid vs getpid, a thread's exit(0) and its "+++ exited with 0 +++".
// TRACE: -f -e trace=gettid,getpid,exit,exit_group
// START: first
#include "e2e.h"
#include <pthread.h>
#include <time.h>

static int pid;

static void *thread(void *arg)
{
	long tid;

	(void)arg;
	tid = SC(SYS_gettid);
	e2e_pid = tid;
	line(ret(), "gettid()");
	SC(SYS_getpid);
	line(ret(), "getpid()");
	line("?", "exit(0)");
	note("+++ exited with 0 +++");
	return NULL;
}

int main(void)
{
	struct timespec ts = { 0, 100 * 1000000 };
	pthread_t t;

	e2e_pfx = 1;
	pid = SC(SYS_getpid);
	e2e_pid = pid;
	line(ret(), "getpid()");
	pthread_create(&t, NULL, thread, NULL);
	pthread_join(t, NULL);
	/* the thread's exit is reported a little after join returns */
	nanosleep(&ts, NULL);
	e2e_pid = pid;
	SC(SYS_gettid);
	line(ret(), "gettid()");
	e2e_exit(0);
}
