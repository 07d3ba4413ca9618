// SPDX-License-Identifier: MIT
// epoll_pwait, epoll_pwait2: timeout and sigmask print after the call, as addresses when it failed.
// TRACE: -e trace=epoll_pwait,epoll_pwait2,exit_group
// START: first
#include "e2e.h"
#include <sys/epoll.h>
#include <time.h>

int main(void)
{
	struct epoll_event ev[2];
	struct timespec ts = { 0, 1000 };
	unsigned long mask = 1UL << (SIGUSR1 - 1);
	int ep = epoll_create1(0);

	SC(SYS_epoll_pwait2, ep, ev, 2, &ts, &mask, 8L);
	line(ret(), "epoll_pwait2(%d, [], 2, {tv_sec=0, tv_nsec=1000}, [USR1], 8)", ep);
	SC(SYS_epoll_pwait2, -1, ev, 2, &ts, &mask, 8L);
	line(ret(), "epoll_pwait2(-1, %p, 2, %p, %p, 8)", (void *)ev, (void *)&ts, (void *)&mask);
	SC(SYS_epoll_pwait, ep, ev, 2, 0, &mask, 8L);
	line(ret(), "epoll_pwait(%d, [], 2, 0, [USR1], 8)", ep);
	SC(SYS_epoll_pwait, ep, ev, 2, 0, &mask, 4L);
	line(ret(), "epoll_pwait(%d, %p, 2, 0, %p, 4)", ep, (void *)ev, (void *)&mask);
	e2e_exit(0);
}
