// SPDX-License-Identifier: MIT
/*
 * strace's -c table. Its times are the CPU time the task spent in each call,
 * or with -w the call's latency, entry to exit (summary_time.c).
 * The columns (-U) are a table: header, minimum width, how a value prints;
 * widths grow with the values as strace's do. The percentile columns come
 * from a log-linear histogram of each syscall's latencies (latency.h),
 * whatever -w says: they are sctrace's latency percentiles.
 */
#include "summary.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "../decode/decode.h"
#include "../decode/event.h"
#include "latency.h"
#include "summary_int.h"

static const uint8_t default_columns[] = { COL_TIME_PERCENT, COL_TIME_TOTAL, COL_TIME_AVG,
					   COL_CALLS, COL_ERRORS, COL_NAME, 0 };
const uint8_t summary_columns_verbose[] = { COL_TIME_PERCENT, COL_TIME_TOTAL, COL_TIME_AVG,
					    COL_P50, COL_P90, COL_P99, COL_TIME_MAX,
					    COL_CALLS, COL_ERRORS, COL_NAME, 0 };

/* strace's names of columns, also the keys of -S (a column sorts by its values). */
static const struct {
	const char *name;
	uint8_t column;
} column_names[] = {
	{ "time", COL_TIME_PERCENT },	 { "time_percent", COL_TIME_PERCENT },
	{ "time-percent", COL_TIME_PERCENT }, { "time_total", COL_TIME_TOTAL },
	{ "time-total", COL_TIME_TOTAL },	 { "total_time", COL_TIME_TOTAL },
	{ "total-time", COL_TIME_TOTAL },	 { "min_time", COL_TIME_MIN },
	{ "min-time", COL_TIME_MIN },	 { "shortest", COL_TIME_MIN },
	{ "time_min", COL_TIME_MIN },	 { "time-min", COL_TIME_MIN },
	{ "longest", COL_TIME_MAX },	 { "max_time", COL_TIME_MAX },
	{ "max-time", COL_TIME_MAX },	 { "time_max", COL_TIME_MAX },
	{ "time-max", COL_TIME_MAX },	 { "avg_time", COL_TIME_AVG },
	{ "avg-time", COL_TIME_AVG },	 { "time_avg", COL_TIME_AVG },
	{ "time-avg", COL_TIME_AVG },	 { "calls", COL_CALLS },
	{ "count", COL_CALLS },		 { "error", COL_ERRORS },
	{ "errors", COL_ERRORS },		 { "name", COL_NAME },
	{ "syscall", COL_NAME },		 { "syscall_name", COL_NAME },
	{ "syscall-name", COL_NAME },	 { "none", COL_NONE },
	{ "nothing", COL_NONE },	 { "p50", COL_P50 },
	{ "p90", COL_P90 },		 { "p99", COL_P99 },
};

static int column_by_name(const char *name, size_t len)
{
	for (size_t i = 0; i < sizeof(column_names) / sizeof(column_names[0]); i++)
		if (strlen(column_names[i].name) == len && !strncmp(column_names[i].name, name, len))
			return column_names[i].column;
	return -1;
}

int summary_sort_by_name(const char *name)
{
	return column_by_name(name, strlen(name));
}

int summary_columns_parse(uint8_t columns[SUMMARY_COLUMNS_MAX + 1], const char *spec, char *err,
			  size_t errlen)
{
	bool seen[COL_COUNT] = { false };
	unsigned n = 0;

	for (const char *p = spec;; p++) {
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		int c = column_by_name(p, len);

		if (c <= COL_NONE) {
			snprintf(err, errlen, "unknown column name: '%.*s'", (int)len, p);
			return -1;
		}
		if (seen[c]) {
			snprintf(err, errlen, "call summary column has been provided more than once: "
				 "'%.*s' (-U option residual: '%s')", (int)len, p, p);
			return -1;
		}
		seen[c] = true;
		columns[n++] = (uint8_t)c;
		if (!end)
			break;
		p = end;
	}
	if (!seen[COL_NAME]) /* without the names the table means nothing (strace adds them too) */
		columns[n++] = COL_NAME;
	columns[n] = 0;
	return 0;
}

struct summary *summary_new(const struct summary_config *cfg)
{
	struct summary *s = calloc(1, sizeof(*s));
	const uint8_t *columns = cfg->columns;

