// SPDX-License-Identifier: MIT
// select/pselect6/ppoll: fd_sets, pollfds and timeouts as passed in, and what the call left: "N (in [3], out [4], left {...})", "0 (Timeout)".
// TRACE: -e trace=select,pselect6,ppoll,exit_group
// START: first
#include "e2e.h"
#include <poll.h>
#include <signal.h>
#include <sys/select.h>

int main(void)
{
	fd_set r, w, e;
	struct timeval tv = { 5, 0 };
	struct timespec ts = { 0, 0 };
	int p[2];

	if (pipe(p) || write(p[1], "x", 1) != 1)
		return 1;
	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_ZERO(&e);
	FD_SET(p[0], &r);
	FD_SET(p[1], &w);
	FD_SET(p[1], &e);
	/* select(2) itself, with a timeval; the ready sets and the time left come back */
	SC(SYS_select, p[1] + 1, &r, &w, &e, &tv);
	{
		char r2[128]; /* the kernel wrote the time left back into tv */

		snprintf(r2, sizeof(r2), "2 (in [%d], out [%d], left {tv_sec=%ld, tv_usec=%ld})", p[0],
			 p[1], (long)tv.tv_sec, (long)tv.tv_usec);
		line(r2, "select(%d, [%d], [%d], [%d], {tv_sec=5, tv_usec=0})", p[1] + 1, p[0], p[1],
		     p[1]);
	}
	FD_ZERO(&r);
	FD_SET(p[1], &r);
	SC(SYS_pselect6, p[1] + 1, &r, NULL, NULL, &ts, NULL);
	line("0 (Timeout)", "pselect6(%d, [%d], NULL, NULL, {tv_sec=0, tv_nsec=0}, NULL)", p[1] + 1, p[1]);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	SC(SYS_pselect6, p[0] + 1, &r, NULL, NULL, NULL, NULL);
	{
		char r1[32];

		snprintf(r1, sizeof(r1), "1 (in [%d])", p[0]);
		line(r1, "pselect6(%d, [%d], NULL, NULL, NULL, NULL)", p[0] + 1, p[0]);
	}
	{
		sigset_t ss;
		struct { sigset_t *ss; size_t len; } sm = { &ss, 8 };

		sigemptyset(&ss);
		sigaddset(&ss, SIGUSR1);
		FD_ZERO(&r);
		FD_SET(p[1], &r);
		SC(SYS_pselect6, p[1] + 1, &r, NULL, NULL, &ts, &sm);
		line("0 (Timeout)", "pselect6(%d, [%d], NULL, NULL, {tv_sec=0, tv_nsec=0}, {sigmask=[USR1], sigsetsize=8})",
		     p[1] + 1, p[1]);
	}
	/* The kernel clamps nfds to the fd table's size; grow the table past 70, then
	 * leave 70 closed, so the call fails with EBADF whatever the caller left open. */
	if (dup2(0, 70) != 70 || close(70))
		return 1;
	FD_ZERO(&r);
	FD_SET(70, &r);
	SC(SYS_pselect6, 71, &r, NULL, NULL, &ts, NULL);
	line("-1 EBADF (Bad file descriptor)", "pselect6(71, [70], NULL, NULL, {tv_sec=0, tv_nsec=0}, NULL)");
	SC(SYS_pselect6, 1, (void *)8, NULL, NULL, &ts, NULL);
	line(ret(), "pselect6(1, 0x8, NULL, NULL, {tv_sec=0, tv_nsec=0}, NULL)");
	{
		struct pollfd f = { p[0], POLLIN, 0 };
		struct timespec t = { 1, 0 };
		char r3[128];

		SC(SYS_ppoll, &f, 1, &t, NULL, 8);
		snprintf(r3, sizeof(r3), "1 ([{fd=%d, revents=POLLIN}], left {tv_sec=%ld, tv_nsec=%ld})", p[0],
			 (long)t.tv_sec, t.tv_nsec);
		line(r3, "ppoll([{fd=%d, events=POLLIN}], 1, {tv_sec=1, tv_nsec=0}, NULL, 8)", p[0]);
	}
	e2e_exit(0);
}
