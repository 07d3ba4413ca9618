/* SPDX-License-Identifier: MIT */
/*
 * A growable byte buffer for building output lines. Allocation failure is
 * sticky: the buffer stops growing and strbuf_failed() says so once.
 */
#ifndef SCT_UTIL_STRBUF_H
#define SCT_UTIL_STRBUF_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

struct strbuf {
	char *data; /* always NUL-terminated when cap > 0 */
	size_t len;
	size_t cap;
	bool failed;
};

void strbuf_init(struct strbuf *sb);
void strbuf_free(struct strbuf *sb);
void strbuf_reset(struct strbuf *sb);
/* Growing the buffer (or failing to): the rare path of strbuf_add. */
void strbuf_add_slow(struct strbuf *sb, const void *data, size_t len);

/*
 * Inline while the text fits: the live text formatter appends a few bytes
 * at a time millions of times a second, and inlined, strbuf_adds("...")
 * knows its length at compile time.
 */
static inline void strbuf_add(struct strbuf *sb, const void *data, size_t len)
{
	if (sb->failed || sb->len + len >= sb->cap) {
		strbuf_add_slow(sb, data, len);
		return;
	}
	memcpy(sb->data + sb->len, data, len);
	sb->len += len;
	sb->data[sb->len] = '\0';
}

static inline void strbuf_addc(struct strbuf *sb, char c)
{
	strbuf_add(sb, &c, 1);
}

static inline void strbuf_adds(struct strbuf *sb, const char *s)
{
	strbuf_add(sb, s, strlen(s));
}
/* Take back what was added after len (len <= sb->len). */
static inline void strbuf_truncate(struct strbuf *sb, size_t len)
{
	sb->len = len;
	if (sb->data)
		sb->data[len] = '\0';
}

void strbuf_addf(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Decimal numbers, as "%llu" and "%lld" print them, without printf's cost. */
void strbuf_add_u64(struct strbuf *sb, unsigned long long v);
void strbuf_add_s64(struct strbuf *sb, long long v);
/* Pad with spaces up to column col (no-op when already past it). */
void strbuf_pad_to(struct strbuf *sb, size_t col);

#endif