	if (!s)
		return NULL;
	s->cfg = *cfg;
	s->cfg.columns = NULL;
	if (!columns || !columns[0])
		columns = default_columns;
	for (unsigned i = 0; i < SUMMARY_COLUMNS_MAX && columns[i]; i++)
		s->columns[i] = columns[i];
	s->all.comm[0] = '?';
	tidmap_init(&s->procs);
	if (cfg->histogram_fd ? !(s->histfd = histfd_new())
			      : cfg->histogram && !(s->hist = histograms_new())) {
		free(s);
		return NULL;
	}
	return s;
}

static void table_free(struct table *t)
{
	for (unsigned nr = 0; nr < SCT_NR_MAX; nr++) {
		if (t->rows[nr])
			latency_free(&t->rows[nr]->lat);
		free(t->rows[nr]);
	}
}

static void proc_free(void *t)
{
	table_free(t);
	free(t);
}

void summary_free(struct summary *s)
{
	if (!s)
		return;
	table_free(&s->all);
	tidmap_free(&s->procs, proc_free);
	histograms_free(s->hist);
	histfd_free(s->histfd);
	free(s);
}

/* A process's table, made at its first sight with the name it inherits or /proc's. */
static struct table *proc_table(struct summary *s, uint32_t tgid, const char *comm)
{
	struct table *t = tidmap_get(&s->procs, tgid);

	if (t || !tgid)
		return t;
	t = calloc(1, sizeof(*t));
	if (!t || tidmap_put(&s->procs, tgid, t)) {
		free(t);
		return NULL;
	}
	t->tgid = tgid;
	t->order = s->nprocs++;
	if (comm)
		snprintf(t->comm, sizeof(t->comm), "%s", comm);
	else if (!s->cfg.live_comm || s->cfg.live_comm(tgid, t->comm) || !t->comm[0])
		snprintf(t->comm, sizeof(t->comm), "?");
	return t;
}

/* A call: ns is the time it counts for (CPU or wall), lat its latency. */
static int count(struct table *t, unsigned nr, uint64_t ns, uint64_t lat, bool error)
{
	struct row *r = t->rows[nr];

	if (!r) {
		r = t->rows[nr] = calloc(1, sizeof(*r));
		if (!r)
			return -ENOMEM;
		r->nr = nr;
		r->min_ns = ns;
	}
	if (ns < r->min_ns)
		r->min_ns = ns;
	if (ns > r->max_ns)
		r->max_ns = ns;
	r->calls++;
	r->errors += error;
	r->ns += ns;
	t->calls++;
	return latency_add(&r->lat, lat);
}

/*
 * The kernel names a process after the file it executes (its base name, cut
 * to 15 bytes): execve's path, execveat's unless empty (AT_EMPTY_PATH).
 */
static void exec_comm(struct table *t, const struct call *c)
{
	const struct sc_event *ev = c->ev;
	const struct sct_blob *b;
	const char *path, *base;
	unsigned arg;

	if (!t || !ev || !ev->desc || c->exit->ret != 0)
		return;
	if (!strcmp(ev->desc->name, "execve"))
		arg = 0;
	else if (!strcmp(ev->desc->name, "execveat"))
		arg = 1;
	else
		return;
	b = sc_event_blob(ev, arg);
	if (!b || b->kind != SCT_BLOB_STR || !b->len)
		return;
	path = sct_blob_data(b);
	base = memrchr(path, '/', b->len);
	base = base ? base + 1 : path;
	snprintf(t->comm, sizeof(t->comm), "%.*s", (int)(b->len - (unsigned)(base - path)), base);
	t->exec_named = true;
}

/*
 * A new process (not a thread) starts with its parent's name, also when its
 * first call came before the FORK record (the parent's clone returns later).
 */
static int record_event(struct summary *s, const struct sct_rec_hdr *rec)
{
	const struct sct_rec_fork *f = (const void *)rec;
	struct table *parent, *child;

	if (rec->type != SCT_REC_FORK || f->child_tgid == rec->tgid || !f->child_tgid)
		return 0;
	parent = proc_table(s, rec->tgid, NULL);
	if (!parent)
		return -ENOMEM;
	child = proc_table(s, f->child_tgid, parent->comm);
	if (!child)
		return -ENOMEM;
	if (!child->exec_named)
		memcpy(child->comm, parent->comm, sizeof(child->comm));
	return 0;
}

