/* SPDX-License-Identifier: GPL-2.0 OR MIT */
/*
 * Part of capture.bpf.c: building a record with captured memory. The
 * per-CPU scratch buffer, struct build (where the record has reached), and
 * the blob writers: strings, memory, counts, data buffers, argv/envp, iovec
 * arrays and msghdrs, each a struct sct_blob followed by its bytes.
 */
#ifndef SCT_BPF_BLOB_BPF_H
#define SCT_BPF_BLOB_BPF_H

/*
 * Records with captured memory are built here, one buffer per CPU, then
 * copied into the ring. Offsets are masked to REC_LIMIT so that every write of
 * up to ITEM_MAX bytes stays inside the buffer, which the verifier checks.
 */
#define REC_LIMIT 32768
#define ITEM_MAX (sizeof(struct sct_blob) + SCT_PATH_MAX + 8)
/*
 * What sct_put_msg_parts is given (in the scratch buffer, as the stack of
 * its nested calls is short): a msghdr read already, the data bytes to show
 * (left), and the tags of its parts.
 */
struct msg_parts {
	__u64 m[SCT_MSGHDR_SIZE / 8];
	__u64 left;
	__u16 name_aux, control_aux, iov_aux, data_aux;
	__u16 whole;
	__u16 arg; /* the argument they belong to */
	__u16 pending; /* set by put_msghdr: the parts are still to be read */
	__u16 mmsg_arg; /* set by capture_vec: 1 + the argument of a sendmmsg/recvmmsg vector */
};

struct scratch {
	__u8 data[REC_LIMIT + ITEM_MAX + 64];
	__u64 forget_slot; /* forget() */
	struct msg_parts mp;
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, SCT_MAX_CPUS);
	__type(key, __u32);
	__type(value, struct scratch);
} scratch_bufs SEC(".maps");

/* Capture state while a record is built in the scratch buffer. */
/* 32 bytes, pointers first: it sits in the frames of calls nested five deep (512 bytes in all). */
struct build {
	__u8 *base;
	const char *const *vec; /* argv/envp being walked */
	__u32 off;
	__u32 cpu;
	__u16 nblobs;
	__u16 aux; /* of the next blobs: which part of an iovec or msghdr capture */
	__u8 arg;
	__u8 full; /* the record reached REC_LIMIT: later captures are dropped */
};

/* What a record being built has reached, handed to the global capture functions. */
struct build_state {
	__u32 off;
	__u16 nblobs;
	__u8 full;
	__u8 entry;
	__u32 cpu;
	__u32 mask;
	__u32 faulted; /* set by sct_capture_arg: the argument's memory could not be read */
};

static __always_inline void state_load(struct build *b, struct scratch *s, const struct build_state *bs)
{
	__builtin_memset(b, 0, sizeof(*b));
	b->base = s->data;
	b->off = bs->off;
	b->nblobs = bs->nblobs;
	b->full = bs->full;
	b->cpu = bs->cpu;
}

static __always_inline void state_save(struct build_state *bs, const struct build *b)
{
	bs->off = b->off;
	bs->nblobs = b->nblobs;
	bs->full = b->full;
}

static __always_inline struct sct_blob *blob_at(struct build *b)
{
	return (struct sct_blob *)(b->base + (b->off & (REC_LIMIT - 1)));
}

/*
 * Make the verifier forget what it knows of a value that a bpf_loop callback
 * carries to its next call. The verifier checks a callback until the state at
 * its entry repeats; with such a value known to a range that every call moves
 * on (the record's offset, the bytes left to show), no state repeats and it
 * walks the loop to its bound: iov_step was half of each capture program's
 * checking, so of sctrace's start-up. A value that passed through memory the
 * verifier does not track is any value, so the next entry looks the same.
 */
#define forget(b, var)                                                               \
	do {                                                                           \
		volatile __u64 *slot_ = &((struct scratch *)(b)->base)->forget_slot;  \
		*slot_ = (var);                                                        \
		(var) = (__typeof__(var))*slot_;                                       \
	} while (0)

