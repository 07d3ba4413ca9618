// SPDX-License-Identifier: MIT
// reboot's LINUX_REBOOT_CMD_RESTART2 string: 255 bytes at most, also when they end a page with no NUL.
// TRACE: -s 300 -e trace=reboot,exit_group
// START: first
#include "e2e.h"
#include <linux/reboot.h>
#include <sys/mman.h>

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *s = page + 4096 - 255;

	munmap(page + 4096, 4096);
	memset(s, 'x', 255);
	/* 255 bytes and no NUL among them, all the kernel reads: cut, as strace marks it */
	/* a wrong first magic: the kernel refuses it (EINVAL) before anything else */
	SC(SYS_reboot, 0x13111992L, (long)LINUX_REBOOT_MAGIC2, (long)LINUX_REBOOT_CMD_RESTART2, s);
	line(ret(), "reboot(0x13111992 /* LINUX_REBOOT_MAGIC_??? */, LINUX_REBOOT_MAGIC2, "
		    "LINUX_REBOOT_CMD_RESTART2, %s...)", qbuf(s, 255, 255));
	s[254] = 0;
	SC(SYS_reboot, 0x13111992L, (long)LINUX_REBOOT_MAGIC2, (long)LINUX_REBOOT_CMD_RESTART2, s + 200);
	line(ret(), "reboot(0x13111992 /* LINUX_REBOOT_MAGIC_??? */, LINUX_REBOOT_MAGIC2, "
		    "LINUX_REBOOT_CMD_RESTART2, %s)", qbuf(s + 200, 54, 300));
	e2e_exit(0);
}
