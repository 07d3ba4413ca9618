// SPDX-License-Identifier: MIT
// Shared body of the -e status= tests: a mix of succeeding and failing calls.
#include "e2e.h"

static void __attribute__((noreturn)) status_body(int want_ok, int want_fail)
{
	long fd;

	/* first line: a marker of each kind (the loader's calls come before) */
	SC(SYS_access, "e2e-marker", F_OK);
	if (want_fail)
		line(ret(), "access(\"e2e-marker\", F_OK)");
	SC(SYS_umask, 022);
	if (want_ok)
		line("022", "umask(022)");
	fd = SC(SYS_openat, AT_FDCWD, "f", O_WRONLY | O_CREAT, 0600);
	if (want_ok)
		line(ret(), "openat(AT_FDCWD, \"f\", O_WRONLY|O_CREAT, 0600)");
	SC(SYS_openat, AT_FDCWD, "missing", O_RDONLY);
	if (want_fail)
		line(ret(), "openat(AT_FDCWD, \"missing\", O_RDONLY)");
	SC(SYS_close, fd);
	if (want_ok)
		line(ret(), "close(%ld)", fd);
	SC(SYS_close, fd);
	if (want_fail)
		line(ret(), "close(%ld)", fd);
	SC(SYS_getpid);
	if (want_ok)
		line(ret(), "getpid()");
	e2e_exit_ex(0, 0);
}
