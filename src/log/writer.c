// SPDX-License-Identifier: MIT
/*
 * Binary log writer (--record). Records arrive per stream (a CPU's lane or
 * its ring buffer) in that stream's order and are appended to its open
 * chunk; after each drain every open chunk is closed with the drain's
 * watermark and all of them go to the file
 * in one writev. So there is one write per drain, never one per event, and a
 * crash loses at most the chunks of the drain in progress.
 *
 * Errors are sticky: the first failed write stops recording (once, with one
 * message); what was written before stays a readable log.
 */
#include "writer.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "../decode/type_names.h"
#include "../util/msg.h"
#include "../util/outfile.h"
#include "../util/strbuf.h"
#include "crc32c.h"
#include "format.h"

#define CHUNK_TARGET (64u << 10) /* close a chunk early when it reaches this */

struct chunk {
	uint8_t *buf; /* header space, then payload */
	size_t len; /* payload bytes */
	size_t cap;
	uint32_t nrecords;
	uint64_t lost;
	bool dirty; /* has records or loss to write */
};

struct log_writer {
	int fd;
	char *path;
	unsigned ncpus;
	unsigned nstreams; /* a lane and a ring buffer per CPU, then sctrace's own records */
	struct chunk *chunks;
	uint64_t seq;
	uint64_t watermark; /* of the last drain */
	uint64_t bytes;
	int err; /* sticky */
};

/* chunks[]: the lanes' streams, the ring buffers' (SCT_STREAM_SECOND), ours. */
static struct chunk *chunk_of(struct log_writer *w, unsigned stream)
{
	if (stream < w->ncpus)
		return &w->chunks[stream];
	if (stream >= SCT_MAX_CPUS && stream - SCT_MAX_CPUS < w->ncpus)
		return &w->chunks[w->ncpus + stream - SCT_MAX_CPUS];
	return &w->chunks[w->nstreams - 1];
}

static unsigned chunk_cpu(const struct log_writer *w, const struct chunk *ch)
{
	unsigned i = (unsigned)(ch - w->chunks);

	if (i < w->ncpus)
		return i;
	if (i < 2 * w->ncpus)
		return SCT_STREAM_SECOND(i - w->ncpus);
	return SCT_CHUNK_CPU_USER;
}

static void fail(struct log_writer *w, int err)
{
	if (w->err)
		return;
	w->err = err;
	msg_error("recording to %s stopped: %s; the log is readable up to here (%llu bytes)", w->path,
		  strerror(-err), (unsigned long long)w->bytes);
}

/* Write all of iov, or set the sticky error. */
static void write_all(struct log_writer *w, struct iovec *iov, int n)
{
	while (n > 0 && !w->err) {
		ssize_t r = writev(w->fd, iov, n > IOV_MAX ? IOV_MAX : n);

		if (r < 0) {
			if (errno == EINTR)
				continue;
			fail(w, -errno);
			return;
		}
		if (r == 0) {
			fail(w, -EIO);
			return;
		}
		w->bytes += (uint64_t)r;
		while (n > 0 && (size_t)r >= iov->iov_len) {
			r -= (ssize_t)iov->iov_len;
			iov++;
			n--;
		}
		if (n > 0) {
			iov->iov_base = (char *)iov->iov_base + r;
			iov->iov_len -= (size_t)r;
		}
	}
}

/* Fill in the chunk's header in front of its payload; returns the bytes to write. */
static size_t chunk_seal(struct log_writer *w, struct chunk *ch, uint64_t watermark)
{
	struct log_chunk_header *h = (struct log_chunk_header *)ch->buf;
	uint32_t crc;

	memset(h, 0, sizeof(*h));
	h->magic = SCT_CHUNK_MAGIC;
	h->cpu = chunk_cpu(w, ch);
	h->seq = w->seq++;
	h->lost = ch->lost;
	h->watermark = watermark;
	h->len = (uint32_t)ch->len;
	h->nrecords = ch->nrecords;
	crc = crc32c(0, h, sizeof(*h));
	h->crc32c = crc32c(crc, ch->buf + sizeof(*h), ch->len);
	return sizeof(*h) + ch->len;
}

static void chunk_reset(struct chunk *ch)
{
	ch->len = 0;
	ch->nrecords = 0;
	ch->lost = 0;
	ch->dirty = false;
}

/*
 * Write the chunks that have something, all in one writev. A watermark
 * promises that every later chunk holds only newer records, so only the last
 * chunk of the batch may carry the new one; the others repeat the old.
 */
