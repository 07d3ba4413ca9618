// SPDX-License-Identifier: MIT
/*
 * Binary log reader (--replay, --check). The file is mapped and read chunk
 * by chunk; each chunk's records go to its CPU's queue and are released in
 * time order up to the chunk's watermark, as the live consumer does.
 *
 * Damage never stops the reading: a chunk whose checksum fails is skipped
 * with a warning naming its offset and the events it held; bytes that are no
 * chunk at all are scanned for the next valid chunk; a file cut inside a
 * chunk is read up to the last whole chunk. Only a bad header is fatal.
 */
#include "reader.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../merge/reorder.h"
#include "../decode/decode.h"
#include "../decode/type_names.h"
#include "../util/msg.h"
#include "../util/strbuf.h"
#include "../util/unaligned.h"
#include "crc32c.h"
#include "format.h"

#define USER_STREAM SCT_STREAMS_MAX /* reorder stream of SCT_CHUNK_CPU_USER */

/* Mapped bytes behind the reading point are given back past this many: bounded RSS. */
#define DROP_BEHIND (64u << 20)

struct log_reader {
	const uint8_t *map;
	size_t size;
	int fd; /* kept open for SEEK_DATA: holes are skipped, not read */
	size_t dropped; /* bytes of the map before this were given back (madvise) */
	bool quiet;
	struct log_info info;
	struct log_stats stats;
	struct reorder *reorder;
	uint64_t next_seq;
	bool cpu_seen[SCT_MAX_CPUS];
};

