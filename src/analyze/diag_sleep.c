// SPDX-License-Identifier: MIT
/*
 * --diagnose rule "sleep": per process and call (nanosleep,
 * clock_nanosleep), sleeps a signal interrupted (they end early: EINTR, or
 * the kernel's restart codes at the call's exit) and very short relative
 * sleeps at a high rate (a polling loop).
 */
#include <stdlib.h>
#include <time.h>

#include "diag_table.h"
#include "diagnose.h"
#include "../decode/decode.h"
#include "../decode/fmt.h"
#include "gen/syscall_nr.h"

/* One interrupted sleep already ends early where the program did not expect it. */
#define SLEEP_INTERRUPTED_MIN 1
/* A sleep asked for less than this (ns) costs about as much in wakeup and timer slack (50 us). */
#define SLEEP_SHORT_NS 1000000
/* Short sleeps: at least this many, at least this many per second: a loop that polls. */
#define SLEEP_SHORT_MIN_CALLS 100
#define SLEEP_SHORT_RATE 100

struct sleep_agg {
	struct diag_key key; /* tgid; nr */
	uint64_t calls, interrupted, short_calls, short_slept_ns;
	uint64_t short_req_max_ns, short_first_ns, short_last_ns;
};

struct sleep_state {
	struct diag_table t;
};

static void *sleep_init(void)
{
	struct sleep_state *s = calloc(1, sizeof(*s));

	if (s)
		diag_table_init(&s->t, sizeof(struct sleep_agg));
	return s;
}

static void sleep_free(void *state)
{
	struct sleep_state *s = state;

	diag_table_free(&s->t);
	free(s);
}

/* The relative time asked for, in ns; -1 when unknown or absolute (TIMER_ABSTIME). */
static int64_t requested_ns(const struct diag_call *c)
{
	unsigned arg = c->nr == SCT_NR_nanosleep ? 0 : 2;
	const struct sct_blob *b;
	int64_t sec, nsec;

	if (c->nr == SCT_NR_clock_nanosleep && (c->ev->args[1] & TIMER_ABSTIME))
		return -1;
	b = fmt_arg_mem(c->ev, arg, 16);
	if (!b)
		return -1;
	sec = load_s64(sct_blob_data(b), 0);
	nsec = load_s64(sct_blob_data(b), 8);
	if (sec < 0 || nsec < 0 || sec > 1000000000)
		return -1;
	return sec * 1000000000 + nsec;
}

static void sleep_call(void *state, const struct diag_call *c)
{
	struct sleep_state *s = state;
	struct sleep_agg *a;
	int64_t req;

	if (c->nr != SCT_NR_nanosleep && c->nr != SCT_NR_clock_nanosleep)
		return;
	a = diag_table_get(&s->t, c->tgid, c->nr);
	if (!a)
		return;
	a->calls++;
	if (diag_interrupted(c->err)) {
		a->interrupted++;
		return;
	}
	req = requested_ns(c);
	if (c->err || req < 0 || req >= SLEEP_SHORT_NS)
		return;
	if (!a->short_calls++)
		a->short_first_ns = c->start_ns;
	a->short_last_ns = c->end_ns;
	a->short_slept_ns += c->dur_ns;
	if ((uint64_t)req > a->short_req_max_ns)
		a->short_req_max_ns = (uint64_t)req;
}

static void report_one(struct diag_out *o, const struct sleep_agg *a)
{
	const char *name = diag_syscall_name((unsigned)a->key.b);
	uint32_t pid = (uint32_t)a->key.a;
	uint64_t rate = diag_rate(a->short_calls, a->short_last_ns - a->short_first_ns);

	if (a->interrupted >= SLEEP_INTERRUPTED_MIN) {
		diag_finding(o, "sleep-interrupted", pid, "%s was interrupted by a signal in %llu of %llu calls",
			     name, (unsigned long long)a->interrupted, (unsigned long long)a->calls);
		diag_ev_str(o, "syscall", name);
		diag_ev_u64(o, "calls", a->calls);
		diag_ev_u64(o, "interrupted", a->interrupted);
		diag_ev_pct(o, "share", a->interrupted, a->calls);
		diag_finding_end(o, "these sleeps ended early: sleep to an absolute deadline "
				    "(clock_nanosleep with TIMER_ABSTIME, again after EINTR), or block the "
				    "signal around the sleep (or take it in a signalfd or another thread)");
	}
	if (a->short_calls >= SLEEP_SHORT_MIN_CALLS && rate >= SLEEP_SHORT_RATE) {
		diag_finding(o, "sleep-short", pid, "%s slept less than %d us %llu times (%llu per second)",
			     name, SLEEP_SHORT_NS / 1000, (unsigned long long)a->short_calls,
			     (unsigned long long)rate);
		diag_ev_str(o, "syscall", name);
		diag_ev_u64(o, "calls", a->calls);
		diag_ev_u64(o, "short", a->short_calls);
		diag_ev_u64(o, "requested_max_ns", a->short_req_max_ns);
		diag_ev_u64(o, "slept_avg_ns", a->short_slept_ns / a->short_calls);
		diag_ev_u64(o, "per_second", rate);
		diag_finding_end(o, "a loop that sleeps this briefly is polling: wait for the event itself "
				    "(a futex or condition variable, epoll, an eventfd) or sleep longer");
	}
}

static void sleep_report(void *state, struct diag_out *o)
{
	struct sleep_state *s = state;
	size_t n;
	void **v = diag_table_sorted(&s->t, &n);

	for (size_t i = 0; i < n; i++)
		report_one(o, v[i]);
	free(v);
}

const struct diag_rule diag_rule_sleep = {
	.name = "sleep",
	.init = sleep_init,
	.call = sleep_call,
	.report = sleep_report,
	.free = sleep_free,
};