static void write_dirty(struct log_writer *w, uint64_t watermark)
{
	struct iovec iov[SCT_STREAMS_MAX + 1];
	int n = 0, last = -1;

	for (unsigned i = 0; i < w->nstreams; i++)
		if (w->chunks[i].dirty)
			last = (int)i;
	for (int i = 0; i <= last && n < SCT_STREAMS_MAX + 1; i++) {
		struct chunk *ch = &w->chunks[i];

		if (!ch->dirty)
			continue;
		iov[n].iov_base = ch->buf;
		iov[n].iov_len = chunk_seal(w, ch, i == last ? watermark : w->watermark);
		n++;
	}
	w->watermark = watermark;
	write_all(w, iov, n);
	for (unsigned i = 0; i < w->nstreams; i++)
		if (w->chunks[i].dirty)
			chunk_reset(&w->chunks[i]);
}

static int chunk_reserve(struct chunk *ch, size_t size)
{
	size_t need = sizeof(struct log_chunk_header) + ch->len + size;
	size_t cap = ch->cap ? ch->cap : 64 << 10;
	uint8_t *p;

	if (need <= ch->cap)
		return 0;
	while (cap < need)
		cap *= 2;
	p = realloc(ch->buf, cap);
	if (!p)
		return -ENOMEM;
	ch->buf = p;
	ch->cap = cap;
	return 0;
}

void log_writer_record(struct log_writer *w, unsigned stream, const void *rec, size_t size)
{
	struct chunk *ch;

	if (!w || w->err || size > SCT_CHUNK_PAYLOAD_MAX / 2)
		return;
	ch = chunk_of(w, stream);
	if (ch->len + size > CHUNK_TARGET) {
		/* Full: close it with the last drain's watermark, which later records exceed. */
		struct iovec iov = { ch->buf, chunk_seal(w, ch, w->watermark) };

		write_all(w, &iov, 1);
		chunk_reset(ch);
	}
	if (chunk_reserve(ch, size)) {
		fail(w, -ENOMEM);
		return;
	}
	memcpy(ch->buf + sizeof(struct log_chunk_header) + ch->len, rec, size);
	ch->len += size;
	ch->nrecords++;
	ch->dirty = true;
}

void log_writer_lost(struct log_writer *w, unsigned cpu, uint64_t n)
{
	struct chunk *ch;

	if (!w || w->err)
		return;
	ch = chunk_of(w, cpu);
	if (chunk_reserve(ch, 0)) {
		fail(w, -ENOMEM);
		return;
	}
	ch->lost += n;
	ch->dirty = true;
}

void log_writer_drained(struct log_writer *w, uint64_t watermark)
{
	if (!w || w->err)
		return;
	write_dirty(w, watermark);
}

/* Header fields */

static void add_field(struct strbuf *h, uint16_t type, const void *data, size_t len,
		      uint32_t *nfields)
{
	struct log_field f = { .type = type, .len = (uint32_t)len };
	static const char zeros[8];

	strbuf_add(h, &f, sizeof(f));
	strbuf_add(h, data, len);
	strbuf_add(h, zeros, (8 - len % 8) % 8);
	(*nfields)++;
}

static void add_string(struct strbuf *h, uint16_t type, const char *s, uint32_t *nfields)
{
	add_field(h, type, s, strlen(s), nfields);
}

static void read_first_line(const char *path, char *buf, size_t len)
{
	FILE *f = fopen(path, "re");

	buf[0] = '\0';
	if (!f)
		return;
	if (fgets(buf, (int)len, f))
		buf[strcspn(buf, "\n")] = '\0';
	fclose(f);
}