int summary_event(void *ctx, const struct calls_event *e)
{
	const struct sct_rec_syscall *sc = e->type == CALLS_DONE ? e->call->exit : NULL;
	struct summary *s = ctx;
	uint64_t lat = 0, ns;
	bool error;
	int err;

	if (e->type == CALLS_RECORD) {
		s->last_ts = e->rec->ts > s->last_ts ? e->rec->ts : s->last_ts;
		return s->cfg.per_process ? record_event(s, e->rec) : 0;
	}
	/* A call is counted when it returns: SYSCALL and EXIT records carry its entry time. */
	if (!sc || sc->nr >= SCT_NR_MAX || (sc->flags & SCT_SC_NORETURN))
		return 0;
	s->last_ts = sc->hdr.ts > s->last_ts ? sc->hdr.ts : s->last_ts;
	if (sc->hdr.ts > sc->enter_ts)
		lat = sc->hdr.ts - sc->enter_ts;
	ns = summary_call_time(&s->cfg, sc, lat);
	error = sc->ret < 0 && sc->ret >= -4095;
	err = count(&s->all, sc->nr, ns, lat, error);
	if (!err && s->hist)
		err = histograms_call(s->hist, e->call);
	if (!err && s->histfd)
		err = histfd_call(s->histfd, e->call, lat);
	if (!err && s->cfg.per_process) {
		struct table *t = proc_table(s, e->call->tgid, NULL);

		exec_comm(t, e->call);
		err = t ? count(t, sc->nr, ns, lat, error) : -ENOMEM;
	}
	return err;
}

static uint64_t avg_us(const struct row *r)
{
	return r->calls ? r->ns / 1000 / r->calls : 0;
}

static int cmp_u64_desc(uint64_t x, uint64_t y)
{
	return x != y ? (x < y ? 1 : -1) : 0;
}

/*
 * Ties keep the syscall numbers' order: strace sorts its rows, in that order,
 * with glibc's qsort, a merge sort, which is stable.
 */
static int by_nr(const struct row *x, const struct row *y)
{
	return x->nr != y->nr ? (x->nr < y->nr ? -1 : 1) : 0;
}

#define BY(field_expr, fname)                                                  \
	static int fname(const void *a, const void *b)                         \
	{                                                                      \
		const struct row *x = a, *y = b;                               \
		int c = cmp_u64_desc(field_expr(x), field_expr(y));            \
		return c ? c : by_nr(x, y);                                    \
	}
#define TIME_OF(r) ((r)->ns)
#define CALLS_OF(r) ((r)->calls)
#define ERRORS_OF(r) ((r)->errors)
#define MIN_OF(r) ((r)->min_ns)
#define MAX_OF(r) ((r)->max_ns)
BY(TIME_OF, by_time)
BY(CALLS_OF, by_calls)
BY(ERRORS_OF, by_errors)
BY(MIN_OF, by_min)
BY(MAX_OF, by_max)
BY(avg_us, by_avg)
#define P50_OF(r) latency_percentile(&(r)->lat, 500)
#define P90_OF(r) latency_percentile(&(r)->lat, 900)
#define P99_OF(r) latency_percentile(&(r)->lat, 990)
BY(P50_OF, by_p50)
BY(P90_OF, by_p90)
BY(P99_OF, by_p99)

static int by_name(const void *a, const void *b)
{
	int c = strcmp(((const struct row *)a)->name, ((const struct row *)b)->name);

	return c ? c : by_nr(a, b);
}

static int (*const sorts[COL_COUNT])(const void *, const void *) = {
	[COL_TIME_PERCENT] = by_time, [COL_TIME_TOTAL] = by_time, [COL_TIME_MIN] = by_min,
	[COL_TIME_MAX] = by_max,      [COL_TIME_AVG] = by_avg,	  [COL_CALLS] = by_calls,
	[COL_ERRORS] = by_errors,     [COL_NAME] = by_name,	  [COL_P50] = by_p50,
	[COL_P90] = by_p90,	      [COL_P99] = by_p99,
};

/* A column: its header, its least width, whether it is left-aligned. */
static const struct {
	const char *header;
	unsigned width;
	bool left;
} columns_desc[COL_COUNT] = {
	[COL_TIME_PERCENT] = { "% time", 6, false }, [COL_TIME_TOTAL] = { "seconds", 11, false },
	[COL_TIME_MIN] = { "shortest", 8, false },   [COL_TIME_MAX] = { "longest", 7, false },
	[COL_TIME_AVG] = { "usecs/call", 11, false }, [COL_CALLS] = { "calls", 9, false },
	[COL_ERRORS] = { "errors", 9, false },	     [COL_NAME] = { "syscall", 16, true },
	[COL_P50] = { "p50", 8, false },	     [COL_P90] = { "p90", 8, false },
	[COL_P99] = { "p99", 8, false },
};

static unsigned chars(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	return n > 0 ? (unsigned)n : 0;
}

static unsigned max_u(unsigned a, unsigned b)
{
	return a > b ? a : b;
}

