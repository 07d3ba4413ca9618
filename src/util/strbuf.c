// SPDX-License-Identifier: MIT
/* Growable byte buffer: see strbuf.h. */
#include "strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void strbuf_init(struct strbuf *sb)
{
	memset(sb, 0, sizeof(*sb));
}

void strbuf_free(struct strbuf *sb)
{
	free(sb->data);
	strbuf_init(sb);
}

void strbuf_reset(struct strbuf *sb)
{
	sb->len = 0;
	if (sb->data)
		sb->data[0] = '\0';
}

static bool strbuf_reserve(struct strbuf *sb, size_t extra)
{
	size_t need = sb->len + extra + 1;
	size_t cap;
	char *p;

	if (sb->failed)
		return false;
	if (need <= sb->cap)
		return true;
	cap = sb->cap ? sb->cap : 256;
	while (cap < need)
		cap *= 2;
	p = realloc(sb->data, cap);
	if (!p) {
		sb->failed = true;
		return false;
	}
	sb->data = p;
	sb->cap = cap;
	return true;
}

void strbuf_add_slow(struct strbuf *sb, const void *data, size_t len)
{
	if (!strbuf_reserve(sb, len))
		return;
	memcpy(sb->data + sb->len, data, len);
	sb->len += len;
	sb->data[sb->len] = '\0';
}

/* One formatting pass when the text fits the room left (nearly always), two otherwise. */
void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	size_t room;
	int n;

	if (!strbuf_reserve(sb, 64))
		return;
	room = sb->cap - sb->len;
	va_start(ap, fmt);
	n = vsnprintf(sb->data + sb->len, room, fmt, ap);
	va_end(ap);
	if (n < 0) {
		sb->data[sb->len] = '\0';
		return;
	}
	if ((size_t)n >= room) {
		if (!strbuf_reserve(sb, (size_t)n)) {
			sb->data[sb->len] = '\0';
			return;
		}
		va_start(ap, fmt);
		vsnprintf(sb->data + sb->len, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	sb->len += (size_t)n;
}

static const char two_digits[] =
	"0001020304050607080910111213141516171819"
	"2021222324252627282930313233343536373839"
	"4041424344454647484950515253545556575859"
	"6061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

/* Two digits a step: return values and pids on every line of live text. */
void strbuf_add_u64(struct strbuf *sb, unsigned long long v)
{
	char tmp[24], *p = tmp + sizeof(tmp);

	while (v >= 100) {
		const char *d = two_digits + (v % 100) * 2;

		v /= 100;
		*--p = d[1];
		*--p = d[0];
	}
	if (v >= 10) {
		*--p = two_digits[v * 2 + 1];
		*--p = two_digits[v * 2];
	} else {
		*--p = (char)('0' + v);
	}
	strbuf_add(sb, p, (size_t)(tmp + sizeof(tmp) - p));
}

void strbuf_add_s64(struct strbuf *sb, long long v)
{
	if (v < 0) {
		strbuf_addc(sb, '-');
		strbuf_add_u64(sb, 0ULL - (unsigned long long)v);
		return;
	}
	strbuf_add_u64(sb, (unsigned long long)v);
}

void strbuf_pad_to(struct strbuf *sb, size_t col)
{
	size_t n = col > sb->len ? col - sb->len : 0;

	if (!n || !strbuf_reserve(sb, n))
		return;
	memset(sb->data + sb->len, ' ', n);
	sb->len += n;
	sb->data[sb->len] = '\0';
}
