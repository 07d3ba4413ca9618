// SPDX-License-Identifier: MIT
// getdents64 and getdents: the address and the number of entries, also for a buffer
// longer than sctrace captures (the kernel side counts its entries).
// TRACE: -e trace=getdents64,getdents,exit_group
// START: first
#include "e2e.h"
#include <sys/stat.h>

static char buf[65536];

/* The entries in n bytes of buf, walked by d_reclen (at 16 in both layouts). */
static unsigned entries(long n)
{
	unsigned count = 0;

	for (long off = 0; off < n; count++)
		off += *(unsigned short *)(buf + off + 16);
	return count;
}

static void list(long nr, const char *name, int fd, unsigned size)
{
	SC(nr, fd, buf, size);
	line(ret(), "%s(%d, %p /* %u entries */, %u)", name, fd, (void *)buf,
	     e2e_r > 0 ? entries(e2e_r) : 0, size);
}

int main(void)
{
	char name[64];
	int fd;

	if (mkdir("d", 0755))
		return 1;
	for (int i = 0; i < 300; i++) {
		snprintf(name, sizeof(name), "d/a_rather_long_file_name_number_%03d", i);
		if (close(open(name, O_CREAT | O_WRONLY, 0644)))
			return 1;
	}
	fd = open("d", O_RDONLY | O_DIRECTORY);
	list(SYS_getdents64, "getdents64", fd, sizeof(buf));
	list(SYS_getdents64, "getdents64", fd, sizeof(buf));
	lseek(fd, 0, SEEK_SET);
	list(SYS_getdents, "getdents", fd, 4096);
	SC(SYS_getdents64, -1, buf, 100);
	line(ret(), "getdents64(-1, %p, 100)", (void *)buf);
	e2e_exit(0);
}