/* One cell; the last column is not padded. */
static void print_cell(FILE *out, unsigned col, unsigned width, bool last, const struct row *r,
		       double pct)
{
	switch (col) {
	case COL_TIME_PERCENT: fprintf(out, "%*.2f", width, pct); break;
	case COL_TIME_TOTAL: fprintf(out, "%*.6f", width, r->ns / 1e9); break;
	case COL_TIME_MIN: fprintf(out, "%*.6f", width, r->min_ns / 1e9); break;
	case COL_TIME_MAX: fprintf(out, "%*.6f", width, r->max_ns / 1e9); break;
	case COL_P50: fprintf(out, "%*.6f", width, latency_percentile(&r->lat, 500) / 1e9); break;
	case COL_P90: fprintf(out, "%*.6f", width, latency_percentile(&r->lat, 900) / 1e9); break;
	case COL_P99: fprintf(out, "%*.6f", width, latency_percentile(&r->lat, 990) / 1e9); break;
	case COL_TIME_AVG: fprintf(out, "%*llu", width, (unsigned long long)avg_us(r)); break;
	case COL_CALLS: fprintf(out, "%*llu", width, (unsigned long long)r->calls); break;
	/* strace's "%.0" prints nothing for no errors */
	case COL_ERRORS:
		if (r->errors)
			fprintf(out, "%*llu", width, (unsigned long long)r->errors);
		else
			fprintf(out, "%*s", width, "");
		break;
	case COL_NAME:
		if (last)
			fputs(r->name, out);
		else
			fprintf(out, "%-*s", width, r->name);
		break;
	}
}

static void print_rule(FILE *out, const uint8_t *cols, const unsigned *widths)
{
	for (unsigned i = 0; cols[i]; i++) {
		if (i)
			fputc(' ', out);
		for (unsigned j = 0; j < widths[cols[i]]; j++)
			fputc('-', out);
	}
	fputc('\n', out);
}

static void print_row(FILE *out, const uint8_t *cols, const unsigned *widths, const struct row *r,
		      double pct)
{
	for (unsigned i = 0; cols[i]; i++) {
		if (i)
			fputc(' ', out);
		print_cell(out, cols[i], widths[cols[i]], !cols[i + 1], r, pct);
	}
	fputc('\n', out);
}

struct row *table_rows(const struct summary *s, const struct table *t, unsigned *n,
		       struct row *total)
{
	struct row *rows = malloc(sizeof(rows[0]) * (t->calls ? SCT_NR_MAX : 1));

	*n = 0;
	*total = (struct row){ .name = "total" };
	if (!rows)
		return NULL;
	for (unsigned nr = 0; nr < SCT_NR_MAX; nr++) {
		struct row *r = &rows[*n];

		if (!t->rows[nr] || !t->rows[nr]->calls)
			continue;
		*r = *t->rows[nr]; /* the histogram stays the table's */
		decode_name_copy(nr, r->name, sizeof(r->name));
		if (!total->calls || r->min_ns < total->min_ns)
			total->min_ns = r->min_ns;
		total->max_ns = r->max_ns > total->max_ns ? r->max_ns : total->max_ns;
		total->ns += r->ns;
		total->calls += r->calls;
		total->errors += r->errors;
		latency_merge(&total->lat, &r->lat); /* without memory the total's percentiles are 0 */
		(*n)++;
	}
	if ((unsigned)s->cfg.sort < COL_COUNT && sorts[s->cfg.sort])
		qsort(rows, *n, sizeof(rows[0]), sorts[s->cfg.sort]);
	return rows;
}

void table_rows_free(struct row *rows, unsigned n, struct row *total)
{
	(void)n;
	latency_free(&total->lat);
	free(rows);
}

