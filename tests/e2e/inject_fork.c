// SPDX-License-Identifier: MIT
// -f -e inject=: a child inherits the injection; calls are counted per syscall per thread (when=2 hits the second call of each process).
// TRACE: -f -e trace=getppid,getpid,wait4,exit_group -e inject=getpid:error=EACCES:when=2 -e inject=getppid:retval=7
// START: first
#include "e2e.h"
#include <sys/wait.h>
#include <time.h>

static char r[256];

static const char *injected(void)
{
	snprintf(r, sizeof(r), "%s (INJECTED)", ret());
	return r;
}

int main(void)
{
	int parent = getpid(), st;
	long child;

	e2e_pfx = 1;
	e2e_pid = parent;
	SC(SYS_getppid);
	line(injected(), "getppid()");
	SC(SYS_getpid);
	line(injected(), "getpid()");
	child = fork();
	if (child == 0) {
		struct timespec ts = { 0, 100 * 1000000 };

		nanosleep(&ts, NULL); /* the parent is in wait4 first */
		syscall(SYS_getpid);
		syscall(SYS_getpid);
		syscall(SYS_getpid);
		syscall(SYS_getppid);
		syscall(SYS_exit_group, 0);
	}
	SC(SYS_wait4, child, &st, 0, NULL);
	out("%-5d wait4(%ld,  <unfinished ...>\n", parent, child);
	e2e_pid = child;
	line(dec(child), "getpid()");
	line("-1 EACCES (Permission denied) (INJECTED)", "getpid()");
	line(dec(child), "getpid()");
	line("7 (INJECTED)", "getppid()");
	line("?", "exit_group(0)");
	note("+++ exited with 0 +++");
	e2e_pid = parent;
	line(ret(), "<... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL)");
	note("--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=%ld, si_uid=%d, si_status=0, si_utime=0, si_stime=0} ---",
	     child, getuid());
	e2e_exit(0);
}
