// SPDX-License-Identifier: MIT
// lseek with SEEK_SET/CUR/END/DATA/HOLE, EINVAL, ESPIPE, unknown whence; pread64/pwrite64.
// TRACE: -e trace=lseek,pread64,pwrite64,exit_group
// START: first
#include "e2e.h"

int main(void)
{
	int fd = open("f", O_RDWR | O_CREAT | O_TRUNC, 0644);
	char data[100], buf[8];
	int p[2];

	for (int i = 0; i < 100; i++)
		data[i] = 'a' + i % 26;
	write(fd, data, sizeof(data));
	pipe(p);
	SC(SYS_lseek, fd, 0, SEEK_SET);
	line(ret(), "lseek(%d, 0, SEEK_SET)", fd);
	SC(SYS_lseek, fd, 10, SEEK_CUR);
	line(ret(), "lseek(%d, 10, SEEK_CUR)", fd);
	SC(SYS_lseek, fd, -5L, SEEK_END);
	line(ret(), "lseek(%d, -5, SEEK_END)", fd);
	SC(SYS_lseek, fd, -200L, SEEK_SET);
	line(ret(), "lseek(%d, -200, SEEK_SET)", fd);
	SC(SYS_lseek, fd, 0, SEEK_DATA);
	line(ret(), "lseek(%d, 0, SEEK_DATA)", fd);
	SC(SYS_lseek, fd, 0, SEEK_HOLE);
	line(ret(), "lseek(%d, 0, SEEK_HOLE)", fd);
	SC(SYS_lseek, fd, 1000, SEEK_DATA);
	line(ret(), "lseek(%d, 1000, SEEK_DATA)", fd);
	SC(SYS_lseek, fd, 0, 7);
	line(ret(), "lseek(%d, 0, 0x7 /* SEEK_??? */)", fd);
	SC(SYS_lseek, p[0], 0, SEEK_CUR);
	line(ret(), "lseek(%d, 0, SEEK_CUR)", p[0]);
	SC(SYS_lseek, -1, 0, SEEK_SET);
	line(ret(), "lseek(-1, 0, SEEK_SET)");
	SC(SYS_pread64, fd, buf, 5, 10);
	line(ret(), "pread64(%d, %s, 5, 10)", fd, qbuf(buf, e2e_r, 32));
	SC(SYS_pwrite64, fd, "XYZ", 3, 98);
	line(ret(), "pwrite64(%d, \"XYZ\", 3, 98)", fd);
	SC(SYS_pread64, fd, buf, 8, 96);
	line(ret(), "pread64(%d, %s, 8, 96)", fd, qbuf(buf, e2e_r, 32));
	SC(SYS_pread64, fd, buf, 8, -1L);
	line(ret(), "pread64(%d, %p, 8, -1)", fd, buf);
	e2e_exit(0);
}
