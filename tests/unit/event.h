/* SPDX-License-Identifier: MIT */
/*
 * Hand-made decoder events for the unit tests: a call that returned ret,
 * blobs laid out as in a record, and the line the decoder makes of it.
 */
#ifndef SCT_TESTS_EVENT_H
#define SCT_TESTS_EVENT_H

#include <stdint.h>
#include <string.h>

#include "decode/decode.h"
#include "util/strbuf.h"

static inline struct sc_event test_event(const struct syscall_desc *d, unsigned nr, int64_t ret,
					 uint64_t a0, uint64_t a1, uint64_t a2, uint64_t a3,
					 uint64_t a4, uint64_t a5)
{
	struct sc_event ev;

	memset(&ev, 0, sizeof(ev));
	ev.nr = nr;
	ev.desc = d;
	ev.ret = ret;
	ev.has_ret = true;
	ev.args[0] = a0;
	ev.args[1] = a1;
	ev.args[2] = a2;
	ev.args[3] = a3;
	ev.args[4] = a4;
	ev.args[5] = a5;
	return ev;
}

/* Blobs live in one buffer, header then padded data, reused from the start when full. */
static _Alignas(8) unsigned char test_blob_area[65536];
static size_t test_blob_used;

static inline void test_blob(struct sc_event *ev, unsigned arg, unsigned kind, unsigned flags,
			     const void *data, unsigned len, unsigned aux)
{
	struct sct_blob *b;

	if (test_blob_used + sizeof(*b) + len + 8 > sizeof(test_blob_area))
		test_blob_used = 0;
	b = (struct sct_blob *)(test_blob_area + test_blob_used);
	memset(b, 0, sizeof(*b));
	b->arg = (uint8_t)arg;
	b->kind = (uint8_t)kind;
	b->flags = (uint16_t)flags;
	b->len = (uint16_t)len;
	b->aux = (uint16_t)aux;
	if (len)
		memcpy(b + 1, data, len);
	test_blob_used += sct_blob_span(b);
	ev->blobs[ev->nblobs++] = b;
}

/* len bytes of memory captured for argument arg. */
static inline void test_mem(struct sc_event *ev, unsigned arg, const void *data, unsigned len)
{
	test_blob(ev, arg, SCT_BLOB_MEM, 0, data, len, 0);
}

/* Memory that could not be read. */
static inline void test_fault(struct sc_event *ev, unsigned arg)
{
	test_blob(ev, arg, SCT_BLOB_MEM, SCT_BLOB_FAULT, NULL, 0, 0);
}

static struct strbuf test_sb;

/* name(args) = ret, the way the output module assembles it (no padding). */
static inline const char *test_line(const struct sc_event *ev, const struct decode_opts *o)
{
	strbuf_reset(&test_sb);
	decode_name(&test_sb, ev);
	strbuf_addc(&test_sb, '(');
	decode_args(&test_sb, ev, DECODE_ALL, o);
	strbuf_adds(&test_sb, ") = ");
	decode_ret(&test_sb, ev, o);
	return test_sb.data;
}

#endif
