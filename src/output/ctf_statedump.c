// SPDX-License-Identifier: MIT
/*
 * --ctf's state dump: LTTng's lttng_statedump_* events from the records of
 * sctrace's own state dump (src/cli/statedump.c): a PROC_STATE record (a
 * task in scope when tracing met it: -p, --comm, --system-wide) is an
 * lttng_statedump_process_state, an FD_SNAPSHOT (a process's descriptors
 * then) one lttng_statedump_file_descriptor per descriptor. A run of them is
 * framed by lttng_statedump_start and lttng_statedump_end, as LTTng frames
 * its dump; --system-wide dumps a process when it is first seen, so its
 * trace has a frame per process met. Both records are in the log, so replay
 * writes the same events. Fields: ctf_metadata.c's add_statedump_events.
 *
 * A process's dump ends with its FD_SNAPSHOT (the threads' PROC_STATE come
 * first), so that record closes the frame. The traced tasks run meanwhile,
 * so their events may come inside a frame, as they do in LTTng's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctf.h"

/* lttng-modules' enums (lttng-statedump-impl.c) */
enum { LTTNG_USER_THREAD = 0, LTTNG_KERNEL_THREAD = 1 };
enum { LTTNG_MODE_UNKNOWN = 5 };
enum { LTTNG_SUBMODE_UNKNOWN = 1 };
enum { LTTNG_UNNAMED = 0 }; /* the status: the record does not say what the task was doing */

#define PROC_PID_INIT_INO 0xEFFFFFFCu /* the initial pid namespace's inode number */
#define CTF_O_CLOEXEC 02000000u

static void begin_dump(struct ctf_sink *s, struct ctf_dump *d, const struct sct_rec_hdr *rec)
{
	if (d->open)
		return;
	ctf_event_begin(s, CTF_ID_STATEDUMP_START, rec->ts, rec->tid, rec->tgid);
	ctf_event_emit(s, rec->cpu, rec->ts);
	d->open = true;
}

static void note_dump(struct ctf_dump *d, const struct sct_rec_hdr *rec)
{
	d->ts = rec->ts;
	d->cpu = rec->cpu;
}

void ctf_statedump_end(struct ctf_sink *s, struct ctf_dump *d)
{
	if (!d->open)
		return;
	d->open = false;
	ctf_event_begin(s, CTF_ID_STATEDUMP_END, d->ts, 0, 0);
	ctf_event_emit(s, d->cpu, d->ts);
}

/* The command line, its NUL-terminated arguments joined with spaces. */
static void put_cmdline(struct strbuf *b, const char *p, size_t n)
{
	while (n && !p[n - 1])
		n--;
	for (size_t i = 0; i < n; i++)
		strbuf_addc(b, p[i] ? p[i] : ' ');
	strbuf_addc(b, '\0');
}

static void process_state(struct ctf_sink *s, const struct sct_rec_proc_state *ps)
{
	const char *data = (const char *)(ps + 1);
	size_t avail = ps->hdr.size - sizeof(*ps);
	size_t len = ps->len <= avail ? ps->len : 0; /* damaged: no name */
	size_t name_len = strnlen(data, len);
	/* ids in its own namespace are not recorded: they are these in the initial one */
	bool init_ns = ps->pid_ns == PROC_PID_INIT_INO;
	bool kthread = ps->hdr.tid == 2 || ps->ppid == 2; /* kthreadd and its children */
	struct strbuf *b = ctf_event_begin(s, CTF_ID_STATEDUMP_PROCESS_STATE, ps->hdr.ts,
					   ps->hdr.tid, ps->hdr.tgid);

	ctf_put_u32(b, ps->hdr.tid);
	ctf_put_u32(b, init_ns ? ps->hdr.tid : 0);
	ctf_put_u32(b, ps->hdr.tgid);
	ctf_put_u32(b, init_ns ? ps->hdr.tgid : 0);
	ctf_put_u32(b, ps->ppid);
	ctf_put_u32(b, init_ns ? ps->ppid : 0);
	strbuf_add(b, data, name_len);
	strbuf_addc(b, '\0');
	ctf_put_u32(b, kthread ? LTTNG_KERNEL_THREAD : LTTNG_USER_THREAD);
	ctf_put_u32(b, LTTNG_MODE_UNKNOWN);
	ctf_put_u32(b, LTTNG_SUBMODE_UNKNOWN);
	ctf_put_u32(b, LTTNG_UNNAMED);
	ctf_put_u32(b, init_ns ? 0 : (uint32_t)-1); /* ns_level: deeper levels are not recorded */
	ctf_put_u32(b, (uint32_t)ps->pid_ns);
	ctf_put_u64(b, ps->hdr.tgid); /* file_table_address: the key of its descriptors */
	put_cmdline(b, data + name_len + 1, name_len < len ? len - name_len - 1 : 0);
	ctf_event_emit(s, ps->hdr.cpu, ps->hdr.ts);
}

/* One "FD CLOEXEC DESCRIPTION[\tDETAIL]" entry of an FD_SNAPSHOT. */
static void file_descriptor(struct ctf_sink *s, const struct sct_rec_hdr *rec, const char *entry)
{
	int fd, cloexec, used = 0;
	struct strbuf *b;

	if (sscanf(entry, "%d %d %n", &fd, &cloexec, &used) != 2 || !used || fd < 0)
		return;
	entry += used;
	b = ctf_event_begin(s, CTF_ID_STATEDUMP_FILE_DESCRIPTOR, rec->ts, rec->tid, rec->tgid);
	ctf_put_u32(b, rec->tgid);
	ctf_put_u32(b, (uint32_t)fd);
	ctf_put_u32(b, cloexec ? CTF_O_CLOEXEC : 0);
	ctf_put_u32(b, 0); /* fmode: not recorded */
	strbuf_add(b, entry, strcspn(entry, "\t"));
	strbuf_addc(b, '\0');
	ctf_put_u64(b, rec->tgid); /* file_table_address, as in its process_state */
	ctf_event_emit(s, rec->cpu, rec->ts);
}

static void file_descriptors(struct ctf_sink *s, const struct sct_rec_fd_snapshot *fs)
{
	const char *p = (const char *)(fs + 1), *end;
	const char *nul;

	if (fs->len > fs->hdr.size - sizeof(*fs))
		return; /* damaged */
	end = p + fs->len;
	nul = memchr(p, '\0', (size_t)(end - p)); /* the cwd */
	for (; nul && nul + 1 < end; nul = memchr(p, '\0', (size_t)(end - p))) {
		p = nul + 1;
		if (memchr(p, '\0', (size_t)(end - p)))
			file_descriptor(s, &fs->hdr, p);
	}
}

bool ctf_statedump_record(struct ctf_sink *s, struct ctf_dump *d, const struct sct_rec_hdr *rec)
{
	switch (rec->type) {
	case SCT_REC_PROC_STATE:
		begin_dump(s, d, rec);
		process_state(s, (const struct sct_rec_proc_state *)rec);
		break;
	case SCT_REC_FD_SNAPSHOT:
		begin_dump(s, d, rec);
		file_descriptors(s, (const struct sct_rec_fd_snapshot *)rec);
		note_dump(d, rec);
		ctf_statedump_end(s, d);
		return true;
	default:
		return false;
	}
	note_dump(d, rec);
	return true;
}
