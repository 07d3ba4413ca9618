// SPDX-License-Identifier: MIT
/*
 * --top's aggregates and frames (see top.h). Each row keeps its totals and
 * the totals at the previous frame: the difference over the frame's interval
 * is the rate. A frame is plain text; the terminal part adds only the escape
 * sequences that put it on the screen.
 */
#include "top.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../decode/decode.h"
#include "../util/tidmap.h"

struct counts {
	uint64_t calls, errors, ns;
};

struct top_row {
	struct counts now, prev; /* prev: at the previous frame */
	double rate; /* calls per second over the last interval, set by the frame */
	uint32_t tgid; /* processes */
	unsigned nr; /* syscalls */
	char name[48]; /* a syscall's name or a process's comm */
};

struct top {
	struct top_row *sys[SCT_NR_MAX];
	struct top_row *seen[SCT_NR_MAX]; /* a frame's syscalls with calls, in number order */
	struct tidmap by_tgid; /* tgid -> struct top_row in procs */
	struct top_row **procs;
	size_t nprocs, procs_cap;
	struct counts total;
	uint64_t lost;
	uint64_t first_frame_ns, last_frame_ns;
	enum top_sort sort;
	bool processes;
};

static const char *const sort_names[] = {
	[TOP_SORT_RATE] = "rate", [TOP_SORT_CALLS] = "calls", [TOP_SORT_TIME] = "time",
	[TOP_SORT_ERRORS] = "errors", [TOP_SORT_NAME] = "name",
};

static const struct {
	int key;
	enum top_sort sort;
} sort_keys[] = {
	{ 'r', TOP_SORT_RATE },	    { 'c', TOP_SORT_CALLS }, { 't', TOP_SORT_TIME },
	{ 'e', TOP_SORT_ERRORS }, { 'n', TOP_SORT_NAME },
};

struct top *top_new(void)
{
	struct top *t = calloc(1, sizeof(*t));

	if (t)
		tidmap_init(&t->by_tgid);
	return t;
}

void top_free(struct top *t)
{
	if (!t)
		return;
	for (unsigned nr = 0; nr < SCT_NR_MAX; nr++)
		free(t->sys[nr]);
	for (size_t i = 0; i < t->nprocs; i++)
		free(t->procs[i]);
	free(t->procs);
	tidmap_free(&t->by_tgid, NULL);
	free(t);
}

void top_start(struct top *t, uint64_t now_ns)
{
	t->first_frame_ns = t->last_frame_ns = now_ns;
}

void top_show_processes(struct top *t, bool on)
{
	t->processes = on;
}

bool top_key(struct top *t, int key)
{
	for (size_t i = 0; i < sizeof(sort_keys) / sizeof(sort_keys[0]); i++)
		if (sort_keys[i].key == key) {
			t->sort = sort_keys[i].sort;
			return true;
		}
	if (key == 'p') {
		t->processes = !t->processes;
		return true;
	}
	return false;
}

static struct top_row *proc_row(struct top *t, uint32_t tgid)
{
	struct top_row *r = tidmap_get(&t->by_tgid, tgid);

	if (r)
		return r;
	if (t->nprocs == t->procs_cap) {
		size_t cap = t->procs_cap ? t->procs_cap * 2 : 64;
		struct top_row **p = realloc(t->procs, cap * sizeof(*p));

		if (!p)
			return NULL;
		t->procs = p;
		t->procs_cap = cap;
	}
	r = calloc(1, sizeof(*r));
	if (!r || tidmap_put(&t->by_tgid, tgid, r)) {
		free(r);
		return NULL;
	}
	r->tgid = tgid;
	strcpy(r->name, "?");
	t->procs[t->nprocs++] = r;
	return r;
}

static void add(struct counts *c, uint64_t ns, bool error)
{
	c->calls++;
	c->errors += error;
	c->ns += ns;
}

int top_event(void *ctx, const struct calls_event *e)
{
	struct top *t = ctx;
	const struct sct_rec_syscall *sc;
	struct top_row *s, *p;
	uint64_t ns = 0;
	bool error;

	if (e->type == CALLS_RECORD) {
		if (e->rec->type == SCT_REC_LOSS && e->rec->size >= sizeof(struct sct_rec_loss))
			t->lost += ((const struct sct_rec_loss *)e->rec)->lost;
		return 0;
	}
	sc = e->type == CALLS_DONE ? e->call->exit : NULL;
	if (!sc || sc->nr >= SCT_NR_MAX || (sc->flags & SCT_SC_NORETURN))
		return 0;
	if (sc->hdr.ts > sc->enter_ts)
		ns = sc->hdr.ts - sc->enter_ts;
	error = sc->ret < 0 && sc->ret >= -4095;
	s = t->sys[sc->nr];
	if (!s && !(s = t->sys[sc->nr] = calloc(1, sizeof(*s))))
		return -ENOMEM;
	s->nr = sc->nr;
	p = proc_row(t, e->call->tgid);
	if (!p)
		return -ENOMEM;
	if (e->comm && e->comm[0])
		snprintf(p->name, sizeof(p->name), "%s", e->comm);
	add(&s->now, ns, error);
	add(&p->now, ns, error);
	add(&t->total, ns, error);
	return 0;
}

static enum top_sort cmp_sort;

static int cmp_u64(uint64_t a, uint64_t b)
{
	return a > b ? -1 : a < b;
}

