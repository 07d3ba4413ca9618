// SPDX-License-Identifier: MIT
/*
 * strace's -c table. Times are the latency of each call, entry to exit, as
 * strace prints with -w: the kernel side does not measure CPU time per call.
 */
#include "summary.h"

#include <stdlib.h>
#include <string.h>

#include "../decode/decode.h"
#include "../decode/event.h"

struct row {
	unsigned nr;
	uint64_t calls;
	uint64_t errors;
	uint64_t ns;
	char name[48];
};

struct summary {
	enum summary_sort sort;
	struct row rows[SCT_NR_MAX];
};

struct summary *summary_new(enum summary_sort sort)
{
	struct summary *s = calloc(1, sizeof(*s));

	if (s)
		s->sort = sort;
	return s;
}

void summary_free(struct summary *s)
{
	free(s);
}

int summary_event(void *ctx, const struct calls_event *e)
{
	const struct sct_rec_syscall *sc = e->type == CALLS_DONE ? e->call->exit : NULL;
	struct summary *s = ctx;
	struct row *r;

	/* A call is counted when it returns: SYSCALL and EXIT records carry its entry time. */
	if (!sc || sc->nr >= SCT_NR_MAX || (sc->flags & SCT_SC_NORETURN))
		return 0;
	r = &s->rows[sc->nr];
	r->calls++;
	if (sc->ret < 0 && sc->ret >= -4095)
		r->errors++;
	if (sc->hdr.ts > sc->enter_ts)
		r->ns += sc->hdr.ts - sc->enter_ts;
	return 0;
}

static int by_time(const void *a, const void *b)
{
	const struct row *x = a, *y = b;

	if (x->ns != y->ns)
		return x->ns < y->ns ? 1 : -1;
	if (x->calls != y->calls)
		return x->calls < y->calls ? 1 : -1;
	return strcmp(x->name, y->name);
}

static int by_calls(const void *a, const void *b)
{
	const struct row *x = a, *y = b;

	if (x->calls != y->calls)
		return x->calls < y->calls ? 1 : -1;
	return by_time(a, b);
}

static int by_errors(const void *a, const void *b)
{
	const struct row *x = a, *y = b;

	if (x->errors != y->errors)
		return x->errors < y->errors ? 1 : -1;
	return by_time(a, b);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct row *)a)->name, ((const struct row *)b)->name);
}

static const struct {
	const char *name;
	enum summary_sort sort;
} sort_names[] = {
	{ "time", SORT_TIME },	   { "time_total", SORT_TIME }, { "total_time", SORT_TIME },
	{ "calls", SORT_CALLS },   { "count", SORT_CALLS },	{ "errors", SORT_ERRORS },
	{ "error", SORT_ERRORS },  { "name", SORT_NAME },	{ "syscall", SORT_NAME },
	{ "syscall_name", SORT_NAME }, { "nothing", SORT_NOTHING }, { "none", SORT_NOTHING },
};

int summary_sort_by_name(const char *name)
{
	for (size_t i = 0; i < sizeof(sort_names) / sizeof(sort_names[0]); i++)
		if (strcmp(sort_names[i].name, name) == 0)
			return (int)sort_names[i].sort;
	return -1;
}

static void print_line(FILE *out, double pct, uint64_t ns, uint64_t calls, uint64_t errors,
		       const char *name)
{
	fprintf(out, "%6.2f %11.6f %11llu %9llu ", pct, ns / 1e9,
		(unsigned long long)(calls ? ns / 1000 / calls : 0), (unsigned long long)calls);
	if (errors)
		fprintf(out, "%9llu %s\n", (unsigned long long)errors, name);
	else
		fprintf(out, "%9s %s\n", "", name);
}

void summary_print(const struct summary *s, FILE *out)
{
	static const char dashes[] =
		"------ ----------- ----------- --------- --------- ----------------\n";
	int (*cmp)(const void *, const void *) = NULL;
	struct row *rows = malloc(sizeof(s->rows));
	uint64_t total_ns = 0, total_calls = 0, total_errors = 0;
	unsigned n = 0;

	if (!rows)
		return;
	for (unsigned nr = 0; nr < SCT_NR_MAX; nr++) {
		struct sc_event ev = { .nr = nr, .desc = syscall_desc(nr) };
		struct strbuf name;

		if (!s->rows[nr].calls)
			continue;
		rows[n] = s->rows[nr];
		rows[n].nr = nr;
		strbuf_init(&name);
		decode_name(&name, &ev);
		snprintf(rows[n].name, sizeof(rows[n].name), "%s", name.data ? name.data : "?");
		strbuf_free(&name);
		total_ns += rows[n].ns;
		total_calls += rows[n].calls;
		total_errors += rows[n].errors;
		n++;
	}
	switch (s->sort) {
	case SORT_TIME: cmp = by_time; break;
	case SORT_CALLS: cmp = by_calls; break;
	case SORT_ERRORS: cmp = by_errors; break;
	case SORT_NAME: cmp = by_name; break;
	case SORT_NOTHING: break;
	}
	if (cmp)
		qsort(rows, n, sizeof(rows[0]), cmp);
	fputs("% time     seconds  usecs/call     calls    errors syscall\n", out);
	fputs(dashes, out);
	for (unsigned i = 0; i < n; i++)
		print_line(out, total_ns ? 100.0 * rows[i].ns / total_ns : 0, rows[i].ns, rows[i].calls,
			   rows[i].errors, rows[i].name);
	fputs(dashes, out);
	print_line(out, 100.0, total_ns, total_calls, total_errors, "total");
	free(rows);
}