static void warn(const struct log_reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void warn(const struct log_reader *r, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	if (r->quiet)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	msg_warn("%s", msg);
}

static void copy_string(char *dst, size_t dstlen, const uint8_t *src, size_t len)
{
	size_t n = len < dstlen - 1 ? len : dstlen - 1;

	memcpy(dst, src, n);
	dst[n] = '\0';
	for (size_t i = 0; i < n; i++)
		if (!dst[i])
			dst[i] = ' '; /* argv is NUL-separated: show it spaced */
	while (n && dst[n - 1] == ' ')
		dst[--n] = '\0';
}

static int parse_field(struct log_reader *r, const struct log_field *f, const uint8_t *data)
{
	struct log_info *in = &r->info;

	switch (f->type) {
	case LOG_FIELD_ARCH:
		copy_string(in->arch, sizeof(in->arch), data, f->len);
		break;
	case LOG_FIELD_PAGE_SIZE:
		if (f->len >= 4)
			in->page_size = load_u32(data, 0);
		break;
	case LOG_FIELD_BOOT_ID:
		copy_string(in->boot_id, sizeof(in->boot_id), data, f->len);
		break;
	case LOG_FIELD_CLOCK_OFFSET:
		if (f->len >= 8)
			in->clock_offset = load_s64(data, 0);
		break;
	case LOG_FIELD_HOSTNAME:
		copy_string(in->hostname, sizeof(in->hostname), data, f->len);
		break;
	case LOG_FIELD_KERNEL:
		copy_string(in->kernel, sizeof(in->kernel), data, f->len);
		break;
	case LOG_FIELD_TRACER_VERSION:
		copy_string(in->tracer_version, sizeof(in->tracer_version), data, f->len);
		break;
	case LOG_FIELD_CMDLINE:
		copy_string(in->cmdline, sizeof(in->cmdline), data, f->len);
		break;
	case LOG_FIELD_CWD:
		copy_string(in->cwd, sizeof(in->cwd), data, f->len);
		break;
	case LOG_FIELD_SYSCALLS:
		syscall_table_free(in->table, SCT_NR_MAX);
		in->table = NULL;
		if (syscall_table_read((const char *)data, f->len, &in->table, &in->table_size))
			return -EINVAL;
		break;
	case LOG_FIELD_START:
		if (f->len >= 8)
			in->start = load_u64(data, 0);
		break;
	case LOG_FIELD_CAPTURE:
		if (f->len >= sizeof(in->capture))
			memcpy(&in->capture, data, sizeof(in->capture));
		break;
	case LOG_FIELD_SHOWN:
		if (f->len >= sizeof(in->shown)) {
			memcpy(in->shown, data, sizeof(in->shown));
			in->has_shown = true;
		}
		break;
	case LOG_FIELD_BOOT_OFFSET:
		if (f->len >= 8) {
			in->boot_offset = load_s64(data, 0);
			in->has_boot_offset = true;
		}
		break;
	case LOG_FIELD_SNAPSHOT:
		if (f->len >= sizeof(in->snapshot)) {
			memcpy(&in->snapshot, data, sizeof(in->snapshot));
			in->is_snapshot = true;
			copy_string(in->trigger, sizeof(in->trigger), data + sizeof(in->snapshot),
				    f->len - sizeof(in->snapshot));
		}
		break;
	default:
		break; /* a newer writer's field: skip */
	}
	return 0;
}

static int parse_header(struct log_reader *r, const char *path)
{
	struct log_file_header fh;
	uint8_t *copy;
	size_t off;
	uint32_t crc;

	if (!r->size) {
		msg_error("'%s' is empty: not an sctrace log (was the recording killed at once?)",
			  path);
		return -EINVAL;
	}
	if (r->size < sizeof(fh) || memcmp(r->map, SCT_LOG_MAGIC, SCT_LOG_MAGIC_LEN) != 0) {
		msg_error("'%s' is not an sctrace log (no sctrace log magic at its start)", path);
		return -EINVAL;
	}
	memcpy(&fh, r->map, sizeof(fh));
	if (fh.version < SCT_LOG_VERSION_MIN || fh.version > SCT_LOG_VERSION) {
		msg_error("'%s' is a version %u sctrace log; this sctrace reads versions %u to %u",
			  path, fh.version, SCT_LOG_VERSION_MIN, SCT_LOG_VERSION);
		return -EINVAL;
	}
	if (fh.header_len < sizeof(fh) || fh.header_len > SCT_LOG_HEADER_MAX ||
	    fh.header_len > r->size || fh.header_len % 8) {
		msg_error("'%s': the log header is damaged (impossible length %u)", path, fh.header_len);
		return -EINVAL;
	}
	copy = malloc(fh.header_len);
	if (!copy)
		return -ENOMEM;
	memcpy(copy, r->map, fh.header_len);
	memset(copy + offsetof(struct log_file_header, crc32c), 0, 4);
	crc = crc32c(0, copy, fh.header_len);
	free(copy);
	if (crc != fh.crc32c) {
		msg_error("'%s': the log header is damaged (checksum mismatch); no event can be "
			  "decoded without it",
			  path);
		return -EINVAL;
	}
	r->info.version = fh.version;
	off = sizeof(fh);
	for (uint32_t i = 0; i < fh.nfields; i++) {
		struct log_field f;

		if (fh.header_len - off < sizeof(f)) {
			msg_error("'%s': the log header is damaged (it says %u fields, holds %u)", path,
				  fh.nfields, i);
			return -EINVAL;
		}
		memcpy(&f, r->map + off, sizeof(f));
		off += sizeof(f);
		if (f.len > fh.header_len - off) {
			msg_error("'%s': the log header is damaged (field %u of %u bytes past its end)",
				  path, i, f.len);
			return -EINVAL;
		}
		if (parse_field(r, &f, r->map + off)) {
			msg_error("'%s': the log's syscall table is malformed", path);
			return -EINVAL;
		}
		off += ((size_t)f.len + 7) & ~(size_t)7;
	}
	r->stats.offset = fh.header_len;
	return 0;
}

int log_reader_open(struct log_reader **out, const char *path, bool quiet)
{
	struct log_reader *r;
	struct stat st;
	int fd, err;

	*out = NULL;
	/* O_NONBLOCK: a FIFO is refused below instead of blocking until a writer comes */
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		err = -errno;
		msg_error("cannot open log '%s': %s", path, strerror(-err));
		return err;
	}
	r = calloc(1, sizeof(*r));
	if (!r) {
		close(fd);
		return -ENOMEM;
	}
	r->quiet = quiet;
	r->fd = -1;
	if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		msg_error("cannot read log '%s': not a regular file", path);
		err = -EINVAL;
		goto fail;
	}
	r->size = (size_t)st.st_size;
	r->stats.file_size = r->size;
	if (r->size) {
		r->map = mmap(NULL, r->size, PROT_READ, MAP_PRIVATE, fd, 0);
		if (r->map == MAP_FAILED) {
			r->map = NULL;
			err = -errno;
			msg_error("cannot read log '%s': %s", path, strerror(-err));
			goto fail;
		}
	}
	err = parse_header(r, path);
	if (err)
		goto fail;
	if (strcmp(r->info.arch, "x86_64") != 0) {
		struct strbuf arch = { 0 };

		/* the log's bytes, escaped: a terminal must not run what a log says */
		format_fd_path(&arch, r->info.arch, (unsigned)strlen(r->info.arch), NULL);
		msg_error("'%s' was recorded on %s; this sctrace decodes x86_64 logs", path,
			  arch.data && arch.len ? arch.data : "an unknown architecture");
		strbuf_free(&arch);
		err = -EINVAL;
		goto fail;
	}
	r->reorder = reorder_new(SCT_STREAMS_MAX + 1);
	if (!r->reorder) {
		err = -ENOMEM;
		goto fail;
	}
	r->fd = fd;
	*out = r;
	return 0;
