// SPDX-License-Identifier: MIT
// chmod/fchmod/fchmodat, chown/fchownat with -1 ids, umask: octal modes incl. setuid/sticky bits.
// TRACE: -e trace=chmod,fchmod,fchmodat,chown,lchown,fchownat,umask,exit_group
// START: first
#include "e2e.h"

static const char *oct3(long v)
{
	char *b = e2e_tmp();

	snprintf(b, 8192, "%#03lo", v);
	return b;
}

int main(void)
{
	int fd = open("f", O_WRONLY | O_CREAT, 0644);
	long old;

	SC(SYS_chmod, "f", 0600);
	line(ret(), "chmod(\"f\", 0600)");
	SC(SYS_chmod, "f", 04755);
	line(ret(), "chmod(\"f\", 04755)");
	SC(SYS_chmod, "f", 01777);
	line(ret(), "chmod(\"f\", 01777)");
	SC(SYS_chmod, "missing", 0);
	line(ret(), "chmod(\"missing\", 000)");
	SC(SYS_fchmod, fd, 0640);
	line(ret(), "fchmod(%d, 0640)", fd);
	SC(SYS_fchmod, -1, 0640);
	line(ret(), "fchmod(-1, 0640)");
	SC(SYS_fchmodat, AT_FDCWD, "f", 0444);
	line(ret(), "fchmodat(AT_FDCWD, \"f\", 0444)");
	SC(SYS_chown, "f", 1000, 1000);
	line(ret(), "chown(\"f\", 1000, 1000)");
	SC(SYS_chown, "f", -1, 0);
	line(ret(), "chown(\"f\", -1, 0)");
	SC(SYS_lchown, "missing", 0, -1);
	line(ret(), "lchown(\"missing\", 0, -1)");
	SC(SYS_fchownat, AT_FDCWD, "f", -1, -1, AT_SYMLINK_NOFOLLOW);
	line(ret(), "fchownat(AT_FDCWD, \"f\", -1, -1, AT_SYMLINK_NOFOLLOW)");
	/* strace prints umask's argument and result as "%#03o" */
	old = SC(SYS_umask, 027);
	line(oct3(e2e_r), "umask(027)");
	SC(SYS_umask, 0);
	line(oct3(e2e_r), "umask(000)");
	SC(SYS_umask, 0777);
	line(oct3(e2e_r), "umask(0777)");
	SC(SYS_umask, old);
	line(oct3(e2e_r), "umask(%s)", oct3(old));
	e2e_exit(0);
}
