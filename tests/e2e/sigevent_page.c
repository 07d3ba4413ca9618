// SPDX-License-Identifier: MIT
// struct sigevent is the 32 bytes strace reads: one ending a page prints (mq_notify, timer_create).
// TRACE: -e trace=mq_notify,timer_create,exit_group
// START: first
#include "e2e.h"
#include <sys/mman.h>
#include <time.h>

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct sigevent *sev;
	int timer = -1;

	munmap(page + 4096, 4096);
	sev = (struct sigevent *)(page + 4096 - 32);
	memset(sev, 0, 32);
	sev->sigev_notify = SIGEV_SIGNAL;
	sev->sigev_signo = SIGALRM;
	SC(SYS_mq_notify, -1, sev);
	line(ret(), "mq_notify(-1, {sigev_signo=SIGALRM, sigev_notify=SIGEV_SIGNAL})");
	/* the kernel copies 64 bytes: EFAULT, the timer id then prints as its address */
	SC(SYS_timer_create, CLOCK_MONOTONIC, sev, &timer);
	line(ret(), "timer_create(CLOCK_MONOTONIC, {sigev_signo=SIGALRM, sigev_notify=SIGEV_SIGNAL}, %s)",
	     ptr(&timer));
	/* 16 readable bytes: not all of it, its address */
	sev = (struct sigevent *)(page + 4096 - 16);
	SC(SYS_mq_notify, -1, sev);
	line(ret(), "mq_notify(-1, %p)", (void *)sev);
	e2e_exit(0);
}
