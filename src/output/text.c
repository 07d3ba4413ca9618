// SPDX-License-Identifier: MIT
/*
 * strace's text format from records: line prefixes (pid, timestamps), the
 * unfinished/resumed split of interleaved calls, column alignment of the
 * return value, -T durations, -e status= filtering and the +++ exit lines.
 */
#include "text.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../decode/event.h"
#include "../decode/fdtable.h"
#include "../decode/iov.h"
#include "status.h"
#include "../util/tidmap.h"
#include "../usdt/format.h"

struct task {
	uint32_t tid;
	uint32_t new_child; /* created by the call in progress, counted once it is printed */
	bool counted; /* in ntasks: a child is not until its parent's clone line or its own */
	struct sct_rec_syscall *entry; /* copy of the ENTER record of the call in progress */
	bool entry_printed; /* its "name(args" went out */
};

struct text_sink {
	struct text_config cfg;
	struct tidmap tasks;
	unsigned ntasks; /* tasks alive, for the pid prefix rule */
	uint32_t open_tid; /* task whose line is not finished, or 0 */
	uint32_t held_tid; /* task whose entry waits for its exit to be printed (see on_enter), or 0 */
	/*
	 * The output's column at byte col_len of line (the text already written
	 * before it): line_col looks for a newline only in what came after.
	 */
	size_t col_len, col;
	uint64_t last_ts; /* for -r */
	bool have_last_ts;
	struct strbuf line;
	int write_err;
};

static void task_free(void *p)
{
	struct task *t = p;

	if (t)
		free(t->entry);
	free(t);
}

struct text_sink *text_sink_new(const struct text_config *cfg)
{
	struct text_sink *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	s->cfg = *cfg;
	tidmap_init(&s->tasks);
	strbuf_init(&s->line);
	return s;
}

static void task_count(struct text_sink *s, struct task *t)
{
	if (t && !t->counted) {
		t->counted = true;
		s->ntasks++;
	}
}

/* A task's state; create makes it (counted, unless it is a child just forked). */
static struct task *task_lookup(struct text_sink *s, uint32_t tid, bool create, bool count)
{
	struct task *t = tidmap_get(&s->tasks, tid);

	if (!t && create) {
		t = calloc(1, sizeof(*t));
		if (!t)
			return NULL;
		t->tid = tid;
		if (tidmap_put(&s->tasks, tid, t)) {
			free(t);
			return NULL;
		}
	}
	if (count)
		task_count(s, t);
	return t;
}

static struct task *task_get(struct text_sink *s, uint32_t tid, bool create)
{
	return task_lookup(s, tid, create, create);
}

/* -y: decode as process tgid; apply a finished call's phase (fdtable_apply). */
static void fd_phase(struct text_sink *s, uint32_t tgid, const struct sc_event *ev, bool after)
{
	s->cfg.dec.fd_tgid = tgid;
	if (s->cfg.fds && ev)
		fdtable_apply(s->cfg.fds, tgid, ev, after);
}

#define EMIT_BYTES (64 * 1024) /* text kept before it is written; flushes write it too */

/* Column of the end of the output, the buffered text included. */
static size_t line_col(struct text_sink *s)
{
	size_t added = s->line.len - s->col_len;
	const char *nl = added ? memrchr(s->line.data + s->col_len, '\n', added) : NULL;

	s->col = nl ? s->line.len - (size_t)(nl + 1 - s->line.data) : s->col + added;
	s->col_len = s->line.len;
	return s->col;
}

static void emit(struct text_sink *s)
{
	if (!s->line.len)
		return;
	line_col(s);
	s->col_len = 0;
	if (fwrite(s->line.data, 1, s->line.len, s->cfg.out) != s->line.len && !s->write_err)
		s->write_err = -errno;
	strbuf_reset(&s->line);
}