fail:
	close(fd);
	log_reader_close(r);
	return err;
}

void log_reader_close(struct log_reader *r)
{
	if (!r)
		return;
	if (r->map)
		munmap((void *)r->map, r->size);
	if (r->fd >= 0)
		close(r->fd);
	syscall_table_free(r->info.table, SCT_NR_MAX);
	reorder_free(r->reorder);
	free(r);
}

const struct log_info *log_reader_info(const struct log_reader *r)
{
	return &r->info;
}

const struct log_stats *log_reader_stats(const struct log_reader *r)
{
	return &r->stats;
}

/* Whether a whole, intact chunk starts at off; its header in *h. */
static bool chunk_valid_at(const struct log_reader *r, size_t off, struct log_chunk_header *h)
{
	struct log_chunk_header tmp;
	uint32_t crc;

	if (r->size - off < sizeof(*h))
		return false;
	memcpy(h, r->map + off, sizeof(*h));
	if (h->magic != SCT_CHUNK_MAGIC || h->len > SCT_CHUNK_PAYLOAD_MAX || h->len % 8 ||
	    r->size - off - sizeof(*h) < h->len)
		return false;
	tmp = *h;
	tmp.crc32c = 0;
	crc = crc32c(0, &tmp, sizeof(tmp));
	return crc32c(crc, r->map + off + sizeof(*h), h->len) == h->crc32c;
}

/*
 * Check the records of a chunk lie end to end and match its count, and
 * (packed, version 3) that each syscall record holds the arguments it says.
 */
static bool records_valid(const uint8_t *p, uint32_t len, uint32_t nrecords, bool packed)
{
	/* wide (versions 1, 2): a syscall record smaller than its fixed part is damage too */
	uint32_t off = 0, n = 0;

	while (off < len) {
		struct sct_rec_hdr h;

		if (len - off < sizeof(h))
			return false;
		memcpy(&h, p + off, sizeof(h));
		if (h.size < sizeof(h) || h.size % 8 || h.size > len - off)
			return false;
		if (packed && !sct_rec_widened_size((const struct sct_rec_hdr *)(p + off), h.size))
			return false;
		if (!packed && sct_rec_is_syscall(h.type) && h.size < sizeof(struct sct_rec_syscall))
			return false;
		off += h.size;
		n++;
	}
	return n == nrecords;
}

