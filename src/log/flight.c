// SPDX-License-Identifier: MIT
/*
 * The flight recorder: an overwrite-mode ring of events in user space. The
 * BPF rings are still drained as usual (the kernel side loses nothing more
 * than without it); what comes out of the merge, in time order, goes into a
 * byte ring of SIZE bytes that drops its oldest events to take new ones.
 * Nothing is written until a snapshot is asked for; a snapshot is a whole
 * log: the header (with a SNAPSHOT field saying how many older events were
 * overwritten), the state records, the events oldest first, and an END.
 *
 * Records are stored as a version 3 log stores them (syscall records
 * packed), so SIZE means bytes of log. They are written to a snapshot in
 * one stream, already merged: the reader's merge then keeps their order,
 * ties included.
 */
#include "flight.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../decode/syscall_table.h"
#include "format.h"
#include "writer.h"

/* Write a chunk batch with a watermark every this many bytes: the reader frees as it goes. */
#define WRITE_BATCH (1u << 20)

struct flight {
	uint8_t *buf;
	size_t cap;
	size_t head, tail, used; /* byte offsets in buf; records may wrap */
	uint64_t count; /* events in the ring */
	uint64_t pushed; /* events pushed since the start */
	uint64_t saved_upto; /* events up to this one are in an earlier snapshot */
	uint8_t *state; /* TASK_NEW, FD_SNAPSHOT, USDT_PROBE records, in order */
	size_t state_len, state_cap;
	size_t state_dead; /* bytes of state records forgotten (type 0) */
	struct sct_rec_end end; /* hdr.type 0 until pushed */
	uint8_t tmp[1u << 16]; /* one record, unwrapped or packed */
};

int flight_new(struct flight **out, size_t size)
{
	struct flight *f;

	*out = NULL;
	if (size < FLIGHT_MIN_BYTES || size % 8)
		return -EINVAL;
	f = calloc(1, sizeof(*f));
	if (!f)
		return -ENOMEM;
	f->buf = malloc(size);
	if (!f->buf) {
		free(f);
		return -ENOMEM;
	}
	f->cap = size;
	*out = f;
	return 0;
}

void flight_free(struct flight *f)
{
	if (!f)
		return;
	free(f->buf);
	free(f->state);
	free(f);
}

uint64_t flight_events(const struct flight *f)
{
	return f->pushed;
}

bool flight_overlaps(const struct flight *f)
{
	return f->pushed - f->count < f->saved_upto;
}

static bool is_state(uint16_t type)
{
	return type == SCT_REC_TASK_NEW || type == SCT_REC_FD_SNAPSHOT ||
	       type == SCT_REC_USDT_PROBE || type == SCT_REC_PROC_STATE || type == SCT_REC_PID_VIEW;
}

/* Copy len bytes at ring offset off (which may wrap) to dst. */
static void ring_read(const struct flight *f, size_t off, void *dst, size_t len)
{
	size_t first = f->cap - off < len ? f->cap - off : len;

	memcpy(dst, f->buf + off, first);
	memcpy((uint8_t *)dst + first, f->buf, len - first);
}

static void ring_write(struct flight *f, const void *src, size_t len)
{
	size_t first = f->cap - f->head < len ? f->cap - f->head : len;

	memcpy(f->buf + f->head, src, first);
	memcpy(f->buf, (const uint8_t *)src + first, len - first);
	f->head = (f->head + len) % f->cap;
	f->used += len;
}

/*
 * A process's exit left the ring, so did all its events: its state records
 * (older than the exit: the pid may have been reused since) are not needed
 * any more. --system-wide dumps every process it meets; this keeps their
 * state from growing without bound.
 */
static void forget_state(struct flight *f, uint32_t tgid, uint64_t ts)
{
	size_t o, out = 0;

	for (o = 0; o < f->state_len; o += ((struct sct_rec_hdr *)(f->state + o))->size) {
		struct sct_rec_hdr *h = (struct sct_rec_hdr *)(f->state + o);

		if (h->type && h->tgid == tgid && h->ts <= ts && h->type != SCT_REC_USDT_PROBE) {
			h->type = 0;
			f->state_dead += h->size;
		}
	}
	if (f->state_dead < f->state_len / 2)
		return;
	for (o = 0; o < f->state_len;) {
		struct sct_rec_hdr *h = (struct sct_rec_hdr *)(f->state + o);
		size_t size = h->size;

		if (h->type) {
			memmove(f->state + out, h, size);
			out += size;
		}
		o += size;
	}
	f->state_len = out;
	f->state_dead = 0;
}

static void drop_oldest(struct flight *f)
{
	struct sct_rec_hdr h;

	ring_read(f, f->tail, &h, sizeof(h));
	if (h.type == SCT_REC_TASK_EXIT) {
		struct sct_rec_task_exit e;

		ring_read(f, f->tail, &e, sizeof(e));
		if (e.flags & SCT_EXIT_GROUP_DEAD)
			forget_state(f, h.tgid, h.ts);
	}
	f->tail = (f->tail + h.size) % f->cap;
	f->used -= h.size;
	f->count--;
}

