// SPDX-License-Identifier: MIT
// preadv2, pwritev2: the offset as one number, the flags from the sixth register (RWF_*).
// TRACE: -e trace=preadv2,pwritev2,exit_group
// START: first
#include "e2e.h"
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/uio.h>

int main(void)
{
	char buf[8] = "abcdefg";
	struct iovec iov = { buf, 4 };
	int fd = open("f", O_RDWR | O_CREAT, 0600);

	SC(SYS_pwritev2, fd, &iov, 1, 0L, 0L, (long)RWF_DSYNC);
	line(ret(), "pwritev2(%d, [{iov_base=\"abcd\", iov_len=4}], 1, 0, RWF_DSYNC)", fd);
	SC(SYS_preadv2, fd, &iov, 1, 1L, 0L, (long)(RWF_HIPRI | 0x100));
	line(ret(), "preadv2(%d, %s, 1, 1, RWF_HIPRI|0x100)", fd,
	     e2e_r >= 0 ? "[{iov_base=\"bcd\", iov_len=4}]" : ptr(&iov));
	SC(SYS_preadv2, -1, NULL, 0, 2L, 0xbadL, 0L);
	line(ret(), "preadv2(-1, NULL, 0, 2, 0)");
	e2e_exit(0);
}
