/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Part of capture.bpf.c: the capture of a syscall's arguments as the .rodata
 * tables describe them (cap_kind, cap_size, cap_count...): one argument, the
 * iovec or msghdr argument, and the descriptors' info; the global functions
 * the verifier checks once on their own; the in/out values saved at entry.
 */
#ifndef SCT_BPF_ARGS_BPF_H
#define SCT_BPF_ARGS_BPF_H

/* The bytes a MEM capture of argument i reads: see enum sct_cap_count. */
static __always_inline __u32 mem_size(struct task_state *st, __u32 nr, int i, __s64 ret, bool entry,
				      __u16 size)
{
	__u8 how = cap_count[nr][i & 7];
	__u64 j = (__u64)(i + 1);
	__u64 n = 0;

	asm volatile("" : "+r"(j)); /* keep the compiler from folding the masks below */

	if (how == SCT_COUNT_FIXED || how == SCT_COUNT_SIGFRAME)
		return size;
	if (how == SCT_COUNT_NEXT_ARG && j < SCT_MAX_ARGS)
		n = st->args[j & 7];
	else if (how == SCT_COUNT_RET && !entry && ret > 0)
		n = (__u64)ret;
	else if (how == SCT_COUNT_NEXT_EARLY && j < SCT_MAX_ARGS && (st->early_ok & (1u << j)))
		n = (__u32)st->early[j & 7];
	else if (how == SCT_COUNT_ARG0_BITS)
		n = ((__u32)st->args[0] + 63) / 64;
	else if (how == SCT_COUNT_PREV_ARG && i > 0 && i <= SCT_MAX_ARGS)
		n = st->args[(i - 1) & 7];
	else if (how == SCT_COUNT_NEXT_BITS && j < SCT_MAX_ARGS)
		n = st->args[j & 7] / 64 + 1;
	else if (how == SCT_COUNT_ARG1)
		n = st->args[1];
	if (n > size) /* before the multiplication: n may be any 64-bit value */
		return size;
	n *= cap_elem[nr][i & 7];
	return n < size ? (__u32)n : size;
}

/*
 * A struct sock_fprog (seccomp, prctl PR_SET_SECCOMP) and the filter it
 * points to; what the first page holds of either (seccomp's other operations
 * read 4 or 6 bytes there). The filter only for a call that installs one:
 * prctl's third argument is an address of any kind for other options
 * (PR_SET_VMA's range), whose bytes are no program.
 */
static __always_inline void put_fprog(struct build *b, const void *p, const struct task_state *st)
{
	struct {
		__u16 len;
		__u16 pad[3];
		__u64 filter;
	} fp;
	/* seccomp(SECCOMP_SET_MODE_FILTER, ...), prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ...) */
	bool installs = st->args[0] == 1 || (st->args[0] == 22 && st->args[1] == 2);

	put_buf_ex(b, p, sizeof(fp), true, true);
	if (!installs || bpf_probe_read_user(&fp, sizeof(fp), p) || !fp.filter || !fp.len)
		return;
	b->aux = SCT_AUX_POINTEE;
	put_buf_ex(b, (const void *)fp.filter, (__u64)fp.len * 8, true, true);
	b->aux = 0;
}

/*
 * The bytes of the console requests (type 'K', <linux/kd.h>) whose numbers
 * carry no size but whose tables pass SCT_IOCTL_ARG_CAP: screen maps, key
 * strings, accent tables, fonts (8192 bytes, of which -s prints the first).
 */
static __always_inline __u32 kd_ioctl_size(__u32 req)
{
	if ((req & 0xffffff00) != 0x4b00)
		return 0;
	switch (req & 0xff) {
	case 0x40: case 0x41: /* GIO_SCRNMAP, PIO_SCRNMAP */
		return 256;
	case 0x69: case 0x6a: /* GIO_UNISCRNMAP, PIO_UNISCRNMAP */
		return 512;
	case 0x48: case 0x49: /* KDGKBSENT, KDSKBSENT */
		return 513;
	case 0x4a: case 0x4b: /* KDGKBDIACR, KDSKBDIACR */
		return 772;
	case 0xfa: case 0xfb: /* KDGKBDIACRUC, KDSKBDIACRUC */
		return 3076;
	case 0x60: case 0x61: /* GIO_FONT, PIO_FONT */
		return SCT_STR_CAP_MAX;
	}
	return 0;
}

/*
 * What the structure of some requests points to (aux SCT_AUX_POINTEE): the
 * console's GIO/PIO_UNIMAP entries and GIO/PIO_FONTX chardata (at offset
 * 8), KDFONTOP's data (24), -s + 1 elements of 4 bytes; btrfs' v2 subvolume
 * arguments' qgroup_inherit (32), its 72 bytes and -s + 1 qgroup ids;
 * BTRFS_IOC_SEND's clone sources (16), up to 512 of them; the containers
 * INO_PATHS and LOGICAL_INO fill (48), their first 4096 bytes; SIOCGIFCONF's
 * ifc_buf (8), -s + 1 struct ifreq; BLKPG's partition (16); the TEE
 * requests' buffer (0), buf_len bytes up to TEE_MAX_ARG_SIZE; UBI_IOCRNVOL's own
 * bytes past SCT_STR_CAP_MAX; the device mapper's payload after struct
 * dm_ioctl (312), up to data_size and SCT_STR_CAP_MAX bytes. As
 * much as the first page holds when that crosses into an unmapped one.
 */
