// SPDX-License-Identifier: MIT
/*
 * --diagnose rule "time": the syscalls with the highest total time (entry
 * to exit, all processes), when the calls took long enough to matter; calls
 * that wait (sleeps, polls, futex, wait4...) are told apart from work.
 */
#include <stdlib.h>
#include "diagnose.h"
#include "gen/syscall_nr.h"

/* Time in syscalls below this (ns) is not worth a finding: a tenth of a second. */
#define TIME_MIN_NS 100000000ull
/* A syscall with at least this share (%) of that time is named, at most TIME_TOP of them. */
#define TIME_SHARE_PCT 10
#define TIME_TOP 3

struct time_state {
	uint64_t ns[SCT_NR_MAX], calls[SCT_NR_MAX], total_ns;
};

/* Calls whose time is mostly waiting for something else, not work done. */
static bool waits(unsigned nr)
{
	static const unsigned calls[] = {
		SCT_NR_nanosleep,    SCT_NR_clock_nanosleep, SCT_NR_epoll_wait, SCT_NR_epoll_pwait,
		SCT_NR_epoll_pwait2, SCT_NR_poll,	     SCT_NR_ppoll,	SCT_NR_select,
		SCT_NR_pselect6,     SCT_NR_futex,	     SCT_NR_wait4,	SCT_NR_waitid,
		SCT_NR_pause,	     SCT_NR_rt_sigsuspend,   SCT_NR_rt_sigtimedwait, SCT_NR_accept,
		SCT_NR_accept4,	     SCT_NR_io_getevents,    SCT_NR_io_uring_enter, SCT_NR_msgrcv,
		SCT_NR_semop,	     SCT_NR_semtimedop,	     SCT_NR_mq_timedreceive,
	};

	for (unsigned i = 0; i < sizeof(calls) / sizeof(calls[0]); i++)
		if (calls[i] == nr)
			return true;
	return false;
}

static void *time_init(void)
{
	return calloc(1, sizeof(struct time_state));
}

static void time_free(void *state)
{
	free(state);
}

static void time_call(void *state, const struct diag_call *c)
{
	struct time_state *s = state;

	s->ns[c->nr] += c->dur_ns;
	s->calls[c->nr]++;
	s->total_ns += c->dur_ns;
}

static void report_nr(struct diag_out *o, const struct time_state *s, unsigned nr)
{
	const char *n = diag_syscall_name(nr);
	bool w = waits(nr);

	diag_finding(o, "time-top", 0, "%s took %llu ms of the %llu ms spent in syscalls (%llu calls)", n,
		     (unsigned long long)(s->ns[nr] / 1000000),
		     (unsigned long long)(s->total_ns / 1000000), (unsigned long long)s->calls[nr]);
	diag_ev_str(o, "syscall", n);
	diag_ev_u64(o, "calls", s->calls[nr]);
	diag_ev_u64(o, "time_ms", s->ns[nr] / 1000000);
	diag_ev_pct(o, "share", s->ns[nr], s->total_ns);
	diag_ev_u64(o, "avg_us", s->ns[nr] / 1000 / s->calls[nr]);
	diag_ev_str(o, "waits", w ? "yes" : "no");
	if (w)
		diag_finding_end(o, "this is time spent waiting (idle or blocked), not work: if the "
				    "program should have been busy, see what it waits for (-T, -e trace=%s)",
				 n);
	else
		diag_finding_end(o, "make fewer calls (batch, larger buffers) or cheaper ones; "
				    "sctrace -T -e trace=%s shows the slow ones",
				 n);
}

static void time_report(void *state, struct diag_out *o)
{
	struct time_state *s = state;
	bool done[SCT_NR_MAX] = { false };

	if (s->total_ns < TIME_MIN_NS)
		return;
	for (unsigned k = 0; k < TIME_TOP; k++) {
		unsigned best = SCT_NR_MAX;

		for (unsigned nr = 0; nr < SCT_NR_MAX; nr++)
			if (!done[nr] && s->calls[nr] && (best == SCT_NR_MAX || s->ns[nr] > s->ns[best]))
				best = nr;
		if (best == SCT_NR_MAX || s->ns[best] * 100 < s->total_ns * TIME_SHARE_PCT)
			return;
		done[best] = true;
		report_nr(o, s, best);
	}
}

const struct diag_rule diag_rule_time = {
	.name = "time",
	.init = time_init,
	.call = time_call,
	.report = time_report,
	.free = time_free,
};
