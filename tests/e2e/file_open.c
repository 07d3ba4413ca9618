// SPDX-License-Identifier: MIT
// open/openat/creat/close: access modes, flag combinations, modes, failures.
// TRACE: -e trace=open,openat,creat,close,exit_group
// START: first
#include "e2e.h"

int main(void)
{
	long fd;

	SC(SYS_open, "missing", O_RDONLY);
	line(ret(), "open(\"missing\", O_RDONLY)");
	fd = SC(SYS_open, "f1", O_WRONLY | O_CREAT | O_TRUNC, 0644);
	line(ret(), "open(\"f1\", O_WRONLY|O_CREAT|O_TRUNC, 0644)");
	SC(SYS_close, fd);
	line(ret(), "close(%ld)", fd);
	fd = SC(SYS_openat, AT_FDCWD, "f1", O_RDWR | O_APPEND | O_CLOEXEC);
	line(ret(), "openat(AT_FDCWD, \"f1\", O_RDWR|O_APPEND|O_CLOEXEC)");
	SC(SYS_close, fd);
	line(ret(), "close(%ld)", fd);
	SC(SYS_openat, AT_FDCWD, "f1", O_WRONLY | O_CREAT | O_EXCL, 0600);
	line(ret(), "openat(AT_FDCWD, \"f1\", O_WRONLY|O_CREAT|O_EXCL, 0600)");
	fd = SC(SYS_openat, AT_FDCWD, ".", O_RDONLY | O_DIRECTORY | O_NONBLOCK);
	line(ret(), "openat(AT_FDCWD, \".\", O_RDONLY|O_NONBLOCK|O_DIRECTORY)");
	SC(SYS_openat, (int)fd, "f1", O_RDONLY | O_NOFOLLOW | O_NOATIME);
	line(ret(), "openat(%ld, \"f1\", O_RDONLY|O_NOFOLLOW|O_NOATIME)", fd);
	SC(SYS_close, e2e_r);
	line(ret(), "close(%ld)", e2e_r == -1 ? -1L : fd + 1);
	SC(SYS_openat, (int)fd, "f1", O_RDONLY | O_DIRECTORY);
	line(ret(), "openat(%ld, \"f1\", O_RDONLY|O_DIRECTORY)", fd);
	SC(SYS_openat, -1, "f1", O_RDONLY);
	line(ret(), "openat(-1, \"f1\", O_RDONLY)");
	SC(SYS_openat, 99, "/", O_PATH);
	line(ret(), "openat(99, \"/\", O_RDONLY|O_PATH)");
	SC(SYS_close, e2e_r);
	line(ret(), "close(%ld)", fd + 1);
	SC(SYS_close, fd);
	line(ret(), "close(%ld)", fd);
	SC(SYS_openat, AT_FDCWD, ".", O_RDWR | O_TMPFILE, 0640);
	line(ret(), "openat(AT_FDCWD, \".\", O_RDWR|O_TMPFILE, 0640)");
	SC(SYS_close, e2e_r);
	line(ret(), "close(%ld)", fd);
	SC(SYS_openat, AT_FDCWD, "f2", O_WRONLY | O_CREAT | O_SYNC | O_DSYNC, 04755);
	line(ret(), "openat(AT_FDCWD, \"f2\", O_WRONLY|O_CREAT|O_SYNC, 04755)");
	SC(SYS_close, e2e_r);
	line(ret(), "close(%ld)", fd);
	SC(SYS_openat, AT_FDCWD, "f1", O_RDONLY | 0x4000000);
	line(ret(), "openat(AT_FDCWD, \"f1\", O_RDONLY|0x4000000)");
	SC(SYS_close, e2e_r);
	line(ret(), "close(%ld)", fd);
	SC(SYS_openat, AT_FDCWD, "f1/x", O_RDONLY);
	line(ret(), "openat(AT_FDCWD, \"f1/x\", O_RDONLY)");
	SC(SYS_open, ".", O_WRONLY);
	line(ret(), "open(\".\", O_WRONLY)");
	fd = SC(SYS_creat, "f3", 0666);
	line(ret(), "creat(\"f3\", 0666)");
	SC(SYS_close, fd);
	line(ret(), "close(%ld)", fd);
	SC(SYS_close, -1);
	line(ret(), "close(-1)");
	SC(SYS_close, 1000);
	line(ret(), "close(1000)");
	e2e_exit(0);
}