static __always_inline void put_ioctl_pointee(struct build *b, __u32 req, const void *p)
{
	__u64 size = ((__u64)str_limit + 1) * 4, ptr;
	__u32 off = 8, own = 0; /* own: not a pointer at off but the argument's bytes from own on */

	if (req == 0x4b72) /* KDFONTOP */
		off = 24;
	else if (req == 0x50009417 || req == 0x50009418) /* BTRFS_IOC_{SNAP,SUBVOL}_CREATE_V2 */
		off = 32, size = 72 + ((__u64)str_limit + 1) * 8;
	else if (req == 0x40489426) /* BTRFS_IOC_SEND: its clone sources, all under -v */
		off = 16, size = SCT_STR_CAP_MAX;
	else if (req == 0xc0389423 || req == 0xc0389424) /* BTRFS_IOC_INO_PATHS, _LOGICAL_INO */
		off = 48, size = SCT_STR_CAP_MAX;
	else if (req == 0x8912) /* SIOCGIFCONF: -s + 1 struct ifreq */
		size = ((__u64)str_limit + 1) * 40;
	else if (req == 0x1269) /* BLKPG: its struct blkpg_partition */
		off = 16, size = 152;
	else if (req == 0x8010a402 || req == 0x8010a403 || req == 0x8010a406 || req == 0x8010a407) {
		/* TEE_IOC_{OPEN_SESSION,INVOKE,SUPPL_RECV,SUPPL_SEND}: buf_len bytes at buf_ptr (0) */
		if (bpf_probe_read_user(&size, sizeof(size), p + 8) || size > 4096)
			return;
		off = 0;
	} else if (req == 0x51106f03) { /* UBI_IOCRNVOL: its 4368 bytes' last 272 */
		own = SCT_STR_CAP_MAX, size = 272;
	} else if ((req & 0xffffff00) == 0xc138fd00) { /* device mapper: data_size - 312 bytes of payload */
		__u32 ds = 0;

		if (bpf_probe_read_user(&ds, sizeof(ds), p + 12) || ds <= 312)
			return;
		own = 312, size = ds - 312;
	} else if (req != 0x4b66 && req != 0x4b67 && req != 0x4b6b && req != 0x4b6c)
		return;
	if (own)
		ptr = (__u64)p + own;
	else if (bpf_probe_read_user(&ptr, sizeof(ptr), p + off) || !ptr)
		return;
	b->aux = SCT_AUX_POINTEE;
	put_buf_ex(b, (const void *)ptr, size, true, true);
	b->aux = 0;
}

/*
 * uring: how io_uring_register's argument is read, by opcode (a table: fewer
 * branches for the verifier): an array of elements of 4 or 16 bytes, up to
 * SCT_STR_CAP_MAX bytes (a rare call: -v shows them all);
 * URING_FIXED | bytes; URING_NARGS: nargs bytes (the rsrc structures, a CPU
 * mask); URING_PROBE: struct io_uring_probe and its nargs ops (at most 256).
 */
#define URING_FIXED 0x80
#define URING_NARGS 1
#define URING_PROBE 2
static const __u8 uring_reg_how[24] = {
	[0] = 16, [2] = 4, [4] = 4, [6] = URING_FIXED | 16, [7] = 4, [8] = URING_PROBE, [11] = 16,
	[13] = URING_NARGS, [14] = URING_NARGS, [15] = URING_NARGS, [16] = URING_NARGS,
	[17] = URING_NARGS, [19] = 4, [20] = 16, [21] = 16, [22] = URING_FIXED | 40,
	[23] = URING_FIXED | 40,
};

/* The bytes to read of io_uring_register's argument (see SCT_CAP_URING_REG). */
static __always_inline __u64 uring_reg_size(__u32 op, __u64 nargs)
{
	__u8 how;

	if (op >= sizeof(uring_reg_how))
		return 0;
	how = uring_reg_how[op];
	if (how & URING_FIXED)
		return how & 0x7f;
	if (how == URING_NARGS)
		return nargs;
	if (how == URING_PROBE)
		return nargs <= 256 ? 16 + nargs * 8 : 0;
	return (nargs < SCT_STR_CAP_MAX / 4 ? nargs : SCT_STR_CAP_MAX / 4) * how;
}

/* uring: io_submit's iocb pointers, -s + 1 of its nr (none when nr < 0) */
static __always_inline __u64 iocbs_size(__u64 nr)
{
	__u64 lim = (__u64)str_limit + 1;

	if ((__s64)nr <= 0)
		return 0;
	return (nr < lim ? nr : lim) * 8;
}

/* The u64 at p + off, or 0 */
static __always_inline __u64 uring_word(const __u8 *p, __u32 off)
{
	__u64 v = 0;

	if (bpf_probe_read_user(&v, sizeof(v), p + off))
		return 0;
	return v;
}

/*
 * After the argument (read as ARRAY_ENTRY's), at exit: its first 8 bytes as
 * they were at entry.
 */
static __always_inline void put_uring_early(struct build *b, struct task_state *st, bool entry)
{
	if (!entry && (st->early_ok & 4)) {
		b->aux = SCT_AUX_URING_EARLY;
		put_mem(b, &st->early[2], 8, true);
		b->aux = 0;
	}
}

/*
 * What the structure of io_uring_register's argument points to, as
 * put_pointees' words: w->words and the count of them (aux 1 data, 2
 * tags), up to SCT_STR_CAP_MAX / 16 elements of 16 bytes each (the largest,
 * read for all):
 * files_update's fds at 8; the rsrc structures' data and tags (FILES2,
 * BUFFERS2: nr at 0, data at 16; FILES_UPDATE2, BUFFERS_UPDATE: nr at 24,
 * data at 8; the tags follow data). 0: none.
 */
static __always_inline __u32 uring_pointees(struct ptr_walk *w, struct task_state *st, const __u8 *p)
{
	__u32 op = (__u32)st->args[1], nargs = (__u32)st->args[3], off = 8, words = 2;

	if (op == 6) {
		words = 1;
	} else if (op >= 13 && op <= 16 && nargs >= 32) {
		off = op == 13 || op == 15 ? 16 : 8;
		nargs = (__u32)uring_word(p, off == 16 ? 0 : 24);
	} else {
		return 0;
	}
	w->words = (const __u64 *)(p + off);
	w->size = (nargs < SCT_STR_CAP_MAX / 16 ? nargs : SCT_STR_CAP_MAX / 16) * 16;
	return words;
}

/* Element j's data of an SG_IO buffer's iovec (aux SCT_AUX_IOCTL_STR), as a bpf_loop callback. */
static long sg_iov_step(__u64 j, void *ctx)
{
	struct iov_walk *w = ctx;
	__u64 v[2]; /* iov_base, iov_len */
	__u64 n;

	if (!iov_next(w, j, v, &n))
		return 1;
	put_buf_call(w->b, v[0], n < str_limit ? n : str_limit, false, SCT_AUX_IOCTL_STR);
	forget(w->b, w->left);
	return 0;
}