/* The key's order, most first (names A to Z); ties: most calls, then name, then pid. */
static int cmp_rows(const void *pa, const void *pb)
{
	const struct top_row *a = *(const struct top_row *const *)pa;
	const struct top_row *b = *(const struct top_row *const *)pb;
	int c = 0;

	switch (cmp_sort) {
	case TOP_SORT_RATE:
		c = a->rate > b->rate ? -1 : a->rate < b->rate;
		break;
	case TOP_SORT_CALLS:
		break;
	case TOP_SORT_TIME:
		c = cmp_u64(a->now.ns, b->now.ns);
		break;
	case TOP_SORT_ERRORS:
		c = cmp_u64(a->now.errors, b->now.errors);
		break;
	case TOP_SORT_NAME:
		c = strcmp(a->name, b->name);
		break;
	}
	if (!c)
		c = cmp_u64(a->now.calls, b->now.calls);
	if (!c)
		c = strcmp(a->name, b->name);
	return c ? c : (a->tgid > b->tgid) - (a->tgid < b->tgid);
}

static double interval_s(uint64_t since_ns, uint64_t now_ns)
{
	if (!since_ns || now_ns <= since_ns)
		return 0;
	return (double)(now_ns - since_ns) / 1e9;
}

/* Rates over dt (since the start with whole), and the next interval starts. */
static void roll(struct top_row *r, double dt, bool whole)
{
	uint64_t calls = r->now.calls - (whole ? 0 : r->prev.calls);

	r->rate = dt > 0 ? (double)calls / dt : 0;
	r->prev = r->now;
}

/* One line, cut to cols characters (0: no limit). */
static void line(struct strbuf *out, unsigned cols, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void line(struct strbuf *out, unsigned cols, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	size_t n;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	n = strlen(buf);
	if (cols && n > cols)
		n = cols;
	strbuf_add(out, buf, n);
	strbuf_addc(out, '\n');
}

static void row_line(struct strbuf *out, unsigned cols, const struct top_row *r, bool proc)
{
	double ms = (double)r->now.ns / 1e6;
	double avg = r->now.calls ? (double)r->now.ns / 1e3 / (double)r->now.calls : 0;

	if (proc)
		line(out, cols, "%7u %-16s %10.1f %10llu %8llu %12.3f %10.1f", r->tgid, r->name,
		     r->rate, (unsigned long long)r->now.calls, (unsigned long long)r->now.errors,
		     ms, avg);
	else
		line(out, cols, "%-24s %10.1f %10llu %8llu %12.3f %10.1f", r->name, r->rate,
		     (unsigned long long)r->now.calls, (unsigned long long)r->now.errors, ms, avg);
}

/* The rows of a section, sorted; n of them. NULL when there are none (or no memory). */
static struct top_row **sorted(struct top_row **rows, size_t n)
{
	struct top_row **v = n ? malloc(n * sizeof(*v)) : NULL;

	if (!v)
		return NULL;
	memcpy(v, rows, n * sizeof(*v));
	qsort(v, n, sizeof(*v), cmp_rows);
	return v;
}

static void name_syscalls(struct top *t, struct top_row **rows, size_t *n)
{
	*n = 0;
	for (unsigned nr = 0; nr < SCT_NR_MAX; nr++) {
		struct top_row *r = t->sys[nr];

		if (!r)
			continue;
		if (!r->name[0])
			decode_name_copy(nr, r->name, sizeof(r->name));
		rows[(*n)++] = r;
	}
}

void top_frame(struct top *t, uint64_t now_ns, bool whole, unsigned rows, unsigned cols,
	       struct strbuf *out)
{
	struct top_row **sys = t->seen;
	double dt = interval_s(whole ? t->first_frame_ns : t->last_frame_ns, now_ns);
	struct top_row **v;
	unsigned left = rows ? rows : ~0u, nsys_lines;
	size_t nsys;

	name_syscalls(t, sys, &nsys);
	for (size_t i = 0; i < nsys; i++)
		roll(sys[i], dt, whole);
	for (size_t i = 0; i < t->nprocs; i++)
		roll(t->procs[i], dt, whole);
	if (!t->first_frame_ns)
		t->first_frame_ns = now_ns;
	t->last_frame_ns = now_ns;
	cmp_sort = t->sort;

	line(out, cols, "sctrace --top: %zu syscalls, %zu processes, %llu calls, %llu errors, "
		       "%llu lost; sort: %s", nsys, t->nprocs, (unsigned long long)t->total.calls,
	     (unsigned long long)t->total.errors, (unsigned long long)t->lost,
	     sort_names[t->sort]);
	if (whole) /* the last frame: keys no longer apply */
		line(out, cols, "the trace ended; rates over its %.1f s", dt);
	else
		line(out, cols, "keys: r rate, c calls, t time, e errors, n name, p processes, q quit");
	line(out, cols, "%s", "");
	left = left > 3 ? left - 3 : 0;
	/* With the processes, the syscalls get half of what is left. */
	nsys_lines = t->processes ? left / 2 : left;
	if (nsys_lines) {
		line(out, cols, "%-24s %10s %10s %8s %12s %10s", "SYSCALL", "CALLS/s", "CALLS",
		     "ERRORS", "TOTAL ms", "AVG us");
		v = sorted(sys, nsys);
		for (size_t i = 0; v && i < nsys && i + 1 < nsys_lines; i++)
			row_line(out, cols, v[i], false);
		free(v);
		left -= nsys_lines < left ? nsys_lines : left;
	}
	if (!t->processes || left < 3)
		return;
	line(out, cols, "%s", "");
	line(out, cols, "%7s %-16s %10s %10s %8s %12s %10s", "PID", "COMM", "CALLS/s", "CALLS",
	     "ERRORS", "TOTAL ms", "AVG us");
	v = sorted(t->procs, t->nprocs);
	for (size_t i = 0; v && i < t->nprocs && i + 2 < left; i++)
		row_line(out, cols, v[i], true);
	free(v);
}
