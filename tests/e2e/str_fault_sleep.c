// SPDX-License-Identifier: MIT
// A call that sleeps in its own page fault on an input (userfaultfd holds the page 50 ms):
// its entry is written as it sleeps, when the string cannot be read yet; it is read again
// at exit and the line shows it, as strace does: prctl(PR_SET_NAME, "uffd-name") = 0.
// TRACE: -e trace=prctl,exit_group
// START: first
#include "e2e.h"
#include <linux/userfaultfd.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <time.h>

static long page_size;
static char *page;
static int uffd;

/*
 * Serve the one fault from a child (a raw clone without SIGCHLD, not traced
 * without -f): wait 50 ms, the traced call asleep, then supply the page.
 */
static void serve(void)
{
	static char src[65536];
	struct uffd_msg msg;
	struct pollfd p = { uffd, POLLIN, 0 };
	struct timespec pause = { 0, 50 * 1000 * 1000 };
	struct uffdio_copy copy;

	if (poll(&p, 1, 5000) != 1 || read(uffd, &msg, sizeof(msg)) != sizeof(msg) ||
	    msg.event != UFFD_EVENT_PAGEFAULT)
		_exit(2);
	nanosleep(&pause, NULL);
	strcpy(src, "uffd-name");
	copy.dst = (unsigned long)page;
	copy.src = (unsigned long)src;
	copy.len = (unsigned long)page_size;
	copy.mode = 0;
	copy.copy = 0;
	if (ioctl(uffd, UFFDIO_COPY, &copy))
		_exit(3);
	_exit(0);
}

int main(void)
{
	struct uffdio_api api = { .api = UFFD_API };
	struct uffdio_register reg;
	long child;

	page_size = sysconf(_SC_PAGESIZE);
	uffd = (int)syscall(SYS_userfaultfd, O_CLOEXEC);
	page = mmap(NULL, (size_t)page_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (uffd < 0 || page == MAP_FAILED || ioctl(uffd, UFFDIO_API, &api))
		return 77;
	reg.range.start = (unsigned long)page;
	reg.range.len = (unsigned long)page_size;
	reg.mode = UFFDIO_REGISTER_MODE_MISSING;
	if (ioctl(uffd, UFFDIO_REGISTER, &reg))
		return 1;
	child = syscall(SYS_clone, 0, NULL, NULL, NULL, 0);
	if (child == 0)
		serve();
	if (child < 0)
		return 1;
	SC(SYS_prctl, PR_SET_NAME, page, 0, 0, 0);
	line(ret(), "prctl(PR_SET_NAME, \"uffd-name\")");
	e2e_exit(0);
}