/*
 * One buffer of SG_IO's header (aux SCT_AUX_POINTEE; an empty blob when the
 * pointer is NULL, so that each buffer keeps its place): -s of its len bytes,
 * or with iovs an iovec array of that many elements (SCT_IOV_MAX_CAPTURED at
 * most), then their data (SCT_AUX_IOCTL_STR each, -s of each), len bytes in all.
 */
static __always_inline void put_sg_buf(struct build *b, __u64 ptr, __u64 len, __u32 iovs)
{
	struct iov_walk w = { .b = b, .iov = (const __u8 *)ptr, .left = len };
	__u32 n;

	if (!iovs || !ptr) { /* a buffer that ends a page early keeps what that page holds */
		b->aux = SCT_AUX_POINTEE;
		put_buf_ex(b, (const void *)ptr, ptr ? (len < str_limit ? len : str_limit) : 0, false, true);
		b->aux = 0;
		return;
	}
	b->aux = SCT_AUX_POINTEE;
	w.count = iovs < SCT_IOV_MAX_CAPTURED ? iovs : SCT_IOV_MAX_CAPTURED;
	n = w.count * 16;
	asm volatile("" : "+r"(n)); /* put_array's mask stays, for the verifier */
	put_array(b, (const void *)ptr, n);
	b->aux = 0;
	bpf_loop(SCT_IOV_MAX_CAPTURED, sg_iov_step, &w, 0);
}

struct sg_walk {
	struct build *b;
	__u64 ptr[4], len[4];
	__u32 iovs[4];
	__u32 n; /* buffers: 3 or 4 */
};

/* Buffer k of an SG_IO header, as a bpf_loop callback: verified once, not at each buffer. */
static long sg_buf_step(__u64 k, void *ctx)
{
	struct sg_walk *g = ctx;

	if (k >= g->n || k >= 4)
		return 1;
	put_sg_buf(g->b, g->ptr[k & 3], g->len[k & 3], g->iovs[k & 3]);
	return 0;
}

/*
 * SG_IO's buffers, by the header's interface id, in this order: struct
 * sg_io_hdr ('S') its cmdp, dxferp and sbp (sb_len_wr bytes); struct
 * sg_io_v4 ('Q') its request, dout_xferp, response (response_len bytes) and
 * din_xferp. All of them at each capture: the decoder takes the request's
 * from the entry copy, the result's from the exit copy.
 */
static __always_inline void put_sg_io(struct build *b, const __u8 *p)
{
	struct sg_walk g = { .b = b };
	__u64 *w = g.ptr; /* read into in place */
	__u32 iid = 0;
	__u8 sb = 0;

	if (bpf_probe_read_user(&iid, 4, p))
		return;
	if (iid == 'S') {
		/* cmd_len, mx_sb_len, iovec_count, dxfer_len; dxferp; cmdp; sbp */
		if (bpf_probe_read_user(w, 32, p + 8))
			return;
		bpf_probe_read_user(&sb, 1, p + 67);
		g.len[0] = (__u8)w[0], g.len[1] = w[0] >> 32, g.iovs[1] = (__u16)(w[0] >> 16);
		g.len[2] = sb;
		g.ptr[0] = w[2], g.ptr[2] = w[3];
		g.n = 3;
	} else if (iid == 'Q') {
		/* dout_iovec_count, dout_xfer_len; din_iovec_count, din_xfer_len; dout_xferp; din_xferp */
		if (bpf_probe_read_user(w, 32, p + 56))
			return;
		g.iovs[1] = (__u32)w[0], g.len[1] = w[0] >> 32;
		g.iovs[3] = (__u32)w[1], g.len[3] = w[1] >> 32;
		g.ptr[1] = w[2], g.ptr[0] = 0, g.ptr[2] = 0;
		bpf_probe_read_user(&g.len[0], 4, p + 12); /* request_len */
		bpf_probe_read_user(&g.ptr[0], 8, p + 16); /* request */
		bpf_probe_read_user(&g.ptr[2], 8, p + 48); /* response */
		bpf_probe_read_user(&g.len[2], 4, p + 132); /* response_len */
		g.n = 4;
	} else {
		return;
	}
	bpf_loop(4, sg_buf_step, &g, 0);
}

/* The bytes of ioctl's argument at p that request req says it has: see SCT_CAP_IOCTL. */
static __always_inline __u32 ioctl_size(__u32 req, __u64 p, __u16 size)
{
	__u32 ioc = (req >> 30) ? (req >> 16) & 0x3fff : kd_ioctl_size(req);
	__u32 n = 4096 - (p & 4095);

	if (n > size)
		n = size;
	if (ioc > n) {
		__u32 end = 4096 - (p & 4095);
		__u8 last;

		n = ioc < SCT_STR_CAP_MAX ? ioc : SCT_STR_CAP_MAX;
		/* a smaller type than the request says (strace reads an int for a long) */
		if (n > end && bpf_probe_read_user(&last, 1, (const void *)(p + n - 1)))
			n = end;
	}
	asm volatile("" : "+r"(n)); /* put_ioctl's bounds checks stay, for the verifier */
	return n;
}

/* As put_mem, up to SCT_STR_CAP_MAX bytes: an ioctl argument the request says is so large. */
static __always_inline void put_ioctl(struct build *b, const void *uptr, __u32 size)
{
	struct sct_blob *blob;

	size &= SCT_STR_CAP_MAX * 2 - 1;
	if (!size || size > SCT_STR_CAP_MAX || !(blob = blob_start(b, SCT_BLOB_MEM, size)))
		return;
	if (bpf_probe_read_user(blob + 1, size, uptr))
		blob_fault(b, blob);
	blob_done(b, blob);
}

struct v4l2_walk {
	struct build *b;
	const __u8 *ctrls; /* user address of struct v4l2_ext_control[count] */
	__u32 count;
};

