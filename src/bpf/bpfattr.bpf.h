/* SPDX-License-Identifier: GPL-2.0 */
/*
 * bpf(2)'s union bpf_attr (SCT_CAP_BPF_ATTR): what its commands' structures
 * point to past the first level, which strace prints: the instructions a
 * program loads, the bpf_prog_info/bpf_map_info that BPF_OBJ_GET_INFO_BY_FD
 * fills and the arrays it points to, the symbol names of a kprobe_multi
 * link. The layout of the parts is in record.h, at SCT_CAP_BPF_ATTR.
 */

struct bpf_sym_walk {
	struct build *b;
	const __u64 *syms; /* user address of the char *[count] */
	__u32 count;
};

/* The string of symbol j, when its pointer is not NULL, as a bpf_loop callback. */
static long bpf_sym_step(__u64 j, void *ctx)
{
	struct bpf_sym_walk *w = ctx;
	__u64 v = 0;

	if (j >= w->count || bpf_probe_read_user(&v, sizeof(v), w->syms + j))
		return 1;
	if (!v)
		return 0;
	w->b->aux = SCT_AUX_BPF_PART(1);
	put_buf_ex(w->b, (const void *)v, (__u64)str_limit + 1, true, true);
	return 0;
}

static __always_inline void put_bpf_part(struct build *b, __u16 k, __u64 uptr, __u64 size)
{
	if (!uptr || !size)
		return;
	b->aux = SCT_AUX_BPF_PART(k);
	put_buf_ex(b, (const void *)uptr, size, true, true);
}

/* At exit, what the info structure at info says a program's arrays are (read as bpf_prog_info). */
static __always_inline void put_bpf_prog_info_parts(struct build *b, const __u8 *info, __u32 len)
{
	__u32 w[2] = {};
	__u64 ptr = 0;

	/* jited_prog_len, xlated_prog_len, jited_prog_insns, xlated_prog_insns */
	if (len < 40 || bpf_probe_read_user(w, sizeof(w), info + 16))
		return;
	if (!bpf_probe_read_user(&ptr, sizeof(ptr), info + 24))
		put_bpf_part(b, 3, ptr, w[0] < str_limit + 1 ? w[0] : str_limit + 1);
	if (!bpf_probe_read_user(&ptr, sizeof(ptr), info + 32))
		put_bpf_part(b, 2, ptr, w[1]);
	/* nr_map_ids, map_ids */
	if (len < 64 || bpf_probe_read_user(w, sizeof(w), info + 48) ||
	    bpf_probe_read_user(&ptr, sizeof(ptr), info + 56))
		return;
	put_bpf_part(b, 1, ptr, (__u64)w[1] * 4);
}

static __always_inline void put_bpf_parts(struct build *b, const struct task_state *st, const __u8 *p,
					  bool entry)
{
	__u64 cmd = st->args[0], ptr = 0;
	__u32 w[2] = {};
	struct bpf_sym_walk sw = { .b = b };
	/* the inputs: at entry, or at exit when there was no ENTER record (an injected call) */
	bool input = entry || !st->entered;

	if (cmd == SCT_BPF_PROG_LOAD && input) { /* prog_type, insn_cnt, insns */
		if (!bpf_probe_read_user(w, sizeof(w), p) && !bpf_probe_read_user(&ptr, 8, p + 8))
			put_bpf_part(b, 0, ptr, (__u64)w[1] * 8);
	} else if (cmd == SCT_BPF_OBJ_GET_INFO_BY_FD) { /* bpf_fd, info_len, info */
		if (bpf_probe_read_user(w, sizeof(w), p) || bpf_probe_read_user(&ptr, 8, p + 8) ||
		    w[1] > 4096)
			return;
		put_bpf_part(b, 0, ptr, w[1]);
		if (!entry && ptr)
			put_bpf_prog_info_parts(b, (const __u8 *)ptr, w[1]);
	} else if (cmd == SCT_BPF_LINK_CREATE && input) {
		/* attach_type; kprobe_multi's cnt and syms */
		if (bpf_probe_read_user(w, 4, p + 8) || w[0] != SCT_BPF_TRACE_KPROBE_MULTI ||
		    bpf_probe_read_user(&w[1], 4, p + 20) || bpf_probe_read_user(&ptr, 8, p + 24) ||
		    !ptr || !w[1])
			return;
		sw.syms = (const __u64 *)ptr;
		sw.count = w[1] < SCT_BPF_SYMS_MAX ? w[1] : SCT_BPF_SYMS_MAX;
		put_bpf_part(b, 0, ptr, (__u64)sw.count * 8);
		bpf_loop(SCT_BPF_SYMS_MAX, bpf_sym_step, &sw, 0);
	}
	b->aux = 0;
}
