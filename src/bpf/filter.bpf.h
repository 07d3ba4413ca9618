/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Part of capture.bpf.c: which tasks and syscalls are traced. The traced
 * tasks are a bitmap in .bss indexed by tgid (whole thread groups: -f,
 * --comm), or without -f by tid (filter_by: strace traces only the command's
 * first thread or the -p threads, not the others of their process). The
 * marks and live_traced are kept current from fork, exec and exit. The
 * traced syscalls are a bitmap in .rodata. --comm adds the processes whose
 * comm is target_comm at their fork or exec.
 */
#ifndef SCT_BPF_FILTER_BPF_H
#define SCT_BPF_FILTER_BPF_H

static __always_inline bool traced_id(__u32 id)
{
	return traced_bits[(id >> 6) & (SCT_PID_MAX / 64 - 1)] & (1ULL << (id & 63));
}

/*
 * Whether task tid of thread group tgid is traced: one load of the bitmap
 * after two of .rodata (one cache line).
 */
static __always_inline bool task_traced(__u32 tid, __u32 tgid)
{
	__u8 by = filter_by;

	if (tgid == self_tgid || !capture_on)
		return false;
	if (by == SCT_FILTER_ALL)
		return true;
	return traced_id(by == SCT_FILTER_TID ? tid : tgid);
}

/* id: a tgid, or by tid a tid. */
static __always_inline void traced_mark(__u32 id)
{
	__u64 bit = 1ULL << (id & 63);
	__u64 old = __sync_fetch_and_or(&traced_bits[(id >> 6) & (SCT_PID_MAX / 64 - 1)], bit);

	if (!(old & bit))
		__sync_fetch_and_add(&live_traced, 1);
}

static __always_inline void traced_unmark(__u32 id)
{
	__u64 bit = 1ULL << (id & 63);
	__u64 old = __sync_fetch_and_and(&traced_bits[(id >> 6) & (SCT_PID_MAX / 64 - 1)], ~bit);

	if (old & bit)
		__sync_fetch_and_add(&live_traced, -1);
}

static __always_inline bool syscall_traced(long nr)
{
	if (nr < 0 || nr >= SCT_NR_MAX)
		return false;
	return syscall_bits[nr >> 6] & (1ULL << (nr & 63));
}

static __always_inline bool comm_matches(const char *comm)
{
	if (!capture_on)
		return false;
	for (int i = 0; i < SCT_COMM_LEN; i++) {
		if (comm[i] != target_comm[i])
			return false;
		if (!comm[i])
			return true;
	}
	return true;
}

/*
 * The thread whose execve is killing task p (the kernel's de_thread kills
 * the other threads before the new image runs), or NULL. When that thread is
 * traced, p's last records are marked to be shown after its execve's entry.
 */
static __always_inline struct task_struct *exec_killer(struct task_struct *p)
{
	struct task_struct *exec_task;

	if (!bpf_core_field_exists(p->signal->group_exec_task))
		return NULL;
	exec_task = p->signal->group_exec_task;
	return exec_task != p ? exec_task : NULL;
}

#endif