static void add_timestamp(struct text_sink *s, uint64_t mono_ns)
{
	const struct text_config *c = &s->cfg;

	if (c->tstamp) {
		int64_t real = (int64_t)mono_ns + c->realtime_offset_ns;
		time_t sec = (time_t)(real / 1000000000);
		long usec = (long)(real % 1000000000) / 1000;
		struct tm tm;

		if (c->tstamp >= 3) {
			strbuf_addf(&s->line, "%lld.%06ld ", (long long)sec, usec);
		} else {
			localtime_r(&sec, &tm);
			strbuf_addf(&s->line, "%02d:%02d:%02d", tm.tm_hour, tm.tm_min, tm.tm_sec);
			if (c->tstamp == 2)
				strbuf_addf(&s->line, ".%06ld", usec);
			strbuf_addc(&s->line, ' ');
		}
	}
	if (c->relative) {
		uint64_t d = s->have_last_ts && mono_ns > s->last_ts ? mono_ns - s->last_ts : 0;

		strbuf_addf(&s->line, "%6llu.%06llu ", (unsigned long long)(d / 1000000000),
			    (unsigned long long)(d % 1000000000 / 1000));
		s->last_ts = mono_ns;
		s->have_last_ts = true;
	}
}

/* strace's line leader: pid prefix, then timestamps. */
/* "%-5u " without printf: on every line with -f -o, where the formatter is the bottleneck. */
static void add_pid_prefix(struct strbuf *line, uint32_t tid)
{
	size_t start = line->len;

	strbuf_add_u64(line, tid);
	if (line->len - start < 5)
		strbuf_pad_to(line, start + 5);
	strbuf_addc(line, ' ');
}

static void add_leader(struct text_sink *s, uint32_t tid, uint64_t mono_ns)
{
	if (s->cfg.to_file && (s->cfg.follow_fork || s->ntasks > 1))
		add_pid_prefix(&s->line, tid);
	else if (!s->cfg.to_file && s->ntasks > 1)
		strbuf_addf(&s->line, "[pid %5u] ", tid);
	add_timestamp(s, mono_ns);
}

/* End the open line with " <unfinished ...>". */
static void end_open_line(struct text_sink *s)
{
	if (!s->open_tid)
		return;
	strbuf_adds(&s->line, " <unfinished ...>\n");
	s->open_tid = 0;
}

/* Another task is about to print: the open line stays open only for its own task. */
static void close_open_line(struct text_sink *s, uint32_t tid)
{
	if (s->open_tid != tid)
		end_open_line(s);
}

/* ") " and spaces up to the -a column, where "= " follows. */
static void add_closing(struct text_sink *s)
{
	size_t col;

	strbuf_adds(&s->line, ") ");
	col = line_col(s);
	if (col < s->cfg.acolumn)
		strbuf_pad_to(&s->line, s->line.len + (s->cfg.acolumn - col));
	strbuf_adds(&s->line, "= ");
}

static void add_ret(struct text_sink *s, const struct sc_event *ev,
		    uint64_t enter_ts, uint64_t exit_ts)
{
	add_closing(s);
	decode_ret(&s->line, ev, &s->cfg.dec);
	if (s->cfg.durations && !ev->noreturn) {
		uint64_t d = exit_ts > enter_ts ? exit_ts - enter_ts : 0;

		strbuf_addf(&s->line, " <%llu.%06llu>", (unsigned long long)(d / 1000000000),
			    (unsigned long long)(d % 1000000000 / 1000));
	}
	strbuf_addc(&s->line, '\n');
}

static bool fd_in(const uint64_t *set, uint64_t fd)
{
	return fd < SCT_DUMP_FDS && (set[fd / 64] >> (fd % 64) & 1);
}

/* strace's -e read=/write= dump: " | 00000  68 65 ...  hello |", 16 bytes a line. */
static void add_hex_dump(struct strbuf *out, const unsigned char *p, unsigned len)
{
	for (unsigned off = 0; off < len; off += 16) {
		unsigned n = len - off < 16 ? len - off : 16;
		size_t start;

		strbuf_addf(out, " | %05x  ", off);
		start = out->len;
		for (unsigned j = 0; j < n; j++)
			strbuf_addf(out, "%s%02x", j == 0 ? "" : j == 8 ? "  " : " ", p[off + j]);
		strbuf_pad_to(out, start + 48);
		strbuf_adds(out, "  ");
		start = out->len;
		for (unsigned j = 0; j < n; j++)
			strbuf_addc(out, p[off + j] >= 0x20 && p[off + j] < 0x7f ? (char)p[off + j] : '.');
		strbuf_pad_to(out, start + 16);
		strbuf_adds(out, " |\n");
	}
}

