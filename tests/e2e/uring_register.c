// SPDX-License-Identifier: MIT
// io_uring_register on a real ring: files, a probe the kernel fills, io-wq counts read back, rsrc structures with data and tags, ring fds, a fault mid-array.
// TRACE: -e trace=io_uring_register,exit_group
// START: first
#include "e2e.h"

#include <linux/io_uring.h>
#include <sys/mman.h>
#include <sys/uio.h>

static const char *const op_names[] = { "IORING_OP_NOP", "IORING_OP_READV", "IORING_OP_WRITEV",
					"IORING_OP_FSYNC" };

/* The probe as the kernel filled it: ops_len of its 4 ops */
static const char *probe_text(const struct io_uring_probe *p)
{
	static char buf[1024];
	int n;

	if (p->last_op > IORING_OP_URING_CMD) /* past what strace 6.1 names */
		n = snprintf(buf, sizeof(buf), "{last_op=%u /* IORING_OP_??? */", p->last_op);
	else
		n = snprintf(buf, sizeof(buf), "{last_op=%u", p->last_op); /* (not reached on 6.x) */
	n += snprintf(buf + n, sizeof(buf) - n, ", ops_len=%u, ops=[", p->ops_len);
	for (unsigned k = 0; k < p->ops_len && k < 4; k++)
		n += snprintf(buf + n, sizeof(buf) - n, "%s{op=%s, flags=%s}", k ? ", " : "",
			      op_names[p->ops[k].op & 3],
			      p->ops[k].flags & IO_URING_OP_SUPPORTED ? "IO_URING_OP_SUPPORTED" : "0");
	snprintf(buf + n, sizeof(buf) - n, "]}");
	return buf;
}

int main(void)
{
	struct io_uring_params params = { 0 };
	int ring = (int)syscall(SYS_io_uring_setup, 4, &params);
	int null = open("/dev/null", O_RDONLY);
	int fds[2] = { null, -1 };
	struct {
		struct io_uring_probe p;
		struct io_uring_probe_op ops[4];
	} probe = { 0 };
	unsigned counts[2] = { 0, 0 };
	static char b0[8], b1[16];
	struct iovec iov[2] = { { b0, sizeof(b0) }, { b1, sizeof(b1) } };
	__u64 tags[2] = { 0x1234, 0 };
	struct io_uring_rsrc_register rr = { .nr = 2, .data = (__u64)(unsigned long)iov,
					     .tags = (__u64)(unsigned long)tags };
	struct io_uring_files_update fu = { .offset = 1, .fds = (__u64)(unsigned long)&null };
	struct io_uring_rsrc_update rfd = { .offset = -1U, .data = 0 };
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int *end;

	if (ring < 0 || null < 0 || page == MAP_FAILED)
		return 1;
	rfd.data = ring;
	munmap(page + 4096, 4096);
	end = (int *)(page + 4096) - 2; /* 2 fds, then the unmapped page */
	end[0] = null;
	end[1] = -1;

	SC(SYS_io_uring_register, ring, IORING_REGISTER_FILES, fds, 2L);
	line(ret(), "io_uring_register(%d, IORING_REGISTER_FILES, [%d, -1], 2)", ring, null);
	SC(SYS_io_uring_register, ring, IORING_REGISTER_FILES_UPDATE, &fu, 1L);
	line(ret(), "io_uring_register(%d, IORING_REGISTER_FILES_UPDATE, {offset=1, fds=[%d]}, 1)", ring,
	     null);
	SC(SYS_io_uring_register, ring, IORING_REGISTER_PROBE, &probe, 4L);
	line(ret(), "io_uring_register(%d, IORING_REGISTER_PROBE, %s, 4)", ring, probe_text(&probe.p));
	SC(SYS_io_uring_register, ring, IORING_REGISTER_IOWQ_MAX_WORKERS, counts, 2L);
	line(ret(), "io_uring_register(%d, IORING_REGISTER_IOWQ_MAX_WORKERS, [[IO_WQ_BOUND]=0, "
		    "[IO_WQ_UNBOUND]=0] => [[IO_WQ_BOUND]=%u, [IO_WQ_UNBOUND]=%u], 2)",
	     ring, counts[0], counts[1]);
	SC(SYS_io_uring_register, ring, IORING_REGISTER_BUFFERS2, &rr, 32L);
	line(ret(), "io_uring_register(%d, IORING_REGISTER_BUFFERS2, {nr=2, flags=0, data=[{iov_base=%p, "
		    "iov_len=8}, {iov_base=%p, iov_len=16}], tags=[0x1234, 0]}, 32)",
	     ring, (void *)b0, (void *)b1);
	SC(SYS_io_uring_register, ring, IORING_REGISTER_RING_FDS, &rfd, 1L);
	line(ret(), "io_uring_register(%d, IORING_REGISTER_RING_FDS, [{offset=-1, data=%d}], 1)", ring,
	     ring);
	SC(SYS_io_uring_register, ring, IORING_REGISTER_EVENTFD, end, 3L);
	line(ret(), "io_uring_register(%d, IORING_REGISTER_EVENTFD, [%d, -1, ... /* %p */], 3)", ring,
	     null, (void *)(page + 4096));
	SC(SYS_io_uring_register, ring, 0xbadL, end, 3L);
	line(ret(), "io_uring_register(%d, 0xbad /* IORING_REGISTER_??? */, %p, 3)", ring, (void *)end);
	e2e_exit(0);
}
