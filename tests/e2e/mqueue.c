// SPDX-License-Identifier: MIT
// POSIX message queues: mq_open's mode and attr after O_CREAT, mq_getsetattr, messages, mq_notify's sigevent.
// TRACE: -e trace=mq_open,mq_getsetattr,mq_timedsend,mq_timedreceive,mq_notify,mq_unlink,exit_group
// START: first
#include "e2e.h"

#include <fcntl.h>
#include <mqueue.h>
#include <signal.h>

int main(void)
{
	struct mq_attr attr = { .mq_flags = 0x10, .mq_maxmsg = 2, .mq_msgsize = 16 }, old;
	struct sigevent sev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1 };
	struct timespec ts = { 0, 0 };
	unsigned prio;
	char buf[16];
	long q;

	SC(SYS_mq_open, "e2e-mq-missing", (long)O_RDONLY, 0600L, &attr);
	line(ret(), "mq_open(\"e2e-mq-missing\", O_RDONLY)");
	q = SC(SYS_mq_open, "e2e-mq", (long)(O_RDWR | O_CREAT | O_NONBLOCK), 0x10000L | 0600L, &attr);
	line(ret(), "mq_open(\"e2e-mq\", O_RDWR|O_CREAT|O_NONBLOCK, 0600, {mq_flags=0x10, "
		    "mq_maxmsg=2, mq_msgsize=16, mq_curmsgs=0})");
	SC(SYS_mq_getsetattr, q, NULL, &old);
	line(ret(), "mq_getsetattr(%ld, NULL, {mq_flags=O_NONBLOCK, mq_maxmsg=2, mq_msgsize=16, "
		    "mq_curmsgs=0})", q);
	SC(SYS_mq_timedsend, q, "hello", 5L, 7L, &ts);
	line(ret(), "mq_timedsend(%ld, \"hello\", 5, 7, {tv_sec=0, tv_nsec=0})", q);
	SC(SYS_mq_timedreceive, q, buf, sizeof(buf), &prio, NULL);
	line(ret(), "mq_timedreceive(%ld, \"hello\", 16, [7], NULL)", q);
	SC(SYS_mq_timedreceive, q, buf, sizeof(buf), &prio, NULL);
	line(ret(), "mq_timedreceive(%ld, %p, 16, %p, NULL)", q, (void *)buf, (void *)&prio);
	SC(SYS_mq_notify, q, &sev);
	line(ret(), "mq_notify(%ld, {sigev_signo=SIGUSR1, sigev_notify=SIGEV_SIGNAL})", q);
	sev.sigev_notify = 9;
	sev.sigev_value.sival_int = 3;
	SC(SYS_mq_notify, q, &sev);
	line(ret(), "mq_notify(%ld, {sigev_value={sival_int=3, sival_ptr=0x3}, sigev_signo=10, "
		    "sigev_notify=0x9 /* SIGEV_??? */})", q);
	SC(SYS_mq_unlink, "e2e-mq");
	line(ret(), "mq_unlink(\"e2e-mq\")");
	e2e_exit(0);
}