static __always_inline bool room_for(struct build *b, __u32 bytes)
{
	if (b->off + bytes >= REC_LIMIT) {
		if (!b->full)
			cpu_counters(b->cpu)->str_trunc++;
		b->full = 1;
		return false;
	}
	return true;
}

static __always_inline void blob_done(struct build *b, struct sct_blob *blob)
{
	b->off += sizeof(*blob) + ((blob->len + 7) & ~7u);
	b->nblobs++;
}

/* The next blob, of kind for argument b->arg, room made for len bytes; NULL if the record is full. */
static __always_inline struct sct_blob *blob_start(struct build *b, __u8 kind, __u32 len)
{
	struct sct_blob *blob;

	if (!room_for(b, sizeof(*blob) + len + 8))
		return NULL;
	blob = blob_at(b);
	blob->arg = b->arg;
	blob->kind = kind;
	blob->flags = 0;
	blob->aux = b->aux;
	blob->len = len;
	return blob;
}

/* Its bytes could not be read: the argument prints as its address. */
static __always_inline void blob_fault(struct build *b, struct sct_blob *blob)
{
	blob->flags = SCT_BLOB_FAULT;
	blob->len = 0;
	cpu_counters(b->cpu)->str_fault++;
}

/*
 * A string of at most limit bytes (limit + 2 are read to tell "exactly
 * limit" from longer); when max is not 0, the kernel reads at
 * most max bytes of it (memfd_create's name), so that a string with no NUL
 * among them is cut there, whether or not more bytes are readable.
 */
static __always_inline void put_str_max(struct build *b, const void *uptr, __u32 limit, __u32 max)
{
	struct sct_blob *blob;
	long n;

	blob = blob_start(b, SCT_BLOB_STR, limit);
	if (!blob)
		return;
	n = bpf_probe_read_user_str(blob + 1, (limit + 2) & 8191, uptr);
	/*
	 * A fault before any NUL, but limit + 1 readable bytes (a long path
	 * that ends at an unmapped page): none of them is a NUL, so the string
	 * is longer than limit, as strace, which reads no further, says.
	 */
	if (n < 0 && max && max <= limit && !bpf_probe_read_user(blob + 1, max & 8191, uptr))
		n = max + 1;
	else if (n < 0 && !bpf_probe_read_user(blob + 1, (limit + 1) & 8191, uptr))
		n = limit + 2;
	if (n <= 0) {
		blob_fault(b, blob);
	} else if (max && n > max) { /* no NUL among the max bytes */
		blob->flags = SCT_BLOB_TRUNC;
		blob->len = max < limit ? max : limit;
	} else if (n > limit + 1) {
		blob->flags = SCT_BLOB_TRUNC;
		blob->len = limit;
	} else {
		blob->len = n - 1;
	}
	blob_done(b, blob);
}

static __always_inline void put_str(struct build *b, const void *uptr, __u32 limit)
{
	put_str_max(b, uptr, limit, 0);
}

/* size bytes of user memory (or of our own copy, kernel = true). */
static __always_inline void put_mem(struct build *b, const void *uptr, __u32 size, bool kernel)
{
	struct sct_blob *blob;

	size &= SCT_MEM_CAP_MAX * 2 - 1;
	if (!size || size > SCT_MEM_CAP_MAX || !(blob = blob_start(b, SCT_BLOB_MEM, size)))
		return;
	if (kernel ? bpf_probe_read_kernel(blob + 1, size, uptr) :
		     bpf_probe_read_user(blob + 1, size, uptr))
		blob_fault(b, blob);
	blob_done(b, blob);
}

/*
 * size bytes of an array in user memory, or when they cannot all be read,
 * those before the first page that faults (flag SCT_BLOB_TRUNC); a fault in
 * the first page gives a FAULT blob.
 */
