/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Part of capture.bpf.c: signal records and their siginfo, ignored signals
 * held back until the call they interrupted returns, and whether a task dies
 * without its call returning (SIGKILL or a group exit).
 */
#ifndef SCT_BPF_SIGNAL_BPF_H
#define SCT_BPF_SIGNAL_BPF_H

#define SIGNAL_GROUP_EXIT 0x4 /* include/linux/sched/signal.h */
#define SIGKILL 9

/*
 * Whether the task dies on its way back to user space without the call
 * returning: SIGKILL, another thread's exit_group or another thread's execve.
 * strace never sees these calls return and prints "= ?"; a fatal signal that
 * a ptracer could still observe (SIGTERM...) lets the call return first.
 * Returns the record flags: SCT_SC_NORETURN, and SCT_SC_EXEC_ZAPPED when a
 * traced thread's execve kills it (its line then follows that execve's entry).
 */
static __always_inline __u16 dying_without_return(struct task_struct *task)
{
	struct signal_struct *sig = task->signal;
	struct task_struct *killer = exec_killer(task);
	int code;

	if (killer)
		return SCT_SC_NORETURN |
		       (task_traced(killer->pid, task->tgid) ? SCT_SC_EXEC_ZAPPED : 0);
	if (!(sig->flags & SIGNAL_GROUP_EXIT))
		return 0;
	code = sig->group_exit_code;
	return (code & 0x7f) == SIGKILL || (code & 0x7f) == 0 ? SCT_SC_NORETURN : 0;
}

/* SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU with their default action: the task stops. */
static __always_inline __u32 stops_task(int sig, struct k_sigaction *ka)
{
	bool stop = sig == 19 || sig == 20 || sig == 21 || sig == 22;

	return stop && !ka->sa.sa_handler ? SCT_SIG_STOPS : 0;
}

/* Signals whose default action is to ignore (CHLD, CONT, URG, WINCH) or to stop. */
#define SIG_DEFAULT_NOT_FATAL ((1ull << 16) | (1ull << 17) | (1ull << 22) | (1ull << 27) | \
			       (1ull << 18) | (1ull << 19) | (1ull << 20) | (1ull << 21))

/*
 * A fatal signal of lower number than sig ends the task first: the group is
 * ending already, or one is pending, unblocked, with its default action (a
 * stopped task keeps it pending until it is continued).
 */
static __always_inline bool dies_first(struct task_struct *task, int sig)
{
	struct signal_struct *s = task->signal;
	int code = s->group_exit_code & 0x7f;
	const __u8 *act;
	__u64 pending;

	if ((s->flags & SIGNAL_GROUP_EXIT) && code && (code == SIGKILL || code < sig))
		return true;
	pending = task->pending.signal.sig[0] | s->shared_pending.signal.sig[0];
	pending &= ~task->blocked.sig[0] & ~SIG_DEFAULT_NOT_FATAL;
	pending &= sig > 1 && sig <= 64 ? (1ull << (sig - 1)) - 1 : 0;
	if (!pending)
		return false;
	/*
	 * The handlers read as plain memory: each typed access to
	 * sighand->action costs the verifier milliseconds (150 ms for the 31).
	 */
	act = (const __u8 *)&task->sighand->action[0];
	for (int i = 0; i < 31 && pending; i++, pending >>= 1) {
		__u64 handler = 1;

		if (!(pending & 1))
			continue;
		bpf_probe_read_kernel(&handler, sizeof(handler),
				      act + i * bpf_core_type_size(struct k_sigaction));
		if (!handler)
			return true;
	}
	return false;
}

/*
 * The siginfo of a signal being sent. SEND_SIG_NOINFO (0) and SEND_SIG_PRIV
 * (1) are not pointers; the verifier takes tp_btf pointer arguments for
 * valid, so the raw value is read from the context as a number.
 */
