// SPDX-License-Identifier: MIT
/*
 * --diagnose rule "errors": the syscalls that fail most, by errno, across
 * the processes traced; for calls that name a path, example paths (an
 * ENOENT storm is usually a search along a list of directories).
 */
#include <stdlib.h>
#include <errno.h>
#include <string.h>

#include "diag_table.h"
#include "diagnose.h"
#include "../decode/arg_types.h"
#include "../decode/decode.h"

/*
 * Failures of one syscall with one errno before they are a finding: the
 * dynamic loader and libc fail a few dozen calls in every program (probing
 * hwcaps directories, /etc/ld.so.preload, locale files); a hundred is a loop.
 */
#define ERRORS_MIN 100
/* The most frequent pairs reported, at most. */
#define ERRORS_TOP 5
/* Example paths kept per pair, and their length. */
#define ERRORS_EXAMPLES 3
#define ERRORS_EXAMPLE_LEN 256

struct err_agg {
	struct diag_key key; /* nr; errno */
	uint64_t failures;
	uint32_t pid; /* the first process, and whether there were others */
	bool several;
	unsigned nexamples;
	unsigned short example_len[ERRORS_EXAMPLES];
	char examples[ERRORS_EXAMPLES][ERRORS_EXAMPLE_LEN];
};

struct errors_state {
	struct diag_table t;
	uint64_t calls[SCT_NR_MAX];
};

/* What to change, by errno; the first row whose errno matches (0: any). */
static const struct {
	int err;
	const char *change;
} changes[] = {
	{ ENOENT, "a search probes paths that do not exist (PATH, LD_LIBRARY_PATH, a plugin or "
		  "module path): shorten the list, put the right directory first, or remember "
		  "what was found" },
	{ EAGAIN, "the program retries non-blocking calls: wait for readiness (poll, epoll) "
		  "before calling again" },
	{ EBADF, "descriptors are used after close or were never opened: a bug, and a risk "
		 "once the number is reused" },
	{ EINTR, "signals keep interrupting these calls: block them where the program waits, "
		 "take them in a signalfd, or install handlers with SA_RESTART" },
	{ ENODATA, "the extended attribute is absent (ACL or security label probes, one per "
		   "file): if the tool can skip them (ls without -l, cp without --preserve), "
		   "each is a syscall saved" },
	{ EEXIST, "the program creates what exists: check first or reuse it" },
	{ EACCES, "permission is refused repeatedly: fix the permissions or stop retrying" },
	{ 0, "look at why these calls fail: sctrace -Z -e trace=NAME shows each failing call" },
};

static void *errors_init(void)
{
	struct errors_state *s = calloc(1, sizeof(*s));

	if (s)
		diag_table_init(&s->t, sizeof(struct err_agg));
	return s;
}

static void errors_free(void *state)
{
	struct errors_state *s = state;

	diag_table_free(&s->t);
	free(s);
}

/* The call's first path argument as the program passed it, if captured. */
static const struct sct_blob *path_arg(const struct diag_call *c)
{
	const struct syscall_desc *d = c->ev->desc;

	for (unsigned i = 0; d && i < d->nargs && i < 6; i++) {
		const struct sct_blob *b;

		if (d->arg[i] != AT_PATH)
			continue;
		b = sc_event_blob(c->ev, i);
		return b && b->kind == SCT_BLOB_STR && !(b->flags & SCT_BLOB_FAULT) ? b : NULL;
	}
	return NULL;
}

static void add_example(struct err_agg *a, const struct sct_blob *b)
{
	unsigned len = b->len < ERRORS_EXAMPLE_LEN ? b->len : ERRORS_EXAMPLE_LEN;

	if (a->nexamples >= ERRORS_EXAMPLES)
		return;
	for (unsigned i = 0; i < a->nexamples; i++)
		if (a->example_len[i] == len && !memcmp(a->examples[i], sct_blob_data(b), len))
			return;
	memcpy(a->examples[a->nexamples], sct_blob_data(b), len);
	a->example_len[a->nexamples++] = (unsigned short)len;
}

static void errors_call(void *state, const struct diag_call *c)
{
	struct errors_state *s = state;
	const struct sct_blob *path;
	struct err_agg *a;

	s->calls[c->nr]++;
	if (!c->err)
		return;
	a = diag_table_get(&s->t, c->nr, (uint64_t)c->err);
	if (!a)
		return;
	if (!a->failures++)
		a->pid = c->tgid;
	else if (a->pid != c->tgid)
		a->several = true;
	path = path_arg(c);
	if (path)
		add_example(a, path);
}

static const char *change_for(int err)
{
	unsigned i = 0;

	while (changes[i].err && changes[i].err != err)
		i++;
	return changes[i].change;
}

/* Most failures first; ties by syscall number, then errno, for a stable order. */
static int by_failures(const void *x, const void *y)
{
	const struct err_agg *p = *(const struct err_agg *const *)x;
	const struct err_agg *q = *(const struct err_agg *const *)y;

	if (p->failures != q->failures)
		return p->failures > q->failures ? -1 : 1;
	if (p->key.a != q->key.a)
		return p->key.a < q->key.a ? -1 : 1;
	return p->key.b < q->key.b ? -1 : p->key.b > q->key.b;
}

static void report_one(struct diag_out *o, const struct errors_state *s, const struct err_agg *a)
{
	const char *name = diag_syscall_name((unsigned)a->key.a);
	const char *err = diag_errno((int)a->key.b);
	uint64_t calls = s->calls[a->key.a];

	diag_finding(o, "errors", a->several ? 0 : a->pid, "%s failed with %s %llu times (of %llu calls)",
		     name, err, (unsigned long long)a->failures,
		     (unsigned long long)calls);
	diag_ev_str(o, "syscall", name);
	diag_ev_str(o, "errno", err);
	diag_ev_u64(o, "failures", a->failures);
	diag_ev_u64(o, "calls", calls);
	diag_ev_pct(o, "share", a->failures, calls);
	if (a->several)
		diag_ev_str(o, "processes", "several");
	if (a->nexamples) {
		diag_ev_list_begin(o, "examples");
		for (unsigned i = 0; i < a->nexamples; i++)
			diag_ev_list_item(o, a->examples[i], a->example_len[i]);
		diag_ev_list_end(o);
	}
	diag_finding_end(o, "%s", change_for((int)a->key.b));
}

static void errors_report(void *state, struct diag_out *o)
{
	struct errors_state *s = state;
	size_t n;
	void **v = diag_table_sorted(&s->t, &n);

	if (v)
		qsort(v, n, sizeof(*v), by_failures);
	for (size_t i = 0; i < n && i < ERRORS_TOP; i++)
		if (((struct err_agg *)v[i])->failures >= ERRORS_MIN)
			report_one(o, s, v[i]);
	free(v);
}

const struct diag_rule diag_rule_errors = {
	.name = "errors",
	.init = errors_init,
	.call = errors_call,
	.report = errors_report,
	.free = errors_free,
};
