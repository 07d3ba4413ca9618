/* SPDX-License-Identifier: MIT */
/*
 * A growable byte buffer for building output lines. Allocation failure is
 * sticky: the buffer stops growing and strbuf_failed() says so once.
 */
#ifndef SCT_UTIL_STRBUF_H
#define SCT_UTIL_STRBUF_H

#include <stdbool.h>
#include <stddef.h>

struct strbuf {
	char *data; /* always NUL-terminated when cap > 0 */
	size_t len;
	size_t cap;
	bool failed;
};

void strbuf_init(struct strbuf *sb);
void strbuf_free(struct strbuf *sb);
void strbuf_reset(struct strbuf *sb);
void strbuf_add(struct strbuf *sb, const void *data, size_t len);
void strbuf_addc(struct strbuf *sb, char c);
void strbuf_adds(struct strbuf *sb, const char *s);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Decimal numbers, as "%llu" and "%lld" print them, without printf's cost. */
void strbuf_add_u64(struct strbuf *sb, unsigned long long v);
void strbuf_add_s64(struct strbuf *sb, long long v);
/* Pad with spaces up to column col (no-op when already past it). */
void strbuf_pad_to(struct strbuf *sb, size_t col);

#endif
