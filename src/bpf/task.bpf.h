/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Part of capture.bpf.c: task lifecycle records. Fork, task exit and exec
 * (one small record each), and the ENTER record of a successful execve,
 * written from what the kernel copied (bprm and the new image's argv).
 */
#ifndef SCT_BPF_TASK_BPF_H
#define SCT_BPF_TASK_BPF_H

/* size bytes reserved in CPU cpu's ring buffer (*ring: for the submit), or NULL, counted lost. */
static __always_inline void *ring_reserve(__u32 cpu, __u64 size, void **ring)
{
	void *rec;

	*ring = bpf_map_lookup_elem(&rings, &cpu);
	rec = *ring ? bpf_ringbuf_reserve(*ring, size, 0) : NULL;
	if (!rec)
		cpu_counters(cpu)->lost++;
	return rec;
}

/* A fork, task-exit or exec record: two numbers after the header, in the ring. */
static __always_inline void emit_small(__u16 type, __u32 tid, __u32 tgid, __u32 a, __u32 b)
{
	__u32 cpu = bpf_get_smp_processor_id();
	struct sct_rec_fork *rec; /* fork, task-exit and exec records share this shape */
	void *ring;

	_Static_assert(sizeof(struct sct_rec_fork) == sizeof(struct sct_rec_task_exit), "shape");
	_Static_assert(sizeof(struct sct_rec_fork) == sizeof(struct sct_rec_exec), "shape");
	rec = ring_reserve(cpu, sizeof(*rec), &ring);
	if (!rec)
		return;
	fill_hdr(&rec->hdr, type, sizeof(*rec), bpf_ktime_get_ns(), tid, tgid, cpu);
	rec->child_tid = a;
	rec->child_tgid = b;
	bpf_ringbuf_submit(rec, wakeup_flag(ring, cpu, sizeof(*rec), true));
	cpu_counters(cpu)->events++;
}

/* A struct pid's number at a namespace depth, 0 if it has none there; its own depth's for ~0u. */
static __always_inline __u32 pid_nr_at(struct pid *pid, __u32 level, __u32 *ns_inum)
{
	__u32 own = BPF_CORE_READ(pid, level);
	struct upid up;

	if (level == ~0u)
		level = own;
	if (level > own || level > 32)
		return 0;
	if (bpf_probe_read_kernel(&up, sizeof(up), (void *)pid + bpf_core_field_offset(pid->numbers) +
							   level * sizeof(struct upid)))
		return 0;
	if (ns_inum)
		*ns_inum = BPF_CORE_READ(up.ns, ns.inum);
	return (__u32)up.nr;
}

/* A new task's ids in sctrace's PID namespace and in its own (struct sct_rec_pid_view). */
static __always_inline void emit_pid_view(struct task_struct *child)
{
	struct pid *tid = child->thread_pid, *tgid = child->group_leader->thread_pid;
	__u32 cpu = bpf_get_smp_processor_id();
	struct sct_rec_pid_view *rec;
	void *ring;

	rec = ring_reserve(cpu, sizeof(*rec), &ring);
	if (!rec)
		return;
	fill_hdr(&rec->hdr, SCT_REC_PID_VIEW, sizeof(*rec), bpf_ktime_get_ns(), child->pid,
		 child->tgid, cpu);
	rec->view_tid = pid_nr_at(tid, pid_view_level, NULL);
	rec->view_tgid = pid_nr_at(tgid, pid_view_level, NULL);
	rec->ns_inum = 0;
	rec->ns_tid = pid_nr_at(tid, ~0u, &rec->ns_inum);
	rec->ns_tgid = pid_nr_at(tgid, ~0u, NULL);
	rec->pad = 0;
	bpf_ringbuf_submit(rec, wakeup_flag(ring, cpu, sizeof(*rec), true));
	cpu_counters(cpu)->events++;
}

struct exec_walk {
	struct build *b;
	unsigned long pos; /* next argv string in the new image's stack */
	unsigned long end;
	__u32 shown;
};

/* One argv (or environment) string of the new image: captured up to -s, then skipped whole. */
static long exec_arg_step(__u64 i, void *ctx)
{
	struct exec_walk *w = ctx;
	struct build *b = w->b;
	long n;

	if (w->pos >= w->end)
		return 1;
	if (i < SCT_ARGV_MAX) {
		put_str(b, (const void *)w->pos, str_limit);
		w->shown++;
	}
	/* The length of the whole string, in the scratch space past the record. */
	n = bpf_probe_read_user_str(b->base + REC_LIMIT, SCT_PATH_MAX, (const void *)w->pos);
	if (n <= 0)
		return 1;
	w->pos += n;
	/* the values the next call starts from, forgotten: its states repeat (forget()) */
	forget(b, b->off);
	forget(b, w->pos);
	return 0;
}

/*
 * The ENTER record of a successful execve, from what the kernel copied: the
 * file name from bprm, argv from the new image's stack (present by now),
 * the environment's count from bprm. It carries the tid the task had when it
 * called execve (old_tid): another than its tid now if it was not the leader.
 */
static __always_inline void emit_exec_enter(struct task_state *st, struct task_struct *p,
					    struct linux_binprm *bprm, __u32 old_tid)
{
	__u32 cpu = bpf_get_smp_processor_id();
	struct build b = { .cpu = cpu };
	void *ring = bpf_map_lookup_elem(&rings, &cpu);
	struct mm_struct *mm = p->mm;
	struct exec_walk w = { .b = &b };
	struct sct_rec_syscall_packed *rec;
	struct sct_blob *blob;
	/* execveat's path, argv and envp come one after (its dirfd first) */
	__u8 first = st->nr == SCT_NR_EXECVEAT ? 1 : 0;
	long n;

	b.base = bpf_map_lookup_elem(&scratch_bufs, &cpu);
	if (!ring || !b.base || !mm) {
		cpu_counters(cpu)->lost++;
		return;
	}
	b.off = SYSCALL_REC_FULL;
	/* arg 0: the file name (a kernel string; execveat's path unless relative to a dirfd) */
	blob = blob_at(&b);
	blob->arg = first;
	blob->kind = SCT_BLOB_STR;
	blob->flags = 0;
	blob->aux = 0;
	n = bpf_probe_read_kernel_str(blob + 1, SCT_PATH_MAX, bprm->filename);
	blob->len = n > 0 ? n - 1 : 0;
	if (n <= 0)
		blob->flags = SCT_BLOB_FAULT;
	blob_done(&b, blob);
	/* arg 1: argv */
	b.arg = first + 1;
	w.pos = mm->arg_start;
	w.end = mm->arg_end;
	bpf_loop(SCT_ENVP_COUNT_MAX, exec_arg_step, &w, 0);
	put_count(&b, bprm->argc, 0);
	/* arg 2: envp, counted, and with -v its strings */
	b.arg = first + 2;
	if (env_strings) {
		w.pos = mm->env_start;
		w.end = mm->env_end;
		bpf_loop(SCT_ENVP_COUNT_MAX, exec_arg_step, &w, 0);
	}
	put_count(&b, bprm->envc, 0);

	rec = (struct sct_rec_syscall_packed *)b.base;
	fill_hdr(&rec->hdr, SCT_REC_ENTER, b.off, bpf_ktime_get_ns(), old_tid, p->tgid, cpu);
	fill_syscall(rec, st, 0, 0, b.nblobs, SCT_MAX_ARGS);
	if (bpf_ringbuf_output(ring, rec, b.off & (REC_LIMIT - 1), BPF_RB_NO_WAKEUP)) {
		cpu_counters(cpu)->lost++;
		return;
	}
	cpu_counters(cpu)->events++;
}

#endif