static void add_iov_dump(void *ctx, unsigned index, const unsigned char *data, unsigned len,
			 uint64_t size)
{
	struct strbuf *line = ctx;

	strbuf_addf(line, " * %llu bytes in buffer %u\n", (unsigned long long)size, index);
	add_hex_dump(line, data, len);
}

/* After a successful read or write on a -e read=/write= descriptor: its data in hex. */
static void add_dumps(struct text_sink *s, const struct sc_event *ev)
{
	if (!ev->desc || !ev->has_ret || ev->ret <= 0)
		return;
	for (unsigned i = 0; i < ev->desc->nargs && i < SCT_MAX_ARGS; i++) {
		unsigned t = ev->desc->arg[i];
		const struct sct_blob *b;
		uint64_t full;

		bool vec_in = t == AT_IOVEC_IN || t == AT_MSGHDR_IN;

		if ((vec_in || t == AT_IOVEC_OUT || t == AT_MSGHDR_OUT) &&
		    fd_in(vec_in ? s->cfg.write_fds : s->cfg.read_fds, ev->args[0])) {
			iov_each_buffer(ev, i, (uint64_t)ev->ret, add_iov_dump, &s->line);
			continue;
		}
		if (t == AT_BUF_IN && fd_in(s->cfg.write_fds, ev->args[0]))
			full = (uint64_t)ev->ret; /* what was written */
		else if (t == AT_BUF_OUT && fd_in(s->cfg.read_fds, ev->args[0]))
			full = (uint64_t)ev->ret;
		else
			continue;
		b = sc_event_blob(ev, i);
		if (!b || b->kind != SCT_BLOB_MEM || (b->flags & SCT_BLOB_FAULT))
			continue;
		add_hex_dump(&s->line, (const unsigned char *)sct_blob_data(b),
			     (unsigned)(full < b->len ? full : b->len));
	}
}

static bool status_wanted(const struct text_sink *s, const struct sc_event *ev)
{
	return (s->cfg.status & status_of(true, ev->noreturn, ev->ret)) != 0;
}

static void print_whole(struct text_sink *s, uint32_t tid, const struct sc_event *ev,
			uint64_t enter_ts, uint64_t exit_ts)
{
	if (!status_wanted(s, ev))
		return;
	/* Even tid's own: a new call means the open one's end is lost (a damaged log). */
	end_open_line(s);
	add_leader(s, tid, enter_ts);
	decode_name(&s->line, ev);
	strbuf_addc(&s->line, '(');
	decode_args(&s->line, ev, DECODE_ALL, &s->cfg.dec);
	add_ret(s, ev, enter_ts, exit_ts);
	add_dumps(s, ev);
}

/*
 * strace decides a line's pid prefix when the call starts, so a child counts
 * only after the clone that made it is printed (or once it prints itself).
 */
static void count_new_child(struct text_sink *s, struct task *parent)
{
	if (parent && parent->new_child) {
		/* Not if it has already gone: it exited before its parent's clone returned. */
		task_count(s, tidmap_get(&s->tasks, parent->new_child));
		parent->new_child = 0;
	}
}

static int on_fork(struct text_sink *s, const struct sct_rec_fork *rec)
{
	struct task *parent = task_get(s, rec->hdr.tid, true);

	if (!parent)
		return -ENOMEM;
	if (s->cfg.fds)
		fdtable_fork(s->cfg.fds, rec->hdr.tgid, rec->child_tgid);
	count_new_child(s, parent);
	if (!task_lookup(s, rec->child_tid, true, false))
		return -ENOMEM;
	parent->new_child = rec->child_tid;
	return 0;
}

