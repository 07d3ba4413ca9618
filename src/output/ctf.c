// SPDX-License-Identifier: MIT
/*
 * The CTF sink: one stream file per CPU (channel0_N, as LTTng names them),
 * written a packet at a time, and the metadata file (ctf_metadata.c). See
 * doc/CTF.md for the layout.
 *
 * Events come from the call assembly: a call's entry event when the call is
 * shown as started (or, when it was not, just before its end), its exit event
 * when it ends, each on the CPU its record was made on and at that record's
 * time. Records arrive in time order, but a whole call (one SYSCALL record,
 * made at its exit) brings an entry older than what was written on that CPU
 * meanwhile (the FORK record of a clone): a packet's events are kept until
 * the packet is written and sorted by time then. An entry older than the
 * end of a packet already written takes that end as its time, as CTF readers
 * require monotonic streams.
 *
 * Loss: the kernel side's lost events of a CPU (LOSS records) end the open
 * packet with the total before them, and the next packet of that stream
 * carries the new total in events_discarded, so readers report them between
 * the two.
 */
#include "ctf.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../decode/decode.h"
#include "../usdt/format.h"
#include "../util/outfile.h"
#include "../util/unaligned.h"
#include "ctf_tasks.h"
#include "gen/syscall_nr.h"

#define CTF_MAGIC 0xC1FC1FC1u
#define PACKET_BYTES (256u << 10) /* events per packet before it is written */
#define PACKET_HEADER_BYTES (4 + 16 + 4 + 6 * 8 + 4) /* header and context, packed */
#define MAX_STREAMS SCT_MAX_CPUS

/* An event of the open packet: where its bytes are, for sorting them by time. */
struct ctf_slot {
	uint64_t ts;
	uint32_t off, len;
};

struct ctf_stream {
	int fd; /* -1 until its first packet */
	struct strbuf events; /* the open packet's events, in the order they came */
	struct ctf_slot *slots;
	size_t nslots, slots_cap;
	bool unsorted; /* an event came with an older time than the one before */
	uint64_t begin, last; /* the open packet's earliest and latest event time */
	uint64_t prev_end; /* the last written packet's timestamp_end */
	bool open; /* the packet has begun (events, or a loss to report) */
	uint64_t seq; /* packets written */
	uint64_t discarded; /* events lost on this CPU so far */
	uint64_t discarded_written; /* the last packet's events_discarded */
	off_t file_len; /* bytes of whole packets in the file */
};

struct ctf_sink {
	int dirfd;
	struct ctf_env env;
	uint8_t uuid[16];
	struct ctf_stream *streams[MAX_STREAMS];
	struct strbuf ev; /* the event being encoded */
	struct ctf_usdt_class *usdt;
	unsigned nusdt, usdt_cap;
	struct ctf_tasks tasks;
	struct ctf_dump dump;
	int err; /* the first write error, sticky */
	bool reported;
};

static void set_err(struct ctf_sink *s, int err)
{
	if (!s->err)
		s->err = err;
}

