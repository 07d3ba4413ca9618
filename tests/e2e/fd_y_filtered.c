// SPDX-License-Identifier: MIT
// -y with -e trace=read,close: descriptors opened by calls that are not shown still print their paths (the calls that change the table are captured unseen).
// TRACE: -y -e trace=read,close,exit_group
// START: first
#include "e2e.h"

int main(void)
{
	char cwd[4096], buf[8];
	int fd, fd2;

	if (!getcwd(cwd, sizeof(cwd)))
		return 1;
	fd = open("data", O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || write(fd, "abc", 3) != 3 || lseek(fd, 0, SEEK_SET) != 0)
		return 1;
	SC(SYS_read, fd, buf, sizeof(buf));
	line(ret(), "read(%d<%s/data>, \"abc\", 8)", fd, cwd);
	fd2 = dup(fd);
	SC(SYS_close, fd);
	line(ret(), "close(%d<%s/data>)", fd, cwd);
	SC(SYS_read, fd2, buf, sizeof(buf));
	line(ret(), "read(%d<%s/data>, \"\", 8)", fd2, cwd);
	e2e_exit(0);
}
