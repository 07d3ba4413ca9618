/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * --sched: a SCHED_SWITCH record for each context switch in which a traced
 * task gives up or takes a CPU, for CTF's sched_switch (Trace Compass's
 * thread and CPU views). Called from the one sched_switch program, behind
 * want_sched: a constant the verifier prunes, so without --sched nothing
 * of this is loaded or run.
 */

/*
 * A traced task's exit untraces it (sched_process_exit) before its last
 * switch, the one that says it is gone (prev_state X or Z): mark it in its
 * storage, which lives until that switch is over.
 */
static __always_inline void sched_mark_dying(struct task_struct *p)
{
	struct task_state *st = state_of(p, true);

	if (st)
		st->sched_dying = 1;
}

/* The last switch of a task that was traced when it exited (exit_state: a dead task's). */
static __always_inline bool sched_was_traced(struct task_struct *prev)
{
	struct task_state *st;

	if (!prev->exit_state)
		return false;
	st = state_of(prev, false);
	return st && st->sched_dying;
}

static __always_inline void emit_sched_switch(bool preempt, struct task_struct *prev,
					      struct task_struct *next, unsigned int prev_state)
{
	__u32 cpu = bpf_get_smp_processor_id();
	struct sct_rec_sched_switch *rec;
	void *ring;

	if (!task_traced(prev->pid, prev->tgid) && !task_traced(next->pid, next->tgid) &&
	    !sched_was_traced(prev))
		return;
	rec = ring_reserve(cpu, sizeof(*rec), &ring);
	if (!rec)
		return;
	fill_hdr(&rec->hdr, SCT_REC_SCHED_SWITCH, sizeof(*rec), bpf_ktime_get_ns(), prev->pid,
		 prev->tgid, cpu);
	rec->next_tid = next->pid;
	rec->next_tgid = next->tgid;
	rec->prev_prio = prev->prio;
	rec->next_prio = next->prio;
	/* as the tracepoint's consumers read it: a preempted task is still runnable */
	rec->prev_state = preempt ? 0 : prev_state | (unsigned int)prev->exit_state;
	bpf_probe_read_kernel(rec->prev_comm, sizeof(rec->prev_comm), prev->comm);
	bpf_probe_read_kernel(rec->next_comm, sizeof(rec->next_comm), next->comm);
	bpf_ringbuf_submit(rec, wakeup_flag(ring, cpu, sizeof(*rec), true));
	cpu_counters(cpu)->events++;
}
