// SPDX-License-Identifier: MIT
/* sctrace's stderr messages: see msg.h. */
#include "msg.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>

static enum msg_level msg_max = MSG_INFO;

void msg_set_level(enum msg_level max)
{
	msg_max = max;
}

void msg_print(enum msg_level level, const char *fmt, ...)
{
	va_list ap;

	if (level > msg_max)
		return;
	fflush(stdout);
	/* named as invoked, as strace names itself (program_invocation_name) */
	fprintf(stderr, "%s: ", program_invocation_name);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}