/* The string of extended control j when it has a size, as a bpf_loop callback. */
static long v4l2_str_step(__u64 j, void *ctx)
{
	struct v4l2_walk *w = ctx;
	struct {
		__u32 id, size, reserved;
		__u64 ptr;
	} __attribute__((packed)) e;

	if (j >= w->count ||
	    bpf_probe_read_user(&e, sizeof(e), w->ctrls + j * SCT_V4L2_EXT_CONTROL_SIZE))
		return 1;
	if (!e.size)
		return 0;
	w->b->aux = SCT_AUX_IOCTL_STR;
	put_buf_ex(w->b, (const void *)e.ptr, e.size, false, false);
	return 0;
}

/*
 * The arrays a V4L2 or KVM request's structure at p points to (clip lists,
 * extended controls and their strings, CPUID entries): see SCT_AUX_IOCTL_STR.
 * put_ioctl_pointee (one buffer behind other requests' structures) follows it.
 */
static __always_inline void put_ioctl_arrays(struct build *b, __u32 req, const __u8 *p)
{
	struct v4l2_walk w = { .b = b };
	__u32 fmt = req == SCT_VIDIOC_CREATE_BUFS ? 16 : 0, type = 0, count = 0,
	      elem = SCT_V4L2_CLIP_SIZE, max = SCT_V4L2_ARRAY_MAX;
	__u64 ptr = 0;

	if (req == SCT_VIDIOC_G_FMT || req == SCT_VIDIOC_S_FMT || req == SCT_VIDIOC_TRY_FMT ||
	    req == SCT_VIDIOC_CREATE_BUFS) {
		/* V4L2_BUF_TYPE_VIDEO_OVERLAY, _VIDEO_OUTPUT_OVERLAY: a window */
		if (bpf_probe_read_user(&type, 4, p + fmt) || (type != 3 && type != 8) ||
		    bpf_probe_read_user(&ptr, 8, p + fmt + 8 + 24) ||
		    bpf_probe_read_user(&count, 4, p + fmt + 8 + 32))
			return;
	} else if (req == SCT_VIDIOC_G_EXT_CTRLS || req == SCT_VIDIOC_S_EXT_CTRLS ||
		   req == SCT_VIDIOC_TRY_EXT_CTRLS) {
		elem = SCT_V4L2_EXT_CONTROL_SIZE;
		if (bpf_probe_read_user(&count, 4, p + 4) || bpf_probe_read_user(&ptr, 8, p + 24))
			return;
	} else if (req == SCT_KVM_SET_CPUID2 || req == SCT_KVM_GET_SUPPORTED_CPUID ||
		   req == SCT_KVM_GET_EMULATED_CPUID) { /* the entries follow the count */
		elem = SCT_KVM_CPUID_ENTRY_SIZE;
		max = SCT_KVM_CPUID_MAX;
		ptr = (__u64)p + 8;
		if (bpf_probe_read_user(&count, 4, p))
			return;
	} else {
		return;
	}
	if (!ptr || !count)
		return;
	if (count > max)
		count = max;
	b->aux = SCT_AUX_POINTEE;
	put_mem_prefix(b, (const void *)ptr, count * elem);
	if (elem == SCT_V4L2_EXT_CONTROL_SIZE) {
		w.ctrls = (const __u8 *)ptr;
		w.count = count;
		bpf_loop(SCT_V4L2_ARRAY_MAX, v4l2_str_step, &w, 0);
	}
	b->aux = 0;
}

/* The uapi values a socket option's capture looks at (no macros in vmlinux.h). */
#define SCT_SOL_SOCKET 1
#define SCT_SO_ATTACH_FILTER 26 /* SO_GET_FILTER for getsockopt */
#define SCT_SO_ATTACH_REUSEPORT_CBPF 51

/* SCT_CAP_SOCKOPT_ENTRY and _EXIT: see record.h. */
static __always_inline void put_sockopt(struct build *b, struct task_state *st, const void *p,
					bool entry, __u16 size)
{
	__u32 level = (__u32)st->args[1], name = (__u32)st->args[2];
	bool filter = level == SCT_SOL_SOCKET &&
		      (name == SCT_SO_ATTACH_FILTER || (entry && name == SCT_SO_ATTACH_REUSEPORT_CBPF));
	const void *lenp = (const void *)st->args[4]; /* optlen, after the value */
	__u64 prog[2];
	__s32 len = 0;
	__u32 n;

	if (entry)
		len = (__s32)st->args[4];
	else if (bpf_probe_read_user(&len, sizeof(len), lenp))
		return;
	if (len <= 0)
		return;
	n = (__u32)len;
	if (filter && !entry) /* getsockopt(SO_GET_FILTER) counts instructions */
		n = n < SCT_MEM_CAP_MAX / 8 ? n * 8 : SCT_MEM_CAP_MAX;
	else if (n > size)
		n = size;
	put_mem(b, p, readable_len(p, n), false);
	if (!filter || !entry || len != sizeof(prog) || bpf_probe_read_user(prog, sizeof(prog), p) ||
	    !prog[1])
		return;
	n = (__u16)prog[0] * 8;
	if (n > SCT_MEM_CAP_MAX)
		n = SCT_MEM_CAP_MAX;
	b->aux = SCT_AUX_POINTEE;
	put_mem(b, (const void *)prog[1], readable_len((const void *)prog[1], n), false);
	b->aux = 0;
}

/*
 * ptrace(PTRACE_GETREGSET/SETREGSET)'s registers: min(iov_len, most) bytes
 * at the iov_base of the struct iovec at uptr (SCT_AUX_PTRACE_REGSET).
 */
static __always_inline void put_ptrace_regset(struct build *b, __u64 req, const void *uptr,
					      __u32 most)
{
	__u64 iov[2];

	if ((req != SCT_PTRACE_GETREGSET && req != SCT_PTRACE_SETREGSET) ||
	    bpf_probe_read_user(iov, sizeof(iov), uptr) || !iov[0] || !iov[1])
		return;
	b->aux = SCT_AUX_PTRACE_REGSET;
	put_mem(b, (const void *)iov[0], iov[1] < most ? (__u32)iov[1] : most, false);
	b->aux = 0;
}

/*
 * clone3's struct clone_args of usize bytes (SCT_CAP_CLONE_ARGS): the struct
 * itself as an array, the set_tid array it points to and, at exit, the pidfd
 * and parent_tid the kernel wrote.
 */
