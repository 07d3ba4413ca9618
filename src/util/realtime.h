/* SPDX-License-Identifier: MIT */
/*
 * A record's monotonic timestamp plus the recording's offset to the real-time
 * clock, as seconds and nanoseconds. The timestamps and the offset come from
 * logs too, where any value is possible: the sum wraps instead of overflowing
 * (no undefined behaviour), and the nanoseconds are always 0 to 999999999,
 * also before 1970 (never "03:32:54.-86236").
 */
#ifndef SCT_UTIL_REALTIME_H
#define SCT_UTIL_REALTIME_H

#include <stdint.h>
#include <string.h>
#include <time.h>

struct realtime {
	int64_t ns; /* the sum, wrapped to 64 bits */
	time_t sec;
	uint32_t nsec;
};

static inline struct realtime realtime_of(uint64_t mono_ns, int64_t offset_ns)
{
	struct realtime t;

	t.ns = (int64_t)(mono_ns + (uint64_t)offset_ns);
	t.sec = (time_t)(t.ns / 1000000000);
	if (t.ns % 1000000000 < 0) {
		t.sec--;
		t.nsec = (uint32_t)(t.ns % 1000000000 + 1000000000);
	} else {
		t.nsec = (uint32_t)(t.ns % 1000000000);
	}
	return t;
}

/* gmtime_r or localtime_r of t, all zero where the year does not fit a struct tm. */
static inline void realtime_tm(const struct realtime *t, struct tm *tm, int local)
{
	if (!(local ? localtime_r(&t->sec, tm) : gmtime_r(&t->sec, tm)))
		memset(tm, 0, sizeof(*tm));
}

#endif
