// SPDX-License-Identifier: MIT
// -P PATH: only calls that name PATH as a path argument or through a descriptor opened on it; other calls, of any class, are left out.
// TRACE: -P /dev/null
// START: first
#include "e2e.h"
#include <fcntl.h>

int main(void)
{
	char buf[4];
	long fd, other;

	fd = SC(SYS_openat, AT_FDCWD, "/dev/null", O_RDONLY);
	line(ret(), "openat(AT_FDCWD, %s, O_RDONLY)", qpath("/dev/null"));
	other = SC(SYS_openat, AT_FDCWD, ".", O_RDONLY | O_DIRECTORY);
	SC(SYS_read, fd, buf, sizeof(buf));
	line(ret(), "read(%ld, \"\", 4)", fd);
	SC(SYS_read, other, buf, sizeof(buf));
	SC(SYS_getppid);
	SC(SYS_dup2, fd, 20);
	line(ret(), "dup2(%ld, 20)", fd);
	SC(SYS_faccessat, AT_FDCWD, "/dev/null", R_OK);
	line(ret(), "faccessat(AT_FDCWD, %s, R_OK)", qpath("/dev/null"));
	SC(SYS_faccessat, AT_FDCWD, "/dev/zero", R_OK);
	SC(SYS_close, other);
	SC(SYS_close, 20);
	line(ret(), "close(20)");
	SC(SYS_close, fd);
	line(ret(), "close(%ld)", fd);
	/* e2e_exit's writev and exit_group name no path: not shown */
	e2e_exit_ex(0, 0);
}