#define SCT_CLONE_PIDFD 0x1000ULL
#define SCT_CLONE_PARENT_SETTID 0x100000ULL
#define SCT_CLONE_ARGS_HEAD 80 /* flags .. set_tid_size */

static __always_inline void put_clone_args(struct build *b, const void *uptr, __u64 usize,
					   __u16 cap, bool entry)
{
	__u64 a[SCT_CLONE_ARGS_HEAD / 8] = {};
	__u32 n = usize < SCT_CLONE_ARGS_HEAD ? (__u32)usize : SCT_CLONE_ARGS_HEAD;

	put_array(b, uptr, usize < cap ? (__u32)usize : cap);
	if (n < 64 || bpf_probe_read_user(a, n & 127, uptr))
		return;
	if (a[8] && a[9] && a[9] <= 32) {
		b->aux = SCT_AUX_SET_TID;
		put_array(b, (const void *)a[8], (__u32)a[9] * 4);
	}
	if (!entry && (a[0] & SCT_CLONE_PIDFD) && a[1]) {
		b->aux = SCT_AUX_PIDFD;
		put_mem(b, (const void *)a[1], 4, false);
	}
	if (!entry && (a[0] & SCT_CLONE_PARENT_SETTID) && a[3]) {
		b->aux = SCT_AUX_PARENT_TID;
		put_mem(b, (const void *)a[3], 4, false);
	}
	b->aux = 0;
}

/*
 * A msghdr's name, iovec data and control, as a global function: the
 * verifier checks it once, not in every element's callback.
 */
__noinline int sct_put_msg_parts(struct scratch *s, struct build_state *bs)
{
	struct msg_parts *mp;
	struct build b;

	if (!s || !bs)
		return -1;
	mp = &s->mp;
	state_load(&b, s, bs);
	b.arg = (__u8)mp->arg;
	put_msg_parts(&b, mp->m, mp->left, mp->whole, mp->name_aux, mp->control_aux, mp->iov_aux,
		      mp->data_aux);
	state_save(bs, &b);
	return 0;
}

/*
 * Hands the record b builds to a global function through bs, the caller's
 * build_state (one in this frame would make the stack of nested calls too
 * deep), and takes it back.
 */
static __always_inline void state_lend(struct build_state *bs, const struct build *b)
{
	bs->off = b->off;
	bs->nblobs = b->nblobs;
	bs->full = b->full;
	bs->cpu = b->cpu;
}

static __always_inline void state_return(struct build *b, const struct build_state *bs)
{
	b->off = bs->off;
	b->nblobs = bs->nblobs;
	b->full = bs->full;
	b->aux = 0;
}

/*
 * struct msghdr: the header; unless header_only, its name, iovec data and
 * control are left to sct_put_msg_parts (scratch's mp says what to read).
 */
static __always_inline void put_msghdr(struct build *b, const void *uptr, __u64 left, bool whole,
				       bool header_only)
{
	struct msg_parts *mp = &((struct scratch *)b->base)->mp;

	if (bpf_probe_read_user(mp->m, sizeof(mp->m), uptr)) {
		put_mem(b, uptr, SCT_MSGHDR_SIZE, false); /* a FAULT blob */
		return;
	}
	mp->left = left;
	mp->whole = whole;
	mp->arg = b->arg;
	mp->name_aux = SCT_AUX_MSG_NAME;
	mp->control_aux = SCT_AUX_MSG_CONTROL;
	mp->iov_aux = SCT_AUX_IOV;
	mp->data_aux = 0;
	b->aux = SCT_AUX_MSGHDR;
	put_mem(b, mp->m, SCT_MSGHDR_SIZE, true);
	b->aux = 0;
	mp->pending = !header_only; /* emit_syscall calls sct_put_msg_parts: see there */
}

struct mmsg_walk {
	struct scratch *s;
	struct build_state *bs;
	const __u8 *vec; /* user address of struct mmsghdr[count] */
	__u32 count;
	__u8 arg;
	bool whole;
	bool use_len; /* recvmmsg: each element's data up to its msg_len */
};

/* One struct mmsghdr's parts, tagged SCT_AUX_MMSG_*(j), as a bpf_loop callback. */
static long mmsg_step(__u64 j, void *ctx)
{
	struct mmsg_walk *w = ctx;
	struct msg_parts *mp = &w->s->mp;
	__u32 len = 0;

	if (j >= w->count || j >= SCT_MMSG_MAX_CAPTURED)
		return 1;
	if (bpf_probe_read_user(mp->m, sizeof(mp->m), w->vec + j * SCT_MMSG_SIZE) ||
	    bpf_probe_read_user(&len, sizeof(len), w->vec + j * SCT_MMSG_SIZE + SCT_MSGHDR_SIZE))
		return 1;
	mp->left = w->use_len ? len : ~0ULL;
	mp->whole = w->whole;
	mp->arg = w->arg;
	mp->name_aux = SCT_AUX_MMSG_NAME(j);
	mp->control_aux = SCT_AUX_MMSG_CONTROL(j);
	mp->iov_aux = SCT_AUX_MMSG_IOV(j);
	mp->data_aux = SCT_AUX_MMSG_DATA(j, 0);
	sct_put_msg_parts(w->s, w->bs);
	return 0;
}

/*
 * struct mmsghdr[count] (SCT_CAP_MMSG): the array, -s + 1 elements at most (a
 * fault keeps those before its page); then unless header_only each
 * element's parts.
 */
static __always_inline void put_mmsg(struct build *b, struct build_state *bs, const void *uptr,
				     __u64 count, bool whole, bool use_len, bool header_only)
{
	struct mmsg_walk w = { .s = (struct scratch *)b->base, .bs = bs, .vec = uptr,
			       .arg = b->arg, .whole = whole, .use_len = use_len };

	/* strace shows -s elements, reading one more */
	if (count > (__u64)str_limit + 1)
		count = (__u64)str_limit + 1;
	w.count = count < SCT_MMSG_MAX_CAPTURED ? (__u32)count : SCT_MMSG_MAX_CAPTURED;
	if (!w.count)
		return;
	b->aux = 0;
	put_mem_prefix(b, uptr, w.count * SCT_MMSG_SIZE);
	if (header_only)
		return;
	state_lend(bs, b);
	bpf_loop(SCT_MMSG_MAX_CAPTURED, mmsg_step, &w, 0);
	state_return(b, bs);
}

