// SPDX-License-Identifier: MIT
// io_uring_setup under -X raw: its flags and features as numbers; io_uring_register's opcode too.
// TRACE: -X raw -e trace=io_uring_setup,io_uring_register,exit_group
// START: first
#include "e2e.h"

#include <linux/io_uring.h>

static const char *ring_offsets(const struct io_uring_params *p)
{
	static char buf[512];

	snprintf(buf, sizeof(buf),
		 "sq_off={head=%u, tail=%u, ring_mask=%u, ring_entries=%u, flags=%u, dropped=%u, "
		 "array=%u}, cq_off={head=%u, tail=%u, ring_mask=%u, ring_entries=%u, overflow=%u, "
		 "cqes=%u, flags=%u}",
		 p->sq_off.head, p->sq_off.tail, p->sq_off.ring_mask, p->sq_off.ring_entries,
		 p->sq_off.flags, p->sq_off.dropped, p->sq_off.array, p->cq_off.head, p->cq_off.tail,
		 p->cq_off.ring_mask, p->cq_off.ring_entries, p->cq_off.overflow, p->cq_off.cqes,
		 p->cq_off.flags);
	return buf;
}

int main(void)
{
	struct io_uring_params p = { .flags = IORING_SETUP_CQSIZE | IORING_SETUP_CLAMP, .cq_entries = 64 };
	int fds[1] = { -1 };
	int ring;

	SC(SYS_io_uring_setup, 4L, &p);
	ring = (int)e2e_r;
	line(ret(), "io_uring_setup(4, {flags=0x18, sq_thread_cpu=0, sq_thread_idle=0, sq_entries=%u, "
		    "cq_entries=%u, features=%#x, %s})",
	     p.sq_entries, p.cq_entries, p.features, ring_offsets(&p));
	SC(SYS_io_uring_register, ring, IORING_REGISTER_FILES, fds, 1L);
	line(ret(), "io_uring_register(%d, 0x2, [-1], 1)", ring);
	e2e_exit(0);
}
