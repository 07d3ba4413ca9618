// SPDX-License-Identifier: MIT
// String quoting: C escapes, octal (shortest, 3 digits before a digit), bytes >= 0x80, NUL, -s 32 default.
// TRACE: -e trace=write,read,exit_group
// START: first
#include "e2e.h"

static void w(int fd, const void *buf, size_t len)
{
	SC(SYS_write, fd, buf, len);
	line(ret(), "write(%d, %s, %zu)", fd, qbuf(buf, len, 32), len);
}

int main(void)
{
	int fd = open("/dev/null", O_WRONLY);
	int p[2];
	char rbuf[64];
	static const char all[] = "a\n\t\"\\\1\0012\377\200x\v\f\r\0b\0338\0339\177~ ";
	char bytes[256];

	w(fd, "hello, world\n", 13);
	w(fd, all, sizeof(all) - 1);
	w(fd, "", 0);
	w(fd, "01234567890123456789012345678901", 32);
	w(fd, "012345678901234567890123456789012", 33);
	w(fd, "0123456789012345678901234567890\n\1", 33);
	for (int i = 0; i < 256; i++)
		bytes[i] = (char)i;
	for (int i = 0; i < 256; i += 32)
		w(fd, bytes + i, 32);
	w(fd, bytes, 256);
	w(fd, "\1" "1\2" "8\3" "7\4", 6);
	SC(SYS_write, fd, (void *)1, 5);
	line(ret(), "write(%d, 0x1, 5)", fd);
	SC(SYS_write, -1, "x", 1);
	line(ret(), "write(-1, \"x\", 1)");

	pipe(p);
	write(p[1], "in\tpipe\n", 8); /* traced too: write() is write(2) */
	line("8", "write(%d, \"in\\tpipe\\n\", 8)", p[1]);
	SC(SYS_read, p[0], rbuf, sizeof(rbuf));
	line(ret(), "read(%d, %s, %zu)", p[0], qbuf(rbuf, e2e_r, 32), sizeof(rbuf));
	SC(SYS_read, -1, rbuf, 10);
	line(ret(), "read(-1, %p, 10)", rbuf);
	SC(SYS_read, fd, rbuf, 10);
	line(ret(), "read(%d, %p, 10)", fd, rbuf);
	e2e_exit(0);
}