static void print_table(const struct summary *s, const struct table *t, FILE *out)
{
	const uint8_t *cols = s->columns;
	unsigned widths[COL_COUNT], n, name_max = 0;
	uint64_t min_max = 0, avg_max = 0;
	struct row total;
	struct row *rows = table_rows(s, t, &n, &total);

	if (!rows)
		return;
	for (unsigned i = 0; i < n; i++) {
		min_max = rows[i].min_ns > min_max ? rows[i].min_ns : min_max;
		avg_max = avg_us(&rows[i]) > avg_max ? avg_us(&rows[i]) : avg_max;
		name_max = max_u(name_max, (unsigned)strlen(rows[i].name));
	}
	for (unsigned c = 0; c < COL_COUNT; c++)
		widths[c] = columns_desc[c].width;
	widths[COL_TIME_TOTAL] = max_u(11, chars("%.6f", total.ns / 1e9));
	widths[COL_TIME_MIN] = max_u(8, chars("%llu.000000", (unsigned long long)(min_max / 1000000000)));
	widths[COL_TIME_MAX] =
		max_u(7, chars("%llu.000000", (unsigned long long)(total.max_ns / 1000000000)));
	for (unsigned c = COL_P50; c <= COL_P99; c++)
		widths[c] = max_u(8, chars("%llu.000000", (unsigned long long)(total.max_ns / 1000000000)));
	widths[COL_TIME_AVG] = max_u(11, chars("%llu", (unsigned long long)avg_max));
	widths[COL_CALLS] = max_u(9, chars("%llu", (unsigned long long)total.calls));
	widths[COL_ERRORS] = max_u(9, chars("%llu", (unsigned long long)total.errors));
	widths[COL_NAME] = max_u(16, name_max + 1);

	for (unsigned i = 0; cols[i]; i++) {
		const char *h = columns_desc[cols[i]].header;

		if (i)
			fputc(' ', out);
		if (!columns_desc[cols[i]].left)
			fprintf(out, "%*s", widths[cols[i]], h);
		else if (cols[i + 1])
			fprintf(out, "%-*s", widths[cols[i]], h);
		else
			fputs(h, out);
	}
	fputc('\n', out);
	print_rule(out, cols, widths);
	for (unsigned i = 0; i < n; i++)
		print_row(out, cols, widths, &rows[i], total.ns ? 100.0 * rows[i].ns / total.ns : 0);
	print_rule(out, cols, widths);
	print_row(out, cols, widths, &total, 100.0);
	table_rows_free(rows, n, &total);
}

static int by_calls_then_order(const void *a, const void *b)
{
	const struct table *x = *(const struct table *const *)a, *y = *(const struct table *const *)b;
	int c = cmp_u64_desc(x->calls, y->calls);

	return c ? c : (x->order > y->order) - (x->order < y->order);
}

const struct table **summary_procs(const struct summary *s, unsigned *n)
{
	const struct table **v = malloc(sizeof(v[0]) * (s->nprocs + 1));

	*n = 0;
	if (!v)
		return NULL;
	for (size_t i = 0; i < s->procs.cap; i++) {
		const struct table *t = s->procs.slots[i].value;

		if (s->procs.slots[i].tid && t->calls)
			v[(*n)++] = t;
	}
	qsort(v, *n, sizeof(v[0]), by_calls_then_order);
	return v;
}

/* perf trace -s's layout: "comm (pid), N events, P%" above each process's table. */
static void print_per_process(const struct summary *s, FILE *out)
{
	unsigned n;
	const struct table **procs = summary_procs(s, &n);

	if (!procs)
		return;
	for (unsigned i = 0; i < n; i++) {
		fprintf(out, "%s%s (%u), %llu events, %.1f%%\n\n", i ? "\n" : "", procs[i]->comm,
			procs[i]->tgid, (unsigned long long)procs[i]->calls,
			100.0 * (double)procs[i]->calls / (double)s->all.calls);
		print_table(s, procs[i], out);
	}
	free(procs);
}

/* --histogram: each syscall's latency and values, in the table's order. */
static void print_histograms(const struct summary *s, FILE *out)
{
	struct row total;
	unsigned n;
	struct row *rows = table_rows(s, &s->all, &n, &total);

	for (unsigned i = 0; rows && i < n; i++) {
		uint64_t lat[LAT_MAX_BITS + 1];
		char title[96];

		latency_log2(&rows[i].lat, lat);
		snprintf(title, sizeof(title), "latency_ns[%s]", rows[i].name);
		histogram_print(out, title, lat, LAT_MAX_BITS + 1);
		for (unsigned v = 0; v < HIST_VALUES; v++) {
			const uint64_t *b = histograms_get(s->hist, rows[i].nr, v);

			snprintf(title, sizeof(title), "%s[%s]", histogram_value_name(v), rows[i].name);
			if (b)
				histogram_print(out, title, b, HIST_LOG2);
		}
	}
	if (rows)
		table_rows_free(rows, n, &total);
}

void summary_print(const struct summary *s, FILE *out)
{
	if (s->cfg.json) {
		summary_print_json(s, out);
		return;
	}
	if (!s->cfg.no_table && s->cfg.per_process && s->all.calls)
		print_per_process(s, out);
	else if (!s->cfg.no_table)
		print_table(s, &s->all, out);
	if (s->hist || s->histfd) {
		if (!s->cfg.no_table)
			fputc('\n', out);
		if (s->histfd)
			histfd_print(s->histfd, out);
		else
			print_histograms(s, out);
	}
}
