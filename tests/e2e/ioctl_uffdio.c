// SPDX-License-Identifier: MIT
// userfaultfd ioctls (type 0xAA) on a real descriptor: the API handshake shows the features asked for and, after " => ", those the kernel granted (read at entry and at exit), then ranges, copies and wake-ups with what the kernel wrote back.
// TRACE: -e trace=ioctl,exit_group
// START: first
#include <fcntl.h>
#include <linux/ioctl.h>
#include <linux/userfaultfd.h>
#include <stdint.h>
#include <sys/mman.h>

#include "e2e.h"

/* The feature bits as strace names them, the rest in hex (a copy of the test's own) */
static const char *features(uint64_t v)
{
	static const char *const names[] = {
		"UFFD_FEATURE_PAGEFAULT_FLAG_WP", "UFFD_FEATURE_EVENT_FORK", "UFFD_FEATURE_EVENT_REMAP",
		"UFFD_FEATURE_EVENT_REMOVE", "UFFD_FEATURE_MISSING_HUGETLBFS",
		"UFFD_FEATURE_MISSING_SHMEM", "UFFD_FEATURE_EVENT_UNMAP", "UFFD_FEATURE_SIGBUS",
		"UFFD_FEATURE_THREAD_ID", "UFFD_FEATURE_MINOR_HUGETLBFS", "UFFD_FEATURE_MINOR_SHMEM",
		"UFFD_FEATURE_EXACT_ADDRESS", "UFFD_FEATURE_WP_HUGETLBFS_SHMEM",
	};
	static char b[1024];
	size_t n = 0;
	uint64_t known = (1ULL << 13) - 1;

	b[0] = 0;
	for (unsigned k = 0; k < 13; k++)
		if (v & (1ULL << k))
			n += snprintf(b + n, sizeof(b) - n, "%s%s", n ? "|" : "", names[k]);
	if (v & ~known)
		n += snprintf(b + n, sizeof(b) - n, n ? "|%#llx" : "%#llx",
			      (unsigned long long)(v & ~known));
	if (!v)
		snprintf(b, sizeof(b), "0");
	return b;
}

int main(void)
{
	int fd = (int)syscall(SYS_userfaultfd, O_CLOEXEC);
	struct uffdio_api api = { .api = UFFD_API };
	struct uffdio_range r;
	char *page = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (fd < 0) {
		SC(SYS_ioctl, -1, UFFDIO_WAKE, NULL);
		line(ret(), "ioctl(-1, UFFDIO_WAKE, NULL)");
		e2e_exit(0);
	}
	SC(SYS_ioctl, fd, UFFDIO_API, &api);
	if (api.features)
		line(ret(), "ioctl(%d, UFFDIO_API, {api=0xaa, features=0 => features=%s, ioctls=%s})", fd,
		     features(api.features), "1<<_UFFDIO_REGISTER|1<<_UFFDIO_UNREGISTER|1<<_UFFDIO_API");
	else
		line(ret(), "ioctl(%d, UFFDIO_API, {api=0xaa, features=0, ioctls=%s})", fd,
		     "1<<_UFFDIO_REGISTER|1<<_UFFDIO_UNREGISTER|1<<_UFFDIO_API");
	r = (struct uffdio_range){ .start = (uintptr_t)page, .len = 4096 };
	SC(SYS_ioctl, fd, UFFDIO_WAKE, &r);
	line(ret(), "ioctl(%d, UFFDIO_WAKE, {start=%p, len=0x1000})", fd, (void *)page);
	SC(SYS_ioctl, fd, UFFDIO_UNREGISTER, &r);
	line(ret(), "ioctl(%d, UFFDIO_UNREGISTER, {start=%p, len=0x1000})", fd, (void *)page);
	e2e_exit(0);
}
