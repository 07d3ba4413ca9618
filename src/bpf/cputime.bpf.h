/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Part of capture.bpf.c: -c's CPU time of each call (strace's "system
 * time" without -w). A call's CPU time is its latency less the time its
 * task spent switched out while in it: cpu_switch (a sched_switch program
 * loaded only with -c) adds each switched-out stretch to the task's state,
 * and the call's exit record carries the difference (SCT_AUX_CPU_TIME).
 * Everything here is behind want_cputime, a constant the verifier prunes:
 * tracing without -c runs none of it.
 */
#ifndef SCT_BPF_CPUTIME_BPF_H
#define SCT_BPF_CPUTIME_BPF_H

/* A call entered at ts (0: no clock read, no CPU time). */
static __always_inline void cpu_enter(struct task_state *st, __u64 ts)
{
	if (!want_cputime)
		return;
	st->cpu_start = ts;
	st->off_start = 0;
	st->off_ns = 0;
}

/* The exit's blob: on-CPU nanoseconds from entry to now. */
static __always_inline void put_cpu_time(struct build *b, const struct task_state *st, __u64 now)
{
	struct sct_blob *blob;
	__u64 spent = now - st->cpu_start;

	spent = spent > st->off_ns ? spent - st->off_ns : 0;
	b->arg = 0;
	b->aux = SCT_AUX_CPU_TIME;
	blob = blob_start(b, SCT_BLOB_MEM, sizeof(__u64));
	b->aux = 0;
	if (!blob)
		return;
	*(__u64 *)(blob + 1) = spent;
	blob_done(b, blob);
}

/*
 * A context switch: a traced task in a call leaves the CPU (its stretch off
 * starts) or takes it again (the stretch is added). Preempted stretches
 * count as off too: the task was not running.
 */
SEC("tp_btf/sched_switch")
int BPF_PROG(cpu_switch, bool preempt, struct task_struct *prev, struct task_struct *next)
{
	__u64 now = bpf_ktime_get_ns();
	struct task_state *st;

	if (task_traced(prev->pid, prev->tgid)) {
		st = state_of(prev, false);
		if (st && st->active && st->cpu_start)
			st->off_start = now;
	}
	if (!task_traced(next->pid, next->tgid))
		return 0;
	st = state_of(next, false);
	if (st && st->active && st->off_start) {
		st->off_ns += now - st->off_start;
		st->off_start = 0;
	}
	return 0;
}

#endif