static int write_all(int fd, const void *buf, size_t len)
{
	const char *p = buf;

	while (len) {
		ssize_t n = write(fd, p, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -errno;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

void ctf_put_u32(struct strbuf *b, uint32_t v)
{
	strbuf_add(b, &v, sizeof(v)); /* x86_64: little-endian, as the metadata says */
}

void ctf_put_u64(struct strbuf *b, uint64_t v)
{
	strbuf_add(b, &v, sizeof(v));
}

/* The stream of cpu; a CPU the kernel side cannot have (a damaged log) writes to 0's. */
static uint32_t stream_cpu(uint32_t cpu)
{
	return cpu < MAX_STREAMS ? cpu : 0;
}

static struct ctf_stream *stream_of(struct ctf_sink *s, uint32_t cpu)
{
	struct ctf_stream *st;

	if (s->streams[cpu])
		return s->streams[cpu];
	st = calloc(1, sizeof(*st));
	if (!st) {
		set_err(s, -ENOMEM);
		return NULL;
	}
	st->fd = -1;
	strbuf_init(&st->events);
	s->streams[cpu] = st;
	return st;
}

static int slot_cmp(const void *a, const void *b)
{
	const struct ctf_slot *x = a, *y = b;

	if (x->ts != y->ts)
		return x->ts < y->ts ? -1 : 1;
	return x->off < y->off ? -1 : x->off > y->off; /* stable: in arrival order */
}

/* The open packet's events in time order, when they did not come so. */
static void sort_events(struct ctf_sink *s, struct ctf_stream *st)
{
	struct strbuf sorted;

	if (!st->unsorted)
		return;
	qsort(st->slots, st->nslots, sizeof(*st->slots), slot_cmp);
	strbuf_init(&sorted);
	for (size_t i = 0; i < st->nslots; i++)
		strbuf_add(&sorted, st->events.data + st->slots[i].off, st->slots[i].len);
	if (sorted.failed) {
		set_err(s, -ENOMEM);
		strbuf_free(&sorted);
		return;
	}
	strbuf_free(&st->events);
	st->events = sorted;
}

static void write_packet(struct ctf_sink *s, struct ctf_stream *st, uint32_t cpu)
{
	struct strbuf h;
	uint64_t bits = (uint64_t)(PACKET_HEADER_BYTES + st->events.len) * 8;
	char name[32];

	if (st->fd < 0) {
		snprintf(name, sizeof(name), "channel0_%u", cpu);
		st->fd = openat(s->dirfd, name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
				outfile_mode());
		if (st->fd < 0) {
			set_err(s, -errno);
			return;
		}
	}
	sort_events(s, st);
	strbuf_init(&h);
	ctf_put_u32(&h, CTF_MAGIC);
	strbuf_add(&h, s->uuid, sizeof(s->uuid));
	ctf_put_u32(&h, 0); /* stream_id */
	ctf_put_u64(&h, st->begin);
	ctf_put_u64(&h, st->last);
	ctf_put_u64(&h, bits); /* content_size */
	ctf_put_u64(&h, bits); /* packet_size: no padding */
	ctf_put_u64(&h, st->seq);
	ctf_put_u64(&h, st->discarded);
	ctf_put_u32(&h, cpu);
	if (h.failed || st->events.failed)
		set_err(s, -ENOMEM);
	else if (!s->err) {
		int err = write_all(st->fd, h.data, h.len);

		if (!err)
			err = write_all(st->fd, st->events.data, st->events.len);
		if (!err)
			st->file_len += (off_t)(h.len + st->events.len);
		else if (ftruncate(st->fd, st->file_len) == 0)
			lseek(st->fd, st->file_len, SEEK_SET); /* no half packet: the rest stays readable */
		if (err)
			set_err(s, err);
	}
	strbuf_free(&h);
	st->discarded_written = st->discarded;
	st->prev_end = st->last;
	st->nslots = 0;
	st->unsorted = false;
	strbuf_reset(&st->events);
	st->seq++;
	st->open = false;
}

/* The time an event on st gets: never before the packets already written. */
static uint64_t stream_time(struct ctf_stream *st, uint64_t ts)
{
	return st->seq && ts < st->prev_end ? st->prev_end : ts;
}

static bool add_slot(struct ctf_sink *s, struct ctf_stream *st, uint64_t ts, size_t off, size_t len)
{
	if (st->nslots == st->slots_cap) {
		size_t cap = st->slots_cap ? 2 * st->slots_cap : 1024;
		void *n = realloc(st->slots, cap * sizeof(*st->slots));

		if (!n) {
			set_err(s, -ENOMEM);
			return false;
		}
		st->slots = n;
		st->slots_cap = cap;
	}
	if (st->nslots && ts < st->slots[st->nslots - 1].ts)
		st->unsorted = true;
	st->slots[st->nslots++] = (struct ctf_slot){ ts, (uint32_t)off, (uint32_t)len };
	return true;
}

/* Appends s->ev, the encoded event, to cpu's stream at time ts (already in the event header). */
static void emit(struct ctf_sink *s, uint32_t cpu, uint64_t ts)
{
	struct ctf_stream *st;

	cpu = stream_cpu(cpu);
	st = stream_of(s, cpu);
	if (!st || s->ev.failed) /* out of memory: reported at the end */
		return;
	if (st->open && st->events.len && st->events.len + s->ev.len > PACKET_BYTES)
		write_packet(s, st, cpu);
	ts = stream_time(st, ts); /* the packet just written may end after it */
	memcpy(s->ev.data + 4, &ts, sizeof(ts));
	if (!add_slot(s, st, ts, st->events.len, s->ev.len))
		return;
	if (!st->open) {
		st->open = true;
		st->begin = st->last = ts;
	}
	if (ts < st->begin)
		st->begin = ts;
	if (ts > st->last)
		st->last = ts;
	strbuf_add(&st->events, s->ev.data, s->ev.len);
}

/* Starts s->ev: the event header and context (emit() may move the time later). */
static uint64_t begin_event(struct ctf_sink *s, unsigned id, uint64_t ts, uint32_t tid,
			    uint32_t pid)
{
	strbuf_reset(&s->ev);
	ctf_put_u32(&s->ev, id);
	ctf_put_u64(&s->ev, ts);
	ctf_put_u32(&s->ev, tid);
	ctf_put_u32(&s->ev, pid);
	return ts;
}

struct strbuf *ctf_event_begin(struct ctf_sink *s, unsigned id, uint64_t ts, uint32_t tid,
			       uint32_t pid)
{
	begin_event(s, id, ts, tid, pid);
	return &s->ev;
}

void ctf_event_emit(struct ctf_sink *s, uint32_t cpu, uint64_t ts)
{
	emit(s, cpu, ts);
}

static void put_string(struct strbuf *b, const struct sc_event *ev, unsigned arg)
{
	const struct sct_blob *blob = sc_event_blob(ev, arg);
	const char *s;

	if (!ev->args[arg])
		s = "(null)";
	else if (!blob || blob->kind != SCT_BLOB_STR || (blob->flags & SCT_BLOB_FAULT))
		s = "(fault)";
	else {
		const char *d = sct_blob_data(blob);

		strbuf_add(b, d, strnlen(d, blob->len));
		strbuf_addc(b, '\0');
		return;
	}
	strbuf_add(b, s, strlen(s) + 1);
}

static void put_field(struct strbuf *b, const struct ctf_field *f, const struct sc_event *ev)
{
	uint64_t v = f->arg == CTF_ARG_RET ? (uint64_t)ev->ret : ev->args[f->arg];

	switch (f->kind) {
	case CK_S32:
	case CK_U32:
		ctf_put_u32(b, (uint32_t)v);
		break;
	case CK_STRING:
		put_string(b, ev, f->arg);
		break;
	default:
		ctf_put_u64(b, v);
	}
}

/* An execve's path, for the sched_process_exec its EXEC record makes. */
static void remember_exec(struct ctf_sink *s, const struct call *c)
{
	const struct sct_blob *b = sc_event_blob(c->ev, c->ev->nr == SCT_NR_execveat ? 1 : 0);

	if (b && b->kind == SCT_BLOB_STR && !(b->flags & SCT_BLOB_FAULT))
		ctf_tasks_exec_entry(&s->tasks, c->tid, sct_blob_data(b), strnlen(sct_blob_data(b), b->len));
}

static void syscall_event(struct ctf_sink *s, const struct call *c, bool exit)
{
	const struct sct_rec_syscall *rec = exit ? c->exit : c->entry;
	const struct sc_event *ev = c->ev;
	uint64_t ts = exit ? rec->hdr.ts : c->start_ts;
	struct ctf_layout l;
	const char *name;

	if (!exit && (ev->nr == SCT_NR_execve || ev->nr == SCT_NR_execveat))
		remember_exec(s, c);
	if (ctf_syscall_layout(ev->nr, exit, &l, &name)) {
		ts = begin_event(s, CTF_ID_SYSCALL_BASE + 2 * ev->nr + exit, ts,
				 c->tid, c->tgid);
		for (unsigned i = 0; i < l.n; i++)
			put_field(&s->ev, &l.f[i], ev);
	} else {
		ts = begin_event(s, exit ? CTF_ID_SYSCALL_EXIT_UNKNOWN : CTF_ID_SYSCALL_ENTRY_UNKNOWN, ts,
				 c->tid, c->tgid);
		ctf_put_u32(&s->ev, ev->nr);
		if (exit)
			ctf_put_u64(&s->ev, (uint64_t)ev->ret);
		for (unsigned i = 0; i < 6; i++)
			ctf_put_u64(&s->ev, ev->args[i]);
	}
	emit(s, rec->hdr.cpu, ts);
}

static void on_call(struct ctf_sink *s, const struct calls_event *e)
{
	const struct call *c = e->call;

	if (!c->ev || !c->entry)
		return;
	if (e->type == CALLS_STARTED || !c->started)
		syscall_event(s, c, false);
	if (e->type == CALLS_DONE && c->end == CALL_RETURNED && c->exit && !c->ev->noreturn)
		syscall_event(s, c, true);
}

/*
 * The packet before the loss ends with the total before it, and the next
 * one carries the new total: readers report the difference as lost between
 * the two packets' ends. A stream's first packet must say 0 (babeltrace2
 * cannot count a loss in it), so a loss before any event gets an empty one.
 */
static void on_loss(struct ctf_sink *s, const struct sct_rec_loss *l)
{
	uint32_t cpu = stream_cpu(l->cpu); /* SCT_LOSS_ANY_CPU too */
	struct ctf_stream *st = stream_of(s, cpu);

	if (!st)
		return;
	if (!st->open && !st->seq) {
		st->open = true;
		st->begin = st->last = l->hdr.ts;
	}
	if (st->open)
		write_packet(s, st, cpu);
	st->discarded += l->lost;
}

static void add_usdt_class(struct ctf_sink *s, const struct sct_rec_usdt_probe *p)
{
	const char *prov = (const char *)(p + 1);
	size_t avail = p->hdr.size - sizeof(*p);
	size_t plen = strnlen(prov, avail);
	struct ctf_usdt_class *u;

	if (plen >= avail || p->strs_len > avail)
		return; /* damaged */
	for (unsigned i = 0; i < s->nusdt; i++)
		if (s->usdt[i].probe_id == p->probe_id)
			return;
	if (s->nusdt == s->usdt_cap) {
		unsigned cap = s->usdt_cap ? 2 * s->usdt_cap : 16;
		void *n = realloc(s->usdt, cap * sizeof(*s->usdt));

		if (!n) {
			set_err(s, -ENOMEM);
			return;
		}
		s->usdt = n;
		s->usdt_cap = cap;
	}
	u = &s->usdt[s->nusdt++];
	memset(u, 0, sizeof(*u));
	u->probe_id = p->probe_id;
	snprintf(u->name, sizeof(u->name), "%s:%.*s", prov, (int)strnlen(prov + plen + 1, avail - plen - 1),
		 prov + plen + 1);
	u->nargs = p->nargs < SCT_USDT_MAX_ARGS ? p->nargs : SCT_USDT_MAX_ARGS;
	memcpy(u->arg_size, p->arg_size, sizeof(u->arg_size));
}

static void on_usdt(struct ctf_sink *s, const struct sct_rec_usdt *r)
{
	const struct ctf_usdt_class *u = NULL;
	uint64_t ts;

	for (unsigned i = 0; i < s->nusdt && !u; i++)
		if (s->usdt[i].probe_id == r->probe_id)
			u = &s->usdt[i];
	if (!u)
		return; /* its probe record never came: a damaged log */
	ts = begin_event(s, CTF_ID_USDT_BASE + u->probe_id, r->hdr.ts, r->hdr.tid,
			 r->hdr.tgid);
	for (unsigned a = 0; a < u->nargs; a++) {
		int sz = u->arg_size[a];

		if ((sz < 0 && sz >= -4) || (sz > 0 && sz < 8))
			ctf_put_u32(&s->ev, (uint32_t)r->args[a]);
		else
			ctf_put_u64(&s->ev, r->args[a]);
		if (sz == 8) {
			const struct sct_blob *b = usdt_arg_text(r, a);

			if (b)
				strbuf_add(&s->ev, sct_blob_data(b), strnlen(sct_blob_data(b), b->len));
			strbuf_addc(&s->ev, '\0');
		}
	}
	emit(s, r->hdr.cpu, ts);
}

static void put_str(struct strbuf *b, const char *str)
{
	strbuf_add(b, str, strlen(str) + 1);
}

/* Process events; fields as declared in ctf_metadata.c's add_process_events. */
static void on_fork(struct ctf_sink *s, const struct sct_rec_fork *f)
{
	uint64_t ts = begin_event(s, CTF_ID_SCHED_PROCESS_FORK, f->hdr.ts, f->hdr.tid, f->hdr.tgid);

	ctf_tasks_fork(&s->tasks, f->hdr.tid, f->child_tid);
	put_str(&s->ev, ctf_tasks_comm(&s->tasks, f->hdr.tid));
	ctf_put_u32(&s->ev, f->hdr.tid);
	ctf_put_u32(&s->ev, f->hdr.tgid);
	put_str(&s->ev, ctf_tasks_comm(&s->tasks, f->child_tid));
	ctf_put_u32(&s->ev, f->child_tid);
	ctf_put_u32(&s->ev, f->child_tgid);
	emit(s, f->hdr.cpu, ts);
}

static void on_exec(struct ctf_sink *s, const struct sct_rec_exec *x)
{
	uint64_t ts = begin_event(s, CTF_ID_SCHED_PROCESS_EXEC, x->hdr.ts, x->hdr.tid, x->hdr.tgid);

	put_str(&s->ev, ctf_tasks_exec(&s->tasks, x->hdr.tid, x->old_tid));
	ctf_put_u32(&s->ev, x->hdr.tid);
	ctf_put_u32(&s->ev, x->old_tid);
	emit(s, x->hdr.cpu, ts);
}

static void on_task_exit(struct ctf_sink *s, const struct sct_rec_task_exit *x)
{
	uint64_t ts = begin_event(s, CTF_ID_SCHED_PROCESS_EXIT, x->hdr.ts, x->hdr.tid, x->hdr.tgid);

	put_str(&s->ev, ctf_tasks_comm(&s->tasks, x->hdr.tid));
	ctf_put_u32(&s->ev, x->hdr.tid);
	ctf_put_u32(&s->ev, (uint32_t)x->exit_code);
	emit(s, x->hdr.cpu, ts);
	/* a leader superseded by a thread's execve: that thread has its tid (and name) now */
	if (!sct_exit_superseded(x))
		ctf_tasks_exit(&s->tasks, x->hdr.tid);
}

static void on_signal(struct ctf_sink *s, const struct sct_rec_signal *sg)
{
	uint64_t ts = begin_event(s, CTF_ID_SIGNAL_DELIVER, sg->hdr.ts, sg->hdr.tid, sg->hdr.tgid);

	ctf_put_u32(&s->ev, (uint32_t)sg->sig);
	ctf_put_u32(&s->ev, load_u32(sg->info, 4)); /* si_errno */
	ctf_put_u32(&s->ev, load_u32(sg->info, 8)); /* si_code */
	emit(s, sg->hdr.cpu, ts);
}

/* A task name from the kernel, NUL-terminated or not. */
static void put_comm(struct strbuf *b, const char *comm)
{
	strbuf_add(b, comm, strnlen(comm, SCT_COMM_LEN));
	strbuf_addc(b, '\0');
}

/* --sched: LTTng's sched_switch, prio as it gives it (the kernel's minus MAX_RT_PRIO, 100). */
static void on_sched_switch(struct ctf_sink *s, const struct sct_rec_sched_switch *sw)
{
	uint64_t ts = begin_event(s, CTF_ID_SCHED_SWITCH, sw->hdr.ts, sw->hdr.tid, sw->hdr.tgid);

	put_comm(&s->ev, sw->prev_comm);
	ctf_put_u32(&s->ev, sw->hdr.tid);
	ctf_put_u32(&s->ev, (uint32_t)(sw->prev_prio - 100));
	ctf_put_u64(&s->ev, (uint64_t)sct_sched_state(sw->prev_state));
	put_comm(&s->ev, sw->next_comm);
	ctf_put_u32(&s->ev, sw->next_tid);
	ctf_put_u32(&s->ev, (uint32_t)(sw->next_prio - 100));
	emit(s, sw->hdr.cpu, ts);
}

/* A task met by the state dump: its name for the process events. */
static void learn_name(struct ctf_sink *s, const struct sct_rec_proc_state *ps)
{
	if (ps->len <= ps->hdr.size - sizeof(*ps))
		ctf_tasks_name(&s->tasks, ps->hdr.tid, (const char *)(ps + 1), ps->len);
}

static void on_record(struct ctf_sink *s, const struct sct_rec_hdr *rec)
{
	if (rec->type == SCT_REC_PROC_STATE)
		learn_name(s, (const struct sct_rec_proc_state *)rec);
	if (ctf_statedump_record(s, &s->dump, rec))
		return;
	switch (rec->type) {
	case SCT_REC_FORK:
		on_fork(s, (const struct sct_rec_fork *)rec);
		break;
	case SCT_REC_EXEC:
		on_exec(s, (const struct sct_rec_exec *)rec);
		break;
	case SCT_REC_TASK_EXIT:
		on_task_exit(s, (const struct sct_rec_task_exit *)rec);
		break;
	case SCT_REC_SIGNAL:
		on_signal(s, (const struct sct_rec_signal *)rec);
		break;
	case SCT_REC_LOSS:
		on_loss(s, (const struct sct_rec_loss *)rec);
		break;
	case SCT_REC_USDT_PROBE:
		add_usdt_class(s, (const struct sct_rec_usdt_probe *)rec);
		break;
	case SCT_REC_USDT:
		on_usdt(s, (const struct sct_rec_usdt *)rec);
		break;
	case SCT_REC_SCHED_SWITCH:
		on_sched_switch(s, (const struct sct_rec_sched_switch *)rec);
		break;
	}
}

int ctf_sink_event(void *sink, const struct calls_event *e)
{
	struct ctf_sink *s = sink;

	if (e->type == CALLS_RECORD)
		on_record(s, e->rec);
	else
		on_call(s, e);
	if (s->ev.failed)
		set_err(s, -ENOMEM);
	return 0; /* a write error is reported once, at the end (ctf_sink_flush) */
}

/* metadata, through a hidden file (readers skip names starting with '.') and a rename */
static int write_metadata(struct ctf_sink *s)
{
	struct strbuf m;
	int fd, err = 0;

	strbuf_init(&m);
	ctf_metadata_build(&m, &s->env, s->uuid, s->usdt, s->nusdt);
	if (m.failed) {
		strbuf_free(&m);
		return -ENOMEM;
	}
	fd = openat(s->dirfd, ".metadata.tmp", O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
		    outfile_mode());
	if (fd < 0)
		err = -errno;
	else {
		err = write_all(fd, m.data, m.len);
		if (close(fd) && !err)
			err = -errno;
	}
	if (!err && renameat(s->dirfd, ".metadata.tmp", s->dirfd, "metadata"))
		err = -errno;
	if (err)
		unlinkat(s->dirfd, ".metadata.tmp", 0); /* the metadata written before stays */
	strbuf_free(&m);
	return err;
}

int ctf_sink_flush(struct ctf_sink *s)
{
	int err;

	ctf_statedump_end(s, &s->dump);
	for (unsigned cpu = 0; cpu < MAX_STREAMS; cpu++) {
		struct ctf_stream *st = s->streams[cpu];

		if (!st)
			continue;
		/* a loss after the last event: an empty packet says it */
		if (!st->open && st->discarded != st->discarded_written) {
			st->open = true;
			st->begin = st->last;
		}
		if (st->open)
			write_packet(s, st, cpu);
	}
	err = write_metadata(s);
	if (err)
		set_err(s, err);
	if (!s->err || s->reported)
		return 0;
	s->reported = true;
	return s->err;
}

static int open_dir(const char *dir)
{
	int fd;

	/* as the trace's files (0600: 0700), searchable where they are readable */
	if (mkdir(dir, outfile_mode() | (outfile_mode() & 0444) >> 2) && errno != EEXIST)
		return -errno;
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	if (faccessat(fd, "metadata", F_OK, 0) == 0) {
		close(fd);
		return -EEXIST;
	}
	return fd;
}

struct ctf_sink *ctf_sink_new(const struct ctf_config *cfg, int *err)
{
	struct ctf_sink *s = calloc(1, sizeof(*s));

	*err = -ENOMEM;
	if (!s)
		return NULL;
	s->env = cfg->env;
	strbuf_init(&s->ev);
	ctf_tasks_init(&s->tasks);
	if (getrandom(s->uuid, sizeof(s->uuid), 0) != sizeof(s->uuid)) {
		*err = -errno;
		free(s);
		return NULL;
	}
	s->uuid[6] = (s->uuid[6] & 0x0f) | 0x40; /* a version 4 (random) UUID */
	s->uuid[8] = (s->uuid[8] & 0x3f) | 0x80;
	s->dirfd = open_dir(cfg->dir);
	*err = s->dirfd < 0 ? s->dirfd : write_metadata(s);
	if (*err) {
		if (s->dirfd >= 0)
			close(s->dirfd);
		free(s);
		return NULL;
	}
	return s;
}

void ctf_sink_free(struct ctf_sink *s)
{
	if (!s)
		return;
	for (unsigned cpu = 0; cpu < MAX_STREAMS; cpu++) {
		struct ctf_stream *st = s->streams[cpu];

		if (!st)
			continue;
		if (st->fd >= 0)
			close(st->fd);
		strbuf_free(&st->events);
		free(st->slots);
		free(st);
	}
	strbuf_free(&s->ev);
	ctf_tasks_free(&s->tasks);
	free(s->usdt);
	close(s->dirfd);
	free(s);
}