static __always_inline void put_mem_prefix(struct build *b, const void *uptr, __u32 size)
{
	struct sct_blob *blob;
	__u32 head;

	size &= SCT_ARRAY_CAP_MAX * 2 - 1;
	if (!size || size > SCT_ARRAY_CAP_MAX || !(blob = blob_start(b, SCT_BLOB_MEM, size)))
		return;
	if (bpf_probe_read_user(blob + 1, size, uptr)) {
		head = 4096 - ((__u64)uptr & 4095); /* the bytes up to the end of the first page */
		blob->flags = SCT_BLOB_TRUNC;
		blob->len = head;
		if (head >= size || bpf_probe_read_user(blob + 1, head & (SCT_ARRAY_CAP_MAX - 1), uptr))
			blob_fault(b, blob);
	}
	blob_done(b, blob);
}

static __always_inline void put_count(struct build *b, __u32 count, __u16 flags)
{
	struct sct_blob *blob;

	blob = blob_start(b, SCT_BLOB_COUNT, 0);
	if (!blob)
		return;
	blob->flags = flags;
	blob->aux = count > 0xffff ? 0xffff : count;
	blob_done(b, blob);
}

/* Whether fd is in a -e read=/write= set: its data is captured whole (to 4096 bytes). */
static __always_inline bool fd_dumped(const volatile __u64 *set, bool high, __u64 arg)
{
	__s32 fd = (__s32)arg; /* the kernel takes an int: 0xfacefeed00000001 is 1 */

	if (fd < 0)
		return false;
	if (fd >= SCT_DUMP_FDS) /* user space keeps what the set really holds */
		return high;
	return set[(fd >> 6) & (SCT_DUMP_FDS / 64 - 1)] & (1ULL << (fd & 63));
}
/*
 * The bytes of user memory at uptr up to the end of its page, if fewer than
 * n, into the scratch buffer at off: how many, or 0 if unreadable too. A
 * global function, checked once by the verifier.
 */
__noinline int sct_read_first_page(struct scratch *s, __u32 off, __u64 uptr, __u32 n)
{
	__u32 k = 4096 - (uptr & 4095);

	if (!s || k >= n || k > SCT_STR_CAP_MAX)
		return 0;
	asm volatile("" : "+r"(off)); /* keep the mask below for the verifier */
	off &= REC_LIMIT - 1;
	if (bpf_probe_read_user(s->data + off, k & 4095, (const void *)uptr))
		return 0;
	return (int)k;
}

/*
 * A data buffer of size bytes, at most the -s limit and one byte more (whole:
 * 4096); the decoder knows the full size and shows -s of them. The byte more
 * is strace's: it reads -s + 1 bytes of a longer buffer and prints its
 * address when they cannot all be read (a buffer that ends a page early).
 * first_page: if it faults, what its first page holds (SCT_BLOB_SHORT).
 */
static __always_inline void put_buf_ex(struct build *b, const void *uptr, __u64 size, bool whole,
				       bool first_page)
{
	struct sct_blob *blob;
	__u32 limit = whole || str_limit >= SCT_STR_CAP_MAX ? SCT_STR_CAP_MAX : str_limit + 1;
	__u32 n = size < limit ? (__u32)size : limit;

	n &= 8191;
	if (n > SCT_STR_CAP_MAX || !(blob = blob_start(b, SCT_BLOB_MEM, n)))
		return;
	if (size > n && limit >= SCT_STR_CAP_MAX)
		cpu_counters(b->cpu)->str_trunc++;
	if (n && bpf_probe_read_user(blob + 1, n, uptr)) {
		/* netlink messages: what the first page holds (a message may end there) */
		int k = first_page ? sct_read_first_page((struct scratch *)b->base,
							 b->off + sizeof(*blob), (__u64)uptr, n) : 0;

		if (k > 0) {
			blob->flags = SCT_BLOB_FAULT | SCT_BLOB_SHORT;
			blob->len = k;
		} else {
			blob_fault(b, blob);
		}
	}
	blob_done(b, blob);
}

