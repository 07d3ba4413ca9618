// SPDX-License-Identifier: MIT
// -y in a signal line: SIGIO's si_fd prints with its description, as strace ("si_fd=3<pipe:[N]>").
// TRACE: -y -e trace=write,exit_group
// START: first
#define _GNU_SOURCE
#include "e2e.h"

#include <poll.h>
#include <signal.h>
#include <sys/stat.h>

static volatile sig_atomic_t got;

static void on_sigio(int sig, siginfo_t *info, void *uc)
{
	(void)sig;
	(void)info;
	(void)uc;
	got = 1;
}

int main(void)
{
	struct sigaction sa = { .sa_sigaction = on_sigio, .sa_flags = SA_SIGINFO };
	struct stat st;
	int p[2];

	if (pipe(p) || fstat(p[0], &st) || sigaction(SIGIO, &sa, NULL) ||
	    fcntl(p[0], F_SETOWN, getpid()) || fcntl(p[0], F_SETSIG, SIGIO) ||
	    fcntl(p[0], F_SETFL, O_ASYNC | O_NONBLOCK))
		return 1;
	SC(SYS_write, p[1], "x", 1);
	line(ret(), "write(%d<pipe:[%lu]>, \"x\", 1)", p[1], (unsigned long)st.st_ino);
	while (!got)
		;
	note("--- SIGIO {si_signo=SIGIO, si_code=POLL_IN, si_band=%d, si_fd=%d<pipe:[%lu]>} ---",
	     POLLIN | POLLRDNORM, p[0], (unsigned long)st.st_ino);
	e2e_exit(0);
}
