// SPDX-License-Identifier: MIT
/* The flight recorder's options: --snapshot-on conditions and --flight-recorder SIZE. */
#include "trigger.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../decode/decode.h"
#include "../decode/syscall_table.h"
#include "../log/flight.h"

#define MAX_LATENCY_NS (1000ull * 1000 * 1000 * 1000 * 1000) /* 1e6 s: beyond is a typo */

static int fail(char *err, size_t errlen, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static int fail(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
	return -EINVAL;
}

static const struct {
	const char *name;
	uint64_t ns;
} units[] = {
	{ "ns", 1 }, { "us", 1000 }, { "ms", 1000 * 1000 }, { "s", 1000 * 1000 * 1000 },
};

/* NUMBER[.DIGITS]UNIT in nanoseconds; 0 when it is not one or is out of range. */
static uint64_t parse_duration(const char *s)
{
	uint64_t whole = 0, frac = 0, scale = 1;
	const char *p = s;

	if (*p < '0' || *p > '9')
		return 0;
	for (; *p >= '0' && *p <= '9'; p++) {
		whole = whole * 10 + (uint64_t)(*p - '0');
		if (whole > MAX_LATENCY_NS)
			return 0;
	}
	if (*p == '.') {
		p++;
		if (*p < '0' || *p > '9')
			return 0;
		for (; *p >= '0' && *p <= '9'; p++)
			if (scale < 1000ull * 1000 * 1000) { /* below a nanosecond is dropped */
				frac = frac * 10 + (uint64_t)(*p - '0');
				scale *= 10;
			}
	}
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		uint64_t ns;

		if (strcmp(p, units[i].name))
			continue;
		if (whole > MAX_LATENCY_NS / units[i].ns)
			return 0;
		ns = whole * units[i].ns + frac * units[i].ns / scale;
		return ns <= MAX_LATENCY_NS ? ns : 0;
	}
	return 0;
}

/* An errno by name (ENOSPC) or number (1 to 4095); 0 when it is neither. */
static int errno_number(const char *s)
{
	char *end;
	long v;

	if (*s >= '0' && *s <= '9') {
		errno = 0;
		v = strtol(s, &end, 10);
		return !*end && !errno && v >= 1 && v <= 4095 ? (int)v : 0;
	}
	for (int e = 1; e < 4096; e++) {
		const char *name = errno_name(e);

		if (name && strcmp(name, s) == 0)
			return e;
	}
	return 0;
}

static int syscall_number(const char *s)
{
	char *end;
	long v;

	if (*s >= '0' && *s <= '9') {
		errno = 0;
		v = strtol(s, &end, 10);
		return !*end && !errno && v < SCT_NR_MAX ? (int)v : -1;
	}
	return syscall_by_name(s);
}

/* One condition of the list; text is the whole list, for messages. */
static int parse_condition(const char *c, struct trigger *t, const char *text, char *err,
			   size_t errlen)
{
	if (strncmp(c, "syscall=", 8) == 0) {
		if (t->nr >= 0)
			return fail(err, errlen, "--snapshot-on '%s': syscall= given twice", text);
		t->nr = syscall_number(c + 8);
		if (t->nr < 0)
			return fail(err, errlen, "--snapshot-on '%s': unknown syscall '%s'", text, c + 8);
		return 0;
	}
	if (strncmp(c, "errno=", 6) == 0) {
		if (t->err)
			return fail(err, errlen, "--snapshot-on '%s': errno= given twice", text);
		t->err = errno_number(c + 6);
		if (!t->err)
			return fail(err, errlen, "--snapshot-on '%s': unknown errno '%s' (a name such "
				    "as ENOSPC, or a number)", text, c + 6);
		return 0;
	}
	if (strncmp(c, "latency>", 8) == 0) {
		if (t->latency_ns)
			return fail(err, errlen, "--snapshot-on '%s': latency> given twice", text);
		t->latency_ns = parse_duration(c + 8);
		if (!t->latency_ns)
			return fail(err, errlen, "--snapshot-on '%s': invalid duration '%s' (a number "
				    "and a unit: ns, us, ms or s, e.g. 50ms)", text, c + 8);
		return 0;
	}
	return fail(err, errlen, "--snapshot-on '%s': unknown condition '%s' (syscall=NAME, "
		    "errno=NAME or latency>DURATION)", text, c);
}

int trigger_parse(const char *text, struct trigger *t, char *err, size_t errlen)
{
	size_t len = strlen(text);
	char *copy, *save = NULL;
	int rc = 0;

	memset(t, 0, sizeof(*t));
	t->text = text;
	t->nr = -1;
	if (!len)
		return fail(err, errlen, "--snapshot-on needs a condition (syscall=NAME, errno=NAME "
			    "or latency>DURATION)");
	if (text[0] == ',' || text[len - 1] == ',' || strstr(text, ",,"))
		return fail(err, errlen, "--snapshot-on '%s': empty condition", text);
	copy = strdup(text);
	if (!copy)
		return fail(err, errlen, "out of memory");
	for (char *c = strtok_r(copy, ",", &save); c && !rc; c = strtok_r(NULL, ",", &save))
		rc = parse_condition(c, t, text, err, errlen);
	free(copy);
	return rc;
}

bool trigger_match(const struct trigger *t, const struct sct_rec_hdr *rec)
{
	const struct sct_rec_syscall *r = (const struct sct_rec_syscall *)rec;

	if ((rec->type != SCT_REC_SYSCALL && rec->type != SCT_REC_EXIT) ||
	    rec->size < sizeof(*r) || (r->flags & SCT_SC_NORETURN))
		return false;
	if (t->nr >= 0 && r->nr != t->nr)
		return false;
	if (t->err && r->ret != -(int64_t)t->err)
		return false;
	if (t->latency_ns && (!r->enter_ts || rec->ts < r->enter_ts ||
			      rec->ts - r->enter_ts <= t->latency_ns))
		return false;
	return true;
}

int trigger_parse_size(const char *text, size_t *out)
{
	unsigned long long v;
	char *end;

	errno = 0;
	if (*text < '0' || *text > '9')
		return -EINVAL;
	v = strtoull(text, &end, 10);
	if (errno)
		return -EINVAL;
	switch (*end) {
	case 'k': case 'K': v = v > (~0ull >> 10) ? 0 : v << 10; end++; break;
	case 'm': case 'M': v = v > (~0ull >> 20) ? 0 : v << 20; end++; break;
	case 'g': case 'G': v = v > (~0ull >> 30) ? 0 : v << 30; end++; break;
	}
	if (*end == 'B' || *end == 'b')
		end++;
	if (*end || v < FLIGHT_MIN_BYTES || v % 8 || v > (1ull << 40))
		return -EINVAL;
	*out = (size_t)v;
	return 0;
}