/* An array of size bytes (at most SCT_MEM_CAP_MAX); if it faults, what its first page holds. */
static __always_inline void put_array(struct build *b, const void *uptr, __u32 size)
{
	struct sct_blob *blob;
	int k;

	size &= SCT_MEM_CAP_MAX * 2 - 1;
	if (!size || size > SCT_MEM_CAP_MAX || !(blob = blob_start(b, SCT_BLOB_MEM, size)))
		return;
	if (bpf_probe_read_user(blob + 1, size, uptr)) {
		k = sct_read_first_page((struct scratch *)b->base, b->off + sizeof(*blob),
					(__u64)uptr, size);
		blob->flags = k > 0 ? SCT_BLOB_FAULT | SCT_BLOB_SHORT : SCT_BLOB_FAULT;
		blob->len = k > 0 ? k : 0;
	}
	blob_done(b, blob);
}

static __always_inline void put_buf(struct build *b, const void *uptr, __u64 size, bool whole)
{
	put_buf_ex(b, uptr, size, whole, false);
}

/*
 * put_buf as a global function, for loop callbacks: the verifier checks it
 * once on its own, instead of in each call of the callback that it follows
 * (iov_step's inlined copy was a third of every capture program's checking).
 */
#define PUT_BUF_TAG(whole, arg, aux) ((whole) << 24 | (arg) << 16 | (aux)) /* five arguments at most */
#define PUT_BUF_FIRST_PAGE (1u << 25) /* uring: on a fault, what the first page holds (put_buf_ex) */
__noinline int sct_put_buf(struct scratch *s, struct build_state *bs, __u64 uptr, __u64 size,
			   __u32 tag)
{
	struct build b;

	if (!s || !bs)
		return -1;
	state_load(&b, s, bs);
	b.arg = (__u8)(tag >> 16);
	b.aux = (__u16)tag;
	put_buf_ex(&b, (const void *)uptr, size, (tag >> 24) & 1, (tag >> 25) & 1);
	state_save(bs, &b);
	return 0;
}

/* put_buf through the global sct_put_buf, which the verifier checks once: for loop callbacks. */
static __always_inline void put_buf_call(struct build *b, __u64 uptr, __u64 size, bool whole, __u16 aux)
{
	struct build_state bs = { .off = b->off, .nblobs = b->nblobs, .full = b->full, .cpu = b->cpu };

	sct_put_buf((struct scratch *)b->base, &bs, uptr, size,
		    PUT_BUF_TAG((__u32)whole, (__u32)b->arg, (__u32)aux));
	b->off = bs.off;
	b->nblobs = bs.nblobs;
	b->full = bs.full;
}

struct vec_walk {
	struct build *b;
	__u32 count;
	__u8 strings; /* capture the strings, not only count them */
	__u8 fault;
};

static long vec_step(__u64 i, void *ctx)
{
	struct vec_walk *w = ctx;
	const char *p = NULL;

	if (bpf_probe_read_user(&p, sizeof(p), &w->b->vec[i])) {
		w->fault = 1;
		return 1;
	}
	if (!p)
		return 1;
	w->count++;
	if (w->strings && i < SCT_ARGV_MAX) {
		char c;

		/* an unreadable string: its address, as strace prints it (a MEM blob) */
		if (bpf_probe_read_user(&c, 1, p))
			put_mem(w->b, &p, sizeof(p), true);
		else
			put_str(w->b, p, str_limit);
	}
	return 0;
}

/* argv: its strings and a count; envp: only the count. */
static __always_inline void put_vec(struct build *b, const void *uptr, bool strings)
{
	struct vec_walk w = { .b = b, .strings = strings };

	b->vec = uptr;
	bpf_loop(SCT_ENVP_COUNT_MAX, vec_step, &w, 0);
	put_count(b, w.count, w.fault ? SCT_BLOB_FAULT : 0);
}

struct ptr_walk {
	struct build *b;
	const __u64 *words; /* user address of the words that may be pointers */
	__u64 size; /* bytes read of each pointee */
	__u64 iocb; /* uring: the pointees are struct iocb, read what their aio_buf points to */
};

/*
 * uring: the buffer of the struct iocb at *v (IOCB_CMD_PWRITE's data, -s + 1
 * bytes; PREADV's and PWRITEV's iovec array, -s + 1 elements): its address
 * in *v and its size in *size; false when there is none to read.
 */