/* Give back the mapped pages before off (read already): RSS stays bounded on any file. */
static void drop_behind(struct log_reader *r, size_t off)
{
	size_t page = 4096, end = off & ~(page - 1);

	if (end - r->dropped < DROP_BEHIND)
		return;
	madvise((void *)(r->map + r->dropped), end - r->dropped, MADV_DONTNEED);
	r->dropped = end;
}

/*
 * The next offset after off where a valid chunk starts, or the file size.
 * A hole (a sparse file's unwritten range) holds no chunk: SEEK_DATA jumps
 * over it, once per 1 MiB scanned, instead of reading its zeros.
 */
static size_t resync(struct log_reader *r, size_t off)
{
	struct log_chunk_header h;
	size_t next_probe = 0;

	for (off = (off + 8) & ~(size_t)7; off + sizeof(h) <= r->size; off += 8) {
		if (off >= next_probe && r->fd >= 0) {
			off_t data = lseek(r->fd, (off_t)off, SEEK_DATA);

			if (data < 0 && errno == ENXIO)
				return r->size; /* only a hole is left */
			if (data > (off_t)off)
				off = ((size_t)data + 7) & ~(size_t)7;
			next_probe = off + (1u << 20);
			drop_behind(r, off);
			if (off + sizeof(h) > r->size)
				break;
		}
		if (chunk_valid_at(r, off, &h))
			return off;
	}
	return r->size;
}

/* Record types the kernel side writes (sctrace makes the others). */
static bool kernel_made(uint16_t type)
{
	return sct_rec_is_syscall(type) || type == SCT_REC_FORK || type == SCT_REC_TASK_EXIT ||
	       type == SCT_REC_SIGNAL || type == SCT_REC_USDT || type == SCT_REC_EXEC ||
	       type == SCT_REC_SCHED_SWITCH;
}

static int take_chunk(struct log_reader *r, const struct log_chunk_header *h, const uint8_t *p)
{
	unsigned stream = h->cpu == SCT_CHUNK_CPU_USER ? USER_STREAM : h->cpu;
	uint32_t off = 0;

	if (h->seq < r->next_seq) {
		/* A chunk written twice (or out of order): its events were delivered already. */
		r->stats.chunks_repeated++;
		warn(r, "chunk %llu at offset %llu repeats an earlier sequence number: skipped",
		     (unsigned long long)h->seq, (unsigned long long)r->stats.offset);
		return 0;
	}
	if (h->seq != r->next_seq) {
		r->stats.chunks_missing += h->seq - r->next_seq;
		warn(r, "chunks %llu to %llu are missing before offset %llu",
		     (unsigned long long)r->next_seq, (unsigned long long)h->seq - 1,
		     (unsigned long long)r->stats.offset);
	}
	r->next_seq = h->seq + 1;
	r->stats.chunks++;
	r->stats.lost += h->lost;
	if (stream != USER_STREAM && !r->cpu_seen[stream % SCT_MAX_CPUS]) {
		r->cpu_seen[stream % SCT_MAX_CPUS] = true;
		r->stats.cpus++;
	}
	while (off < h->len) {
		const struct sct_rec_hdr *rec = (const struct sct_rec_hdr *)(p + off);
		/* Version 3 stores syscall records as the kernel side writes them. */
		int err = r->info.version >= 3 ? reorder_push_packed(r->reorder, stream, rec, rec->size) :
						 reorder_push(r->reorder, stream, rec, rec->size);

		if (err)
			return err;
		if (rec->type == SCT_REC_END)
			r->stats.end_seen = true;
		r->stats.proc_states += rec->type == SCT_REC_PROC_STATE;
		r->stats.fd_snapshots += rec->type == SCT_REC_FD_SNAPSHOT;
		/*
		 * The kernel's records, whichever stream: a flight-recorder snapshot
		 * keeps them in the user stream, and a --system-wide log has the
		 * state of a process seen for the first time in the stream of
		 * its first record.
		 */
		if (kernel_made(rec->type)) {
			if (stream == USER_STREAM && !r->cpu_seen[rec->cpu % SCT_MAX_CPUS]) {
				r->cpu_seen[rec->cpu % SCT_MAX_CPUS] = true;
				r->stats.cpus++;
			}
			r->stats.records++;
			if (!r->stats.first_ts || rec->ts < r->stats.first_ts)
				r->stats.first_ts = rec->ts;
			if (rec->ts > r->stats.last_ts)
				r->stats.last_ts = rec->ts;
		}
		off += rec->size;
	}
	return 0;
}

