// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Kernel side of sctrace: syscall capture on BTF tracepoints.
 *
 * One record per syscall where possible: sys_enter only saves the arguments
 * in task storage, sys_exit writes one SYSCALL record with the arguments, the
 * strings and structures they point to, and the return value. A call that
 * blocks gets its ENTER record written from sched_switch as it goes to sleep,
 * so that other tasks' lines can interleave as "<unfinished ...>" in strace;
 * its exit then writes an EXIT record. execve writes ENTER at entry because the
 * old image is gone at exit; exit/exit_group write one record at entry.
 *
 * Filtering happens first, before any helper call: the traced thread groups
 * are a bitmap indexed by tgid (kept current from fork and exit), the traced
 * syscalls a bitmap indexed by number. Records go to the ring buffer of the
 * current CPU without waking the consumer, unless the ring is half full.
 */
#include "vmlinux.h"

#include <bpf/bpf_core_read.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#include "../shared/record.h"
#include "rings.bpf.h"

char LICENSE[] SEC("license") = "Dual MIT/GPL";

/* Set by user space before load. */
const volatile __u32 self_tgid;
const volatile bool follow_fork;
const volatile bool system_wide;
const volatile bool comm_filter;
const volatile bool want_enter_ts = true; /* false: enter_ts 0, no clock read at entry */
const volatile char target_comm[SCT_COMM_LEN];
const volatile __u32 str_limit = 32; /* bytes of a -s string captured */
const volatile __u64 ring_wakeup_bytes = 1 << 20;
const volatile __u64 syscall_bits[SCT_NR_MAX / 64];
const volatile __u64 dump_read_fds[SCT_DUMP_FDS / 64]; /* -e read=: whole buffers (to 4096) */
const volatile __u64 dump_write_fds[SCT_DUMP_FDS / 64]; /* -e write= */
const volatile __u8 sc_flags[SCT_NR_MAX]; /* SCT_SCF_* */
const volatile __u8 sc_nargs[SCT_NR_MAX] = { [0 ... SCT_NR_MAX - 1] = SCT_MAX_ARGS }; /* args a record keeps */
const volatile __u8 cap_in_mask[SCT_NR_MAX]; /* args captured on entry */
const volatile __u8 cap_out_mask[SCT_NR_MAX]; /* args captured on exit */
const volatile __u8 cap_early_mask[SCT_NR_MAX]; /* small in/out args also saved at entry */
const volatile __u8 cap_kind[SCT_NR_MAX][SCT_MAX_ARGS];
const volatile __u16 cap_size[SCT_NR_MAX][SCT_MAX_ARGS];
const volatile __u8 cap_count[SCT_NR_MAX][SCT_MAX_ARGS]; /* enum sct_cap_count */
const volatile __u8 cap_elem[SCT_NR_MAX][SCT_MAX_ARGS]; /* bytes of one counted element */

/* Shared with user space through the mmapped .bss. */
__u64 tgid_bits[SCT_PID_MAX / 64];
__s64 live_tgids; /* traced thread groups alive, for "wait until all are gone" */
struct sct_counters counters[SCT_MAX_CPUS];
/*
 * The signal programs' own counts, added atomically: signal_generate can run
 * in an interrupt on a CPU whose syscall program is in the middle of a plain
 * counters[cpu] increment, and the two would lose each other's updates.
 */
struct sct_counters signal_counters[SCT_MAX_CPUS];

struct task_state {
	__u64 enter_ts;
	__u64 args[SCT_MAX_ARGS];
	__u32 nr;
	__u8 active; /* inside a traced syscall */
	__u8 entered; /* its ENTER record is written */
	__u16 pad;
	__s32 ignored_sig; /* an ignored signal sent during the call, shown after it */
	__s32 sent_sig; /* the last signal sent to the task, for a fatal one's line */
	__u64 early[SCT_MAX_ARGS]; /* in/out values (a socklen) as they were at entry */
	__u8 early_ok; /* args whose early value was read */
	/*
	 * Inputs the ENTER record could not read (the call was asleep in its own
	 * page fault on them): read again at exit, into the EXIT record.
	 */
	__u8 refetch;
	__u8 ignored_info[SCT_SIGINFO_SIZE];
	__u8 sent_info[SCT_SIGINFO_SIZE];
};

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct task_state);
} task_states SEC(".maps");

/*
 * Records with captured memory are built here, one buffer per CPU, then
 * copied into the ring. Offsets are masked to REC_LIMIT so that every write of
 * up to ITEM_MAX bytes stays inside the buffer, which the verifier checks.
 */
#define REC_LIMIT 32768
#define ITEM_MAX (sizeof(struct sct_blob) + SCT_PATH_MAX + 8)
struct scratch {
	__u8 data[REC_LIMIT + ITEM_MAX + 64];
};

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, SCT_MAX_CPUS);
	__type(key, __u32);
	__type(value, struct scratch);
} scratch_bufs SEC(".maps");

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