static __always_inline bool iocb_buf(__u64 *v, __u64 *size)
{
	__u64 f[3]; /* aio_lio_opcode (with aio_reqprio, aio_fildes), aio_buf, aio_nbytes */
	__u64 lim = (__u64)str_limit + 1, op;

	if (bpf_probe_read_user(f, sizeof(f), (const __u8 *)*v + 16) || !f[1])
		return false;
	op = f[0] & 0xffff;
	*v = f[1];
	if (op == 1) /* -s + 1 bytes, as strace reads a string */
		*size = f[2] < lim ? f[2] : lim;
	else if (op == 7 || op == 8)
		*size = (f[2] < lim ? f[2] : lim) * 16;
	else
		return false;
	return true;
}

/*
 * What word j points to, w->size bytes (or its first page), aux j + 1, as a
 * bpf_loop callback; for iocbs, step 2j reads iocb j and step 2j + 1 its
 * buffer (SCT_AUX_IOCB_BUF(j)): one copy of the read for all.
 */
static long ptr_step(__u64 k, void *ctx)
{
	struct ptr_walk *w = ctx;
	__u64 j = w->iocb ? k / 2 : k, v = 0, size = w->size;
	__u16 aux = (__u16)(j + 1);

	if (bpf_probe_read_user(&v, sizeof(v), w->words + j))
		return 1;
	if (!v)
		return 0;
	if (w->iocb && (k & 1)) {
		if (!iocb_buf(&v, &size))
			return 0;
		aux = (__u16)SCT_AUX_IOCB_BUF(j);
	}
	/*
	 * Inlined: through the global sct_put_buf (checked once, not for every
	 * caller) the chain hook -> sct_capture_arg -> here -> sct_put_buf
	 * passed the 512 bytes of BPF stack.
	 */
	w->b->aux = aux;
	put_buf_ex(w->b, (const void *)v, size, true, true);
	return 0;
}

/*
 * What each of the first n words of w points to, w->size bytes of each
 * (SCT_CAP_ARRAY_ENTRY with cap_elem 8: keyctl's iovec bases, kdf strings;
 * the arrays of io_uring_register's structures; io_submit's iocbs).
 */
static __always_inline void put_pointees(struct ptr_walk *w, __u32 n)
{
	bpf_loop(n, ptr_step, w, 0);
	w->b->aux = 0;
}

struct iov_walk {
	struct build *b;
	const __u8 *iov; /* user address of struct iovec[count] */
	__u64 left; /* bytes still to show: the return value, or all */
	__u32 count;
	__u16 data_aux; /* element j's data is tagged data_aux + j */
	bool whole; /* -e read=/write= descriptor: up to 4096 bytes each */
};

/* One iovec element's data, as a bpf_loop callback. */
/* Element j of the walk: its base in v[0], and in *n the bytes to show of it (taken from the budget); false at the end. */
static __always_inline bool iov_next(struct iov_walk *w, __u64 j, __u64 v[2], __u64 *n)
{
	if (j >= w->count || j >= SCT_IOV_MAX_CAPTURED || !w->left)
		return false;
	if (bpf_probe_read_user(v, 16, w->iov + j * 16))
		return false;
	*n = v[1] < w->left ? v[1] : w->left;
	if (w->left != ~0ULL) /* ~0: every byte counts (writev), no budget to use up */
		w->left -= *n;
	return true;
}

static long iov_step(__u64 j, void *ctx)
{
	struct iov_walk *w = ctx;
	__u64 v[2]; /* iov_base, iov_len */
	__u64 n;

	if (!iov_next(w, j, v, &n))
		return 1;
	put_buf_call(w->b, v[0], n, w->whole, (__u16)(w->data_aux + j));
	forget(w->b, w->left);
	return 0;
}

/*
 * struct iovec[count]: the array (tagged array_aux), then each element's data
 * (data_aux + its index), at most left bytes in all.
 */
/*
 * iov_step for a msghdr's iovec (sct_put_msg_parts): there the global
 * sct_put_buf would be a sixth nested call, past the 512 bytes of stack that
 * a chain of calls may take, so the element's copy is inlined.
 */
