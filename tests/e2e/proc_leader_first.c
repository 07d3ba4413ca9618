// SPDX-License-Identifier: MIT
// Without -f, a leader that exits before its other thread: its exit line at once, "+++ exited with N +++" when the thread group ends (N the group's exit_group code), as strace reaps it then.
// TRACE: -e trace=getpid,exit,exit_group
// EXIT: 3
#include "e2e.h"
#include <pthread.h>
#include <time.h>

/* Untraced: waits for the leader to be gone, then ends the group. */
static void *thread(void *arg)
{
	struct timespec ts = { 0, 100 * 1000000 };

	(void)arg;
	nanosleep(&ts, NULL);
	e2e_exit_ex(3, 0);
}

int main(void)
{
	pthread_t t;

	SC(SYS_getpid);
	line(ret(), "getpid()");
	line("?", "exit(0)");
	pthread_create(&t, NULL, thread, NULL);
	syscall(SYS_exit, 0);
	return 1;
}
