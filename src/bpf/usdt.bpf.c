// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Kernel side of USDT tracing: one uprobe program, attached once per probe
 * site and traced process (src/usdt/attach.c). The attach cookie selects the
 * site's argument specs in `specs`; the program reads each argument from the
 * registers or user memory as the note says, narrows it to its size, reads
 * the string of those typed str (up to the -s limit), and writes one
 * SCT_REC_USDT record into the per-CPU ring of the syscall capture: `rings`
 * is the capture object's map, shared with bpf_map__reuse_fd before load, so
 * probe hits and syscalls are merged by the same consumer in time order.
 */
#include "vmlinux.h"

#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#include "../shared/record.h"
#include "../shared/usdt_spec.h"
#include "rings.bpf.h"

char LICENSE[] SEC("license") = "Dual MIT/GPL";

const volatile __u32 self_tgid;
const volatile __u32 str_limit = 32;
const volatile __u64 ring_wakeup_bytes = 1 << 20;
/*
 * Attachments made for every process (-f, --comm: one per object, so that
 * a new process that maps it is covered from its first instruction) keep
 * the hits of the processes the capture traces: its traced_bits by tgid, at
 * traced_off in the capture's .bss (capture_bss, that map shared by fd).
 */
const volatile bool filter_tgid;
const volatile __u32 traced_off;

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(map_flags, BPF_F_MMAPABLE);
	__uint(max_entries, 1);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, 8); /* the capture's .bss size, set before load */
} capture_bss SEC(".maps");

/*
 * Wakes sctrace when a process maps an executable file or execs: it scans
 * that process at once instead of at the next periodic rescan (a provider
 * loaded at run time fires within a millisecond or two). A tgid per record.
 */
struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4096);
} notify SEC(".maps");


/* Read by user space at the end. */
__u64 usdt_events;
__u64 usdt_lost;
__u64 usdt_unreadable; /* arguments (and strings of str arguments) that could not be read */
/*
 * Uprobe programs can be preempted, so another task's probe may run on the
 * same CPU while a record is half built in that CPU's scratch buffer: the
 * second one counts as lost instead of overwriting the first.
 */
__u64 scratch_busy[SCT_MAX_CPUS];

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 65536);
	__type(key, __u64);
	__type(value, struct sct_usdt_spec);
} specs SEC(".maps");

#define REC_LIMIT 32768
#define ITEM_MAX (sizeof(struct sct_blob) + 8192) /* the masked read size below */
struct scratch {
	__u8 data[REC_LIMIT + ITEM_MAX];
};

/* One per CPU (a per-CPU array's values are limited to 32 KiB); sized by user space. */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, SCT_MAX_CPUS);
	__type(key, __u32);
	__type(value, struct scratch);
} scratch_buf SEC(".maps");

/* Argument a into *out (0 when it cannot be read: the return is then false). */
static __always_inline bool read_arg(struct pt_regs *ctx, const struct sct_usdt_arg_spec *a,
				     __u64 *out)
{
	__u64 v = 0, base = 0;
	int sz = a->size < 0 ? -a->size : a->size;

	*out = 0;
	if (a->kind == SCT_UARG_CONST) {
		*out = a->val;
		return true;
	}
	if (a->kind == SCT_UARG_REG || a->kind == SCT_UARG_DEREF) {
		if (a->reg_off > SCT_USDT_PT_REGS_SIZE - 8)
			return false;
		bpf_probe_read_kernel(&base, sizeof(base), (void *)ctx + a->reg_off);
	}
	if (a->kind == SCT_UARG_REG) {
		v = base >> (a->reg_shift & 63);
	} else if (a->kind == SCT_UARG_DEREF || a->kind == SCT_UARG_ADDR) {
		if (sz < 1 || sz > 8)
			return false;
		if (bpf_probe_read_user(&v, sz & 15, (const void *)(base + a->val)))
			return false;
	} else {
		return false;
	}
	if (sz >= 1 && sz < 8) {
		int shift = 64 - sz * 8;

		if (a->size < 0)
			v = (__u64)(((__s64)(v << shift)) >> shift);
		else
			v = (v << shift) >> shift;
	}
	*out = v;
	return true;
}

struct arg_walk {
	struct pt_regs *ctx;
	const struct sct_usdt_spec *spec;
	__u8 *base; /* the record being built */
	__u32 off;
	__u32 limit;
	__u16 nblobs;
};

/* One argument: its value, and for one typed str the string it points to. */
static long arg_step(__u64 i, void *data)
{
	struct arg_walk *w = data;
	struct sct_rec_usdt *rec = (struct sct_rec_usdt *)w->base;
	const struct sct_usdt_arg_spec *a;
	struct sct_blob *blob;
	__u32 limit = w->limit;
	__u64 v;
	long n;

	if (i >= SCT_USDT_MAX_ARGS)
		return 1;
	if (i >= w->spec->nargs) {
		rec->args[i] = 0;
		return 0;
	}
	a = &w->spec->args[i];
	if (!read_arg(w->ctx, a, &v))
		__sync_fetch_and_add(&usdt_unreadable, 1);
	rec->args[i] = v;
	if (!a->str || !v || w->off + sizeof(*blob) + limit + 16 >= REC_LIMIT)
		return 0;
	blob = (struct sct_blob *)(w->base + (w->off & (REC_LIMIT - 1)));
	blob->arg = i;
	blob->kind = SCT_BLOB_STR;
	blob->flags = 0;
	blob->aux = SCT_USDT_STR_TYPED;
	n = bpf_probe_read_user_str(blob + 1, (limit + 2) & 8191, (const void *)v);
	if (n <= 0) {
		__sync_fetch_and_add(&usdt_unreadable, 1);
		blob->flags = SCT_BLOB_FAULT;
		blob->len = 0;
	} else if (n > limit + 1) {
		blob->flags = SCT_BLOB_TRUNC;
		blob->len = limit;
	} else {
		blob->len = n - 1;
	}
	w->off += sizeof(*blob) + ((blob->len + 7) & ~7u);
	w->nblobs++;
	return 0;
}