static long msg_iov_step(__u64 j, void *ctx)
{
	struct iov_walk *w = ctx;
	__u64 v[2]; /* iov_base, iov_len */
	__u64 n;

	if (!iov_next(w, j, v, &n))
		return 1;
	w->b->aux = (__u16)(w->data_aux + j);
	put_buf(w->b, (const void *)v[0], n, w->whole);
	forget(w->b, w->left);
	return 0;
}

/* nested: from sct_put_msg_parts (msg_iov_step), else iov_step. */
static __always_inline void put_iov_tagged(struct build *b, const void *uptr, __u64 count,
					   __u64 left, bool whole, __u16 array_aux, __u16 data_aux,
					   bool nested)
{
	struct iov_walk w = { .b = b, .iov = uptr, .left = left, .whole = whole,
			      .data_aux = data_aux };

	w.count = count < SCT_IOV_MAX_CAPTURED ? (__u32)count : SCT_IOV_MAX_CAPTURED;
	if (!w.count)
		return;
	b->aux = array_aux;
	put_array(b, uptr, w.count * 16); /* a fault keeps the elements of the first page */
	if (left)
		bpf_loop(SCT_IOV_MAX_CAPTURED, nested ? msg_iov_step : iov_step, &w, 0);
	b->aux = 0;
}

static __always_inline void put_iov(struct build *b, const void *uptr, __u64 count, __u64 left,
				    bool whole)
{
	put_iov_tagged(b, uptr, count, left, whole, SCT_AUX_IOV, 0, false);
}

/* Of the n bytes at uptr, those that can be read: n, or those before the next page if it cannot. */
static __always_inline __u32 readable_len(const void *uptr, __u32 n)
{
	__u32 head = 4096 - ((__u64)uptr & 4095);
	char c;

	if (n > head && bpf_probe_read_user(&c, 1, (const char *)uptr + head))
		return head;
	return n;
}

/*
 * The parts of struct msghdr m (read already): name, iovec data (at most left
 * bytes) and control, tagged with the auxes given.
 */
static __always_inline void put_msg_parts(struct build *b, const __u64 *m, __u64 left, bool whole,
					  __u16 name_aux, __u16 control_aux, __u16 iov_aux,
					  __u16 data_aux)
{
	__u32 namelen = (__u32)m[1];

	if (m[0] && namelen) {
		b->aux = name_aux;
		/* recvmsg's namelen may pass the buffer: strace reads what was passed in */
		put_mem(b, (const void *)m[0], readable_len((const void *)m[0], namelen < 128 ? namelen : 128),
			false);
	}
	put_iov_tagged(b, (const void *)m[2], m[3], left, whole, iov_aux, data_aux, true);
	if (m[4] && m[5]) {
		b->aux = control_aux;
		put_mem(b, (const void *)m[4], m[5] < SCT_MSG_CONTROL_CAP ? m[5] : SCT_MSG_CONTROL_CAP,
			false);
	}
	b->aux = 0;
}

struct dents_walk {
	const __u8 *p;
	__u64 len;
	__u64 off;
	__u32 count;
};

/* One directory entry: its d_reclen (at 16 in both layouts) leads to the next. */
static long dents_step(__u64 i, void *ctx)
{
	struct dents_walk *w = ctx;
	__u16 reclen = 0;

	if (w->off >= w->len || bpf_probe_read_user(&reclen, sizeof(reclen), w->p + w->off + 16) ||
	    !reclen)
		return 1;
	w->off += reclen;
	/* from the index, which the verifier does not know: a count++ it would follow value by value */
	w->count = (__u32)i + 1;
	return 0;
}

/* getdents' buffer of len bytes: what fits, and the count of entries when not all do. */
static __always_inline void put_dents(struct build *b, const void *uptr, __u64 len)
{
	struct dents_walk w = { .p = uptr, .len = len };

	put_buf(b, uptr, len, true);
	if (len <= SCT_STR_CAP_MAX)
		return;
	bpf_loop(SCT_DENTS_COUNT_MAX, dents_step, &w, 0);
	put_count(b, w.count, 0);
}

#endif
