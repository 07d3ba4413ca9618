/* SPDX-License-Identifier: MIT */
/* The outcomes -e status= selects, as the call assembly classifies calls. */
#ifndef SCT_CALLS_STATUS_H
#define SCT_CALLS_STATUS_H

#include <stdbool.h>

enum status_bit {
	STATUS_SUCCESSFUL = 1 << 0,
	STATUS_FAILED = 1 << 1,
	STATUS_UNFINISHED = 1 << 2,
	STATUS_UNAVAILABLE = 1 << 3,
	STATUS_DETACHED = 1 << 4,
	STATUS_ALL = (1 << 5) - 1,
};

/* The status bit of a call: unfinished (no return value), failed or successful. */
static inline enum status_bit status_of(bool finished, bool noreturn, long long ret)
{
	if (!finished || noreturn)
		return STATUS_UNFINISHED;
	if (ret < 0 && ret >= -4095)
		return STATUS_FAILED;
	return STATUS_SUCCESSFUL;
}

#endif