static __always_inline void capture_arg(struct build *b, struct task_state *st, int i, __s64 ret,
					bool entry)
{
	__u32 nr = st->nr;
	__u64 val = st->args[i];
	__u8 kind = cap_kind[nr & (SCT_NR_MAX - 1)][i];
	__u16 size = cap_size[nr & (SCT_NR_MAX - 1)][i];
	const void *p = (const void *)val;

	b->arg = i;
	if (!p)
		return;
	switch (kind) {
	case SCT_CAP_PATH:
		put_str(b, p, SCT_PATH_MAX - 1);
		break;
	case SCT_CAP_STR: /* cap_size: the most the kernel reads, or 0 */
		put_str_max(b, p, str_limit, size);
		break;
	case SCT_CAP_ARGV:
		put_vec(b, p, true);
		break;
	case SCT_CAP_ENVP:
		put_vec(b, p, env_strings);
		break;
	case SCT_CAP_MEM_ENTRY:
		/* An in/out value at exit: first as it was at entry, then as it is now. */
		if (!entry && i < SCT_MAX_ARGS && (st->early_ok & (1u << i)))
			put_mem(b, &st->early[i], size, true);
		put_mem(b, p, mem_size(st, nr & (SCT_NR_MAX - 1), i, ret, entry, size), false);
		break;
	case SCT_CAP_IOCTL:
		if (!entry && i < SCT_MAX_ARGS && (st->early_ok & (1u << i))) {
			b->aux = SCT_AUX_IOCTL_EARLY;
			put_mem(b, &st->early[i], 8, true);
			b->aux = 0;
		}
		put_ioctl(b, p, ioctl_size((__u32)st->args[1], val, size));
		put_ioctl_arrays(b, (__u32)st->args[1], p);
		put_ioctl_pointee(b, (__u32)st->args[1], p);
		break;
	case SCT_CAP_ARRAY_PREFIX:
		put_mem_prefix(b, p, mem_size(st, nr & (SCT_NR_MAX - 1), i, ret, entry, size));
		break;
	case SCT_CAP_MEM_EXIT:
		if (!entry)
			put_mem(b, p, mem_size(st, nr & (SCT_NR_MAX - 1), i, ret, entry, size), false);
		break;
	case SCT_CAP_ARRAY: /* read when its mask says: at entry or at exit */
		/* an in/out one: its first bytes as they were at entry (sched_attr's size) */
		if (!entry && i < SCT_MAX_ARGS && (st->early_ok & (1u << i)))
			put_mem(b, &st->early[i], 8, true);
		put_array(b, p, mem_size(st, nr & (SCT_NR_MAX - 1), i, ret, entry, size));
		break;
	case SCT_CAP_PTRACE_DATA:
		if (!entry && i < SCT_MAX_ARGS && (st->early_ok & (1u << i)))
			put_mem(b, &st->early[i], 8, true);
		put_ptrace_regset(b, st->args[0], p, size);
		put_array(b, p, size);
		break;
	case SCT_CAP_CLONE_ARGS:
		if (i == 0)
			put_clone_args(b, p, st->args[1], size, entry);
		break;
	case SCT_CAP_BUF_ENTRY: /* write-like: the fd is the first argument */
		if (size < SCT_MAX_ARGS)
			put_buf(b, p, st->args[size], fd_dumped(dump_write_fds, dump_write_high, st->args[0]));
		break;
	case SCT_CAP_BUF_EXIT:
		if (!entry && ret >= 0)
			put_buf(b, p, (__u64)ret, fd_dumped(dump_read_fds, dump_read_high, st->args[0]));
		break;
	case SCT_CAP_SOCKBUF_ENTRY:
		if (size < SCT_MAX_ARGS) {
			bool nl = put_netlink(b, st->args[0]);

			put_buf_ex(b, p, st->args[size], nl || fd_dumped(dump_write_fds, dump_write_high, st->args[0]),
				   nl);
		}
		break;
	case SCT_CAP_SOCKBUF_EXIT:
		/* MSG_TRUNC: the return value may pass the buffer's size (args[2]) */
		if (!entry && ret >= 0)
			put_buf(b, p, (__u64)ret < st->args[2] ? (__u64)ret : st->args[2],
				put_netlink(b, st->args[0]) || fd_dumped(dump_read_fds, dump_read_high, st->args[0]));
		break;
	case SCT_CAP_PATH_EXIT:
		if (!entry && ret >= 0)
			put_str(b, p, SCT_PATH_MAX - 1);
		break;
	case SCT_CAP_DENTS_EXIT:
		if (!entry && ret > 0)
			put_dents(b, p, (__u64)ret);
		break;
	case SCT_CAP_MEM_PAGE: /* size 0: a string's -s bytes and one more */
		put_buf_ex(b, p, size ? size : (__u64)str_limit + 1, true, true);
		break;
	case SCT_CAP_FPROG:
		put_fprog(b, p, st);
		break;
	case SCT_CAP_MSGBUF: /* mtype, then mtext (aux 1), its size in args[size] */
		if (size < SCT_MAX_ARGS) {
			put_mem(b, p, 8, false);
			b->aux = 1;
			put_buf(b, (const char *)p + 8, st->args[size], false);
			b->aux = 0;
		}
		break;
	case SCT_CAP_URING_REG: /* one copy of the read for the four */
	case SCT_CAP_IOCBS:
	case SCT_CAP_BPF_ATTR: /* as ARRAY_ENTRY with cap_elem 8, and more: record.h */
	case SCT_CAP_ARRAY_ENTRY: {
		__u64 n = kind == SCT_CAP_URING_REG ? uring_reg_size((__u32)st->args[1], (__u32)st->args[3]) :
			  kind == SCT_CAP_IOCBS	    ? iocbs_size(st->args[1]) :
						      mem_size(st, nr & (SCT_NR_MAX - 1), i, ret, entry, size);

		asm volatile("" : "+r"(n)); /* a bound the verifier sees in put_buf_ex */
		put_buf_ex(b, p, n, true, true);
		/* then what its words point to: one call site, the callback is verified once */
		struct ptr_walk w = { .b = b, .words = p, .size = (__u64)str_limit + 1 };
		__u32 words = 0;

		if (kind == SCT_CAP_URING_REG) {
			put_uring_early(b, st, entry);
			words = uring_pointees(&w, st, p);
		} else if (kind == SCT_CAP_IOCBS) {
			words = n / 8 * 2, w.size = 64, w.iocb = 1; /* an iocb, then its buffer */
		} else if (kind == SCT_CAP_BPF_ATTR ||
			   (cap_count[nr & (SCT_NR_MAX - 1)][i & 7] == SCT_COUNT_FIXED &&
			    cap_elem[nr & (SCT_NR_MAX - 1)][i & 7] == 8)) {
			words = SCT_POINTEE_WORDS;
		}
		if (words)
			put_pointees(&w, words);
		if (kind == SCT_CAP_BPF_ATTR)
			put_bpf_parts(b, st, p, entry);
		break;
	}
	case SCT_CAP_SOCKOPT_ENTRY:
		put_sockopt(b, st, p, true, size);
		break;
	case SCT_CAP_SOCKOPT_EXIT:
		if (!entry && ret >= 0)
			put_sockopt(b, st, p, false, size);
		break;
	}
}

