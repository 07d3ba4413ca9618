// SPDX-License-Identifier: MIT
// -s 5: strings cut after 5 bytes with "...", paths never cut.
// TRACE: -s 5 -e trace=write,read,openat,exit_group
// START: first
#include "e2e.h"

int main(void)
{
	int fd = open("/dev/null", O_WRONLY);
	static const char *s[] = { "", "abcd", "abcde", "abcdef", "\n\n\n\n\n\n", "a\1" "2345", "long string here" };
	char buf[16];
	int p[2];

	e2e_strsize = 5;
	SC(SYS_openat, AT_FDCWD, "/dev/null/not-cut-by-s", O_RDONLY);
	line(ret(), "openat(AT_FDCWD, \"/dev/null/not-cut-by-s\", O_RDONLY)");
	for (unsigned i = 0; i < sizeof(s) / sizeof(*s); i++) {
		SC(SYS_write, fd, s[i], strlen(s[i]));
		line(ret(), "write(%d, %s, %zu)", fd, qstr(s[i]), strlen(s[i]));
	}
	pipe(p);
	SC(SYS_write, p[1], "0123456789", 10);
	line(ret(), "write(%d, \"01234\"..., 10)", p[1]);
	SC(SYS_read, p[0], buf, 3);
	line(ret(), "read(%d, \"012\", 3)", p[0]);
	SC(SYS_read, p[0], buf, sizeof(buf));
	line(ret(), "read(%d, \"34567\"..., %zu)", p[0], sizeof(buf));
	e2e_exit(0);
}
