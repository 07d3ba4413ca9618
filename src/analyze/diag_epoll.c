// SPDX-License-Identifier: MIT
/*
 * --diagnose rule "epoll": per process, epoll descriptor and call
 * (epoll_wait, epoll_pwait, epoll_pwait2): calls that filled maxevents (more
 * descriptors were ready than one call returns), timeouts that expired with
 * nothing ready after a short timeout (busy polling), and errors by errno.
 * Expiries after long timeouts are an idle loop, not a finding.
 */
#include <stdlib.h>
#include <errno.h>

#include "diag_table.h"
#include "diagnose.h"
#include "../decode/decode.h"
#include "../decode/fmt.h"
#include "gen/syscall_nr.h"

/* At least this many calls before a share means something (a loop, not a few calls at start). */
#define EPOLL_MIN_CALLS 10
/* Full calls in this share (%) of the successful ones: ready descriptors usually outnumber maxevents. */
#define EPOLL_FULL_SHARE_PCT 50
/*
 * A timeout up to this (ms) that expires with nothing ready is polling: the
 * loop wakes to find nothing, faster than any deadline a person would notice.
 */
#define EPOLL_BUSY_TIMEOUT_MS 1
/* Busy polling: at least this many empty expiries, in this share (%) of the calls. */
#define EPOLL_BUSY_MIN_CALLS 100
#define EPOLL_BUSY_SHARE_PCT 50
/* Interruptions (EINTR) this many times, in this share (%): signals keep breaking the wait. */
#define EPOLL_EINTR_MIN 10
#define EPOLL_EINTR_SHARE_PCT 10
/* Errnos kept per entry; others are left to the "errors" rule. */
#define EPOLL_ERRNOS 4

struct epoll_agg {
	struct diag_key key; /* tgid; epfd << 32 | nr */
	uint64_t calls, ok, full, events, empty_short, interrupted;
	int64_t maxevents_min, maxevents_max;
	int64_t short_timeout_max_ms; /* the largest timeout of the empty short ones */
	uint64_t first_ns, last_ns;
	struct {
		int err;
		uint64_t n;
	} errs[EPOLL_ERRNOS];
};

struct epoll_state {
	struct diag_table t;
};

static void *epoll_init(void)
{
	struct epoll_state *s = calloc(1, sizeof(*s));

	if (s)
		diag_table_init(&s->t, sizeof(struct epoll_agg));
	return s;
}

static void epoll_free(void *state)
{
	struct epoll_state *s = state;

	diag_table_free(&s->t);
	free(s);
}

/* The timeout in ms (-1: none), from the int argument or epoll_pwait2's timespec. */
static int64_t timeout_ms(const struct diag_call *c)
{
	const struct sct_blob *b;

	if (c->nr != SCT_NR_epoll_pwait2)
		return (int)c->ev->args[3];
	if (!c->ev->args[3])
		return -1;
	b = fmt_arg_mem(c->ev, 3, 16);
	if (!b)
		return -2; /* unknown */
	return load_s64(sct_blob_data(b), 0) * 1000 + load_s64(sct_blob_data(b), 8) / 1000000;
}

static void add_error(struct epoll_agg *a, int err)
{
	for (unsigned i = 0; i < EPOLL_ERRNOS; i++) {
		if (a->errs[i].n && a->errs[i].err != err)
			continue;
		a->errs[i].err = err;
		a->errs[i].n++;
		return;
	}
}

static void epoll_call(void *state, const struct diag_call *c)
{
	struct epoll_state *s = state;
	struct epoll_agg *a;
	int64_t maxevents, tmo;

	if (c->nr != SCT_NR_epoll_wait && c->nr != SCT_NR_epoll_pwait && c->nr != SCT_NR_epoll_pwait2)
		return;
	a = diag_table_get(&s->t, c->tgid, (uint64_t)(uint32_t)c->ev->args[0] << 32 | c->nr);
	if (!a)
		return;
	maxevents = (int)c->ev->args[2];
	if (!a->calls++) {
		a->first_ns = c->start_ns;
		a->maxevents_min = a->maxevents_max = maxevents;
		a->short_timeout_max_ms = -1;
	}
	a->last_ns = c->end_ns;
	if (maxevents < a->maxevents_min)
		a->maxevents_min = maxevents;
	if (maxevents > a->maxevents_max)
		a->maxevents_max = maxevents;
	if (c->err) {
		if (diag_interrupted(c->err))
			a->interrupted++;
		else
			add_error(a, c->err);
		return;
	}
	a->ok++;
	a->events += (uint64_t)c->ret;
	if (c->ret > 0 && c->ret == maxevents)
		a->full++;
	tmo = timeout_ms(c);
	if (c->ret == 0 && tmo >= 0 && tmo <= EPOLL_BUSY_TIMEOUT_MS) {
		a->empty_short++;
		if (tmo > a->short_timeout_max_ms)
			a->short_timeout_max_ms = tmo;
	}
}

