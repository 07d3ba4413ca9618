/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Part of capture.bpf.c: where records go. The record header, the wakeup
 * policy of the per-CPU ring buffers (rings.bpf.h), and the per-CPU lanes
 * that syscall records are written to: claim, publish, wakeup.
 */
#ifndef SCT_BPF_LANES_BPF_H
#define SCT_BPF_LANES_BPF_H

static __always_inline void fill_hdr(struct sct_rec_hdr *h, __u16 type, __u16 size, __u64 ts,
				     __u32 tid, __u32 tgid, __u32 cpu)
{
	h->ts = ts;
	h->tid = tid;
	h->tgid = tgid;
	h->type = type;
	h->size = size;
	h->cpu = cpu;
}

/*
 * Wake the consumer only when a ring is past the threshold, and look only at
 * every 64th record: waking for every record above it would cost a wakeup per
 * record exactly when the consumer is behind. The consumer also polls on a
 * timer, so a quiet ring is read within POLL_MS anyway.
 */
static __always_inline __u64 wakeup_flag(void *ring, __u32 cpu, __u32 size, bool reserved)
{
	__u64 avail;

	/* Look at the fill level only every 64th record: the query is a helper call. */
	if (cpu_counters(cpu)->events & 63)
		return BPF_RB_NO_WAKEUP;
	avail = bpf_ringbuf_query(ring, BPF_RB_AVAIL_DATA);
	if (!reserved) /* bpf_ringbuf_output: the record is not in the ring yet */
		avail += size;
	return avail >= ring_wakeup_bytes ? BPF_RB_FORCE_WAKEUP : BPF_RB_NO_WAKEUP;
}

/*
 * Syscall records spilled from a full lane stop at this fill level of the
 * ring: the rest is kept for the records that are not calls (fork, exit,
 * exec, signals), so that a task's end is reported even when its calls were
 * lost. Set by user space from the ring's size.
 */
const volatile __u64 ring_spill_limit = 1 << 20;

static __always_inline bool ring_spill_full(void *ring, __u32 size)
{
	return bpf_ringbuf_query(ring, BPF_RB_AVAIL_DATA) + size > ring_spill_limit;
}

/* The syscall records' rings (struct sct_lane_hdr): sizes set by user space. */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(map_flags, BPF_F_MMAPABLE);
	__uint(max_entries, 1); /* one per CPU */
	__uint(key_size, sizeof(__u32));
	__uint(value_size, SCT_LANE_DATA + 4096 + SCT_LANE_SLACK);
} lanes SEC(".maps");

const volatile __u64 lane_mask = 4095; /* data bytes of a lane - 1 */
const volatile __u64 lane_wakeup_bytes = 1024; /* a quarter of the lane */

/*
 * Claim this CPU's lane for a record of size bytes: where to write it, or
 * NULL when the lane is busy (we interrupted its writer) or full. The
 * exchange keeps two writers apart even where BPF programs are preemptible.
 */
static __always_inline __u8 *lane_claim(__u32 cpu, __u32 size, struct sct_lane_hdr **lane)
{
	struct sct_lane_hdr *l = bpf_map_lookup_elem(&lanes, &cpu);
	__u64 head;

	if (!l || __sync_lock_test_and_set(&l->busy, 1))
		return NULL;
	head = l->head;
	if (head + size - *(volatile __u64 *)&l->tail > lane_mask + 1) {
		asm volatile("" ::: "memory");
		l->busy = 0;
		return NULL;
	}
	*lane = l;
	return (__u8 *)l + SCT_LANE_DATA + (head & lane_mask);
}

/* The record is complete: make it visible, then let the next writer in. */
static __always_inline void lane_publish(struct sct_lane_hdr *l, __u32 size)
{
	asm volatile("" ::: "memory");
	l->head += size;
	asm volatile("" ::: "memory");
	l->busy = 0;
}

/*
 * Every 64th record, wake the consumer if the lane is more than a quarter
 * full: a record discarded in the CPU's ring buffer with a forced wakeup
 * wakes its poll without being read.
 */
static __always_inline void lane_wakeup(struct sct_lane_hdr *l, __u32 cpu)
{
	void *ring, *p;

	if (cpu_counters(cpu)->events & 63)
		return;
	if (l->head - *(volatile __u64 *)&l->tail < lane_wakeup_bytes)
		return;
	ring = bpf_map_lookup_elem(&rings, &cpu);
	if (!ring)
		return;
	p = bpf_ringbuf_reserve(ring, 8, 0);
	if (p)
		bpf_ringbuf_discard(p, BPF_RB_FORCE_WAKEUP);
}

#endif
