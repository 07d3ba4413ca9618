/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Part of capture.bpf.c: writing a syscall record (ENTER, EXIT or SYSCALL).
 * Without captures it is written to the CPU's lane directly; with captures it
 * is built in the lane or in the scratch buffer and copied; when the lane is
 * full or busy it goes to the CPU's ring buffer (counted as spilled).
 */
#ifndef SCT_BPF_SYSCALL_BPF_H
#define SCT_BPF_SYSCALL_BPF_H

/* The fixed part of a packed syscall record, and its first nargs arguments. */
static __always_inline void fill_syscall(struct sct_rec_syscall_packed *rec, struct task_state *st,
					 __s64 ret, __u16 flags, __u16 nblobs, __u8 nargs)
{
	rec->enter_ts = st->enter_ts;
	rec->ret = ret;
	rec->nr = st->nr;
	rec->flags = flags;
	rec->nblobs = nblobs;
	rec->nargs = nargs;
	rec->pad = 0;
	for (int i = 0; i < SCT_MAX_ARGS; i++)
		if (i < nargs)
			rec->args[i] = st->args[i];
}

/* The size of a packed syscall record with all six arguments, as a ring buffer reserve needs a constant. */
#define SYSCALL_REC_FULL (sizeof(struct sct_rec_syscall_packed) + 8 * SCT_MAX_ARGS)

/*
 * Write a syscall record. mask selects the arguments whose memory is captured;
 * without any the record is reserved in the ring directly.
 */