static int on_syscall(struct text_sink *s, const struct sct_rec_syscall *rec)
{
	struct task *t = task_get(s, rec->hdr.tid, true);
	struct sc_event ev;

	if (t && t->entry) {
		/* A call that never ended: its exit was lost (a damaged log). */
		if (s->open_tid == rec->hdr.tid)
			end_open_line(s);
		free(t->entry);
		t->entry = NULL;
	}
	if (!sc_event_init(&ev, NULL, rec)) {
		fd_phase(s, rec->hdr.tgid, &ev, false);
		print_whole(s, rec->hdr.tid, &ev, sct_call_start(rec), rec->hdr.ts);
		fd_phase(s, rec->hdr.tgid, &ev, true);
	}
	count_new_child(s, t);
	return 0;
}

/* "name(args" of a call in progress: the line stays open for its end. */
static void print_entry(struct text_sink *s, struct task *t, const struct sc_event *ev)
{
	end_open_line(s);
	add_leader(s, t->tid, sct_call_start(t->entry));
	decode_name(&s->line, ev);
	strbuf_addc(&s->line, '(');
	fd_phase(s, t->entry->hdr.tgid, NULL, false);
	decode_args(&s->line, ev, DECODE_ENTRY, &s->cfg.dec);
	s->open_tid = t->tid;
	t->entry_printed = true;
}

static bool event_has_fault(const struct sc_event *ev)
{
	for (unsigned i = 0; i < ev->nblobs; i++)
		if (ev->blobs[i]->flags & SCT_BLOB_FAULT)
			return true;
	return false;
}

/* Something else must print: the held entry goes first, as it is. */
static void print_held(struct text_sink *s)
{
	struct task *t = s->held_tid ? task_get(s, s->held_tid, false) : NULL;
	struct sc_event ev;

	s->held_tid = 0;
	if (t && t->entry && !t->entry_printed && !sc_event_init(&ev, t->entry, NULL))
		print_entry(s, t, &ev);
}

static int on_enter(struct text_sink *s, const struct sct_rec_syscall *rec)
{
	struct task *t = task_get(s, rec->hdr.tid, true);
	struct sc_event ev;

	if (!t)
		return -ENOMEM;
	free(t->entry);
	t->entry = malloc(rec->hdr.size);
	if (!t->entry)
		return -ENOMEM;
	memcpy(t->entry, rec, rec->hdr.size);
	t->entry_printed = false;
	/* With a status filter the whole line waits for the exit, as in strace. */
	if (s->cfg.status != STATUS_ALL || sc_event_init(&ev, t->entry, NULL))
		return 0;
	/*
	 * An argument the kernel side could not read yet (the call slept in its
	 * own page fault on it) comes again with the exit: hold the line for it,
	 * until anything else must print (not at a drain: the exit is usually
	 * in the next one). text_sink_record printed any entry held before.
	 */
	if (event_has_fault(&ev)) {
		s->held_tid = rec->hdr.tid;
		return 0;
	}
	print_entry(s, t, &ev);
	return 0;
}

static int on_exit_rec(struct text_sink *s, const struct sct_rec_syscall *rec)
{
	struct task *t = task_get(s, rec->hdr.tid, true);
	struct sc_event ev;

	if (s->held_tid == rec->hdr.tid)
		s->held_tid = 0; /* printed whole below */
	if (!t || !t->entry || t->entry->nr != rec->nr)
		return 0; /* the entry happened before we attached */
	if (sc_event_init(&ev, t->entry, rec))
		goto done;
	fd_phase(s, rec->hdr.tgid, &ev, false);
	if (!t->entry_printed) {
		print_whole(s, rec->hdr.tid, &ev, sct_call_start(t->entry), rec->hdr.ts);
		fd_phase(s, rec->hdr.tgid, &ev, true);
		goto done;
	}
	/* If nothing came between, the open line continues. */
	if (s->open_tid != rec->hdr.tid) {
		close_open_line(s, rec->hdr.tid);
		add_leader(s, rec->hdr.tid, rec->hdr.ts);
		strbuf_adds(&s->line, "<... ");
		decode_name(&s->line, &ev);
		strbuf_adds(&s->line, " resumed>");
	}
	s->open_tid = 0;
	decode_args(&s->line, &ev, DECODE_EXIT, &s->cfg.dec);
	add_ret(s, &ev, sct_call_start(t->entry), rec->hdr.ts);
	add_dumps(s, &ev);
	fd_phase(s, rec->hdr.tgid, &ev, true);
done:
	count_new_child(s, t);
	free(t->entry);
	t->entry = NULL;
	return 0;
}