static __always_inline void read_siginfo(__u8 *dst, const __u64 *ctx_arg)
{
	__u64 raw = 0;
	__s32 *w = (__s32 *)dst;

	__builtin_memset(dst, 0, SCT_SIGINFO_SIZE);
	bpf_probe_read_kernel(&raw, sizeof(raw), ctx_arg);
	if (raw > 1) {
		bpf_probe_read_kernel(dst, SCT_SIGINFO_SIZE, (const void *)raw);
		/*
		 * -e inject=...:signal=: sctrace sends it with tkill (SI_TKILL from
		 * itself: nothing else of sctrace's does); strace's ptrace injection
		 * delivers it as from the kernel, so show it so.
		 */
		if (w[2] == -6 && (__u32)w[4] == self_tgid) {
			w[2] = 0x80;
			w[3] = 0;
			w[4] = 0;
			w[5] = 0;
		}
	} else if (raw == 1) {
		w[2] = 0x80; /* SI_KERNEL */
	} else { /* SI_USER from the sender, the current task */
		w[4] = bpf_get_current_pid_tgid() >> 32;
		w[5] = (__s32)bpf_get_current_uid_gid();
	}
}

/*
 * Signal records with registers are built here, not in scratch_bufs:
 * signal_generate may run in an interrupt on a CPU whose syscall program is
 * building a record there. Signal programs do not nest (both tracepoints
 * fire under the siglock, interrupts off). One entry per CPU with -i or -k.
 */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, SCT_MAX_CPUS);
	__type(key, __u32);
	__type(value, struct scratch);
} signal_scratch SEC(".maps");

/*
 * -i, -k: the record with the task's registers (and stack) after it. False
 * if it could not be written.
 */
static __always_inline bool emit_signal_regs(struct task_struct *task, int sig, const __u8 *info,
					__u32 flags, __u32 cpu, void *ring)
{
	struct build_state bs = { .off = sizeof(struct sct_rec_signal), .cpu = cpu };
	struct sct_rec_signal *rec = bpf_map_lookup_elem(&signal_scratch, &cpu);
	__u32 size;

	if (!rec || !task)
		return false;
	sct_capture_regs((struct scratch *)rec, &bs, task, stack_dump_bytes != 0);
	size = bs.off & (REC_LIMIT - 1);
	fill_hdr(&rec->hdr, SCT_REC_SIGNAL, size, bpf_ktime_get_ns(), task->pid, task->tgid, cpu);
	rec->sig = sig;
	rec->flags = flags | SCT_SIG_REGS;
	__builtin_memcpy(rec->info, info, SCT_SIGINFO_SIZE);
	return !bpf_ringbuf_output(ring, rec, size, wakeup_flag(ring, cpu, size, true));
}

/* regs: the registers where the signal finds the task (-i, -k show where) are valid. */
static __always_inline void emit_signal(struct task_struct *task, int sig, const __u8 *info,
					__u32 flags, bool regs)
{
	__u32 cpu = bpf_get_smp_processor_id();
	void *ring = bpf_map_lookup_elem(&rings, &cpu);
	struct sct_rec_signal *rec;

	struct sct_counters *cnt = &signal_counters[cpu & (SCT_MAX_CPUS - 1)];

	if (!ring) {
		__sync_fetch_and_add(&cnt->lost, 1);
		return;
	}
	if (want_regs && regs) {
		__sync_fetch_and_add(emit_signal_regs(task, sig, info, flags, cpu, ring) ?
					     &cnt->events : &cnt->lost, 1);
		return;
	}
	rec = bpf_ringbuf_reserve(ring, sizeof(*rec), 0);
	if (!rec) {
		__sync_fetch_and_add(&cnt->lost, 1);
		return;
	}
	fill_hdr(&rec->hdr, SCT_REC_SIGNAL, sizeof(*rec), bpf_ktime_get_ns(), task->pid, task->tgid,
		 cpu);
	rec->sig = sig;
	rec->flags = flags;
	__builtin_memcpy(rec->info, info, SCT_SIGINFO_SIZE);
	bpf_ringbuf_submit(rec, wakeup_flag(ring, cpu, sizeof(*rec), true));
	__sync_fetch_and_add(&cnt->events, 1);
}

/* An ignored signal sent during a call is shown after the call, where strace sees it. */
static __always_inline void emit_ignored_signal(struct task_struct *task, struct task_state *st,
						bool regs)
{
	if (!st->ignored_sig)
		return;
	emit_signal(task, st->ignored_sig, st->ignored_info, SCT_SIG_IGNORED, regs);
	st->ignored_sig = 0;
}

#endif
