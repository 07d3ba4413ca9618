// SPDX-License-Identifier: MIT
// poll/ppoll: a pollfd array a page cuts, nfds with high bits set, -P by a descriptor inside it.
// TRACE: -e trace=poll,ppoll -P /dev/full
// START: first
#include "e2e.h"
#include <fcntl.h>
#include <poll.h>
#include <sys/mman.h>

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int full = open("/dev/full", O_WRONLY);
	struct pollfd *p;
	struct timespec ts = { 0, 0 };
	char *r;

	munmap(page + 4096, 4096);
	/* not about /dev/full: left out by -P */
	p = (void *)(page + 4096 - 16);
	p[0] = (struct pollfd){ .fd = 0, .events = POLLIN };
	p[1] = (struct pollfd){ .fd = 1, .events = POLLOUT };
	SC(SYS_poll, p, 2, 0);

	/* the first element /dev/full, the second beyond the page */
	p = (void *)(page + 4096 - 8);
	p[0] = (struct pollfd){ .fd = full, .events = POLLOUT };
	SC(SYS_poll, p, 2, 0);
	line(ret(), "poll([{fd=%d, events=POLLOUT}, ... /* %p */], 2, 0)", full, (void *)(page + 4096));

	/* nfds is an unsigned int: the high bits do not count */
	p = (void *)(page + 4096 - 16);
	p[0] = (struct pollfd){ .fd = -1, .events = POLLIN };
	p[1] = (struct pollfd){ .fd = full, .events = POLLOUT };
	SC(SYS_ppoll, p, 0xffffffff00000002UL, &ts, NULL, 8);
	r = e2e_tmp();
	snprintf(r, 8192, "1 ([{fd=%d, revents=POLLOUT}], left {tv_sec=0, tv_nsec=0})", full);
	line(p[1].revents == POLLOUT ? r : ret(),
	     "ppoll([{fd=-1}, {fd=%d, events=POLLOUT}], 2, {tv_sec=0, tv_nsec=0}, NULL, 8)", full);
	e2e_exit_ex(0, 0); /* exit_group names no path: -P leaves it out */
}
