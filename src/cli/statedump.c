// SPDX-License-Identifier: MIT
/*
 * The state dump. A command, -p and --comm processes are dumped when they
 * are attached (run.c); --system-wide cannot read every process's
 * descriptors up front (thousands of them, most never seen again), so a
 * process is dumped the first time one of its records is drained: from
 * /proc, stamped just before that record so the merge puts it first, and
 * the -y table knows the descriptors it opened before tracing began.
 */
#include "statedump.h"

#include <stddef.h>
#include <string.h>

#include "../capture/targets.h"
#include "../live/fds.h"
#include "../live/procstate.h"
#include "../util/strbuf.h"

/*
 * A record of head_size bytes whose header is in buf (with its len field
 * at len_off), then what buf holds after it: padded with zeros to 8 and
 * injected now or ahead of the record the raw hook was given.
 */
static void inject_record(struct capture *cap, struct strbuf *buf, size_t head_size,
			  size_t len_off, bool before)
{
	struct sct_rec_hdr *h;
	size_t size = (buf->len + 7) & ~(size_t)7;
	uint32_t len = (uint32_t)(buf->len - head_size);

	if (buf->failed || size > UINT16_MAX)
		return;
	strbuf_pad_to(buf, size);
	memset(buf->data + head_size + len, 0, size - head_size - len);
	memcpy(buf->data + len_off, &len, sizeof(len));
	h = (struct sct_rec_hdr *)buf->data;
	h->size = (uint16_t)size;
	if (before)
		capture_inject_before(cap, h);
	else
		capture_inject(cap, h);
}

/* The header of an FD_SNAPSHOT record of process tgid, at the start of buf. */
static void fd_snapshot_start(struct strbuf *buf, pid_t tgid)
{
	struct sct_rec_fd_snapshot rec;

	memset(&rec, 0, sizeof(rec));
	rec.hdr.type = SCT_REC_FD_SNAPSHOT;
	rec.hdr.tid = (uint32_t)tgid;
	rec.hdr.tgid = (uint32_t)tgid;
	strbuf_init(buf);
	strbuf_add(buf, &rec, sizeof(rec));
}

void statedump_fds(struct capture *cap, pid_t tgid, bool exec_pending, bool before)
{
	struct strbuf buf;

	fd_snapshot_start(&buf, tgid);
	if (live_fd_snapshot((uint32_t)tgid, exec_pending, &buf) >= 0)
		inject_record(cap, &buf, sizeof(struct sct_rec_fd_snapshot),
			      offsetof(struct sct_rec_fd_snapshot, len), before);
	strbuf_free(&buf);
}

void statedump_fd_list(struct capture *cap, pid_t tgid, const int *fds, size_t n)
{
	struct strbuf buf;

	fd_snapshot_start(&buf, tgid);
	if (live_fd_entries((uint32_t)tgid, fds, n, &buf) > 0)
		inject_record(cap, &buf, sizeof(struct sct_rec_fd_snapshot),
			      offsetof(struct sct_rec_fd_snapshot, len), true);
	strbuf_free(&buf);
}

void statedump_task(struct capture *cap, pid_t tid, pid_t tgid, bool before)
{
	struct sct_rec_proc_state rec;
	struct strbuf buf;
	uint32_t ppid;
	uint64_t pid_ns;

	strbuf_init(&buf);
	memset(&rec, 0, sizeof(rec));
	rec.hdr.type = SCT_REC_PROC_STATE;
	rec.hdr.tid = (uint32_t)tid;
	rec.hdr.tgid = (uint32_t)tgid;
	strbuf_add(&buf, &rec, sizeof(rec));
	if (live_proc_state((uint32_t)tgid, (uint32_t)tid, &ppid, &pid_ns, &buf) == 0) {
		rec.ppid = ppid;
		rec.pid_ns = pid_ns;
		memcpy(buf.data, &rec, sizeof(rec));
		inject_record(cap, &buf, sizeof(rec), offsetof(struct sct_rec_proc_state, len),
			      before);
	}
	strbuf_free(&buf);
}

struct thread_walk {
	struct capture *cap;
	pid_t tgid;
	bool before;
};

static void dump_thread(void *ctx, pid_t tid)
{
	struct thread_walk *w = ctx;

	statedump_task(w->cap, tid, w->tgid, w->before);
}

void statedump_process(struct capture *cap, pid_t tgid, bool before)
{
	struct thread_walk w = { cap, tgid, before };

	pid_for_each_thread(tgid, dump_thread, &w);
}

void statedump_init(struct statedump *d)
{
	tidmap_init(&d->seen);
}

void statedump_free(struct statedump *d)
{
	tidmap_free(&d->seen, NULL);
}

static bool mark(struct statedump *d, uint32_t tgid)
{
	if (!tgid || tidmap_get(&d->seen, tgid))
		return false;
	/* out of memory: no dump rather than a dump per record */
	return tidmap_put(&d->seen, tgid, (void *)1) == 0;
}

uint32_t statedump_first_sight(struct statedump *d, const struct sct_rec_hdr *rec)
{
	if (rec->cpu == CAPTURE_CPU_USER)
		return 0; /* ours, the dumps among them */
	if (rec->type == SCT_REC_FORK) {
		const struct sct_rec_fork *f = (const struct sct_rec_fork *)rec;

		if (f->child_tgid != rec->tgid)
			mark(d, f->child_tgid);
	} else if (rec->type == SCT_REC_TASK_EXIT) {
		const struct sct_rec_task_exit *e = (const struct sct_rec_task_exit *)rec;

		/* its pid may be given to a new process: dump that one again */
		if (e->flags & SCT_EXIT_GROUP_DEAD)
			tidmap_del(&d->seen, rec->tgid);
		return 0;
	}
	return mark(d, rec->tgid) ? rec->tgid : 0;
}