static void where(struct diag_out *o, const struct epoll_agg *a)
{
	diag_ev_str(o, "syscall", diag_syscall_name((unsigned)(a->key.b & 0xffff)));
	diag_ev_s64(o, "fd", (int32_t)(a->key.b >> 32));
}

static void report_one(struct diag_out *o, const struct epoll_agg *a)
{
	const char *name = diag_syscall_name((unsigned)(a->key.b & 0xffff));
	int epfd = (int32_t)(a->key.b >> 32);
	uint32_t pid = (uint32_t)a->key.a;

	if (a->ok >= EPOLL_MIN_CALLS && a->full * 100 >= a->ok * EPOLL_FULL_SHARE_PCT) {
		diag_finding(o, "epoll-maxevents", pid,
			     "%s returned maxevents (%lld) in %llu of %llu calls on epoll fd %d", name,
			     (long long)a->maxevents_max, (unsigned long long)a->full,
			     (unsigned long long)a->ok, epfd);
		where(o, a);
		diag_ev_u64(o, "calls", a->ok);
		diag_ev_u64(o, "full", a->full);
		diag_ev_pct(o, "share", a->full, a->ok);
		diag_ev_s64(o, "maxevents", a->maxevents_max);
		diag_ev_u64(o, "events", a->events);
		diag_finding_end(o, "raise maxevents (now %lld): more descriptors were ready than one "
				    "call returns, so the loop makes extra calls to collect them",
				 (long long)a->maxevents_max);
	}
	if (a->empty_short >= EPOLL_BUSY_MIN_CALLS &&
	    a->empty_short * 100 >= a->calls * EPOLL_BUSY_SHARE_PCT) {
		diag_finding(o, "epoll-busy-poll", pid,
			     "%s timed out with nothing ready in %llu of %llu calls on epoll fd %d "
			     "(timeout %lld ms)",
			     name, (unsigned long long)a->empty_short, (unsigned long long)a->calls, epfd,
			     (long long)a->short_timeout_max_ms);
		where(o, a);
		diag_ev_u64(o, "calls", a->calls);
		diag_ev_u64(o, "empty", a->empty_short);
		diag_ev_pct(o, "share", a->empty_short, a->calls);
		diag_ev_s64(o, "timeout_ms", a->short_timeout_max_ms);
		diag_ev_u64(o, "per_second", diag_rate(a->calls, a->last_ns - a->first_ns));
		diag_finding_end(o, "stop polling: wait with the timeout of the next deadline (or -1) "
				    "and wake the loop with an eventfd or timerfd");
	}
	if (a->interrupted >= EPOLL_EINTR_MIN &&
	    a->interrupted * 100 >= a->calls * EPOLL_EINTR_SHARE_PCT) {
		diag_finding(o, "epoll-interrupted", pid,
			     "%s was interrupted by signals in %llu of %llu calls on epoll fd %d", name,
			     (unsigned long long)a->interrupted, (unsigned long long)a->calls, epfd);
		where(o, a);
		diag_ev_u64(o, "calls", a->calls);
		diag_ev_u64(o, "interrupted", a->interrupted);
		diag_ev_pct(o, "share", a->interrupted, a->calls);
		diag_finding_end(o, "receive the signals through a signalfd in the epoll set, or block "
				    "them with epoll_pwait's mask, so the loop is not woken to retry");
	}
	for (unsigned i = 0; i < EPOLL_ERRNOS && a->errs[i].n; i++) {
		diag_finding(o, "epoll-errors", pid, "%s failed with %s %llu time%s on epoll fd %d", name,
			     diag_errno(a->errs[i].err), (unsigned long long)a->errs[i].n,
			     a->errs[i].n == 1 ? "" : "s", epfd);
		where(o, a);
		diag_ev_u64(o, "calls", a->calls);
		diag_ev_str(o, "errno", diag_errno(a->errs[i].err));
		diag_ev_u64(o, "failures", a->errs[i].n);
		diag_finding_end(o, "%s", a->errs[i].err == EBADF || a->errs[i].err == EINVAL
						  ? "the epoll descriptor or arguments are wrong (used after "
						    "close, or maxevents <= 0): a bug in the loop"
						  : "check the loop's error handling: it keeps calling after "
						    "the failure");
	}
}

static void epoll_report(void *state, struct diag_out *o)
{
	struct epoll_state *s = state;
	size_t n;
	void **v = diag_table_sorted(&s->t, &n);

	for (size_t i = 0; i < n; i++)
		report_one(o, v[i]);
	free(v);
}

const struct diag_rule diag_rule_epoll = {
	.name = "epoll",
	.init = epoll_init,
	.call = epoll_call,
	.report = epoll_report,
	.free = epoll_free,
};
