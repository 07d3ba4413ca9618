// SPDX-License-Identifier: MIT
// The flag and advice arguments of calls on descriptors: flock, fadvise64, fallocate,
// sync_file_range, tee, vmsplice and close_range, known and unknown bits.
// TRACE: -e trace=flock,fadvise64,fallocate,sync_file_range,tee,vmsplice,close_range,exit_group
// START: first
#include "e2e.h"
#include <sys/uio.h>

int main(void)
{
	int fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0644);
	char c = 'x';
	struct iovec iov = { &c, 1 };

	SC(SYS_flock, fd, 1 | 4);
	line(ret(), "flock(%d, LOCK_SH|LOCK_NB)", fd);
	SC(SYS_flock, fd, 8);
	line(ret(), "flock(%d, LOCK_UN)", fd);
	SC(SYS_flock, -1, 0x10);
	line(ret(), "flock(-1, 0x10 /* LOCK_??? */)");
	SC(SYS_fadvise64, fd, 0, 4096, 3);
	line(ret(), "fadvise64(%d, 0, 4096, POSIX_FADV_WILLNEED)", fd);
	SC(SYS_fadvise64, fd, 0, 0, 9);
	line(ret(), "fadvise64(%d, 0, 0, 0x9 /* POSIX_FADV_??? */)", fd);
	SC(SYS_fallocate, fd, 1 | 2, 0, 4096);
	line(ret(), "fallocate(%d, FALLOC_FL_KEEP_SIZE|FALLOC_FL_PUNCH_HOLE, 0, 4096)", fd);
	SC(SYS_fallocate, fd, 0, 0, 10);
	line(ret(), "fallocate(%d, 0, 0, 10)", fd);
	SC(SYS_sync_file_range, fd, 0, 0, 2 | 0x100);
	line(ret(), "sync_file_range(%d, 0, 0, SYNC_FILE_RANGE_WRITE|0x100)", fd);
	SC(SYS_tee, -1, -1, 1, 2);
	line(ret(), "tee(-1, -1, 1, SPLICE_F_NONBLOCK)");
	SC(SYS_vmsplice, -1, &iov, 1, 0);
	line(ret(), "vmsplice(-1, [{iov_base=\"x\", iov_len=1}], 1, 0)");
	SC(SYS_close_range, 1000, 999, 4);
	line(ret(), "close_range(1000, 999, CLOSE_RANGE_CLOEXEC)");
	SC(SYS_close_range, 1000, 1001, 1);
	line(ret(), "close_range(1000, 1001, 0x1 /* CLOSE_RANGE_??? */)");
	e2e_exit(0);
}
