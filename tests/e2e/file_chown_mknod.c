// SPDX-License-Identifier: MIT
// chown's ids (-1, or unsigned), mknod's 16-bit mode by name and device.
// TRACE: -e trace=chown,fchownat,mknod,mknodat,exit_group
// START: first
#include "e2e.h"
#include <sys/stat.h>

int main(void)
{
	SC(SYS_chown, "nofile", -1L, 0xffff0000L);
	line(ret(), "chown(\"nofile\", -1, 4294901760)");
	SC(SYS_fchownat, AT_FDCWD, "nofile", 0L, -1L, (long)AT_SYMLINK_NOFOLLOW);
	line(ret(), "fchownat(AT_FDCWD, \"nofile\", 0, -1, AT_SYMLINK_NOFOLLOW)");
	SC(SYS_mknod, "no/node", 0xffff0000L | S_IFIFO | 0640, 0L);
	line(ret(), "mknod(\"no/node\", S_IFIFO|0640)");
	SC(SYS_mknod, "no/node", (long)(S_IFCHR | S_ISUID | S_ISVTX | 0600), 0x103L);
	line(ret(), "mknod(\"no/node\", S_IFCHR|S_ISUID|S_ISVTX|0600, makedev(0x1, 0x3))");
	SC(SYS_mknodat, AT_FDCWD, "no/node", 0644L, 0L);
	line(ret(), "mknodat(AT_FDCWD, \"no/node\", 0644)");
	SC(SYS_mknodat, AT_FDCWD, "no/node", (long)(S_IFBLK | 0), 0x0800ffffL);
	line(ret(), "mknodat(AT_FDCWD, \"no/node\", S_IFBLK|000, makedev(0xff, 0x80ff))");
	e2e_exit(0);
}
