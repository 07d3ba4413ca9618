// SPDX-License-Identifier: MIT
// access/faccessat/faccessat2: modes, flags, ENOENT, EACCES (X_OK on a file with no x bit, even as root), EINVAL.
// TRACE: -e trace=access,faccessat,faccessat2,exit_group
// START: first
#include "e2e.h"

int main(void)
{
	close(open("f", O_WRONLY | O_CREAT, 0644));
	SC(SYS_access, "f", F_OK);
	line(ret(), "access(\"f\", F_OK)");
	SC(SYS_access, "f", R_OK | W_OK);
	line(ret(), "access(\"f\", R_OK|W_OK)");
	SC(SYS_access, "f", X_OK);
	line(ret(), "access(\"f\", X_OK)");
	SC(SYS_access, "f", R_OK | W_OK | X_OK);
	line(ret(), "access(\"f\", R_OK|W_OK|X_OK)");
	SC(SYS_access, "missing", F_OK);
	line(ret(), "access(\"missing\", F_OK)");
	SC(SYS_access, "f/x", R_OK);
	line(ret(), "access(\"f/x\", R_OK)");
	SC(SYS_access, "f", 0x10);
	line(ret(), "access(\"f\", 0x10 /* ?_OK */)");
	SC(SYS_faccessat, AT_FDCWD, "f", R_OK);
	line(ret(), "faccessat(AT_FDCWD, \"f\", R_OK)");
	SC(SYS_faccessat, -1, "f", R_OK);
	line(ret(), "faccessat(-1, \"f\", R_OK)");
	SC(SYS_faccessat, AT_FDCWD, "/", W_OK | X_OK);
	line(ret(), "faccessat(AT_FDCWD, \"/\", W_OK|X_OK)");
	SC(SYS_faccessat2, AT_FDCWD, "f", X_OK, AT_EACCESS);
	line(ret(), "faccessat2(AT_FDCWD, \"f\", X_OK, AT_EACCESS)");
	SC(SYS_faccessat2, AT_FDCWD, "f", F_OK, AT_SYMLINK_NOFOLLOW | AT_EACCESS);
	line(ret(), "faccessat2(AT_FDCWD, \"f\", F_OK, AT_SYMLINK_NOFOLLOW|AT_EACCESS)");
	SC(SYS_faccessat2, AT_FDCWD, "", F_OK, AT_EMPTY_PATH);
	line(ret(), "faccessat2(AT_FDCWD, \"\", F_OK, AT_EMPTY_PATH)");
	SC(SYS_faccessat2, AT_FDCWD, "f", F_OK, 0x1);
	line(ret(), "faccessat2(AT_FDCWD, \"f\", F_OK, 0x1 /* AT_??? */)");
	e2e_exit(0);
}
