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

#include <string.h>

#include "../live/fds.h"
#include "../util/strbuf.h"

void statedump_fds(struct capture *cap, pid_t tgid, bool exec_pending, bool before)
{
	struct sct_rec_fd_snapshot rec;
	struct strbuf buf;
	size_t size;

	strbuf_init(&buf);
	memset(&rec, 0, sizeof(rec));
	strbuf_add(&buf, &rec, sizeof(rec));
	if (live_fd_snapshot((uint32_t)tgid, exec_pending, &buf) >= 0 && !buf.failed) {
		size = (buf.len + 7) & ~(size_t)7;
		rec.hdr.type = SCT_REC_FD_SNAPSHOT;
		rec.hdr.size = (uint16_t)size;
		rec.hdr.tid = (uint32_t)tgid;
		rec.hdr.tgid = (uint32_t)tgid;
		rec.len = (uint32_t)(buf.len - sizeof(rec));
		strbuf_pad_to(&buf, size); /* zero-filled below: padding is never read */
		memset(buf.data + sizeof(rec) + rec.len, 0, size - sizeof(rec) - rec.len);
		memcpy(buf.data, &rec, sizeof(rec));
		if (size <= UINT16_MAX && before)
			capture_inject_before(cap, (struct sct_rec_hdr *)buf.data);
		else if (size <= UINT16_MAX)
			capture_inject(cap, (struct sct_rec_hdr *)buf.data);
	}
	strbuf_free(&buf);
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