/* Skip the bytes from off to the next valid chunk, with one warning. */
static size_t skip_damage(struct log_reader *r, size_t off, const struct log_chunk_header *h,
			  const char *why)
{
	size_t next = resync(r, off);

	r->stats.chunks_damaged++;
	r->stats.bytes_damaged += next - off;
	if (h)
		warn(r, "chunk %llu at offset %zu is damaged (%s): skipped %zu bytes that held %u "
		     "events",
		     (unsigned long long)h->seq, off, why, next - off, h->nrecords);
	else
		warn(r, "bytes %zu to %zu are not a valid chunk (%s): skipped", off, next, why);
	return next;
}

int log_reader_run(struct log_reader *r, int (*fn)(void *ctx, const struct sct_rec_hdr *rec),
		   void *ctx, void (*progress)(void *ctx, size_t done, size_t total))
{
	size_t off = r->stats.offset;
	int err = 0;

	while (off < r->size && !err) {
		struct log_chunk_header h;
		size_t have = r->size - off;

		if (progress)
			progress(ctx, off, r->size);
		drop_behind(r, off);
		if (chunk_valid_at(r, off, &h)) {
			const uint8_t *p = r->map + off + sizeof(h);

			if (h.cpu >= SCT_STREAMS_MAX && h.cpu != SCT_CHUNK_CPU_USER) {
				off = skip_damage(r, off, &h, "impossible CPU number");
			} else if (!records_valid(p, h.len, h.nrecords, r->info.version >= 3)) {
				off = skip_damage(r, off, &h, "records do not add up");
			} else {
				err = take_chunk(r, &h, p);
				if (!err)
					err = reorder_release(r->reorder, h.watermark, fn, ctx);
				off += sizeof(h) + h.len;
			}
			r->stats.offset = off;
			continue;
		}
		memcpy(&h, r->map + off, have < sizeof(h) ? have : sizeof(h));
		if (have < sizeof(h) || (h.magic == SCT_CHUNK_MAGIC && h.len <= SCT_CHUNK_PAYLOAD_MAX &&
					 have - sizeof(h) < h.len && resync(r, off) == r->size)) {
			/* The file ends inside this chunk: cut short while writing. */
			r->stats.truncated_bytes = have;
			warn(r, "the log ends inside a chunk at offset %zu (%zu bytes of it present): "
			     "its events are lost; everything before it was read",
			     off, have);
			off = r->size;
			break;
		}
		off = skip_damage(r, off, h.magic == SCT_CHUNK_MAGIC ? &h : NULL,
				  h.magic == SCT_CHUNK_MAGIC ? "checksum mismatch" : "no chunk magic");
		r->stats.offset = off;
	}
	r->stats.offset = off;
	if (!err)
		err = reorder_release(r->reorder, UINT64_MAX, fn, ctx);
	if (progress)
		progress(ctx, r->size, r->size);
	if (!err && !r->stats.end_seen && !r->stats.truncated_bytes)
		warn(r, "the log has no end record: the recording was cut short (tracer killed, "
		     "crash or full disk); events after the last chunk are lost");
	return err;
}
