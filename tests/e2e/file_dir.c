// SPDX-License-Identifier: MIT
// mkdir/mkdirat/rmdir, chdir/fchdir/getcwd, unlinkat AT_REMOVEDIR: successes and EEXIST, ENOTEMPTY, ENOENT, EBADF, ERANGE.
// TRACE: -e trace=mkdir,mkdirat,rmdir,chdir,fchdir,getcwd,unlinkat,exit_group
// START: first
#include "e2e.h"

int main(void)
{
	char cwd[4096], buf[4096];
	int dfd;

	SC(SYS_mkdir, "d", 0755);
	line(ret(), "mkdir(\"d\", 0755)");
	SC(SYS_mkdir, "d", 0700);
	line(ret(), "mkdir(\"d\", 0700)");
	SC(SYS_mkdirat, AT_FDCWD, "d/e", 0777);
	line(ret(), "mkdirat(AT_FDCWD, \"d/e\", 0777)");
	SC(SYS_mkdir, "missing/e", 0);
	line(ret(), "mkdir(\"missing/e\", 000)");
	SC(SYS_rmdir, "d");
	line(ret(), "rmdir(\"d\")");
	SC(SYS_rmdir, "missing");
	line(ret(), "rmdir(\"missing\")");
	SC(SYS_getcwd, cwd, sizeof(cwd));
	line(ret(), "getcwd(%s, %zu)", qpath(cwd), sizeof(cwd));
	SC(SYS_getcwd, buf, 1);
	line(ret(), "getcwd(%p, 1)", buf);
	dfd = open(".", O_RDONLY | O_DIRECTORY);
	SC(SYS_chdir, "d/e");
	line(ret(), "chdir(\"d/e\")");
	SC(SYS_getcwd, buf, sizeof(buf));
	line(ret(), "getcwd(%s, %zu)", qpath(buf), sizeof(buf));
	SC(SYS_chdir, "missing");
	line(ret(), "chdir(\"missing\")");
	SC(SYS_fchdir, dfd);
	line(ret(), "fchdir(%d)", dfd);
	SC(SYS_fchdir, -1);
	line(ret(), "fchdir(-1)");
	SC(SYS_unlinkat, AT_FDCWD, "d/e", AT_REMOVEDIR);
	line(ret(), "unlinkat(AT_FDCWD, \"d/e\", AT_REMOVEDIR)");
	SC(SYS_unlinkat, dfd, "d", AT_REMOVEDIR);
	line(ret(), "unlinkat(%d, \"d\", AT_REMOVEDIR)", dfd);
	SC(SYS_rmdir, "d");
	line(ret(), "rmdir(\"d\")");
	e2e_exit(0);
}
