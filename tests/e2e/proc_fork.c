// SPDX-License-Identifier: MIT
// -f with -o: "%-5d " pid prefixes, clone/fork lines, wait4 <unfinished ...>/<... wait4 resumed>, SIGCHLD, child exit status.
// TRACE: -f -e trace=clone,getppid,wait4,exit_group
// START: first
#include "e2e.h"
#include <pthread.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>

static void nap(long ms)
{
	struct timespec ts = { 0, ms * 1000000 };

	nanosleep(&ts, NULL);
}

int main(void)
{
	int parent = getpid(), uid = getuid(), st;
	long child;

	e2e_pfx = 1;
	e2e_pid = parent;

	/* 1. raw clone; the parent blocks in wait4 while the child works */
	child = SC(SYS_clone, SIGCHLD, 0, NULL, NULL, 0);
	if (child == 0) {
		nap(100);
		syscall(SYS_getppid);
		syscall(SYS_exit_group, 7);
	}
	line(ret(), "clone(child_stack=NULL, flags=SIGCHLD)");
	SC(SYS_wait4, child, &st, 0, NULL);
	out("%-5d wait4(%ld,  <unfinished ...>\n", parent, child);
	e2e_pid = child;
	line(dec(parent), "getppid()");
	line("?", "exit_group(7)");
	note("+++ exited with 7 +++");
	e2e_pid = parent;
	line(ret(), "<... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 7}], 0, NULL)");
	note("--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=%ld, si_uid=%d, si_status=7, si_utime=0, si_stime=0} ---",
	     child, uid);

	/* 2. glibc fork(): the child exits while the parent sleeps; wait4 does not block */
	child = fork();
	if (child == 0) {
		nap(100);
		syscall(SYS_exit_group, 0);
	}
	/* fork() passes &THREAD_SELF->tid, at offset 0x2d0 of struct pthread in glibc 2.36 x86_64 */
	line(dec(child), "clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=%p)",
	     (char *)pthread_self() + 0x2d0);
	nap(300);
	e2e_pid = child;
	line("?", "exit_group(0)");
	note("+++ exited with 0 +++");
	e2e_pid = parent;
	note("--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=%ld, si_uid=%d, si_status=0, si_utime=0, si_stime=0} ---",
	     child, uid);
	SC(SYS_wait4, -1, &st, WNOHANG, NULL);
	line(ret(), "wait4(-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], WNOHANG, NULL)");
	SC(SYS_wait4, -1, &st, WNOHANG, NULL);
	line(ret(), "wait4(-1, %p, WNOHANG, NULL)", &st);
	e2e_exit(0);
}