/*
 * A wide syscall record in the log's packed form, into f->tmp: the
 * arguments its table entry has (6 for an unknown call), which is what the
 * kernel side keeps; widening gives back the same record.
 */
static const void *pack(struct flight *f, const struct sct_rec_hdr *rec, size_t *size)
{
	const struct sct_rec_syscall *w = (const struct sct_rec_syscall *)rec;
	struct sct_rec_syscall_packed *p = (struct sct_rec_syscall_packed *)f->tmp;
	const struct syscall_desc *d = syscall_desc(w->nr);
	unsigned nargs = d && d->nargs < SCT_MAX_ARGS ? d->nargs : SCT_MAX_ARGS;
	size_t blobs = rec->size - sizeof(*w);

	*size = sizeof(*p) + 8u * nargs + blobs;
	p->hdr = w->hdr;
	p->hdr.size = (uint16_t)*size;
	p->enter_ts = w->enter_ts;
	p->ret = w->ret;
	p->nr = w->nr;
	p->flags = w->flags;
	p->nblobs = w->nblobs;
	p->nargs = (uint8_t)nargs;
	p->pad = 0;
	memcpy(p->args, w->args, 8u * nargs);
	memcpy(f->tmp + sizeof(*p) + 8u * nargs, (const uint8_t *)rec + sizeof(*w), blobs);
	return f->tmp;
}

static int keep_state(struct flight *f, const struct sct_rec_hdr *rec)
{
	if (f->state_len + rec->size > f->state_cap) {
		size_t cap = f->state_cap ? f->state_cap : 4096;
		uint8_t *p;

		while (cap < f->state_len + rec->size)
			cap *= 2;
		p = realloc(f->state, cap);
		if (!p)
			return -ENOMEM;
		f->state = p;
		f->state_cap = cap;
	}
	memcpy(f->state + f->state_len, rec, rec->size);
	f->state_len += rec->size;
	return 0;
}

int flight_push(struct flight *f, const struct sct_rec_hdr *rec)
{
	const void *data = rec;
	size_t size = rec->size;

	if (rec->type == SCT_REC_END) {
		memcpy(&f->end, rec, sizeof(f->end));
		return 0;
	}
	if (is_state(rec->type))
		return keep_state(f, rec);
	if (sct_rec_is_syscall(rec->type) && size >= sizeof(struct sct_rec_syscall))
		data = pack(f, rec, &size);
	if (size % 8 || size > f->cap)
		return 0; /* not a record a sink would take: sct_record_valid drops it too */
	while (f->used + size > f->cap)
		drop_oldest(f);
	ring_write(f, data, size);
	f->count++;
	f->pushed++;
	return 0;
}

static void write_record(struct log_writer *w, const struct sct_rec_hdr *h)
{
	log_writer_record(w, SCT_CHUNK_CPU_USER, h, h->size);
	if (h->type == SCT_REC_LOSS) {
		const struct sct_rec_loss *l = (const struct sct_rec_loss *)h;

		log_writer_lost(w, l->cpu, l->lost);
	}
}

int flight_write(struct flight *f, const char *path, unsigned ncpus, struct log_meta *meta,
		 unsigned index, unsigned reason, const struct sct_rec_end *end)
{
	struct log_snapshot snap = {
		.index = index,
		.reason = reason,
		.dropped = f->pushed - f->count,
		.events = f->count,
		.size = f->cap,
	};
	struct log_writer *w;
	size_t off = f->tail, batch = 0;
	int err;

	snap.gap = snap.dropped > f->saved_upto ? snap.dropped - f->saved_upto : 0;
	meta->snapshot = &snap;
	err = log_writer_open(&w, path, ncpus, meta);
	meta->snapshot = NULL;
	if (err)
		return err;
	for (size_t o = 0; o < f->state_len; o += ((const struct sct_rec_hdr *)(f->state + o))->size)
		if (((const struct sct_rec_hdr *)(f->state + o))->type)
			write_record(w, (const struct sct_rec_hdr *)(f->state + o));
	for (uint64_t i = 0; i < f->count; i++) {
		struct sct_rec_hdr *h = (struct sct_rec_hdr *)f->tmp;

		ring_read(f, off, h, sizeof(*h));
		ring_read(f, off, h, h->size);
		off = (off + h->size) % f->cap;
		write_record(w, h);
		batch += h->size;
		if (batch >= WRITE_BATCH && h->ts) {
			/* every later record is at least as new: ties stay in the next chunks */
			log_writer_drained(w, h->ts - 1);
			batch = 0;
		}
	}
	if (!end && f->end.hdr.type == SCT_REC_END)
		end = &f->end;
	if (end)
		write_record(w, &end->hdr);
	f->saved_upto = f->pushed;
	return log_writer_close(w);
}
