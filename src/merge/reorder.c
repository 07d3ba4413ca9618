// SPDX-License-Identifier: MIT
/* Merge of per-CPU record streams by timestamp: see reorder.h. */
#include "reorder.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

struct cpu_fifo {
	uint8_t *buf; /* NULL until the stream's first record */
	size_t head; /* first queued byte */
	size_t tail; /* end of queued bytes */
	size_t cap;
};

struct reorder {
	unsigned ncpus;
	unsigned nused;
	unsigned *used; /* the streams that have had records: the merge looks only at these */
	struct cpu_fifo fifo[];
};

struct reorder *reorder_new(unsigned ncpus)
{
	struct reorder *r = calloc(1, sizeof(*r) + ncpus * sizeof(r->fifo[0]));

	if (!r)
		return NULL;
	r->ncpus = ncpus;
	r->used = calloc(ncpus, sizeof(*r->used));
	if (!r->used) {
		free(r);
		return NULL;
	}
	return r;
}

void reorder_free(struct reorder *r)
{
	if (!r)
		return;
	for (unsigned i = 0; i < r->ncpus; i++)
		free(r->fifo[i].buf);
	free(r->used);
	free(r);
}

/* Room for size bytes at the end of stream cpu's FIFO; *err set when there is none. */
static struct sct_rec_hdr *fifo_reserve(struct reorder *r, unsigned cpu, size_t size, int *err)
{
	struct cpu_fifo *f;

	*err = -EINVAL;
	if (size < sizeof(struct sct_rec_hdr) || size > UINT16_MAX)
		return NULL;
	if (cpu >= r->ncpus)
		cpu = r->ncpus - 1;
	f = &r->fifo[cpu];
	if (f->head == f->tail) {
		f->head = f->tail = 0;
	} else if (f->head > f->cap / 2) {
		memmove(f->buf, f->buf + f->head, f->tail - f->head);
		f->tail -= f->head;
		f->head = 0;
	}
	if (f->tail + size > f->cap) {
		size_t cap = f->cap ? f->cap : 1 << 16;
		uint8_t *p;

		while (cap < f->tail + size)
			cap *= 2;
		p = realloc(f->buf, cap);
		*err = -ENOMEM;
		if (!p)
			return NULL;
		if (!f->buf)
			r->used[r->nused++] = (unsigned)(f - r->fifo);
		f->buf = p;
		f->cap = cap;
	}
	*err = 0;
	f->tail += size;
	return (struct sct_rec_hdr *)(f->buf + f->tail - size);
}

int reorder_push(struct reorder *r, unsigned cpu, const void *rec, size_t size)
{
	int err;
	struct sct_rec_hdr *h = fifo_reserve(r, cpu, size, &err);

	if (!h)
		return err;
	memcpy(h, rec, size);
	/* Walk by the size the ring reported, whatever the record says. */
	h->size = (uint16_t)size;
	return 0;
}

int reorder_push_packed(struct reorder *r, unsigned cpu, const void *rec, size_t size)
{
	const struct sct_rec_hdr *src = rec;
	uint32_t wide;
	struct sct_rec_hdr *h;
	int err;

	if (size < sizeof(*src) || size > UINT16_MAX)
		return -EINVAL;
	wide = sct_rec_widened_size(src, (uint32_t)size);
	if (!wide)
		return -EINVAL;
	h = fifo_reserve(r, cpu, wide, &err);
	if (!h)
		return err;
	sct_rec_widen(h, src, (uint32_t)size);
	h->size = (uint16_t)wide;
	return 0;
}

static const struct sct_rec_hdr *fifo_head(const struct cpu_fifo *f)
{
	return f->head < f->tail ? (const struct sct_rec_hdr *)(f->buf + f->head) : NULL;
}

int reorder_release(struct reorder *r, uint64_t watermark,
		    int (*fn)(void *ctx, const struct sct_rec_hdr *rec), void *ctx)
{
	for (;;) {
		struct cpu_fifo *best = NULL;
		const struct sct_rec_hdr *h, *oldest = NULL;
		int err;

		for (unsigned i = 0; i < r->nused; i++) {
			struct cpu_fifo *f = &r->fifo[r->used[i]];

			h = fifo_head(f);
			/* On a tie, the lower stream first, whatever order they came in. */
			if (h && h->ts <= watermark &&
			    (!oldest || h->ts < oldest->ts || (h->ts == oldest->ts && f < best))) {
				oldest = h;
				best = f;
			}
		}
		if (!best)
			return 0;
		best->head += oldest->size;
		err = fn(ctx, oldest);
		if (err < 0)
			return err;
	}
}
