// SPDX-License-Identifier: MIT
// Threads without -f: only the command's first thread is traced, as in strace: another thread's calls, its signal and its exit do not appear, and lines have no pid prefix.
// TRACE: -e trace=getpid,gettid,getppid,tgkill,exit,exit_group
#include "e2e.h"
#include <pthread.h>
#include <signal.h>
#include <time.h>

static void on_usr1(int sig)
{
	(void)sig;
}

/* None of this is traced: getppid, gettid, tgkill, the SIGUSR1 it gets, exit(0). */
static void *thread(void *arg)
{
	long tid = syscall(SYS_gettid);

	(void)arg;
	syscall(SYS_getppid);
	syscall(SYS_tgkill, (long)getpid(), tid, (long)SIGUSR1);
	return NULL;
}

int main(void)
{
	struct timespec ts = { 0, 100 * 1000000 };
	pthread_t t;
	long pid;

	signal(SIGUSR1, on_usr1);
	pid = SC(SYS_getpid);
	line(ret(), "getpid()");
	pthread_create(&t, NULL, thread, NULL);
	pthread_join(t, NULL);
	/* the thread's exit is reported a little after join returns */
	nanosleep(&ts, NULL);
	SC(SYS_gettid);
	line(ret(), "gettid()");
	SC(SYS_tgkill, pid, pid, (long)SIGUSR1);
	line(ret(), "tgkill(%ld, %ld, SIGUSR1)", pid, pid);
	note("--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_TKILL, si_pid=%ld, si_uid=%d} ---", pid,
	     (int)getuid());
	e2e_exit(0);
}
