// SPDX-License-Identifier: MIT
// -yy: device files with their kind and numbers (/dev/null<char 1:3>): a descriptor the table
// learned at an open (not shown), a dup of it and its close.
// TRACE: -yy -e trace=dup,close,exit_group
// START: first
#include "e2e.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

int main(void)
{
	struct stat st;
	char dev[64], r[96];
	long fd, d;

	if (stat("/dev/null", &st) || !S_ISCHR(st.st_mode))
		return 77;
	snprintf(dev, sizeof(dev), "/dev/null<char %u:%u>", major(st.st_rdev), minor(st.st_rdev));
	fd = SC(SYS_openat, AT_FDCWD, "/dev/null", O_RDONLY);
	d = SC(SYS_dup, fd);
	snprintf(r, sizeof(r), "%ld<%s>", d, dev);
	line(r, "dup(%ld<%s>)", fd, dev);
	SC(SYS_close, d);
	line(ret(), "close(%ld<%s>)", d, dev);
	e2e_exit(0);
}