static __always_inline void emit_syscall(__u16 type, struct task_state *st, __s64 ret, __u16 flags,
					 __u8 mask, bool entry, __u32 tid, __u32 tgid)
{
	__u32 cpu = bpf_get_smp_processor_id();
	struct sct_counters *cnt = cpu_counters(cpu);
	struct sct_rec_syscall_packed *rec;
	struct build b = { .cpu = cpu };
	__u8 faulted = 0;
	struct sct_lane_hdr *lane;
	bool in_lane;
	__u8 *dst;
	__u32 size;
	void *ring;
	__u64 ts = bpf_ktime_get_ns();
	__u8 nargs = sc_nargs[st->nr & (SCT_NR_MAX - 1)];

	if (nargs > SCT_MAX_ARGS)
		nargs = SCT_MAX_ARGS;
	if (!entry && (ret >= 0 || ret == -115) &&
	    ((sc_flags[st->nr & (SCT_NR_MAX - 1)] & SCT_SCF_FD_ANY) || tmpfile_open(st)))
		mask |= 0x80; /* not an argument: takes the scratch path for capture_fdinfo */
	if (want_regs)
		mask |= 0x40; /* not an argument either: the registers (and stack) of -i, -k */
	/* -c: an exit's CPU time is a blob too */
	if (!mask && !(want_cputime && !entry && st->cpu_start)) {
		bool in_lane = true;

		size = sizeof(*rec) + 8 * nargs;
		rec = (struct sct_rec_syscall_packed *)lane_claim(cpu, size, &lane);
		if (!rec) {
			in_lane = false;
			ring = bpf_map_lookup_elem(&rings, &cpu);
			rec = ring && !ring_spill_full(ring, SYSCALL_REC_FULL) ?
				      bpf_ringbuf_reserve(ring, SYSCALL_REC_FULL, 0) :
				      NULL;
			if (!rec) {
				cnt->lost++;
				return;
			}
			cnt->spilled++;
			size = SYSCALL_REC_FULL;
			nargs = SCT_MAX_ARGS;
		}
		fill_hdr(&rec->hdr, type, size, ts, tid, tgid, cpu);
		fill_syscall(rec, st, ret, flags, 0, nargs);
		if (in_lane) {
			lane_publish(lane, size);
			lane_wakeup(lane, cpu);
		} else {
			bpf_ringbuf_submit(rec, wakeup_flag(ring, cpu, size, true));
		}
		cnt->events++;
		return;
	}

	/*
	 * Build the record in the lane itself when it has room for the largest
	 * one (the space past its end is only scratch), else in the scratch
	 * buffer, then copied.
	 */
	b.base = lane_claim(cpu, sizeof(struct scratch), &lane);
	in_lane = b.base != NULL;
	if (!in_lane)
		b.base = bpf_map_lookup_elem(&scratch_bufs, &cpu);
	if (!b.base) {
		cnt->lost++;
		return;
	}
	b.off = sizeof(*rec) + 8 * nargs;
	/* Only the captured arguments: each is a call. */
	for (int i = 0; i < SCT_MAX_ARGS; i++)
		if ((mask & (1u << i)) && capture_one(&b, st, i, ret, entry, mask))
			faulted |= 1u << i;
	/* ioctl(SG_IO)'s buffers, -e kvm=vcpu's KVM_RUN exit reason (ioctl3) */
	if (!entry && (mask & 4) && cap_kind[st->nr & (SCT_NR_MAX - 1)][2] == SCT_CAP_IOCTL &&
	    (((__u32)st->args[1] == SCT_SG_IO && st->args[2]) ||
	     (kvm_vcpu && (__u32)st->args[1] == SCT_KVM_RUN && ret == 0))) {
		struct build_state bs = {};

		state_lend(&bs, &b);
		sct_capture_ioctl_extra((struct scratch *)b.base, st, &bs);
		state_return(&b, &bs);
	}
	/* select's inputs are rewritten by the call: only a sleeping call's are read again. */
	if (entry && !(sc_flags[st->nr & (SCT_NR_MAX - 1)] & SCT_SCF_ENTER_ALWAYS))
		st->refetch = faulted;
	/* Most calls have no vector to walk nor descriptor to describe: skip the call. */
	if ((mask & 0x80) || (sc_flags[st->nr & (SCT_NR_MAX - 1)] & SCT_SCF_VEC)) {
		struct build_state bs = { .off = b.off, .nblobs = b.nblobs, .full = b.full,
					  .entry = entry, .cpu = cpu, .mask = mask };
		struct scratch *s = (struct scratch *)b.base;

		/*
		 * A msghdr's parts and sendmmsg/recvmmsg's elements are global
		 * calls of their own, made from here: nested in
		 * sct_capture_extras, their chain of calls took all 512 bytes of
		 * BPF stack.
		 */
		sct_capture_extras(s, st, &bs, ret);
		if (s->mp.pending)
			sct_put_msg_parts(s, &bs);
		if (s->mp.mmsg_arg)
			sct_capture_mmsg(s, st, &bs, ret);
		b.off = bs.off;
		b.nblobs = bs.nblobs;
	}
	if (mask & 0x40) {
		struct build_state bs = { .off = b.off, .nblobs = b.nblobs, .full = b.full, .cpu = cpu };

		/* The stack of the line -k prints it under: the call's end, or exit's entry. */
		sct_capture_regs((struct scratch *)b.base, &bs, bpf_get_current_task_btf(),
				 type != SCT_REC_ENTER);
		b.off = bs.off;
		b.nblobs = bs.nblobs;
	}

	if (want_cputime && !entry && st->cpu_start)
		put_cpu_time(&b, st, ts);

	rec = (struct sct_rec_syscall_packed *)b.base;
	size = b.off & (REC_LIMIT - 1);
	dst = in_lane ? NULL : lane_claim(cpu, size, &lane);
	fill_hdr(&rec->hdr, type, b.off, ts, tid, tgid, cpu);
	fill_syscall(rec, st, ret, flags, b.nblobs, nargs);
	if (in_lane || dst) {
		/* Cannot fail: both are map memory. A failure leaves zeros, never a hole. */
		if (dst)
			bpf_probe_read_kernel(dst, size, rec);
		lane_publish(lane, size);
		lane_wakeup(lane, cpu);
		cnt->events++;
		return;
	}
	ring = bpf_map_lookup_elem(&rings, &cpu);
	if (!ring || ring_spill_full(ring, size) ||
	    bpf_ringbuf_output(ring, rec, size, wakeup_flag(ring, cpu, size, false))) {
		cnt->lost++;
		return;
	}
	cnt->spilled++;
	cnt->events++;
}

#endif