static void print_exit_line(struct text_sink *s, uint32_t tid, int status, uint64_t ts)
{
	int sig = status & 0x7f;

	if (s->cfg.quiet >= 2)
		return;
	add_leader(s, tid, ts);
	if (sig) {
		const char *name = signal_name(sig);

		if (name)
			strbuf_addf(&s->line, "+++ killed by %s%s +++\n", name,
				    (status & 0x80) ? " (core dumped)" : "");
		else
			strbuf_addf(&s->line, "+++ killed by %d%s +++\n", sig,
				    (status & 0x80) ? " (core dumped)" : "");
	} else {
		strbuf_addf(&s->line, "+++ exited with %d +++\n", (status >> 8) & 0xff);
	}
}

static int on_task_exit(struct text_sink *s, const struct sct_rec_task_exit *rec)
{
	uint32_t tid = rec->hdr.tid;
	struct task *t = task_get(s, tid, false);

	if (t && t->entry && t->entry_printed) {
		/* Died inside a call (killed, or another thread's exit_group). */
		struct sc_event ev;

		if (s->open_tid == tid) {
			s->open_tid = 0;
		} else if (!sc_event_init(&ev, t->entry, NULL)) {
			close_open_line(s, tid);
			add_leader(s, tid, rec->hdr.ts);
			strbuf_adds(&s->line, "<... ");
			decode_name(&s->line, &ev);
			strbuf_adds(&s->line, " resumed>");
		}
		add_closing(s);
		strbuf_adds(&s->line, "?\n");
	} else {
		close_open_line(s, tid);
	}
	print_exit_line(s, tid, rec->exit_code, rec->hdr.ts);
	if (s->cfg.fds && (rec->flags & SCT_EXIT_GROUP_DEAD))
		fdtable_exit(s->cfg.fds, rec->hdr.tgid);
	count_new_child(s, t);
	if (t) {
		tidmap_del(&s->tasks, tid);
		if (t->counted)
			s->ntasks--;
		task_free(t);
	}
	return 0;
}

static int on_signal(struct text_sink *s, const struct sct_rec_signal *rec)
{
	const char *name = signal_name(rec->sig);

	task_get(s, rec->hdr.tid, true);
	if (rec->sig < 1 || rec->sig > 64 || !(s->cfg.signals & (1ull << (rec->sig - 1))))
		return 0;
	close_open_line(s, rec->hdr.tid);
	add_leader(s, rec->hdr.tid, rec->hdr.ts);
	if (name)
		strbuf_addf(&s->line, "--- %s ", name);
	else
		strbuf_addf(&s->line, "--- %d ", rec->sig);
	decode_siginfo(&s->line, rec->sig, rec->info, s->cfg.dec.xlat);
	strbuf_adds(&s->line, " ---\n");
	return 0;
}

/* A USDT probe hit: a line of its own; an open call line is closed first. */
static int on_usdt(struct text_sink *s, const struct sct_rec_usdt *rec)
{
	task_get(s, rec->hdr.tid, true);
	if (s->open_tid) {
		strbuf_adds(&s->line, " <unfinished ...>\n");
		s->open_tid = 0;
	}
	add_leader(s, rec->hdr.tid, rec->hdr.ts);
	usdt_format_text(&s->line, rec, &s->cfg.dec);
	strbuf_addc(&s->line, '\n');
	return 0;
}

