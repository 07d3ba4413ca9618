// SPDX-License-Identifier: MIT
/*
 * strace's text format from the call assembly's events: line prefixes (pid,
 * timestamps, -n), the unfinished/resumed split of interleaved calls, column
 * alignment of the return value, -T durations, the +++ exit lines, hex dumps
 * of -e read=/write=, and -ff's file per task.
 */
#include "text.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../decode/event.h"
#include "../decode/iov.h"
#include "../decode/mmsg.h"
#include "../decode/pid_views.h"
#include "../usdt/format.h"
#include "../util/outfile.h"
#include "../util/realtime.h"
#include "../util/tidmap.h"
#include "gen/syscall_nr.h"

/* -ff: a task's own output file and line state, swapped in while it prints. */
struct text_stream {
	FILE *out;
	struct strbuf line;
	size_t col_len, col;
	uint32_t open_tid;
};

struct text_sink {
	struct text_config cfg;
	const struct decode_opts *pid_names; /* the calls layer's, with its -y and -Y hooks: see text_sink_use_pid_names */
	bool dumps; /* -e read= or write= names a descriptor: add_dumps has work */
	FILE *out; /* where line goes: cfg.out, or with -ff the current task's file */
	uint32_t stream_tid; /* -ff: the task whose stream is loaded, or 0 */
	struct tidmap streams; /* -ff: tid -> struct text_stream, the ones not loaded */
	unsigned ntasks; /* tasks alive (calls_event.ntasks), for the pid prefix rule */
	int nr; /* -n: the syscall number of the line (calls_event.nr) */
	const struct sct_user_regs *regs; /* -i: the registers of the line's event, or NULL */
	struct user_stack *ustack; /* -i on signals, -k: what a record carries */
	struct tidmap exit_stacks; /* -k: tid -> char *, exit_group's frames, after "+++ exited" */
	struct tidmap leaders_gone; /* tgid -> 1: its leader ended before its threads */
	uint32_t open_tid; /* task whose line is not finished, or 0 */
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

void text_sink_use_pid_names(struct text_sink *s, const struct decode_opts *d)
{
	s->pid_names = d;
}

struct text_sink *text_sink_new(const struct text_config *cfg)
{
	struct text_sink *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	s->cfg = *cfg;
	s->out = cfg->out;
	for (unsigned i = 0; i < SCT_DUMP_FDS_MAX / 64 && !s->dumps; i++)
		s->dumps = cfg->read_fds[i] || cfg->write_fds[i];
	if (cfg->instruction_pointer || cfg->stack.print) {
		s->ustack = malloc(sizeof(*s->ustack));
		if (!s->ustack) {
			free(s);
			return NULL;
		}
		s->ustack->regs = NULL;
	}
	tidmap_init(&s->streams);
	tidmap_init(&s->exit_stacks);
	tidmap_init(&s->leaders_gone);
	strbuf_init(&s->line);
	return s;
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
	if (s->out && fwrite(s->line.data, 1, s->line.len, s->out) != s->line.len && !s->write_err)
		s->write_err = -errno;
	strbuf_reset(&s->line);
}

/* ".123456": digits of a second's fraction of ns; nothing for 0 digits. */
static void add_fraction(struct strbuf *line, uint64_t ns, int digits)
{
	static const uint64_t scale[] = { 1000000000, 100000000, 10000000, 1000000, 100000,
					  10000,      1000,	    100,      10,	1 };

	if (digits > 0)
		strbuf_addf(line, ".%0*llu", digits, (unsigned long long)(ns / scale[digits]));
}

static void add_timestamp(struct text_sink *s, uint64_t mono_ns)
{
	const struct text_config *c = &s->cfg;

	if (c->tformat) {
		struct realtime t = realtime_of(mono_ns, c->realtime_offset_ns);
		struct tm tm;

		if (c->tformat == 2) {
			strbuf_addf(&s->line, "%lld", (long long)t.sec);
		} else {
			realtime_tm(&t, &tm, !c->clock_not_wall); /* monotonic, boot: h:m:s of a day */
			strbuf_addf(&s->line, "%02d:%02d:%02d", tm.tm_hour, tm.tm_min, tm.tm_sec);
		}
		add_fraction(&s->line, t.nsec, c->tdigits);
		strbuf_addc(&s->line, ' ');
	}
	if (c->relative) {
		uint64_t d = s->have_last_ts && mono_ns > s->last_ts ? mono_ns - s->last_ts : 0;

		/* beside an absolute time strace puts it in "(+ ...)" */
		strbuf_addf(&s->line, "%s%6llu", c->tformat ? "(+" : "",
			    (unsigned long long)(d / 1000000000));
		add_fraction(&s->line, d % 1000000000, c->rdigits);
		strbuf_adds(&s->line, c->tformat ? ") " : " ");
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

/* -Y: "4242<sh> " (not padded) or "[pid  4242<sh>] "; false when the comm is unknown. */
static bool add_pid_prefix_comm(struct text_sink *s, uint32_t tid, bool bracket)
{
	size_t start = s->line.len;

	uint32_t shown = pid_views_shown(tid);

	strbuf_addf(&s->line, bracket ? "[pid %5u" : "%u", shown);
	size_t num_end = s->line.len;

	decode_pid_comm(&s->line, shown, s->pid_names ? s->pid_names : &s->cfg.dec);
	if (s->line.len == num_end) {
		strbuf_truncate(&s->line, start);
		return false;
	}
	strbuf_adds(&s->line, bracket ? "] " : " ");
	return true;
}

static void add_leader(struct text_sink *s, uint32_t tid, uint64_t mono_ns)
{
	bool comm = s->cfg.dec.decode_pids & DECODE_PIDS_COMM;

	if (s->cfg.separate_path) /* -ff: a file per task, no prefix */
		;
	else if (s->cfg.to_file && (s->cfg.prefix_always || s->ntasks > 1)) {
		if (!comm || !add_pid_prefix_comm(s, tid, false))
			add_pid_prefix(&s->line, pid_views_shown(tid));
	} else if (!s->cfg.to_file && s->ntasks > 1) {
		if (!comm || !add_pid_prefix_comm(s, tid, true))
			strbuf_addf(&s->line, "[pid %5u] ", pid_views_shown(tid));
	}
	add_timestamp(s, mono_ns);
	if (s->cfg.syscall_number) {
		if (s->nr >= 0) /* -n: the call's number; on other lines the task's last call's */
			strbuf_addf(&s->line, "[%4d] ", s->nr);
		else
			strbuf_adds(&s->line, "[????] ");
	}
	if (!s->cfg.instruction_pointer)
		return;
	if (s->regs) /* -i: where the call returns to, or where the signal found the task */
		strbuf_addf(&s->line, "[%016llx] ",
			    (unsigned long long)s->regs->r[SCT_USER_REG_IP]);
	else
		strbuf_adds(&s->line, "[????????????????] ");
}

/*
 * -k: the frames of the stack that came with the line just ended. strace
 * prints exit's and exit_group's when it lets the task go, after its
 * "+++ exited" line; it takes none for a successful execve (the stack of the
 * image it replaced, which sctrace does not keep).
 */
static void add_stack(struct text_sink *s, const struct sc_event *ev, uint32_t tgid, uint32_t tid,
		      uint64_t ts)
{
	struct strbuf frames;

	if (!s->cfg.stack.print || !s->ustack->regs)
		return;
	if (ev && !ev->noreturn && ev->has_ret && ev->ret == 0 && ev->desc &&
	    (!strcmp(ev->desc->name, "execve") || !strcmp(ev->desc->name, "execveat")))
		return;
	if (!ev || !ev->noreturn) {
		s->cfg.stack.print(s->cfg.stack.ctx, tgid, tid, ts, s->ustack, false, &s->line);
		return;
	}
	strbuf_init(&frames);
	s->cfg.stack.print(s->cfg.stack.ctx, tgid, tid, ts, s->ustack, true, &frames);
	free(tidmap_del(&s->exit_stacks, tid));
	if (frames.len) {
		char *copy = strdup(frames.data);

		if (!copy || tidmap_put(&s->exit_stacks, tid, copy)) {
			free(copy);
			strbuf_adds(&s->line, frames.data); /* out of memory: now rather than never */
		}
	}
	strbuf_free(&frames);
}

static void add_exit_stack(struct text_sink *s, uint32_t tid)
{
	char *frames = tidmap_del(&s->exit_stacks, tid);

	if (!frames)
		return;
	strbuf_adds(&s->line, frames);
	free(frames);
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
		    const struct decode_opts *dec, uint64_t enter_ts, uint64_t exit_ts)
{
	add_closing(s);
	decode_ret(&s->line, ev, dec);
	/* strace's notes: what the injection changed, then whether it held the call */
	if (ev->injected && ev->poked)
		strbuf_adds(&s->line, " (INJECTED: args, retval)");
	else if (ev->poked)
		strbuf_adds(&s->line, " (INJECTED: args)");
	else if (ev->injected)
		strbuf_adds(&s->line, " (INJECTED)");
	if (ev->delayed)
		strbuf_adds(&s->line, " (DELAYED)");
	if (s->cfg.durations && !ev->noreturn) {
		uint64_t d = exit_ts > enter_ts ? exit_ts - enter_ts : 0;

		strbuf_addf(&s->line, " <%llu", (unsigned long long)(d / 1000000000));
		add_fraction(&s->line, d % 1000000000, s->cfg.Tdigits);
		strbuf_addc(&s->line, '>');
	}
	strbuf_addc(&s->line, '\n');
}

static bool fd_in(const uint64_t *set, uint64_t fd)
{
	int d = (int)fd; /* strace takes the descriptor as an int: 0xfacefeed00000001 is 1 */

	return d >= 0 && d < SCT_DUMP_FDS_MAX && (set[d / 64] >> (d % 64) & 1);
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

/* sendmmsg's, recvmmsg's: each vector the call moved, " = 2 buffers in vector 0" */
static void add_mmsg_dumps(struct strbuf *line, const struct sc_event *ev, unsigned i)
{
	const char *vec;
	unsigned n = mmsg_elems(ev, i, &vec);

	for (unsigned j = 0; j < n && j < (uint64_t)ev->ret; j++) {
		const char *e = vec + j * SCT_MMSG_SIZE;

		strbuf_addf(line, " = %llu buffers in vector %u\n",
			    (unsigned long long)load_u64(e, 24), j);
		mmsg_each_buffer(ev, i, j, load_u32(e, 56), add_iov_dump, line);
	}
}

/*
 * -e write=: what a write-like call was given, whether it failed or not (strace's
 * dumpio: the count argument, every iovec buffer whole). -e read=: what a read-like
 * call that succeeded filled (its return value).
 */
static void add_dumps(struct text_sink *s, const struct sc_event *ev)
{
	bool ok = ev->has_ret && ev->ret >= 0, rd, wr_fd;

	if (!s->dumps || !ev->desc || !ev->has_ret)
		return;
	rd = ok && fd_in(s->cfg.read_fds, ev->args[0]);
	wr_fd = fd_in(s->cfg.write_fds, ev->args[0]);
	if (!rd && !wr_fd)
		return;
	for (unsigned i = 0; i < ev->desc->nargs && i < SCT_MAX_ARGS; i++) {
		unsigned t = ev->desc->arg[i];
		bool wr = t == AT_BUF_IN || t == AT_SOCKBUF_IN || t == AT_IOVEC_IN || t == AT_MSGHDR_IN ||
			  t == AT_MMSGVEC_SEND;
		const struct sct_blob *b;
		uint64_t full;

		if (!(wr ? wr_fd : rd))
			continue;
		if (t == AT_MMSGVEC_SEND || t == AT_MMSGVEC_RECV) {
			if (ok)
				add_mmsg_dumps(&s->line, ev, i);
			continue;
		}
		if (t == AT_IOVEC_IN || t == AT_IOVEC_OUT || t == AT_MSGHDR_IN || t == AT_MSGHDR_OUT) {
			iov_each_buffer(ev, i, wr ? UINT64_MAX : (uint64_t)ev->ret, add_iov_dump, &s->line);
			continue;
		}
		if (wr)
			full = i + 1 < SCT_MAX_ARGS ? ev->args[i + 1] : 0; /* the count */
		else if (t == AT_BUF_OUT || t == AT_SOCKBUF_OUT)
			full = (uint64_t)ev->ret;
		else
			continue;
		b = sc_event_blob(ev, i);
		if (!full || !b || b->kind != SCT_BLOB_MEM || (b->flags & SCT_BLOB_FAULT))
			continue;
		add_hex_dump(&s->line, (const unsigned char *)sct_blob_data(b),
			     (unsigned)(full < b->len ? full : b->len));
	}
}

/*
 * What a resumed call prints at its end. One that never returned (another
 * thread's execve took the task) has no outputs: strace, which cannot read
 * them either, prints " <unfinished ...>" where they would be.
 */
static void add_exit_args(struct text_sink *s, const struct call *c)
{
	struct strbuf outs;

	if (!c->ev->noreturn) {
		decode_args(&s->line, c->ev, DECODE_EXIT, c->dec);
		return;
	}
	strbuf_init(&outs);
	decode_args(&outs, c->ev, DECODE_EXIT, c->dec);
	if (outs.len)
		strbuf_adds(&s->line, " <unfinished ...>");
	strbuf_free(&outs);
}

/* A call from one record, or from its entry when nothing came between: one line. */
static void print_whole(struct text_sink *s, const struct call *c)
{
	/* Even tid's own: a new call means the open one's end is lost (a damaged log). */
	end_open_line(s);
	add_leader(s, c->tid, c->start_ts);
	decode_name(&s->line, c->ev);
	strbuf_addc(&s->line, '(');
	if (c->ev->noreturn) { /* no outputs: " <unfinished ...>" where they would be */
		decode_args(&s->line, c->ev, DECODE_ENTRY, c->dec);
		add_exit_args(s, c);
	} else {
		decode_args(&s->line, c->ev, DECODE_ALL, c->dec);
	}
	add_ret(s, c->ev, c->dec, c->start_ts, c->end_ts);
	add_dumps(s, c->ev);
	add_stack(s, c->ev, c->tgid, c->tid, c->end_ts);
}

/* "name(args" of a call in progress: the line stays open for its end. */
static void print_entry(struct text_sink *s, const struct call *c)
{
	end_open_line(s);
	add_leader(s, c->tid, c->start_ts);
	decode_name(&s->line, c->ev);
	strbuf_addc(&s->line, '(');
	decode_args(&s->line, c->ev, DECODE_ENTRY, c->dec);
	s->open_tid = c->tid;
}

/* The end of a call whose entry went out: on its open line, or as "<... name resumed>". */
static void print_resumed(struct text_sink *s, const struct call *c)
{
	if (s->open_tid == c->tid) {
		s->open_tid = 0;
		return;
	}
	close_open_line(s, c->tid);
	add_leader(s, c->tid, c->end_ts);
	strbuf_adds(&s->line, "<... ");
	decode_name(&s->line, c->ev);
	strbuf_adds(&s->line, " resumed>");
}

static void on_done(struct text_sink *s, const struct call *c)
{
	switch (c->end) {
	case CALL_RETURNED:
		if (c->reprint) { /* the entry's line ends unfinished all the same */
			if (!c->started)
				print_entry(s, c);
			if (s->open_tid == c->tid)
				end_open_line(s);
		} else if (!c->started) {
			print_whole(s, c);
			return;
		}
		print_resumed(s, c);
		add_exit_args(s, c);
		add_ret(s, c->ev, c->dec, c->start_ts, c->end_ts);
		add_dumps(s, c->ev);
		add_stack(s, c->ev, c->tgid, c->tid, c->end_ts);
		return;
	case CALL_DIED: /* killed, or another thread's exit_group */
		if (!c->started)
			return;
		if (c->reprint && s->open_tid == c->tid)
			end_open_line(s);
		print_resumed(s, c);
		add_closing(s);
		strbuf_adds(&s->line, "?\n");
		return;
	case CALL_DETACHED: /* the trace stopped while it was in progress */
		if (!c->started) /* -e status=detached held its entry back */
			print_entry(s, c);
		if (s->open_tid == c->tid) {
			strbuf_adds(&s->line, " <detached ...>\n");
			s->open_tid = 0;
		}
		return;
	case CALL_LOST:
		if (s->open_tid == c->tid)
			end_open_line(s);
		return;
	}
}

static void print_exit_line(struct text_sink *s, uint32_t tid, int status, uint64_t ts)
{
	int sig = status & 0x7f;

	if (s->cfg.quiet_exit)
		return;
	/* strace tells a death by a signal only when -e signal= traces that signal */
	if (sig && (sig > 64 || !(s->cfg.signals & (1ull << (sig - 1)))))
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

static void on_signal(struct text_sink *s, const struct sct_rec_signal *rec)
{
	const char *name = signal_name(rec->sig);

	if (rec->sig < 1 || rec->sig > 64 || !(s->cfg.signals & (1ull << (rec->sig - 1))))
		return;
	close_open_line(s, rec->hdr.tid);
	add_leader(s, rec->hdr.tid, rec->hdr.ts);
	if (name)
		strbuf_addf(&s->line, "--- %s ", name);
	else
		strbuf_addf(&s->line, "--- %d ", rec->sig);
	if (s->pid_names) {
		/* si_fd (-y) and si_pid (-Y, --pidns-translation) in the receiving process, as strace */
		struct decode_opts o = *s->pid_names;

		o.fd_tgid = rec->hdr.tgid;
		o.xlat = s->cfg.dec.xlat;
		decode_siginfo_opts(&s->line, rec->sig, rec->info, &o);
	} else {
		decode_siginfo(&s->line, rec->sig, rec->info, s->cfg.dec.xlat);
	}
	strbuf_adds(&s->line, " ---\n");
	add_stack(s, NULL, rec->hdr.tgid, rec->hdr.tid, rec->hdr.ts);
	if (!(rec->flags & SCT_SIG_STOPS))
		return;
	add_leader(s, rec->hdr.tid, rec->hdr.ts);
	if (name)
		strbuf_addf(&s->line, "--- stopped by %s ---\n", name);
	else
		strbuf_addf(&s->line, "--- stopped by %d ---\n", rec->sig);
}

/* A USDT probe hit: a line of its own; an open call line is closed first. */
static void on_usdt(struct text_sink *s, const struct sct_rec_usdt *rec)
{
	end_open_line(s);
	add_leader(s, rec->hdr.tid, rec->hdr.ts);
	usdt_format_text(&s->line, rec, &s->cfg.dec);
	strbuf_addc(&s->line, '\n');
}

/*
 * Records lost in the kernel (a full ring): one line where it happened, as
 * "### N events lost on CPU C ###", a form no strace line has ("---" starts
 * a signal, "+++" an exit), with the timestamp of -t/-tt/-ttt but no pid.
 */
static void on_loss(struct text_sink *s, const struct sct_rec_loss *rec)
{
	end_open_line(s);
	add_timestamp(s, rec->hdr.ts);
	strbuf_addf(&s->line, "### %llu events lost", (unsigned long long)rec->lost);
	if (rec->cpu != SCT_LOSS_ANY_CPU)
		strbuf_addf(&s->line, " on CPU %u", rec->cpu);
	strbuf_adds(&s->line, " ###\n");
}

static void on_record(struct text_sink *s, const struct sct_rec_hdr *rec)
{
	switch (rec->type) {
	case SCT_REC_LOSS:
		on_loss(s, (const struct sct_rec_loss *)rec);
		break;
	case SCT_REC_TASK_EXIT: {
		const struct sct_rec_task_exit *ex = (const struct sct_rec_task_exit *)rec;

		if (sct_exit_superseded(ex))
			break; /* the execve'ing thread takes its place: on_exec */
		/*
		 * A leader that ends before its threads is reported, as strace
		 * reaps it, when its thread group ends, after the last thread's
		 * line (or never: a thread's execve supersedes it). Not with -ff,
		 * where each line goes to its own task's file.
		 */
		if (rec->tid == rec->tgid && !(ex->flags & SCT_EXIT_GROUP_DEAD) &&
		    !s->cfg.separate_path) {
			tidmap_put(&s->leaders_gone, rec->tgid, (void *)1);
			break;
		}
		close_open_line(s, rec->tid);
		print_exit_line(s, rec->tid, ex->exit_code, rec->ts);
		add_exit_stack(s, rec->tid);
		if ((ex->flags & SCT_EXIT_GROUP_DEAD) && rec->tid != rec->tgid &&
		    tidmap_del(&s->leaders_gone, rec->tgid))
			print_exit_line(s, rec->tgid, ex->exit_code, rec->ts);
		break;
	}
	case SCT_REC_SIGNAL:
		on_signal(s, (const struct sct_rec_signal *)rec);
		break;
	case SCT_REC_USDT:
		on_usdt(s, (const struct sct_rec_usdt *)rec);
		break;
	case SCT_REC_FORK: {
		const struct sct_rec_fork *f = (const struct sct_rec_fork *)rec;

		if (s->cfg.stack.fork && f->child_tgid != rec->tgid)
			s->cfg.stack.fork(s->cfg.stack.ctx, rec->tgid, f->child_tgid);
		break;
	}
	}
}

/* -i, -k: the registers (and stack) of the event about to print, if it has them. */
static void take_regs(struct text_sink *s, const struct calls_event *e)
{
	s->regs = NULL;
	if (!s->ustack)
		return;
	s->ustack->regs = NULL;
	if (e->call && e->call->ev) {
		if (s->cfg.stack.print)
			sc_event_user_stack(e->call->ev, s->ustack);
		s->regs = sc_event_regs(e->call->ev);
	} else if (e->type == CALLS_RECORD && e->rec->type == SCT_REC_SIGNAL) {
		signal_user_stack((const struct sct_rec_signal *)e->rec, s->ustack);
		s->regs = s->ustack->regs;
	}
}

/* -ff */

static void stream_swap(struct text_sink *s, struct text_stream *st)
{
	struct text_stream cur = { s->out, s->line, s->col_len, s->col, s->open_tid };

	s->out = st->out;
	s->line = st->line;
	s->col_len = st->col_len;
	s->col = st->col;
	s->open_tid = st->open_tid;
	*st = cur;
}

static struct text_stream *stream_open(struct text_sink *s, uint32_t tid)
{
	struct text_stream *st = calloc(1, sizeof(*st));
	char path[PATH_MAX];
	const char *why;
	int fd;

	if (!st)
		return NULL;
	snprintf(path, sizeof(path), "%s.%u", s->cfg.separate_path, pid_views_shown(tid));
	fd = outfile_open(path, O_WRONLY | (s->cfg.append ? O_APPEND : O_TRUNC), &why);
	st->out = fd >= 0 ? fdopen(fd, s->cfg.append ? "a" : "w") : NULL;
	if (fd >= 0 && !st->out)
		close(fd);
	if (!st->out && !s->write_err) /* its lines are dropped; the error is reported once */
		s->write_err = fd < 0 ? fd : -errno;
	strbuf_init(&st->line);
	return st;
}

/* Make tid's file and line the current ones (the previous task's go back to the map). */
static int stream_select(struct text_sink *s, uint32_t tid)
{
	struct text_stream *st;

	if (!s->cfg.separate_path || !tid || tid == s->stream_tid)
		return 0;
	if (s->stream_tid) {
		emit(s);
		st = calloc(1, sizeof(*st));
		if (!st || tidmap_put(&s->streams, s->stream_tid, st)) {
			free(st);
			return -ENOMEM;
		}
		stream_swap(s, st);
		s->stream_tid = 0;
	}
	st = tidmap_del(&s->streams, tid);
	if (!st)
		st = stream_open(s, tid);
	if (!st)
		return -ENOMEM;
	stream_swap(s, st);
	strbuf_free(&st->line);
	free(st);
	s->stream_tid = tid;
	return 0;
}

/* A task ended: its file is complete. */
static void stream_close(struct text_sink *s)
{
	if (!s->stream_tid)
		return;
	emit(s);
	if (s->out && fclose(s->out) && !s->write_err)
		s->write_err = -errno;
	s->out = NULL;
	s->open_tid = 0;
	s->col = s->col_len = 0;
	s->stream_tid = 0;
}

static void stream_free(void *p)
{
	struct text_stream *st = p;

	if (st->out)
		fclose(st->out);
	strbuf_free(&st->line);
	free(st);
}

/*
 * A thread other than the leader called execve and took the leader's tid:
 * its open line (the execve's entry) ends with " <pid changed to NEW ...>"
 * (with -ff its file is complete), then the leader's line (file) gets
 * "+++ superseded by execve in pid OLD +++", and the execve's end follows
 * there as "<... execve resumed>".
 */
static int on_exec(struct text_sink *s, const struct sct_rec_exec *rec)
{
	int err = stream_select(s, rec->old_tid);

	tidmap_del(&s->leaders_gone, rec->hdr.tgid); /* "superseded" stands for its end */

	if (err)
		return err;
	if (s->open_tid == rec->old_tid) {
		strbuf_addf(&s->line, " <pid changed to %u ...>\n", rec->hdr.tid);
		s->open_tid = 0;
	}
	if (s->cfg.separate_path)
		stream_close(s);
	err = stream_select(s, rec->hdr.tid);
	if (err || s->cfg.quiet_thread_execve)
		return err;
	close_open_line(s, rec->hdr.tid);
	add_leader(s, rec->hdr.tid, rec->hdr.ts);
	strbuf_addf(&s->line, "+++ superseded by execve in pid %u +++\n", rec->old_tid);
	return 0;
}

static bool tid_changed(const struct calls_event *e)
{
	const struct sct_rec_exec *ex = (const struct sct_rec_exec *)e->rec;

	return e->type == CALLS_RECORD && e->rec->type == SCT_REC_EXEC && ex->old_tid &&
	       ex->old_tid != e->rec->tid && !(ex->flags & SCT_EXEC_DETACHED);
}

int text_sink_event(void *sink, const struct calls_event *e)
{
	struct text_sink *s = sink;
	int err;

	take_regs(s, e);
	if (tid_changed(e)) {
		s->ntasks = e->ntasks;
		s->nr = e->nr;
		err = on_exec(s, (const struct sct_rec_exec *)e->rec);
		if (!err && s->line.len >= EMIT_BYTES)
			emit(s);
		return err;
	}
	err = stream_select(s, e->call ? e->call->tid : e->rec->tid);
	if (err)
		return err;
	s->ntasks = e->ntasks;
	s->nr = e->nr;
	switch (e->type) {
	case CALLS_STARTED:
		print_entry(s, e->call);
		break;
	case CALLS_DONE:
		on_done(s, e->call);
		break;
	case CALLS_RECORD:
		on_record(s, e->rec);
		if (e->rec->type == SCT_REC_TASK_EXIT &&
		    !sct_exit_superseded((const struct sct_rec_task_exit *)e->rec))
			stream_close(s);
		break;
	}
	/* One write of many lines: a call to fwrite per line was a tenth of the consumer. */
	if (s->line.len >= EMIT_BYTES)
		emit(s);
	return 0;
}

int text_sink_flush(struct text_sink *s)
{
	int err;

	emit(s);
	if (s->out && fflush(s->out) && !s->write_err)
		s->write_err = -errno;
	for (size_t i = 0; i < s->streams.cap; i++) {
		struct text_stream *st = s->streams.slots[i].value;

		if (s->streams.slots[i].tid && st && st->out && fflush(st->out) && !s->write_err)
			s->write_err = -errno;
	}
	err = s->write_err;
	s->write_err = 0;
	return err;
}

void text_sink_free(struct text_sink *s)
{
	if (!s)
		return;
	emit(s);
	if (s->stream_tid)
		stream_close(s);
	else if (s->out)
		fflush(s->out);
	tidmap_free(&s->streams, stream_free);
	tidmap_free(&s->exit_stacks, free);
	tidmap_free(&s->leaders_gone, NULL);
	strbuf_free(&s->line);
	free(s->ustack);
	free(s);
}
