/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Part of capture.bpf.c: which tasks and syscalls are traced. The traced
 * thread groups are a bitmap indexed by tgid in .bss (tgid_mark/tgid_unmark
 * keep it and live_tgids current from fork, exec and exit), the traced
 * syscalls a bitmap in .rodata. --comm adds the processes whose comm is
 * target_comm at their fork or exec.
 */
#ifndef SCT_BPF_FILTER_BPF_H
#define SCT_BPF_FILTER_BPF_H

static __always_inline bool tgid_traced(__u32 tgid)
{
	if (tgid == self_tgid)
		return false;
	if (system_wide)
		return true;
	return tgid_bits[(tgid >> 6) & (SCT_PID_MAX / 64 - 1)] & (1ULL << (tgid & 63));
}

static __always_inline void tgid_mark(__u32 tgid)
{
	__u64 bit = 1ULL << (tgid & 63);
	__u64 old = __sync_fetch_and_or(&tgid_bits[(tgid >> 6) & (SCT_PID_MAX / 64 - 1)], bit);

	if (!(old & bit))
		__sync_fetch_and_add(&live_tgids, 1);
}

static __always_inline void tgid_unmark(__u32 tgid)
{
	__u64 bit = 1ULL << (tgid & 63);
	__u64 old = __sync_fetch_and_and(&tgid_bits[(tgid >> 6) & (SCT_PID_MAX / 64 - 1)], ~bit);

	if (old & bit)
		__sync_fetch_and_add(&live_tgids, -1);
}

static __always_inline bool syscall_traced(long nr)
{
	if (nr < 0 || nr >= SCT_NR_MAX)
		return false;
	return syscall_bits[nr >> 6] & (1ULL << (nr & 63));
}

static __always_inline bool comm_matches(const char *comm)
{
	for (int i = 0; i < SCT_COMM_LEN; i++) {
		if (comm[i] != target_comm[i])
			return false;
		if (!comm[i])
			return true;
	}
	return true;
}

#endif
