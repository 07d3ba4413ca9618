// SPDX-License-Identifier: MIT
// -x (hex only when a byte is not printable) and -xx (always hex) string forms.
// TRACE: -x -e trace=write,exit_group
// START: first
#include "e2e.h"

int main(void)
{
	int fd = open("/dev/null", O_WRONLY);
	static const char *s[] = { "plain text\n", "tab\tand\rcr\v\f", "ctl\1x", "hi\377", "quote\"back\\", "0123456789abcdef0123456789abcdefXY" };

	for (unsigned i = 0; i < sizeof(s) / sizeof(*s); i++) {
		SC(SYS_write, fd, s[i], strlen(s[i]));
		line(ret(), "write(%d, %s, %zu)", fd, qbufx(s[i], strlen(s[i]), 32, 1), strlen(s[i]));
	}
	e2e_exit(0);
}
