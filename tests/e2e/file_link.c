// SPDX-License-Identifier: MIT
// link/linkat, symlink/symlinkat, readlink/readlinkat, rename/renameat/renameat2, unlink/unlinkat.
// TRACE: -e trace=link,linkat,symlink,symlinkat,readlink,readlinkat,rename,renameat,renameat2,unlink,unlinkat,exit_group
// START: first
#include "e2e.h"
#include <linux/fs.h>

int main(void)
{
	char buf[100];

	close(open("f", O_WRONLY | O_CREAT, 0644));
	close(open("g", O_WRONLY | O_CREAT, 0644));
	SC(SYS_symlink, "target", "sl");
	line(ret(), "symlink(\"target\", \"sl\")");
	SC(SYS_symlinkat, "f", AT_FDCWD, "sl2");
	line(ret(), "symlinkat(\"f\", AT_FDCWD, \"sl2\")");
	SC(SYS_symlink, "x", "sl");
	line(ret(), "symlink(\"x\", \"sl\")");
	SC(SYS_readlink, "sl", buf, sizeof(buf));
	line(ret(), "readlink(\"sl\", \"target\", %zu)", sizeof(buf));
	SC(SYS_readlink, "sl", buf, 3);
	line(ret(), "readlink(\"sl\", \"tar\", 3)");
	SC(SYS_readlink, "f", buf, sizeof(buf));
	line(ret(), "readlink(\"f\", %p, %zu)", buf, sizeof(buf));
	SC(SYS_readlinkat, AT_FDCWD, "sl2", buf, sizeof(buf));
	line(ret(), "readlinkat(AT_FDCWD, \"sl2\", \"f\", %zu)", sizeof(buf));
	SC(SYS_readlinkat, AT_FDCWD, "missing", buf, sizeof(buf));
	line(ret(), "readlinkat(AT_FDCWD, \"missing\", %p, %zu)", buf, sizeof(buf));
	SC(SYS_link, "f", "hl");
	line(ret(), "link(\"f\", \"hl\")");
	SC(SYS_link, "missing", "hl9");
	line(ret(), "link(\"missing\", \"hl9\")");
	SC(SYS_linkat, AT_FDCWD, "f", AT_FDCWD, "hl2", 0);
	line(ret(), "linkat(AT_FDCWD, \"f\", AT_FDCWD, \"hl2\", 0)");
	SC(SYS_linkat, AT_FDCWD, "sl2", AT_FDCWD, "hl3", AT_SYMLINK_FOLLOW);
	line(ret(), "linkat(AT_FDCWD, \"sl2\", AT_FDCWD, \"hl3\", AT_SYMLINK_FOLLOW)");
	SC(SYS_rename, "hl", "hl4");
	line(ret(), "rename(\"hl\", \"hl4\")");
	SC(SYS_rename, "missing", "hl5");
	line(ret(), "rename(\"missing\", \"hl5\")");
	SC(SYS_renameat, AT_FDCWD, "hl4", AT_FDCWD, "hl5");
	line(ret(), "renameat(AT_FDCWD, \"hl4\", AT_FDCWD, \"hl5\")");
	SC(SYS_renameat2, AT_FDCWD, "hl5", AT_FDCWD, "g", RENAME_NOREPLACE);
	line(ret(), "renameat2(AT_FDCWD, \"hl5\", AT_FDCWD, \"g\", RENAME_NOREPLACE)");
	SC(SYS_renameat2, AT_FDCWD, "hl5", AT_FDCWD, "g", RENAME_EXCHANGE);
	line(ret(), "renameat2(AT_FDCWD, \"hl5\", AT_FDCWD, \"g\", RENAME_EXCHANGE)");
	SC(SYS_renameat2, AT_FDCWD, "g", AT_FDCWD, "hl6", 0);
	line(ret(), "renameat2(AT_FDCWD, \"g\", AT_FDCWD, \"hl6\", 0)");
	SC(SYS_renameat2, AT_FDCWD, "hl6", AT_FDCWD, "hl7", RENAME_NOREPLACE | RENAME_EXCHANGE);
	line(ret(), "renameat2(AT_FDCWD, \"hl6\", AT_FDCWD, \"hl7\", RENAME_NOREPLACE|RENAME_EXCHANGE)");
	SC(SYS_unlink, "hl6");
	line(ret(), "unlink(\"hl6\")");
	SC(SYS_unlink, "missing");
	line(ret(), "unlink(\"missing\")");
	SC(SYS_unlink, ".");
	line(ret(), "unlink(\".\")");
	SC(SYS_unlinkat, AT_FDCWD, "hl2", 0);
	line(ret(), "unlinkat(AT_FDCWD, \"hl2\", 0)");
	SC(SYS_unlinkat, AT_FDCWD, "sl", 0);
	line(ret(), "unlinkat(AT_FDCWD, \"sl\", 0)");
	SC(SYS_unlinkat, AT_FDCWD, "f", AT_REMOVEDIR);
	line(ret(), "unlinkat(AT_FDCWD, \"f\", AT_REMOVEDIR)");
	e2e_exit(0);
}
