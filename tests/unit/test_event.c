// SPDX-License-Identifier: MIT
/*
 * sc_event_init: an ENTER and its EXIT make one call; an input the ENTER
 * could not read (FAULT) is taken from the EXIT when the kernel side read it
 * again there, and only then.
 */
#include <stdint.h>
#include <string.h>

#include "../../src/decode/event.h"
#include "check.h"

struct rec_buf {
	_Alignas(8) unsigned char b[256];
};

/* A syscall record of type with one blob for arg (flags; data of len bytes). */
static const struct sct_rec_syscall *make(struct rec_buf *buf, uint16_t type, unsigned arg,
					  unsigned flags, const char *data)
{
	struct sct_rec_syscall *r = (struct sct_rec_syscall *)buf->b;
	struct sct_blob *b = (struct sct_blob *)(r + 1);
	unsigned len = data ? (unsigned)strlen(data) : 0;

	memset(buf, 0, sizeof(*buf));
	r->hdr.type = type;
	r->nr = 157; /* prctl */
	r->nblobs = 1;
	b->arg = (uint8_t)arg;
	b->kind = SCT_BLOB_STR;
	b->flags = (uint16_t)flags;
	b->len = (uint16_t)len;
	if (len)
		memcpy(b + 1, data, len);
	r->hdr.size = (uint16_t)(sizeof(*r) + sct_blob_span(b));
	return r;
}

static void check_refetch(void)
{
	struct rec_buf e, x;
	struct sc_event ev;

	/* Faulted at entry, read at exit: one blob, the exit's. */
	CHECK(sc_event_init(&ev, make(&e, SCT_REC_ENTER, 1, SCT_BLOB_FAULT, NULL),
			    make(&x, SCT_REC_EXIT, 1, 0, "uffd-name")) == 0);
	CHECK(ev.nblobs == 1 && !(ev.blobs[0]->flags & SCT_BLOB_FAULT) && ev.blobs[0]->len == 9);
	/* Faulted both times: the entry's stays, the exit's is added after it. */
	CHECK(sc_event_init(&ev, make(&e, SCT_REC_ENTER, 1, SCT_BLOB_FAULT, NULL),
			    make(&x, SCT_REC_EXIT, 1, SCT_BLOB_FAULT, NULL)) == 0);
	CHECK(ev.nblobs == 2 && ev.blobs[0] == (const struct sct_blob *)(e.b + sizeof(struct sct_rec_syscall)));
	/* Read at entry: an exit blob of the same argument does not replace it. */
	CHECK(sc_event_init(&ev, make(&e, SCT_REC_ENTER, 1, 0, "in"),
			    make(&x, SCT_REC_EXIT, 1, 0, "out")) == 0);
	CHECK(ev.nblobs == 2 && ev.blobs[0]->len == 2 && ev.blobs[1]->len == 3);
	/* Another argument: both kept. */
	CHECK(sc_event_init(&ev, make(&e, SCT_REC_ENTER, 1, SCT_BLOB_FAULT, NULL),
			    make(&x, SCT_REC_EXIT, 2, 0, "x")) == 0);
	CHECK(ev.nblobs == 2 && (ev.blobs[0]->flags & SCT_BLOB_FAULT) && ev.blobs[1]->arg == 2);
}

int main(void)
{
	check_refetch();
	return check_done("event");
}
