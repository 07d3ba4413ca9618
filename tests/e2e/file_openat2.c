// SPDX-License-Identifier: MIT
// openat2's struct open_how: flags, mode when it matters, resolve, sizes, bytes past the struct.
// TRACE: -e trace=openat2,close,exit_group
// START: first
#include "e2e.h"
#include <linux/openat2.h>
#include <sys/mman.h>

int main(void)
{
	struct open_how h = { .flags = O_RDONLY | O_CLOEXEC, .resolve = RESOLVE_NO_SYMLINKS };
	char big[64] = { 0 };
	char *page;
	long fd;

	fd = SC(SYS_openat2, AT_FDCWD, "/etc/hostname", &h, sizeof(h));
	line(ret(), "openat2(AT_FDCWD, \"/etc/hostname\", {flags=O_RDONLY|O_CLOEXEC, "
		    "resolve=RESOLVE_NO_SYMLINKS}, 24)");
	SC(SYS_close, fd);
	line(ret(), "close(%ld)", fd);
	h = (struct open_how){ .flags = O_WRONLY | O_CREAT | O_TRUNC, .mode = 0640 };
	fd = SC(SYS_openat2, AT_FDCWD, "f1", &h, sizeof(h));
	line(ret(), "openat2(AT_FDCWD, \"f1\", {flags=O_WRONLY|O_CREAT|O_TRUNC, mode=0640, resolve=0}, 24)");
	SC(SYS_close, fd);
	line(ret(), "close(%ld)", fd);
	/* A mode without O_CREAT is shown (the kernel refuses it); O_CREAT with mode 0 too. */
	h = (struct open_how){ .flags = O_RDONLY, .mode = 0644 };
	SC(SYS_openat2, AT_FDCWD, "f1", &h, sizeof(h));
	line(ret(), "openat2(AT_FDCWD, \"f1\", {flags=O_RDONLY, mode=0644, resolve=0}, 24)");
	h = (struct open_how){ .flags = O_RDWR | O_CREAT | O_EXCL };
	SC(SYS_openat2, AT_FDCWD, "f1", &h, sizeof(h));
	line(ret(), "openat2(AT_FDCWD, \"f1\", {flags=O_RDWR|O_CREAT|O_EXCL, mode=000, resolve=0}, 24)");
	h = (struct open_how){ .flags = O_RDWR | O_TMPFILE, .mode = 0600 };
	fd = SC(SYS_openat2, AT_FDCWD, ".", &h, sizeof(h));
	line(ret(), "openat2(AT_FDCWD, \".\", {flags=O_RDWR|O_TMPFILE, mode=0600, resolve=0}, 24)");
	SC(SYS_close, fd);
	line(ret(), "close(%ld)", fd);
	h = (struct open_how){ .flags = O_RDONLY | O_DIRECTORY,
			       .resolve = RESOLVE_BENEATH | RESOLVE_NO_XDEV | RESOLVE_CACHED };
	fd = SC(SYS_openat2, AT_FDCWD, ".", &h, sizeof(h));
	line(ret(), "openat2(AT_FDCWD, \".\", {flags=O_RDONLY|O_DIRECTORY, "
		    "resolve=RESOLVE_NO_XDEV|RESOLVE_BENEATH|RESOLVE_CACHED}, 24)");
	SC(SYS_close, fd);
	line(ret(), "close(%ld)", fd);
	/* Unknown bits: resolve's own, and open flags past 32 bits. */
	h = (struct open_how){ .flags = O_RDWR | (1ull << 40), .resolve = 0xc4 };
	SC(SYS_openat2, AT_FDCWD, "f1", &h, sizeof(h));
	line(ret(), "openat2(AT_FDCWD, \"f1\", {flags=O_RDWR|0x10000000000, "
		    "resolve=RESOLVE_NO_SYMLINKS|0xc0}, 24)");
	h = (struct open_how){ .resolve = 0x40 };
	SC(SYS_openat2, AT_FDCWD, "f1", &h, sizeof(h));
	line(ret(), "openat2(AT_FDCWD, \"f1\", {flags=O_RDONLY, resolve=0x40 /* RESOLVE_??? */}, 24)");
	/* Sizes: below the first version the address; more bytes, shown when one is not zero. */
	SC(SYS_openat2, AT_FDCWD, "f1", &h, 16L);
	line(ret(), "openat2(AT_FDCWD, \"f1\", %p, 16)", (void *)&h);
	SC(SYS_openat2, AT_FDCWD, "f1", NULL, 24L);
	line(ret(), "openat2(AT_FDCWD, \"f1\", NULL, 24)");
	h = (struct open_how){ .flags = O_RDONLY };
	memcpy(big, &h, sizeof(h));
	fd = SC(SYS_openat2, AT_FDCWD, "f1", big, 40L);
	line(ret(), "openat2(AT_FDCWD, \"f1\", {flags=O_RDONLY, resolve=0}, 40)");
	SC(SYS_close, fd);
	line(ret(), "close(%ld)", fd);
	big[30] = 1;
	SC(SYS_openat2, AT_FDCWD, "f1", big, 40L);
	line(ret(), "openat2(AT_FDCWD, \"f1\", {flags=O_RDONLY, resolve=0, /* bytes 24..39 */ "
		    "\"\\x00\\x00\\x00\\x00\\x00\\x00\\x01\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\"}, 40)");
	big[30] = 0;
	big[63] = 'x';
	SC(SYS_openat2, AT_FDCWD, "f1", big, 64L);
	line(ret(), "openat2(AT_FDCWD, \"f1\", {flags=O_RDONLY, resolve=0, /* bytes 24..63 */ \"%s\"...}, 64)",
	     "\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00"
	     "\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00");
	/* The struct ends a page: read as far as the size says, not beyond. */
	page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(page + 4096, 4096);
	memcpy(page + 4096 - sizeof(h), &h, sizeof(h));
	fd = SC(SYS_openat2, AT_FDCWD, "f1", page + 4096 - sizeof(h), sizeof(h));
	line(ret(), "openat2(AT_FDCWD, \"f1\", {flags=O_RDONLY, resolve=0}, 24)");
	SC(SYS_close, fd);
	line(ret(), "close(%ld)", fd);
	e2e_exit(0);
}