/*
 * The iovec or msghdr argument of a call, if it has one, captured after the
 * others and outside the per-argument callback: nested in it, its own loop
 * over the elements multiplied the verifier's work (sys_exit took 0.6 s).
 */
static __always_inline void capture_vec(struct build *b, struct build_state *bs,
					struct task_state *st, __s64 ret, __u8 mask, bool entry)
{
	__u32 nr = st->nr & (SCT_NR_MAX - 1);
	const void *p;
	__u16 size;
	__u8 kind;
	int i;

	for (i = 0; i < SCT_MAX_ARGS; i++)
		if (SCT_CAP_IS_VEC(cap_kind[nr][i]))
			break;
	if (i >= SCT_MAX_ARGS || !(mask & (1u << i)) || !st->args[i])
		return;
	kind = cap_kind[nr][i];
	size = cap_size[nr][i];
	p = (const void *)st->args[i];
	b->arg = i;
	if (kind == SCT_CAP_IOV_ENTRY && size < SCT_MAX_ARGS) { /* writev-like: the count in args[size] */
		put_iov(b, p, st->args[size], ~0ULL, fd_dumped(dump_write_fds, dump_write_high, st->args[0]));
	} else if (kind == SCT_CAP_IOV_EXIT && size < SCT_MAX_ARGS) { /* the array alone at entry and after a failure */
		put_iov(b, p, st->args[size], entry || ret < 0 ? 0 : (__u64)ret,
			fd_dumped(dump_read_fds, dump_read_high, st->args[0]));
	} else if (kind == SCT_CAP_MSGHDR_ENTRY) {
		put_msghdr(b, p, ~0ULL,
			   put_netlink(b, st->args[0]) || fd_dumped(dump_write_fds, dump_write_high, st->args[0]), false);
	} else if (kind == SCT_CAP_MSGHDR_EXIT) {
		if (!entry && (st->early_ok & (1u << i))) {
			b->aux = SCT_AUX_MSG_NAMELEN_IN;
			put_mem(b, &st->early[i], 4, true);
			b->aux = 0;
		}
		put_msghdr(b, p, ret,
			   (!entry && ret >= 0 && put_netlink(b, st->args[0])) ||
				   fd_dumped(dump_read_fds, dump_read_high, st->args[0]),
			   entry || ret < 0);
	} else if (kind == SCT_CAP_MMSG) { /* sct_capture_mmsg, called from emit_syscall */
		((struct scratch *)b->base)->mp.mmsg_arg = i + 1;
	} else if (kind == SCT_CAP_PTR_STRUCT) {
		__u64 pointee = 0;

		put_mem(b, p, size, false);
		if (!bpf_probe_read_user(&pointee, sizeof(pointee), p) && pointee) {
			b->aux = SCT_AUX_POINTEE;
			put_mem(b, (const void *)pointee, 8, false);
			b->aux = 0;
		}
	}
}

/*
 * The captures as global functions: the verifier checks each once, on its
 * own, instead of once for every state of every program they would be
 * inlined into (start-up time is mostly that checking).
 */
__noinline int sct_capture_arg(struct scratch *s, struct task_state *st, struct build_state *bs,
			       int i, __s64 ret)
{
	struct build b;

	if (!s || !st || !bs || i < 0 || i >= SCT_MAX_ARGS)
		return -1;
	__u64 faults = cpu_counters(bs->cpu)->str_fault;

	state_load(&b, s, bs);
	capture_arg(&b, st, i, ret, bs->entry);
	state_save(bs, &b);
	bs->faulted = cpu_counters(bs->cpu)->str_fault != faults;
	return 0;
}

/*
 * sendmmsg and recvmmsg's vector, from emit_syscall rather than from
 * sct_capture_extras: each element's parts are another global call
 * (sct_put_msg_parts, then its iovec callback), and under
 * sct_capture_extras's frame that chain took all 512 bytes of stack.
 */
__noinline int sct_capture_mmsg(struct scratch *s, struct task_state *st, struct build_state *bs,
				__s64 ret)
{
	__u32 nr;
	struct build b;
	const void *p;
	bool recv, entry;
	__u64 n;
	int i;

	if (!s || !st || !bs)
		return -1;
	nr = st->nr & (SCT_NR_MAX - 1);
	i = s->mp.mmsg_arg - 1; /* capture_vec found it, in the mask and not NULL */
	if (i < 0 || i >= SCT_MAX_ARGS || cap_size[nr][i] >= SCT_MAX_ARGS)
		return 0;
	entry = bs->entry;
	/* sendmmsg (size 2): the elements in the vector; recvmmsg: those it filled */
	recv = cap_elem[nr][i & 7] != 0;
	n = recv && !entry ? (ret > 0 ? (__u64)ret : 0) : st->args[cap_size[nr][i] & 7];
	p = (const void *)st->args[i];
	state_load(&b, s, bs);
	b.arg = i;
	put_mmsg(&b, bs, p, n, recv ? fd_dumped(dump_read_fds, dump_read_high, st->args[0]) :
				      fd_dumped(dump_write_fds, dump_write_high, st->args[0]), recv,
		 entry && recv);
	state_save(bs, &b);
	return 0;
}

