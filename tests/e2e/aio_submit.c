// SPDX-License-Identifier: MIT
// Linux AIO: io_submit's iocbs (a PWRITE's data, a PREADV's iovec array, a NULL pointer, -s cut), io_cancel's iocb header.
// TRACE: -s 8 -e trace=io_setup,io_submit,io_cancel,exit_group
// START: first
#include "e2e.h"

#include <linux/aio_abi.h>
#include <sys/uio.h>

int main(void)
{
	aio_context_t ctx = 0;
	static char text[] = "hello world";
	static char b0[4], b1[8];
	struct iovec iov[2] = { { b0, sizeof(b0) }, { b1, sizeof(b1) } };
	struct iocb w = { .aio_data = 0x11, .aio_lio_opcode = IOCB_CMD_PWRITE,
			  .aio_buf = (unsigned long)text, .aio_nbytes = 11 };
	struct iocb r = { .aio_data = 0x22, .aio_lio_opcode = IOCB_CMD_PREADV,
			  .aio_reqprio = 3, .aio_buf = (unsigned long)iov, .aio_nbytes = 2 };
	struct iocb *cbs[2] = { &w, &r }, *none[1] = { NULL };
	struct io_event ev;
	int fd = open("f", O_RDWR | O_CREAT, 0600);

	w.aio_fildes = r.aio_fildes = fd;
	SC(SYS_io_setup, 4L, &ctx);
	line(ret(), "io_setup(4, [%#lx])", (unsigned long)ctx);
	SC(SYS_io_submit, ctx, 2L, cbs);
	line(ret(), "io_submit(%#lx, 2, [{aio_data=0x11, aio_lio_opcode=IOCB_CMD_PWRITE, aio_fildes=%d, "
		    "aio_buf=\"hello wo\"..., aio_nbytes=11, aio_offset=0}, {aio_data=0x22, "
		    "aio_lio_opcode=IOCB_CMD_PREADV, aio_reqprio=3, aio_fildes=%d, aio_buf=[{iov_base=%p, "
		    "iov_len=4}, {iov_base=%p, iov_len=8}], aio_offset=0}])",
	     (unsigned long)ctx, fd, fd, (void *)b0, (void *)b1);
	SC(SYS_io_submit, ctx, 1L, none);
	line(ret(), "io_submit(%#lx, 1, [NULL])", (unsigned long)ctx);
	SC(SYS_io_cancel, ctx, &w, &ev);
	line(ret(), "io_cancel(%#lx, {aio_data=0x11, aio_lio_opcode=IOCB_CMD_PWRITE, aio_fildes=%d}, %p)",
	     (unsigned long)ctx, fd, (void *)&ev);
	e2e_exit(0);
}
