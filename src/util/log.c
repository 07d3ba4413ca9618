// SPDX-License-Identifier: MIT
/* sctrace's stderr messages: see log.h. */
#include "log.h"

#include <stdarg.h>
#include <stdio.h>

static enum log_level log_max = LOG_INFO;

void log_set_level(enum log_level max)
{
	log_max = max;
}

void log_msg(enum log_level level, const char *fmt, ...)
{
	va_list ap;

	if (level > log_max)
		return;
	fflush(stdout);
	fputs("sctrace: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}