__noinline int sct_capture_extras(struct scratch *s, struct task_state *st, struct build_state *bs,
				  __s64 ret)
{
	struct build b;

	if (!s || !st || !bs)
		return -1;
	s->mp.pending = 0;
	s->mp.mmsg_arg = 0;
	state_load(&b, s, bs);
	capture_vec(&b, bs, st, ret, (__u8)bs->mask, bs->entry);
	if (!bs->entry)
		capture_fdinfo(&b, st, ret);
	state_save(bs, &b);
	return 0;
}

/* The vCPU structures' fields read, found by name in the kernel's BTF (kvm may be a module). */
struct kvm_run___sct {
	__u32 exit_reason;
} __attribute__((preserve_access_index));

struct kvm_vcpu___sct {
	struct kvm_run___sct *run;
} __attribute__((preserve_access_index));

/*
 * -e kvm=vcpu: the exit reason a successful KVM_RUN on vCPU descriptor fd
 * left in its struct kvm_run (the page the process maps and strace reads),
 * as a 4-byte blob of aux SCT_AUX_KVM_EXIT; nothing where the kernel has no
 * KVM.
 */
static __always_inline void put_kvm_exit(struct build *b, __s64 fd)
{
	struct kvm_vcpu___sct *vcpu;
	struct kvm_run___sct *run;
	struct sct_blob *blob;
	struct file *f;
	__u32 reason;

	if (!bpf_core_type_exists(struct kvm_vcpu___sct) || !(f = current_file(fd)))
		return;
	vcpu = BPF_CORE_READ(f, private_data);
	run = BPF_CORE_READ(vcpu, run);
	if (!run || bpf_core_read(&reason, sizeof(reason), &run->exit_reason) ||
	    !(blob = blob_start(b, SCT_BLOB_MEM, sizeof(reason))))
		return;
	blob->aux = SCT_AUX_KVM_EXIT;
	*(__u32 *)(blob + 1) = reason;
	blob_done(b, blob);
}

/*
 * What some ioctl requests need beyond their argument, at exit: SG_IO's
 * buffers (put_sg_io), KVM_RUN's exit reason (put_kvm_exit). A global
 * function of its own, called from the program, so that the verifier checks
 * it once and not at every state of sct_capture_arg (inlined there, SG_IO's
 * capture took the programs from 47k to 60k instructions processed).
 */
__noinline int sct_capture_ioctl_extra(struct scratch *s, struct task_state *st, struct build_state *bs)
{
	struct build b;

	if (!s || !st || !bs)
		return -1;
	state_load(&b, s, bs);
	b.arg = 2;
	if ((__u32)st->args[1] == SCT_SG_IO)
		put_sg_io(&b, (const __u8 *)st->args[2]);
	else if ((__u32)st->args[1] == SCT_KVM_RUN)
		put_kvm_exit(&b, (__s64)st->args[0]);
	state_save(bs, &b);
	return 0;
}

/*
 * Capture argument i into the record being built; true if its memory could
 * not be read. The work is in the global function sct_capture_arg, which
 * the verifier checks once on its own, so a call per captured argument costs
 * little verification (start-up) time.
 */
static bool capture_one(struct build *b, struct task_state *st, int i, __s64 ret, bool entry,
			__u32 mask)
{
	struct build_state bs = { .off = b->off, .nblobs = b->nblobs, .full = b->full,
				  .entry = entry, .cpu = b->cpu, .mask = mask };

	sct_capture_arg((struct scratch *)b->base, st, &bs, i, ret);
	b->off = bs.off;
	b->nblobs = bs.nblobs;
	b->full = bs.full;
	return bs.faulted;
}

/*
 * The offset of the 8 bytes of ioctl's argument that request req rewrites
 * and whose value at entry strace prints (SCT_AUX_IOCTL_EARLY), or -1:
 * UFFDIO_API's features, SIOCGIFCONF's ifc_len, GIO_UNIMAP's entry_ct.
 */
static __always_inline int ioctl_early_off(__u32 req)
{
	if (req == 0xc018aa3f) /* UFFDIO_API */
		return 8;
	if (req == 0x8912 || req == 0x4b66) /* SIOCGIFCONF, GIO_UNIMAP */
		return 0;
	return -1;
}

/* The in/out values (at most 8 bytes each) that the call may rewrite. */
static __always_inline void save_early(struct task_state *st, __u32 nr)
{
	__u8 mask = cap_early_mask[nr];

	for (int i = 0; i < SCT_MAX_ARGS; i++) {
		__u16 size = cap_size[nr][i];
		const __u8 *p = (const __u8 *)st->args[i];

		if (cap_kind[nr][i] == SCT_CAP_ARRAY || cap_kind[nr][i] == SCT_CAP_PTRACE_DATA)
			size = 8; /* its first 8 bytes, or for ptrace those after them */
		if (!(mask & (1u << i)) || !p || size > 8)
			continue;
		st->early[i] = 0;
		if (cap_kind[nr][i] == SCT_CAP_MSGHDR_EXIT) /* its msg_namelen */
			p += 8, size = 4;
		if (cap_kind[nr][i] == SCT_CAP_PTRACE_DATA) /* a regset iovec's iov_len */
			p += 8, size = 8;
		if (!bpf_probe_read_user(&st->early[i], size & 15, p))
			st->early_ok |= 1u << i;
	}
	/* ioctl's argument (too large for the loop): the 8 bytes its request rewrites */
	if (cap_kind[nr][2] == SCT_CAP_IOCTL && (mask & 4)) {
		int off = ioctl_early_off((__u32)st->args[1]);
		const __u8 *p = (const __u8 *)st->args[2];

		st->early[2] = 0;
		if (off >= 0 && p && !bpf_probe_read_user(&st->early[2], 8, p + (off & 15)))
			st->early_ok |= 4;
	}
}

#endif