static int build_header(struct strbuf *h, const struct log_meta *m)
{
	struct log_file_header fh;
	struct log_capture cap = { .str_limit = m->str_limit, .flags = m->capture_flags };
	uint32_t nfields = 0, page = (uint32_t)sysconf(_SC_PAGESIZE);
	struct strbuf text;
	struct utsname un;
	char buf[PATH_MAX];

	memset(&fh, 0, sizeof(fh));
	strbuf_add(h, &fh, sizeof(fh));
	uname(&un);
	add_string(h, LOG_FIELD_ARCH, un.machine, &nfields);
	add_field(h, LOG_FIELD_PAGE_SIZE, &page, sizeof(page), &nfields);
	read_first_line("/proc/sys/kernel/random/boot_id", buf, sizeof(buf));
	add_string(h, LOG_FIELD_BOOT_ID, buf, &nfields);
	add_field(h, LOG_FIELD_CLOCK_OFFSET, &m->clock_offset, sizeof(m->clock_offset), &nfields);
	add_field(h, LOG_FIELD_BOOT_OFFSET, &m->boot_offset, sizeof(m->boot_offset), &nfields);
	add_string(h, LOG_FIELD_HOSTNAME, un.nodename, &nfields);
	add_string(h, LOG_FIELD_KERNEL, un.release, &nfields);
	add_string(h, LOG_FIELD_TRACER_VERSION, SCT_VERSION, &nfields);
	strbuf_init(&text);
	for (int i = 0; i < m->argc; i++)
		strbuf_add(&text, m->argv[i], strlen(m->argv[i]) + 1);
	add_field(h, LOG_FIELD_CMDLINE, text.data ? text.data : "", text.len, &nfields);
	strbuf_reset(&text);
	add_string(h, LOG_FIELD_CWD, getcwd(buf, sizeof(buf)) ? buf : "", &nfields);
	syscall_table_write(&text);
	add_field(h, LOG_FIELD_SYSCALLS, text.data ? text.data : "", text.len, &nfields);
	strbuf_free(&text);
	strbuf_init(&text);
	add_field(h, LOG_FIELD_START, &m->start_mono, sizeof(m->start_mono), &nfields);
	add_field(h, LOG_FIELD_CAPTURE, &cap, sizeof(cap), &nfields);
	if (m->shown)
		add_field(h, LOG_FIELD_SHOWN, m->shown, SCT_NR_MAX / 8, &nfields);
	if (m->snapshot) {
		strbuf_add(&text, m->snapshot, sizeof(*m->snapshot));
		if (m->trigger)
			strbuf_add(&text, m->trigger, strlen(m->trigger));
		add_field(h, LOG_FIELD_SNAPSHOT, text.data, text.len, &nfields);
	}
	if (text.failed)
		h->failed = true;
	strbuf_free(&text);
	if (h->failed || h->len > SCT_LOG_HEADER_MAX)
		return -ENOMEM;

	memcpy(fh.magic, SCT_LOG_MAGIC, SCT_LOG_MAGIC_LEN);
	fh.version = SCT_LOG_VERSION;
	fh.header_len = (uint32_t)h->len;
	fh.nfields = nfields;
	fh.crc32c = 0;
	memcpy(h->data, &fh, sizeof(fh));
	fh.crc32c = crc32c(0, h->data, h->len);
	memcpy(h->data, &fh, sizeof(fh));
	return 0;
}

int log_writer_open(struct log_writer **out, const char *path, unsigned ncpus,
		    const struct log_meta *meta)
{
	struct log_writer *w = calloc(1, sizeof(*w));
	const char *why;
	struct strbuf h;
	struct iovec iov;
	int err;

	*out = NULL;
	if (!w)
		return -ENOMEM;
	w->ncpus = ncpus;
	w->nstreams = 2 * ncpus + 1;
	w->chunks = calloc(w->nstreams, sizeof(*w->chunks));
	w->path = strdup(path);
	if (!w->chunks || !w->path) {
		log_writer_close(w);
		return -ENOMEM;
	}
	w->fd = outfile_open(path, O_WRONLY | O_TRUNC, &why);
	if (w->fd < 0) {
		err = w->fd;
		msg_error("cannot record to '%s': %s", path, why ? why : strerror(-err));
		w->fd = -1;
		log_writer_close(w);
		return err;
	}
	strbuf_init(&h);
	err = build_header(&h, meta);
	if (!err) {
		iov.iov_base = h.data;
		iov.iov_len = h.len;
		write_all(w, &iov, 1);
		err = w->err;
	}
	strbuf_free(&h);
	if (err) {
		log_writer_close(w);
		return err;
	}
	*out = w;
	return 0;
}

int log_writer_close(struct log_writer *w)
{
	int err;

	if (!w)
		return 0;
	if (w->fd >= 0 && !w->err)
		write_dirty(w, UINT64_MAX);
	if (w->fd >= 0 && close(w->fd) && !w->err)
		fail(w, -errno);
	err = w->err;
	for (unsigned i = 0; w->chunks && i < w->nstreams; i++)
		free(w->chunks[i].buf);
	free(w->chunks);
	free(w->path);
	free(w);
	return err;
}

bool log_writer_failed(const struct log_writer *w)
{
	return w && w->err;
}
