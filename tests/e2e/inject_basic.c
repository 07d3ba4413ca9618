// SPDX-License-Identifier: MIT
// -e inject= / -e fault=: retval=, error=, fault's default ENOSYS, when= (N, N..M, N+S), signal= ("--- SIGUSR1 {..., si_code=SI_KERNEL} ---").
// TRACE: -e trace=getppid,getpid,chdir,kill,exit_group -e inject=getppid:retval=42:when=2+2 -e fault=chdir:when=2 -e fault=getpid:error=EPERM:when=2..3 -e inject=kill:signal=SIGUSR1
// START: first
#include "e2e.h"
#include <signal.h>

static void on_usr1(int sig)
{
	(void)sig;
}

static char r[256];

/* The last SC()'s result as strace shows an injected one. */
static const char *injected(void)
{
	snprintf(r, sizeof(r), "%s (INJECTED)", ret());
	return r;
}

int main(void)
{
	int pid = getpid(); /* getpid's call 1, before the first line */

	signal(SIGUSR1, on_usr1);
	for (int i = 1; i <= 5; i++) {
		SC(SYS_getppid);
		line(i % 2 ? ret() : injected(), "getppid()");
	}
	for (int i = 2; i <= 5; i++) {
		SC(SYS_getpid);
		line(i == 2 || i == 3 ? injected() : ret(), "getpid()");
	}
	SC(SYS_chdir, ".");
	line(ret(), "chdir(\".\")");
	SC(SYS_chdir, "/nonexistent");
	line(injected(), "chdir(\"/nonexistent\")");
	SC(SYS_chdir, ".");
	line(ret(), "chdir(\".\")");
	SC(SYS_kill, pid, 0);
	line(ret(), "kill(%d, 0)", pid);
	note("--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_KERNEL} ---");
	e2e_exit(0);
}