int text_sink_hidden(void *sink, const struct sct_rec_hdr *rec)
{
	const struct sct_rec_syscall *sc = (const struct sct_rec_syscall *)rec;
	struct text_sink *s = sink;
	struct task *t;
	struct sc_event ev;

	if (!s->cfg.fds || !sct_record_valid(rec))
		return 0;
	if (rec->type == SCT_REC_SYSCALL) {
		if (!sc_event_init(&ev, NULL, sc)) {
			fdtable_apply(s->cfg.fds, rec->tgid, &ev, false);
			fdtable_apply(s->cfg.fds, rec->tgid, &ev, true);
		}
		return 0;
	}
	t = task_get(s, rec->tid, true);
	if (!t)
		return -ENOMEM;
	if (rec->type == SCT_REC_ENTER) { /* kept for its exit, never printed */
		free(t->entry);
		t->entry = malloc(rec->size);
		if (!t->entry)
			return -ENOMEM;
		memcpy(t->entry, rec, rec->size);
		t->entry_printed = false;
		return 0;
	}
	if (t->entry && t->entry->nr == sc->nr && !sc_event_init(&ev, t->entry, sc)) {
		fdtable_apply(s->cfg.fds, rec->tgid, &ev, false);
		fdtable_apply(s->cfg.fds, rec->tgid, &ev, true);
	}
	free(t->entry);
	t->entry = NULL;
	return 0;
}

int text_sink_record(void *sink, const struct sct_rec_hdr *rec)
{
	struct text_sink *s = sink;
	int err = 0;

	if (!sct_record_valid(rec))
		return 0;
	if (s->held_tid && !(rec->type == SCT_REC_EXIT && rec->tid == s->held_tid))
		print_held(s);
	switch (rec->type) {
	case SCT_REC_SYSCALL:
		err = on_syscall(s, (const struct sct_rec_syscall *)rec);
		break;
	case SCT_REC_ENTER:
		err = on_enter(s, (const struct sct_rec_syscall *)rec);
		break;
	case SCT_REC_EXIT:
		err = on_exit_rec(s, (const struct sct_rec_syscall *)rec);
		break;
	case SCT_REC_FORK:
		err = on_fork(s, (const struct sct_rec_fork *)rec);
		break;
	case SCT_REC_TASK_EXIT:
		err = on_task_exit(s, (const struct sct_rec_task_exit *)rec);
		break;
	case SCT_REC_SIGNAL:
		err = on_signal(s, (const struct sct_rec_signal *)rec);
		break;
	case SCT_REC_TASK_NEW:
		task_get(s, rec->tid, true);
		break;
	case SCT_REC_FD_SNAPSHOT: {
		const struct sct_rec_fd_snapshot *fs = (const struct sct_rec_fd_snapshot *)rec;

		if (s->cfg.fds && fs->len <= rec->size - sizeof(*fs))
			fdtable_apply_snapshot(s->cfg.fds, rec->tgid, (const char *)(fs + 1), fs->len);
		break;
	}
	case SCT_REC_USDT:
		err = on_usdt(s, (const struct sct_rec_usdt *)rec);
		break;
	case SCT_REC_USDT_PROBE:
		usdt_registry_learn(rec);
		break;
	}
	/* One write of many lines: a call to fwrite per line was a tenth of the consumer. */
	if (s->line.len >= EMIT_BYTES)
		emit(s);
	return err;
}

int text_sink_flush(struct text_sink *s)
{
	int err;

	emit(s);
	if (fflush(s->cfg.out) && !s->write_err)
		s->write_err = -errno;
	err = s->write_err;
	s->write_err = 0;
	return err;
}

void text_sink_free(struct text_sink *s)
{
	if (!s)
		return;
	print_held(s);
	/* Stopped while a call was in progress: we detached from it. */
	if (s->open_tid) {
		strbuf_adds(&s->line, " <detached ...>\n");
		s->open_tid = 0;
	}
	emit(s);
	fflush(s->cfg.out);
	tidmap_free(&s->tasks, task_free);
	strbuf_free(&s->line);
	free(s);
}
