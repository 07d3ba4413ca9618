// SPDX-License-Identifier: MIT
// fsconfig: key, value and aux by the command (string, path, hex blob, descriptor, address).
// TRACE: -e trace=fsconfig,exit_group
// START: first
#include "e2e.h"
#include <linux/mount.h>

int main(void)
{
	/* on the stack: memory the program never touched cannot be read by the kernel side */
	char bin[] = "ab\0c", ro[] = "ro", source[] = "source", none[] = "none", blob[] = "blob";
	char null[] = "/dev/null", fd[] = "fd";

	SC(SYS_fsconfig, -1, FSCONFIG_SET_FLAG, ro, NULL, 0);
	line(ret(), "fsconfig(-1, FSCONFIG_SET_FLAG, \"ro\", NULL, 0)");
	SC(SYS_fsconfig, -1, FSCONFIG_SET_STRING, source, none, 0);
	line(ret(), "fsconfig(-1, FSCONFIG_SET_STRING, \"source\", \"none\", 0)");
	SC(SYS_fsconfig, -1, FSCONFIG_SET_BINARY, blob, bin, 4);
	line(ret(), "fsconfig(-1, FSCONFIG_SET_BINARY, \"blob\", \"\\x61\\x62\\x00\\x63\", 4)");
	SC(SYS_fsconfig, -1, FSCONFIG_SET_PATH, source, null, -100);
	line(ret(), "fsconfig(-1, FSCONFIG_SET_PATH, \"source\", \"/dev/null\", AT_FDCWD)");
	SC(SYS_fsconfig, -1, FSCONFIG_SET_FD, fd, NULL, 0);
	line(ret(), "fsconfig(-1, FSCONFIG_SET_FD, \"fd\", NULL, 0)");
	SC(SYS_fsconfig, -1, FSCONFIG_CMD_CREATE, (void *)bin, (void *)bin, 0);
	line(ret(), "fsconfig(-1, FSCONFIG_CMD_CREATE, %p, %p, 0)", (void *)bin, (void *)bin);
	SC(SYS_fsconfig, -1, 9, NULL, NULL, -5);
	line(ret(), "fsconfig(-1, 0x9 /* FSCONFIG_??? */, NULL, NULL, -5)");
	e2e_exit(0);
}