static __always_inline struct sct_counters *cpu_counters(__u32 cpu)
{
	return &counters[cpu & (SCT_MAX_CPUS - 1)];
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

/* Capture state while a record is built in the scratch buffer. */
struct build {
	__u8 *base;
	__u32 off;
	__u16 nblobs;
	__u8 arg;
	__u8 full; /* the record reached REC_LIMIT: later captures are dropped */
	__u16 aux; /* of the next blobs: which part of an iovec or msghdr capture */
	const char *const *vec; /* argv/envp being walked */
	__u32 cpu;
};

static __always_inline struct sct_blob *blob_at(struct build *b)
{
	return (struct sct_blob *)(b->base + (b->off & (REC_LIMIT - 1)));
}

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

/* A string of at most limit bytes; read limit + 2 to tell "exactly limit" from longer. */
static __always_inline void put_str(struct build *b, const void *uptr, __u32 limit)
{
	struct sct_blob *blob;
	long n;

	if (!room_for(b, sizeof(*blob) + limit + 8))
		return;
	blob = blob_at(b);
	blob->arg = b->arg;
	blob->kind = SCT_BLOB_STR;
	blob->flags = 0;
	blob->aux = b->aux;
	n = bpf_probe_read_user_str(blob + 1, (limit + 2) & 8191, uptr);
	if (n <= 0) {
		blob->flags = SCT_BLOB_FAULT;
		blob->len = 0;
		cpu_counters(b->cpu)->str_fault++;
	} else if (n > limit + 1) {
		blob->flags = SCT_BLOB_TRUNC;
		blob->len = limit;
	} else {
		blob->len = n - 1;
	}
	blob_done(b, blob);
}

/* size bytes of user memory (or of our own copy, kernel = true). */
static __always_inline void put_mem(struct build *b, const void *uptr, __u32 size, bool kernel)
{
	struct sct_blob *blob;

	size &= SCT_MEM_CAP_MAX * 2 - 1;
	if (!size || size > SCT_MEM_CAP_MAX || !room_for(b, sizeof(*blob) + size + 8))
		return;
	blob = blob_at(b);
	blob->arg = b->arg;
	blob->kind = SCT_BLOB_MEM;
	blob->flags = 0;
	blob->aux = b->aux;
	blob->len = size;
	if (kernel ? bpf_probe_read_kernel(blob + 1, size, uptr) :
		     bpf_probe_read_user(blob + 1, size, uptr)) {
		blob->flags = SCT_BLOB_FAULT;
		blob->len = 0;
		cpu_counters(b->cpu)->str_fault++;
	}
	blob_done(b, blob);
}

static __always_inline void put_count(struct build *b, __u32 count, __u16 flags)
{
	struct sct_blob *blob;

	if (!room_for(b, sizeof(*blob)))
		return;
	blob = blob_at(b);
	blob->arg = b->arg;
	blob->kind = SCT_BLOB_COUNT;
	blob->flags = flags;
	blob->len = 0;
	blob->aux = count > 0xffff ? 0xffff : count;
	blob_done(b, blob);
}

/* A data buffer of size bytes, at most the -s limit; the decoder knows the full size. */
/* Whether fd is in a -e read=/write= set: its data is captured whole (to 4096 bytes). */
static __always_inline bool fd_dumped(const volatile __u64 *set, __u64 fd)
{
	if (fd >= SCT_DUMP_FDS)
		return false;
	return set[(fd >> 6) & (SCT_DUMP_FDS / 64 - 1)] & (1ULL << (fd & 63));
}

static __always_inline void put_buf(struct build *b, const void *uptr, __u64 size, bool whole)
{
	struct sct_blob *blob;
	__u32 limit = whole ? SCT_STR_CAP_MAX : str_limit;
	__u32 n = size < limit ? (__u32)size : limit;

	n &= 8191;
	if (n > SCT_STR_CAP_MAX || !room_for(b, sizeof(*blob) + n + 8))
		return;
	if (size > n && limit >= SCT_STR_CAP_MAX)
		cpu_counters(b->cpu)->str_trunc++;
	blob = blob_at(b);
	blob->arg = b->arg;
	blob->kind = SCT_BLOB_MEM;
	blob->flags = 0;
	blob->aux = b->aux;
	blob->len = n;
	if (n && bpf_probe_read_user(blob + 1, n, uptr)) {
		blob->flags = SCT_BLOB_FAULT;
		blob->len = 0;
		cpu_counters(b->cpu)->str_fault++;
	}
	blob_done(b, blob);
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
	if (w->strings && i < SCT_ARGV_MAX)
		put_str(w->b, p, str_limit);
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

struct iov_walk {
	struct build *b;
	const __u8 *iov; /* user address of struct iovec[count] */
	__u64 left; /* bytes still to show: the return value, or all */
	__u32 count;
	bool whole; /* -e read=/write= descriptor: up to 4096 bytes each */
};

/* One iovec element's data, as a bpf_loop callback. */
static long iov_step(__u64 j, void *ctx)
{
	struct iov_walk *w = ctx;
	__u64 v[2]; /* iov_base, iov_len */
	__u64 n;

	if (j >= w->count || j >= SCT_IOV_MAX_CAPTURED || !w->left)
		return 1;
	if (bpf_probe_read_user(v, sizeof(v), w->iov + j * 16))
		return 1;
	n = v[1] < w->left ? v[1] : w->left;
	if (w->left != ~0ULL) /* ~0: every byte counts (writev), no budget to use up */
		w->left -= n;
	w->b->aux = (__u16)j;
	put_buf(w->b, (const void *)v[0], n, w->whole);
	return 0;
}

/* struct iovec[count]: the array, then each element's data, at most left bytes in all. */
static __always_inline void put_iov(struct build *b, const void *uptr, __u64 count, __u64 left,
				    bool whole)
{
	struct iov_walk w = { .b = b, .iov = uptr, .left = left, .whole = whole };

	w.count = count < SCT_IOV_MAX_CAPTURED ? (__u32)count : SCT_IOV_MAX_CAPTURED;
	if (!w.count)
		return;
	b->aux = SCT_AUX_IOV;
	put_mem(b, uptr, w.count * 16, false);
	if (left)
		bpf_loop(SCT_IOV_MAX_CAPTURED, iov_step, &w, 0);
	b->aux = 0;
}

/* struct msghdr: the header, then (unless header_only) name, iovec data and control. */
static __always_inline void put_msghdr(struct build *b, const void *uptr, __u64 left, bool whole,
				       bool header_only)
{
	__u64 m[SCT_MSGHDR_SIZE / 8];
	__u32 namelen;

	if (bpf_probe_read_user(m, sizeof(m), uptr)) {
		put_mem(b, uptr, SCT_MSGHDR_SIZE, false); /* a FAULT blob */
		return;
	}
	b->aux = SCT_AUX_MSGHDR;
	put_mem(b, m, SCT_MSGHDR_SIZE, true);
	if (header_only) {
		b->aux = 0;
		return;
	}
	namelen = (__u32)m[1];
	if (m[0] && namelen) {
		b->aux = SCT_AUX_MSG_NAME;
		put_mem(b, (const void *)m[0], namelen < 128 ? namelen : 128, false);
	}
	put_iov(b, (const void *)m[2], m[3], left, whole);
	if (m[4] && m[5]) {
		b->aux = SCT_AUX_MSG_CONTROL;
		put_mem(b, (const void *)m[4], m[5] < SCT_MSG_CONTROL_CAP ? m[5] : SCT_MSG_CONTROL_CAP,
			false);
	}
	b->aux = 0;
}

/* The bytes a MEM capture of argument i reads: see enum sct_cap_count. */
static __always_inline __u32 mem_size(struct task_state *st, __u32 nr, int i, __s64 ret, bool entry,
				      __u16 size)
{
	__u8 how = cap_count[nr][i & 7];
	__u64 j = (__u64)(i + 1);
	__u64 n = 0;

	asm volatile("" : "+r"(j)); /* keep the compiler from folding the masks below */

	if (how == SCT_COUNT_FIXED)
		return size;
	if (how == SCT_COUNT_NEXT_ARG && j < SCT_MAX_ARGS)
		n = st->args[j & 7];
	else if (how == SCT_COUNT_RET && !entry && ret > 0)
		n = (__u64)ret;
	else if (how == SCT_COUNT_NEXT_EARLY && j < SCT_MAX_ARGS && (st->early_ok & (1u << j)))
		n = (__u32)st->early[j & 7];
	else if (how == SCT_COUNT_ARG0_BITS)
		n = ((__u32)st->args[0] + 63) / 64;
	if (n > size) /* before the multiplication: n may be any 64-bit value */
		return size;
	n *= cap_elem[nr][i & 7];
	return n < size ? (__u32)n : size;
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
	case SCT_CAP_STR:
		put_str(b, p, str_limit);
		break;
	case SCT_CAP_ARGV:
		put_vec(b, p, true);
		break;
	case SCT_CAP_ENVP:
		put_vec(b, p, false);
		break;
	case SCT_CAP_MEM_ENTRY:
		/* An in/out value at exit: first as it was at entry, then as it is now. */
		if (!entry && i < SCT_MAX_ARGS && (st->early_ok & (1u << i)))
			put_mem(b, &st->early[i], size, true);
		put_mem(b, p, mem_size(st, nr & (SCT_NR_MAX - 1), i, ret, entry, size), false);
		break;
	case SCT_CAP_MEM_EXIT:
		if (!entry)
			put_mem(b, p, mem_size(st, nr & (SCT_NR_MAX - 1), i, ret, entry, size), false);
		break;
	case SCT_CAP_BUF_ENTRY: /* write-like: the fd is the first argument */
		if (size < SCT_MAX_ARGS)
			put_buf(b, p, st->args[size], fd_dumped(dump_write_fds, st->args[0]));
		break;
	case SCT_CAP_BUF_EXIT:
		if (!entry && ret >= 0)
			put_buf(b, p, (__u64)ret, fd_dumped(dump_read_fds, st->args[0]));
		break;
	case SCT_CAP_PATH_EXIT:
		if (!entry && ret >= 0)
			put_str(b, p, SCT_PATH_MAX - 1);
		break;
	}
}

/*
 * The iovec or msghdr argument of a call, if it has one, captured after the
 * others and outside the per-argument callback: nested in it, its own loop
 * over the elements multiplied the verifier's work (sys_exit took 0.6 s).
 */
static __always_inline void capture_vec(struct build *b, struct task_state *st, __s64 ret,
					__u8 mask, bool entry)
{
	__u32 nr = st->nr & (SCT_NR_MAX - 1);
	const void *p;
	__u16 size;
	__u8 kind;
	int i;

	for (i = 0; i < SCT_MAX_ARGS; i++)
		if (cap_kind[nr][i] >= SCT_CAP_IOV_ENTRY)
			break;
	if (i >= SCT_MAX_ARGS || !(mask & (1u << i)) || !st->args[i])
		return;
	kind = cap_kind[nr][i];
	size = cap_size[nr][i];
	p = (const void *)st->args[i];
	b->arg = i;
	if (kind == SCT_CAP_IOV_ENTRY && size < SCT_MAX_ARGS) { /* writev-like: the count in args[size] */
		put_iov(b, p, st->args[size], ~0ULL, fd_dumped(dump_write_fds, st->args[0]));
	} else if (kind == SCT_CAP_IOV_EXIT && size < SCT_MAX_ARGS) { /* the array alone at entry and after a failure */
		put_iov(b, p, st->args[size], entry || ret < 0 ? 0 : (__u64)ret,
			fd_dumped(dump_read_fds, st->args[0]));
	} else if (kind == SCT_CAP_MSGHDR_ENTRY) {
		put_msghdr(b, p, ~0ULL, fd_dumped(dump_write_fds, st->args[0]), false);
	} else if (kind == SCT_CAP_MSGHDR_EXIT) {
		if (!entry && (st->early_ok & (1u << i))) {
			b->aux = SCT_AUX_MSG_NAMELEN_IN;
			put_mem(b, &st->early[i], 4, true);
			b->aux = 0;
		}
		put_msghdr(b, p, ret, fd_dumped(dump_read_fds, st->args[0]), entry || ret < 0);
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

#define S_IFMT 0170000
#define S_IFSOCK 0140000
#define AF_UNIX 1
#define AF_INET 2
#define AF_INET6 10

/* What descriptor fd of the current task refers to, as a SCT_AUX_FDINFO blob. */
static __always_inline void put_fdinfo(struct build *b, __s64 fd)
{
	struct task_struct *task = bpf_get_current_task_btf();
	struct fdtable *fdt = BPF_CORE_READ(task, files, fdt);
	struct sct_fdinfo *fi;
	struct sct_blob *blob;
	struct file **fds, *f = NULL;
	struct inode *inode;
	struct sock *sk;

	if (fd < 0 || !fdt || fd >= BPF_CORE_READ(fdt, max_fds))
		return;
	fds = BPF_CORE_READ(fdt, fd);
	if (bpf_probe_read_kernel(&f, sizeof(f), &fds[fd & 0xffffff]) || !f ||
	    !room_for(b, sizeof(*blob) + sizeof(*fi)))
		return;
	blob = blob_at(b);
	blob->arg = b->arg;
	blob->kind = SCT_BLOB_MEM;
	blob->flags = 0;
	blob->aux = SCT_AUX_FDINFO;
	blob->len = sizeof(*fi);
	fi = (struct sct_fdinfo *)(blob + 1);
	__builtin_memset(fi, 0, sizeof(*fi));
	fi->fd = (__s32)fd;
	inode = BPF_CORE_READ(f, f_inode);
	fi->ino = BPF_CORE_READ(inode, i_ino);
	fi->mode = BPF_CORE_READ(inode, i_mode);
	if ((fi->mode & S_IFMT) == S_IFSOCK) {
		struct socket *sock = BPF_CORE_READ(f, private_data);

		sk = BPF_CORE_READ(sock, sk);
		fi->family = BPF_CORE_READ(sk, __sk_common.skc_family);
		fi->type = BPF_CORE_READ(sk, sk_type);
		fi->protocol = BPF_CORE_READ(sk, sk_protocol);
		fi->sport = BPF_CORE_READ(sk, __sk_common.skc_num);
		fi->dport = bpf_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport));
		if (fi->family == AF_INET) {
			bpf_core_read(fi->saddr, 4, &sk->__sk_common.skc_rcv_saddr);
			bpf_core_read(fi->daddr, 4, &sk->__sk_common.skc_daddr);
		} else if (fi->family == AF_INET6 &&
			   bpf_core_field_exists(sk->__sk_common.skc_v6_rcv_saddr)) {
			/* (a kernel without CONFIG_IPV6 has no such fields: not loaded there) */
			bpf_core_read(fi->saddr, 16, &sk->__sk_common.skc_v6_rcv_saddr);
			bpf_core_read(fi->daddr, 16, &sk->__sk_common.skc_v6_daddr);
		} else if (fi->family == AF_UNIX) {
			struct sock *peer = BPF_CORE_READ((struct unix_sock *)sk, peer);
			struct unix_address *ua = BPF_CORE_READ((struct unix_sock *)sk, addr);
			int len;

			if (peer)
				fi->peer_ino = BPF_CORE_READ(peer, sk_socket, file, f_inode, i_ino);
			if (ua) { /* name[0] is a sockaddr_un: sun_family, then the path */
				len = BPF_CORE_READ(ua, len) - 2;
				if (len > 0 && len <= (int)sizeof(fi->unix_path) &&
				    !bpf_probe_read_kernel(fi->unix_path, sizeof(fi->unix_path),
							   (const char *)ua +
								   bpf_core_field_offset(struct unix_address, name) + 2))
					fi->unix_len = len;
			}
		}
	}
	blob_done(b, blob);
}

/* After a successful call that made or changed descriptors: what they now are. */
struct fdinfo_walk {
	struct build *b;
	__s64 fds[3];
};

static long fdinfo_step(__u64 i, void *ctx)
{
	struct fdinfo_walk *w = ctx;

	if (i >= 3)
		return 1;
	if (w->fds[i] >= 0)
		put_fdinfo(w->b, w->fds[i]);
	return 0;
}

/*
 * After a successful call that made or changed descriptors: what they now
 * are. One bpf_loop over them, so that the verifier walks put_fdinfo once.
 */
static __always_inline void capture_fdinfo(struct build *b, struct task_state *st, __s64 ret)
{
	__u8 scf = sc_flags[st->nr & (SCT_NR_MAX - 1)];
	struct fdinfo_walk w = { .b = b, .fds = { -1, -1, -1 } };
	int pair[2] = { -1, -1 };

	/* a non-blocking connect has its endpoints as soon as it returns EINPROGRESS */
	if ((ret < 0 && !(ret == -115 && (scf & SCT_SCF_FD_ARG0))) || !(scf & SCT_SCF_FD_ANY))
		return;
	b->arg = 0;
	if (scf & SCT_SCF_FD_RET)
		w.fds[0] = ret;
	if (scf & SCT_SCF_FD_ARG0)
		w.fds[0] = (__s32)st->args[0];
	if (scf & (SCT_SCF_FD_PAIR0 | SCT_SCF_FD_PAIR3) &&
	    !bpf_probe_read_user(pair, sizeof(pair),
				 (const void *)st->args[scf & SCT_SCF_FD_PAIR3 ? 3 : 0])) {
		w.fds[1] = pair[0];
		w.fds[2] = pair[1];
	}
	bpf_loop(3, fdinfo_step, &w, 0);
}

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

__noinline int sct_capture_extras(struct scratch *s, struct task_state *st, struct build_state *bs,
				  __s64 ret)
{
	struct build b;

	if (!s || !st || !bs)
		return -1;
	state_load(&b, s, bs);
	capture_vec(&b, st, ret, (__u8)bs->mask, bs->entry);
	if (!bs->entry)
		capture_fdinfo(&b, st, ret);
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
	if (!entry && (ret >= 0 || ret == -115) && (sc_flags[st->nr & (SCT_NR_MAX - 1)] & SCT_SCF_FD_ANY))
		mask |= 0x80; /* not an argument: takes the scratch path for capture_fdinfo */
	if (!mask) {
		bool in_lane = true;

		size = sizeof(*rec) + 8 * nargs;
		rec = (struct sct_rec_syscall_packed *)lane_claim(cpu, size, &lane);
		if (!rec) {
			in_lane = false;
			ring = bpf_map_lookup_elem(&rings, &cpu);
			rec = ring ? bpf_ringbuf_reserve(ring, SYSCALL_REC_FULL, 0) : NULL;
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
	/* select's inputs are rewritten by the call: only a sleeping call's are read again. */
	if (entry && !(sc_flags[st->nr & (SCT_NR_MAX - 1)] & SCT_SCF_ENTER_ALWAYS))
		st->refetch = faulted;
	/* Most calls have no vector to walk nor descriptor to describe: skip the call. */
	if ((mask & 0x80) || (sc_flags[st->nr & (SCT_NR_MAX - 1)] & SCT_SCF_VEC)) {
		struct build_state bs = { .off = b.off, .nblobs = b.nblobs, .full = b.full,
					  .entry = entry, .cpu = cpu, .mask = mask };

		sct_capture_extras((struct scratch *)b.base, st, &bs, ret);
		b.off = bs.off;
		b.nblobs = bs.nblobs;
	}

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
	if (!ring || bpf_ringbuf_output(ring, rec, size, wakeup_flag(ring, cpu, size, false))) {
		cnt->lost++;
		return;
	}
	cnt->spilled++;
	cnt->events++;
}

/* The in/out values (at most 8 bytes each) that the call may rewrite. */
static __always_inline void save_early(struct task_state *st, __u32 nr)
{
	__u8 mask = cap_early_mask[nr];

	for (int i = 0; i < SCT_MAX_ARGS; i++) {
		__u16 size = cap_size[nr][i];
		const __u8 *p = (const __u8 *)st->args[i];

		if (!(mask & (1u << i)) || !p || size > 8)
			continue;
		st->early[i] = 0;
		if (cap_kind[nr][i] == SCT_CAP_MSGHDR_EXIT) /* its msg_namelen */
			p += 8, size = 4;
		if (!bpf_probe_read_user(&st->early[i], size & 15, p))
			st->early_ok |= 1u << i;
	}
}

SEC("tp_btf/sys_enter")
int BPF_PROG(sys_enter, struct pt_regs *regs, long id)
{
	__u64 pid_tgid = bpf_get_current_pid_tgid();
	__u32 tgid = pid_tgid >> 32, tid = (__u32)pid_tgid;
	struct task_state *st;
	__u8 scf;

	if (!tgid_traced(tgid) || !syscall_traced(id))
		return 0;
	st = bpf_task_storage_get(&task_states, bpf_get_current_task_btf(), 0,
				  BPF_LOCAL_STORAGE_GET_F_CREATE);
	if (!st) {
		cpu_counters(bpf_get_smp_processor_id())->lost++;
		return 0;
	}
	st->enter_ts = want_enter_ts ? bpf_ktime_get_ns() : 0;
	st->nr = id;
	st->args[0] = regs->di;
	st->args[1] = regs->si;
	st->args[2] = regs->dx;
	st->args[3] = regs->r10;
	st->args[4] = regs->r8;
	st->args[5] = regs->r9;
	st->active = 1;
	st->entered = 0;
	st->early_ok = 0;
	st->refetch = 0;
	if (cap_early_mask[id & (SCT_NR_MAX - 1)])
		save_early(st, id & (SCT_NR_MAX - 1));

	scf = sc_flags[id & (SCT_NR_MAX - 1)];
	/*
	 * exit/exit_group: one whole record now. select...: their ENTER record
	 * now, as they rewrite their inputs. One call site for both: each
	 * inlined copy of the capture code costs verification time.
	 */
	if (scf & (SCT_SCF_NORETURN | SCT_SCF_ENTER_ALWAYS)) {
		bool noreturn = scf & SCT_SCF_NORETURN;

		st->active = !noreturn;
		st->entered = !noreturn;
		emit_syscall(noreturn ? SCT_REC_SYSCALL : SCT_REC_ENTER, st, 0,
			     noreturn ? SCT_SC_NORETURN : 0, cap_in_mask[id & (SCT_NR_MAX - 1)], true,
			     tid, tgid);
	}
	/*
	 * execve's arguments are not read here: their pages may not be present
	 * yet (a BPF program cannot fault them in). A successful exec writes its
	 * ENTER record from sched_process_exec, from the copies the kernel made;
	 * a failed one is a whole record at exit, when the old image's pages
	 * have been touched by the kernel's copy.
	 */
	return 0;
}

static __always_inline void emit_ignored_signal(struct task_struct *task, struct task_state *st);

#define SIGNAL_GROUP_EXIT 0x4 /* include/linux/sched/signal.h */
#define SIGKILL 9

/*
 * Whether the task dies on its way back to user space without the call
 * returning: SIGKILL or another thread's exit_group. strace never sees these
 * calls return and prints "= ?"; a fatal signal that a ptracer could still
 * observe (SIGTERM...) lets the call return first.
 */
static __always_inline bool dying_without_return(struct task_struct *task)
{
	struct signal_struct *sig = task->signal;
	int code;

	if (!(sig->flags & SIGNAL_GROUP_EXIT))
		return false;
	code = sig->group_exit_code;
	return (code & 0x7f) == SIGKILL || (code & 0x7f) == 0;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(sys_exit, struct pt_regs *regs, long ret)
{
	__u64 pid_tgid = bpf_get_current_pid_tgid();
	struct task_struct *task = bpf_get_current_task_btf();
	struct task_state *st;
	__u16 flags = 0;
	__u32 nr;

	/* Reject untraced processes before the storage lookup (no call of theirs is active). */
	if (!tgid_traced(pid_tgid >> 32))
		return 0;
	st = bpf_task_storage_get(&task_states, task, 0, 0);
	if (!st || !st->active)
		return 0;
	st->active = 0;
	nr = st->nr & (SCT_NR_MAX - 1);
	if (dying_without_return(task))
		flags = SCT_SC_NORETURN;
	/* One call site: each inlined copy of the capture code costs verification time. */
	emit_syscall(st->entered ? SCT_REC_EXIT : SCT_REC_SYSCALL, st, ret, flags,
		     (st->entered ? st->refetch : cap_in_mask[nr]) | (ret >= 0 ? cap_out_mask[nr] : 0), false,
		     (__u32)pid_tgid, pid_tgid >> 32);
	emit_ignored_signal(task, st);
	return 0;
}

/* A traced task going to sleep inside a syscall: write its entry now. */
SEC("tp_btf/sched_switch")
int BPF_PROG(sched_switch, bool preempt, struct task_struct *prev, struct task_struct *next,
	     unsigned int prev_state)
{
	struct task_state *st;

	if (preempt || prev_state == 0 || !tgid_traced(prev->tgid))
		return 0;
	st = bpf_task_storage_get(&task_states, prev, 0, 0);
	if (!st || !st->active || st->entered)
		return 0;
	/* Past execve's point of no return the argument pointers name the new image. */
	if (sc_flags[st->nr & (SCT_NR_MAX - 1)] & SCT_SCF_ENTRY_RECORD)
		return 0;
	st->entered = 1;
	emit_syscall(SCT_REC_ENTER, st, 0, 0, cap_in_mask[st->nr & (SCT_NR_MAX - 1)], true, prev->pid,
		     prev->tgid);
	return 0;
}

static __always_inline void emit_small(__u16 type, __u32 tid, __u32 tgid, __u32 a, __u32 b)
{
	__u32 cpu = bpf_get_smp_processor_id();
	void *ring = bpf_map_lookup_elem(&rings, &cpu);
	struct sct_rec_fork *rec; /* fork and task-exit records share this shape */

	_Static_assert(sizeof(struct sct_rec_fork) == sizeof(struct sct_rec_task_exit), "shape");
	if (!ring) {
		cpu_counters(cpu)->lost++;
		return;
	}
	rec = bpf_ringbuf_reserve(ring, sizeof(*rec), 0);
	if (!rec) {
		cpu_counters(cpu)->lost++;
		return;
	}
	fill_hdr(&rec->hdr, type, sizeof(*rec), bpf_ktime_get_ns(), tid, tgid, cpu);
	rec->child_tid = a;
	rec->child_tgid = b;
	bpf_ringbuf_submit(rec, wakeup_flag(ring, cpu, sizeof(*rec), true));
	cpu_counters(cpu)->events++;
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
	} else if (raw == 1) {
		w[2] = 0x80; /* SI_KERNEL */
	} else { /* SI_USER from the sender, the current task */
		w[4] = bpf_get_current_pid_tgid() >> 32;
		w[5] = (__s32)bpf_get_current_uid_gid();
	}
}

static __always_inline void emit_signal(struct task_struct *task, int sig, const __u8 *info,
					__u32 flags)
{
	__u32 cpu = bpf_get_smp_processor_id();
	void *ring = bpf_map_lookup_elem(&rings, &cpu);
	struct sct_rec_signal *rec;

	struct sct_counters *cnt = &signal_counters[cpu & (SCT_MAX_CPUS - 1)];

	if (!ring) {
		__sync_fetch_and_add(&cnt->lost, 1);
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
static __always_inline void emit_ignored_signal(struct task_struct *task, struct task_state *st)
{
	if (!st->ignored_sig)
		return;
	emit_signal(task, st->ignored_sig, st->ignored_info, SCT_SIG_IGNORED);
	st->ignored_sig = 0;
}

/*
 * A signal dequeued for a handler or its default action. A fatal signal
 * arrives here as SIGKILL (the group exit takes a shortcut that a ptracer
 * prevents); strace shows the signal that was sent, so report that one.
 */
SEC("tp_btf/signal_deliver")
int BPF_PROG(signal_deliver, int sig, struct kernel_siginfo *info, struct k_sigaction *ka)
{
	struct task_struct *task = bpf_get_current_task_btf();
	struct task_state *st;
	__u8 buf[SCT_SIGINFO_SIZE];
	int code;

	if (!tgid_traced(task->tgid))
		return 0;
	if (sig != SIGKILL) {
		read_siginfo(buf, &ctx[1]);
		emit_signal(task, sig, buf, 0);
		return 0;
	}
	st = bpf_task_storage_get(&task_states, task, 0, 0);
	code = task->signal->group_exit_code & 0x7f;
	if (!st || !(task->signal->flags & SIGNAL_GROUP_EXIT) || !code || code == SIGKILL ||
	    st->sent_sig != code)
		return 0;
	emit_signal(task, code, st->sent_info, 0);
	st->sent_sig = 0;
	return 0;
}

/* Every signal sent to a traced task: ignored ones are shown, others remembered. */
SEC("tp_btf/signal_generate")
int BPF_PROG(signal_generate, int sig, struct kernel_siginfo *info, struct task_struct *task,
	     int group, int result)
{
	struct task_state *st;

	if (!tgid_traced(task->tgid))
		return 0;
	st = bpf_task_storage_get(&task_states, task, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
	if (!st)
		return 0;
	if (result != TRACE_SIGNAL_IGNORED) {
		read_siginfo(st->sent_info, &ctx[1]);
		st->sent_sig = sig;
		return 0;
	}
	emit_ignored_signal(task, st); /* an older one still waiting */
	read_siginfo(st->ignored_info, &ctx[1]);
	st->ignored_sig = sig;
	if (!st->active)
		emit_ignored_signal(task, st);
	return 0;
}

SEC("tp_btf/sched_process_fork")
int BPF_PROG(sched_process_fork, struct task_struct *parent, struct task_struct *child)
{
	__u32 ptgid = parent->tgid, ctgid = child->tgid;
	bool traced = tgid_traced(ptgid);

	if (ctgid != ptgid) {
		if (!(traced && follow_fork) && !(comm_filter && comm_matches(child->comm)))
			return 0;
		tgid_mark(ctgid);
		traced = true;
	}
	if (traced)
		emit_small(SCT_REC_FORK, parent->pid, ptgid, child->pid, ctgid);
	return 0;
}

struct exec_walk {
	struct build *b;
	unsigned long pos; /* next argv string in the new image's stack */
	unsigned long end;
	__u32 shown;
};

/* One argv string of the new image: captured up to -s, then skipped whole. */
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
	return 0;
}

/*
 * The ENTER record of a successful execve, from what the kernel copied: the
 * file name from bprm, argv from the new image's stack (present by now),
 * the environment's count from bprm.
 */
static __always_inline void emit_exec_enter(struct task_state *st, struct task_struct *p,
					    struct linux_binprm *bprm)
{
	__u32 cpu = bpf_get_smp_processor_id();
	struct build b = { .cpu = cpu };
	void *ring = bpf_map_lookup_elem(&rings, &cpu);
	struct mm_struct *mm = p->mm;
	struct exec_walk w = { .b = &b };
	struct sct_rec_syscall_packed *rec;
	struct sct_blob *blob;
	long n;

	b.base = bpf_map_lookup_elem(&scratch_bufs, &cpu);
	if (!ring || !b.base || !mm) {
		cpu_counters(cpu)->lost++;
		return;
	}
	b.off = SYSCALL_REC_FULL;
	/* arg 0: the file name (a kernel string) */
	blob = blob_at(&b);
	blob->arg = 0;
	blob->kind = SCT_BLOB_STR;
	blob->flags = 0;
	blob->aux = 0;
	n = bpf_probe_read_kernel_str(blob + 1, SCT_PATH_MAX, bprm->filename);
	blob->len = n > 0 ? n - 1 : 0;
	if (n <= 0)
		blob->flags = SCT_BLOB_FAULT;
	blob_done(&b, blob);
	/* arg 1: argv */
	b.arg = 1;
	w.pos = mm->arg_start;
	w.end = mm->arg_end;
	bpf_loop(SCT_ENVP_COUNT_MAX, exec_arg_step, &w, 0);
	put_count(&b, bprm->argc, 0);
	/* arg 2: envp, counted */
	b.arg = 2;
	put_count(&b, bprm->envc, 0);

	rec = (struct sct_rec_syscall_packed *)b.base;
	fill_hdr(&rec->hdr, SCT_REC_ENTER, b.off, bpf_ktime_get_ns(), p->pid, p->tgid, cpu);
	fill_syscall(rec, st, 0, 0, b.nblobs, SCT_MAX_ARGS);
	if (bpf_ringbuf_output(ring, rec, b.off & (REC_LIMIT - 1), BPF_RB_NO_WAKEUP)) {
		cpu_counters(cpu)->lost++;
		return;
	}
	cpu_counters(cpu)->events++;
}

SEC("tp_btf/sched_process_exec")
int BPF_PROG(sched_process_exec, struct task_struct *p, pid_t old_pid, struct linux_binprm *bprm)
{
	struct task_state *st;

	if (comm_filter && !tgid_traced(p->tgid) && comm_matches(p->comm))
		tgid_mark(p->tgid);
	if (!tgid_traced(p->tgid))
		return 0;
	st = bpf_task_storage_get(&task_states, p, 0, 0);
	if (!st || !st->active || st->entered ||
	    !(sc_flags[st->nr & (SCT_NR_MAX - 1)] & SCT_SCF_ENTRY_RECORD))
		return 0;
	st->entered = 1;
	emit_exec_enter(st, p, bprm);
	return 0;
}

SEC("tp_btf/sched_process_exit")
int BPF_PROG(sched_process_exit, struct task_struct *p, bool group_dead)
{
	__u32 tgid = p->tgid;

	if (!tgid_traced(tgid))
		return 0;
	emit_small(SCT_REC_TASK_EXIT, p->pid, tgid, p->exit_code, group_dead ? SCT_EXIT_GROUP_DEAD : 0);
	if (group_dead && !system_wide)
		tgid_unmark(tgid);
	return 0;
}
