/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Part of capture.bpf.c: -i and -k. The current task's user registers (the
 * return address is what -i prints) and, for -k, a copy of the top of its
 * user stack, from which user space unwinds the call chain with the DWARF
 * call frame information of the mapped files, as perf's --call-graph dwarf.
 */
#ifndef SCT_BPF_REGS_BPF_H
#define SCT_BPF_REGS_BPF_H

static __always_inline void put_regs(struct build *b, struct pt_regs *regs)
{
	struct sct_user_regs u;

	/* DWARF order: rax rdx rcx rbx rsi rdi rbp rsp r8-r15 rip */
	u.r[0] = regs->ax;
	u.r[1] = regs->dx;
	u.r[2] = regs->cx;
	u.r[3] = regs->bx;
	u.r[4] = regs->si;
	u.r[5] = regs->di;
	u.r[6] = regs->bp;
	u.r[7] = regs->sp;
	u.r[8] = regs->r8;
	u.r[9] = regs->r9;
	u.r[10] = regs->r10;
	u.r[11] = regs->r11;
	u.r[12] = regs->r12;
	u.r[13] = regs->r13;
	u.r[14] = regs->r14;
	u.r[15] = regs->r15;
	u.r[16] = regs->ip;
	b->arg = 0;
	b->aux = SCT_AUX_REGS;
	put_mem(b, &u, sizeof(u), true);
}

/*
 * The stack from sp up, a page (or the rest of sp's page) per blob: a read
 * of several pages fails whole when one is unmapped, and the top of a stack
 * is often less than stack_dump_bytes above sp.
 */
static __always_inline void put_stack(struct build *b, __u64 sp)
{
	__u32 got = 0;

	b->arg = 0;
	b->aux = SCT_AUX_STACK;
	for (int i = 0; i < SCT_STACK_DUMP_MAX / 4096 + 1; i++) {
		__u32 want = 4096 - ((sp + got) & 4095);
		struct sct_blob *blob;

		if (got >= stack_dump_bytes)
			break;
		if (want > stack_dump_bytes - got)
			want = stack_dump_bytes - got;
		if (!room_for(b, sizeof(*blob) + 4096 + 8))
			break;
		blob = blob_at(b);
		want &= 8191;
		if (!want || want > 4096)
			break;
		if (bpf_probe_read_user(blob + 1, want, (const void *)(sp + got)))
			break;
		blob->arg = 0;
		blob->kind = SCT_BLOB_MEM;
		blob->flags = 0;
		blob->aux = SCT_AUX_STACK;
		blob->len = want;
		blob_done(b, blob);
		got += want;
	}
	b->aux = 0;
}

/*
 * The registers of task, and its stack when asked and it is the current one
 * (another's user memory is not readable here). A task other than the
 * current one is asleep in a call (a signal's target), with the registers it
 * entered the kernel with. Not global: a global function cannot take the
 * task pointer.
 */
static __noinline int sct_capture_regs(struct scratch *s, struct build_state *bs, struct task_struct *task,
				int with_stack)
{
	struct pt_regs *regs;
	struct build b;

	if (!s || !bs || !task)
		return -1;
	if (task != bpf_get_current_task_btf())
		with_stack = 0;
	regs = (struct pt_regs *)bpf_task_pt_regs(task);
	if (!regs)
		return -1;
	state_load(&b, s, bs);
	put_regs(&b, regs);
	if (with_stack && stack_dump_bytes)
		put_stack(&b, regs->sp);
	b.aux = 0;
	state_save(bs, &b);
	return 0;
}

#endif