static __always_inline bool tgid_traced(__u32 tgid)
{
	__u32 zero = 0, word = (tgid >> 6) & (SCT_PID_MAX / 64 - 1);
	__u8 *bss;

	if (!filter_tgid)
		return true;
	bss = bpf_map_lookup_elem(&capture_bss, &zero);
	if (!bss)
		return false;
	return *(__u64 *)(bss + traced_off + word * 8) & (1ULL << (tgid & 63));
}

static __always_inline int hit(struct pt_regs *ctx)
{
	__u64 cookie = bpf_get_attach_cookie(ctx);
	__u64 pid_tgid = bpf_get_current_pid_tgid();
	__u32 cpu = bpf_get_smp_processor_id(), size;
	__u64 ts = bpf_ktime_get_ns(), avail, flags;
	struct arg_walk w = { .ctx = ctx };
	struct sct_rec_usdt *rec;
	void *ring;

	if ((__u32)(pid_tgid >> 32) == self_tgid || !tgid_traced(pid_tgid >> 32))
		return 0;
	w.spec = bpf_map_lookup_elem(&specs, &cookie);
	if (!w.spec)
		return 0;
	ring = bpf_map_lookup_elem(&rings, &cpu);
	w.base = bpf_map_lookup_elem(&scratch_buf, &cpu);
	if (!ring || !w.base || __sync_lock_test_and_set(&scratch_busy[cpu & (SCT_MAX_CPUS - 1)], 1)) {
		__sync_fetch_and_add(&usdt_lost, 1);
		return 0;
	}
	w.limit = str_limit < SCT_STR_CAP_MAX ? str_limit : SCT_STR_CAP_MAX;
	w.off = sizeof(*rec);
	bpf_loop(SCT_USDT_MAX_ARGS, arg_step, &w, 0);
	rec = (struct sct_rec_usdt *)w.base;
	size = w.off & (REC_LIMIT - 1);
	rec->hdr.ts = ts;
	rec->hdr.tid = (__u32)pid_tgid;
	rec->hdr.tgid = pid_tgid >> 32;
	rec->hdr.type = SCT_REC_USDT;
	rec->hdr.size = size;
	rec->hdr.cpu = cpu;
	rec->probe_id = w.spec->probe_id;
	rec->nargs = w.spec->nargs;
	rec->nblobs = w.nblobs;
	/* Wake the consumer only when this record takes the ring past the threshold. */
	avail = bpf_ringbuf_query(ring, BPF_RB_AVAIL_DATA) + size;
	flags = avail >= ring_wakeup_bytes && avail - size < ring_wakeup_bytes ? BPF_RB_FORCE_WAKEUP :
										 BPF_RB_NO_WAKEUP;
	if (size < sizeof(*rec) || bpf_ringbuf_output(ring, rec, size, flags))
		__sync_fetch_and_add(&usdt_lost, 1);
	else
		__sync_fetch_and_add(&usdt_events, 1);
	scratch_busy[cpu & (SCT_MAX_CPUS - 1)] = 0;
	return 0;
}

/* Attached per probe site by perf_event (kernels before 6.6). */
SEC("uprobe")
int usdt_hit(struct pt_regs *ctx)
{
	return hit(ctx);
}

/* Attached per object by one BPF_TRACE_UPROBE_MULTI link (set by user space before load). */
SEC("uprobe")
int usdt_hit_multi(struct pt_regs *ctx)
{
	return hit(ctx);
}

static __always_inline void notify_tgid(__u32 tgid)
{
	bpf_ringbuf_output(&notify, &tgid, sizeof(tgid), BPF_RB_FORCE_WAKEUP);
}

/*
 * After every system call (tp_btf: BTF, no tracefs; fexit on the mmap
 * functions is refused on some kernels): an mmap's arguments are still in
 * the saved registers, its result in ret.
 */
SEC("tp_btf/sys_exit")
int BPF_PROG(usdt_mmap, struct pt_regs *regs, long ret)
{
	__u64 pid_tgid;

	if (regs->orig_ax != 9) /* mmap */
		return 0;
	pid_tgid = bpf_get_current_pid_tgid();
	/* PROT_EXEC (4) of a file (fd >= 0) that worked, by a process we may trace */
	if (!(regs->dx & 4) || (long)regs->r8 < 0 || (unsigned long)ret >= (unsigned long)-4095L ||
	    (__u32)(pid_tgid >> 32) == self_tgid || !tgid_traced(pid_tgid >> 32))
		return 0;
	notify_tgid(pid_tgid >> 32);
	return 0;
}

SEC("tp_btf/sched_process_exec")
int BPF_PROG(usdt_exec, struct task_struct *p, pid_t old_pid, struct linux_binprm *bprm)
{
	__u64 pid_tgid = bpf_get_current_pid_tgid();

	if ((__u32)(pid_tgid >> 32) != self_tgid && tgid_traced(pid_tgid >> 32))
		notify_tgid(pid_tgid >> 32);
	return 0;
}
