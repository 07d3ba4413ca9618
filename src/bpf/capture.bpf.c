// SPDX-License-Identifier: GPL-2.0 OR MIT
/*
 * Kernel side of sctrace: syscall capture on BTF tracepoints.
 *
 * One record per syscall where possible: sys_enter only saves the arguments
 * in task storage, sys_exit writes one SYSCALL record with the arguments, the
 * strings and structures they point to, and the return value. A call that
 * blocks gets its ENTER record written from sched_switch as it goes to sleep,
 * so that other tasks' lines can interleave as "<unfinished ...>" in strace;
 * its exit then writes an EXIT record. A successful execve writes its ENTER
 * record from sched_process_exec, as the old image is gone at exit;
 * exit/exit_group write one record at entry.
 *
 * Filtering happens first, before any helper call: the traced tasks are a
 * bitmap indexed by tgid, or without -f by tid (kept current from fork, exec
 * and exit), the traced syscalls a bitmap indexed by number. Syscall records
 * go to the current CPU's lane, other records (and syscall records a full
 * lane cannot take) to its ring buffer, without waking the consumer until a
 * quarter is full.
 *
 * This file holds the globals user space sets and reads, the task storage
 * and the programs; the code they call is in the .bpf.h parts included below
 * (lanes.bpf.h and blob.bpf.h also define the lanes and scratch_bufs maps).
 */
#include "vmlinux.h"

#include <bpf/bpf_core_read.h>
#include <bpf/bpf_endian.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

#include "../shared/record.h"
#include "rings.bpf.h"

char LICENSE[] SEC("license") = "Dual MIT/GPL";

/*
 * Set by user space before load: the verifier prunes on these, so they are
 * part of the key under which a verified object is kept for the next run
 * (src/capture/cache.c).
 */
const volatile bool follow_fork;
/* enum sct_filter_by: traced_bits by tgid, by tid (without -f), or all (--system-wide) */
const volatile __u8 filter_by;
const volatile bool comm_filter;
const volatile bool detach_on_exec; /* -b execve */
const volatile bool env_strings; /* -v: execve's environment strings, not only their count */
const volatile bool want_enter_ts = true; /* false: enter_ts 0, no clock read at entry */
const volatile __u32 str_limit = 32; /* bytes of a -s string captured */
const volatile bool want_sched; /* --sched: SCHED_SWITCH records (sched.bpf.h) */
const volatile bool kvm_vcpu; /* -e kvm=vcpu: KVM_RUN's exit reason (ioctl3) */
const volatile bool want_regs; /* -i, -k: user registers in syscall and signal records */
const volatile bool want_cputime; /* -c: the CPU time of each call (cputime.bpf.h) */
const volatile __u32 stack_dump_bytes; /* -k: bytes of user stack copied (SCT_STACK_DUMP_MAX at most) */
const volatile __u64 ring_wakeup_bytes = 1 << 20;
const volatile bool inject_any; /* -e inject=/fault=: the calls are in inject_bits */
const volatile __u8 sc_flags[SCT_NR_MAX]; /* SCT_SCF_* */
const volatile __u8 sc_nargs[SCT_NR_MAX] = { [0 ... SCT_NR_MAX - 1] = SCT_MAX_ARGS }; /* args a record keeps */
const volatile __u8 cap_in_mask[SCT_NR_MAX]; /* args captured on entry */
const volatile __u8 cap_out_mask[SCT_NR_MAX]; /* args captured on exit */
const volatile __u8 cap_early_mask[SCT_NR_MAX]; /* small in/out args also saved at entry */
const volatile __u8 cap_kind[SCT_NR_MAX][SCT_MAX_ARGS];
const volatile __u16 cap_size[SCT_NR_MAX][SCT_MAX_ARGS];
const volatile __u8 cap_count[SCT_NR_MAX][SCT_MAX_ARGS]; /* enum sct_cap_count */
const volatile __u8 cap_elem[SCT_NR_MAX][SCT_MAX_ARGS]; /* bytes of one counted element */

/*
 * Per session, in .bss: written by user space before each run's attach, so a
 * kept object (src/capture/cache.c) serves other command lines too.
 */
__u32 self_tgid;
/* Cleared when the run ends: a kept object's programs stay attached, idle, for the next run. */
bool capture_on;
__u32 session_gen; /* task_states entries of another generation are an earlier run's */
__u32 pid_view_level; /* sctrace's PID namespace's depth (0: the initial one) */
bool pid_views; /* a PID_VIEW record per traced fork */
char target_comm[SCT_COMM_LEN];
__u64 syscall_bits[SCT_NR_MAX / 64];
/* -e inject=/fault=: calls a seccomp listener may answer without running them */
__u64 inject_bits[SCT_NR_MAX / 64];
__u64 dump_read_fds[SCT_DUMP_FDS / 64]; /* -e read=: whole buffers (to 4096) */
__u64 dump_write_fds[SCT_DUMP_FDS / 64]; /* -e write= */
bool dump_read_high, dump_write_high; /* the sets hold descriptors >= SCT_DUMP_FDS */

/* Shared with user space through the mmapped .bss. */
__u64 traced_bits[SCT_PID_MAX / 64]; /* by tgid, or by tid: filter_by */
__u32 exec_keep_tid; /* -b execve: the command, whose first exec is its start */
/* traced thread groups (threads by tid) alive, for "wait until all are gone" */
__s64 live_traced;
struct sct_counters counters[SCT_MAX_CPUS];
/*
 * The signal programs' own counts, added atomically: signal_generate can run
 * in an interrupt on a CPU whose syscall program is in the middle of a plain
 * counters[cpu] increment, and the two would lose each other's updates.
 */
struct sct_counters signal_counters[SCT_MAX_CPUS];

struct task_state {
	__u32 gen; /* session_gen of the run that wrote it */
	__u64 enter_ts;
	__u64 args[SCT_MAX_ARGS];
	__u32 nr;
	__u8 active; /* inside a traced syscall */
	__u8 entered; /* its ENTER record is written */
	__u16 inject_flags; /* SCT_SC_POKED, SCT_SC_DELAYED: from sctrace's listener */
	__s32 ignored_sig; /* an ignored signal sent during the call, shown after it */
	__s32 sent_sig; /* the last signal sent to the task, for a fatal one's line */
	__u64 early[SCT_MAX_ARGS]; /* in/out values (a socklen) as they were at entry */
	__u8 early_ok; /* args whose early value was read */
	/*
	 * Inputs the ENTER record could not read (the call was asleep in its own
	 * page fault on them): read again at exit, into the EXIT record.
	 */
	__u8 refetch;
	__u8 sched_dying; /* --sched: a traced task that exited, for its last switch */
	__u8 ignored_info[SCT_SIGINFO_SIZE];
	__u8 sent_info[SCT_SIGINFO_SIZE];
	/* -c (cputime.bpf.h): when the call entered, when it was switched out (0: on a CPU), time off */
	__u64 cpu_start, off_start, off_ns;
};

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct task_state);
} task_states SEC(".maps");

/*
 * The task's state in this run. A kept object (src/capture/cache.c) meets the
 * entries an earlier run left on tasks still alive: those are absent to a
 * reader and cleared for a writer.
 */
static __always_inline struct task_state *state_of(struct task_struct *task, bool create)
{
	struct task_state *st = bpf_task_storage_get(&task_states, task, 0,
						     create ? BPF_LOCAL_STORAGE_GET_F_CREATE : 0);
	__u32 gen = session_gen;

	if (!st || st->gen == gen)
		return st;
	if (!create)
		return NULL;
	__builtin_memset(st, 0, sizeof(*st));
	st->gen = gen;
	return st;
}

/*
 * procctl: without -f, the children traced tasks made with CLONE_PTRACE (key:
 * tid), which user space takes out to say strace's "Detached unknown pid N".
 */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, SCT_PTRACE_CHILDREN);
	__type(key, __u32);
	__type(value, __u8);
} ptrace_children SEC(".maps");

/* Written by sctrace's listener just before it answers a call (struct sct_injected). */
struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 4096);
	__type(key, __u32);
	__type(value, struct sct_injected);
} inject_pending SEC(".maps");

static __always_inline struct sct_counters *cpu_counters(__u32 cpu)
{
	return &counters[cpu & (SCT_MAX_CPUS - 1)];
}

/*
 * The parts, each using the globals above and the parts before it. Their
 * order also keeps the maps and globals they define in the order of the
 * sections, which the skeleton's layout follows.
 */
#include "filter.bpf.h"
#include "blob.bpf.h"
#include "lanes.bpf.h"
#include "fdinfo.bpf.h"
#include "bpfattr.bpf.h"
#include "args.bpf.h"
#include "regs.bpf.h"
#include "cputime.bpf.h"
#include "syscall.bpf.h"
#include "signal.bpf.h"
#include "task.bpf.h"
#include "sched.bpf.h"

/* A call starts: its number and registers in the task's state. */
static __always_inline void state_enter(struct task_state *st, struct pt_regs *regs, long id,
					__u64 ts)
{
	st->enter_ts = ts;
	cpu_enter(st, ts);
	st->nr = id;
	st->args[0] = regs->di;
	st->args[1] = regs->si;
	st->args[2] = regs->dx;
	st->args[3] = regs->r10;
	st->args[4] = regs->r8;
	st->args[5] = regs->r9;
	/* rt_sigreturn: its "argument" is the signal frame's mask, on the stack */
	if (cap_count[id & (SCT_NR_MAX - 1)][0] == SCT_COUNT_SIGFRAME)
		st->args[0] = regs->sp + SCT_SIGFRAME_MASK_OFF;
	st->active = 1;
	st->entered = 0;
	st->inject_flags = 0;
	st->early_ok = 0;
	st->refetch = 0;
	if (cap_early_mask[id & (SCT_NR_MAX - 1)])
		save_early(st, id & (SCT_NR_MAX - 1));
}

/*
 * A call sctrace's seccomp listener answered (-e inject=/fault=): seccomp
 * skipped it before sys_enter, so its state is made now from the registers,
 * which still hold the arguments. Only a call the listener marked in
 * inject_pending: the exit of a new task's fork looks the same otherwise.
 */
static __noinline struct task_state *injected_state(struct pt_regs *regs, struct task_struct *task,
						     __u32 tid)
{
	struct sct_injected *inj;
	struct task_state *st;
	__u64 ts, nr = regs->orig_ax;
	__u16 flags;

	if (nr >= SCT_NR_MAX || !(inject_bits[nr / 64] & (1ull << (nr % 64))))
		return NULL;
	inj = bpf_map_lookup_elem(&inject_pending, &tid);
	if (!inj || inj->nr != nr || inj->runs)
		return NULL;
	ts = want_enter_ts ? inj->enter_ts : 0;
	flags = inj->flags;
	bpf_map_delete_elem(&inject_pending, &tid);
	st = state_of(task, true);
	if (!st) {
		cpu_counters(bpf_get_smp_processor_id())->lost++;
		return NULL;
	}
	state_enter(st, regs, nr, ts);
	cpu_enter(st, 0); /* it did not run: no CPU time */
	st->inject_flags = flags;
	return st;
}

/*
 * A call the listener poked or delayed, then let run: its start is when the
 * listener received it (a delay is part of the call, as in strace), and its
 * line says what was done.
 */
static __always_inline void take_injected(struct task_state *st, __u32 tid, long id)
{
	__u32 nr = (__u32)id & (SCT_NR_MAX - 1);
	struct sct_injected *inj;

	if (!inject_any || !(inject_bits[nr / 64] & (1ull << (nr % 64))))
		return;
	inj = bpf_map_lookup_elem(&inject_pending, &tid);
	if (!inj || !inj->runs || inj->nr != nr)
		return;
	st->inject_flags = inj->flags;
	if (want_enter_ts)
		st->enter_ts = inj->enter_ts;
	bpf_map_delete_elem(&inject_pending, &tid);
}

static __always_inline int on_sys_enter(struct pt_regs *regs, long id)
{
	__u64 pid_tgid = bpf_get_current_pid_tgid();
	__u32 tgid = pid_tgid >> 32, tid = (__u32)pid_tgid;
	struct task_state *st;
	__u8 scf;

	if (!task_traced(tid, tgid) || !syscall_traced(id))
		return 0;
	st = state_of(bpf_get_current_task_btf(), true);
	if (!st) {
		cpu_counters(bpf_get_smp_processor_id())->lost++;
		return 0;
	}
	state_enter(st, regs, id, want_enter_ts ? bpf_ktime_get_ns() : 0);
	take_injected(st, tid, id);

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

/*
 * Whether a call's outputs are read at exit: after success, and after a
 * signal interrupted it to be restarted (ERESTARTSYS..ERESTART_RESTARTBLOCK:
 * nanosleep's rem is the time left).
 */
static __always_inline bool out_read(long ret)
{
	return ret >= 0 || (ret >= -516 && ret <= -512);
}

static __always_inline int on_sys_exit(struct pt_regs *regs, long ret)
{
	__u64 pid_tgid = bpf_get_current_pid_tgid();
	struct task_struct *task = bpf_get_current_task_btf();
	struct task_state *st;
	__u16 flags = 0;
	__u32 nr;

	/* Reject untraced tasks before the storage lookup (no call of theirs is active). */
	if (!task_traced((__u32)pid_tgid, pid_tgid >> 32))
		return 0;
	st = state_of(task, false);
	if (st && !st->active && st->ignored_sig) /* -i, -k: held until the task returns */
		emit_ignored_signal(task, st, true);
	if (!st || !st->active) {
		if (!inject_any)
			return 0;
		st = injected_state(regs, task, (__u32)pid_tgid);
		if (!st)
			return 0;
		flags = SCT_SC_INJECTED;
	}
	st->active = 0;
	nr = st->nr & (SCT_NR_MAX - 1);
	flags |= dying_without_return(task) | st->inject_flags;
	/* One call site: each inlined copy of the capture code costs verification time. */
	emit_syscall(st->entered ? SCT_REC_EXIT : SCT_REC_SYSCALL, st, ret, flags,
		     (st->entered ? st->refetch : cap_in_mask[nr]) | (out_read(ret) ? cap_out_mask[nr] : 0), false,
		     (__u32)pid_tgid, pid_tgid >> 32);
	emit_ignored_signal(task, st, true);
	return 0;
}

/*
 * A traced task going to sleep inside a syscall: write its entry now. prev
 * is the current task (the tracepoint fires before the switch).
 */
static __always_inline int on_sched_switch(bool preempt, struct task_struct *prev,
					   unsigned int prev_state)
{
	struct task_state *st;

	if (preempt || prev_state == 0 || !task_traced(prev->pid, prev->tgid))
		return 0;
	st = state_of(prev, false);
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

/*
 * The three hooks as one program, verified once: most of each is the shared
 * capture code, which the verifier checks again for every program that
 * holds it (a third of start-up each). The cookie of each attachment says
 * which tracepoint fired; the registers are the task's user registers,
 * which is what both syscall tracepoints pass; sched_switch's prev is the
 * current task. Linux 6.10 and later
 * (attachment cookies for raw tracepoints); user space loads the three
 * tp_btf programs below instead on older kernels.
 */
SEC("raw_tp")
int syscall_hooks(struct bpf_raw_tracepoint_args *ctx)
{
	__u64 pid_tgid = bpf_get_current_pid_tgid();
	struct task_struct *task;

	/* Each hook's first test, before any other helper: most events are not ours. */
	if (!task_traced((__u32)pid_tgid, pid_tgid >> 32))
		return 0;
	task = bpf_get_current_task_btf();
	switch (bpf_get_attach_cookie(ctx)) {
	case SCT_HOOK_SYS_ENTER:
		return on_sys_enter((struct pt_regs *)bpf_task_pt_regs(task), (long)ctx->args[1]);
	case SCT_HOOK_SYS_EXIT:
		return on_sys_exit((struct pt_regs *)bpf_task_pt_regs(task), (long)ctx->args[1]);
	case SCT_HOOK_SCHED_SWITCH:
		/*
		 * The context holds as many arguments as the fewest of the three
		 * tracepoints (two), or the program cannot attach: prev_state is
		 * read from the task. Between its dequeue and this point a
		 * sleeping task's state is its sleep or TASK_WAKING, never 0; it
		 * is 0 when a pending signal kept it from blocking.
		 */
		return on_sched_switch(ctx->args[0], task, task->__state);
	}
	return 0;
}

SEC("tp_btf/sys_enter")
int BPF_PROG(sys_enter, struct pt_regs *regs, long id)
{
	return on_sys_enter(regs, id);
}

SEC("tp_btf/sys_exit")
int BPF_PROG(sys_exit, struct pt_regs *regs, long ret)
{
	return on_sys_exit(regs, ret);
}

/*
 * With --sched, every switch from or to a traced task too: that needs next,
 * which syscall_hooks cannot read (user space loads this form for --sched).
 */
SEC("tp_btf/sched_switch")
int BPF_PROG(sched_switch, bool preempt, struct task_struct *prev, struct task_struct *next,
	     unsigned int prev_state)
{
	if (want_sched)
		emit_sched_switch(preempt, prev, next, prev_state);
	return on_sched_switch(preempt, prev, prev_state);
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

	if (!task_traced(task->pid, task->tgid))
		return 0;
	if (sig != SIGKILL) {
		read_siginfo(buf, &ctx[1]);
		emit_signal(task, sig, buf, stops_task(sig, ka), true);
		return 0;
	}
	st = state_of(task, false);
	code = task->signal->group_exit_code & 0x7f;
	if (!st || !(task->signal->flags & SIGNAL_GROUP_EXIT) || !code || code == SIGKILL ||
	    st->sent_sig != code)
		return 0;
	emit_signal(task, code, st->sent_info, 0, true);
	st->sent_sig = 0;
	return 0;
}

/*
 * Every signal sent to a traced task: ignored ones are shown, others
 * remembered. Not an ignored one sent after a fatal signal of lower number
 * (the kernel ends the group as the fatal one is sent, the tracee not being
 * ptraced): under strace the fatal one is dequeued first and the task dies
 * without the other being seen (an orphaned process group's SIGHUP, then
 * SIGCONT).
 */
SEC("tp_btf/signal_generate")
int BPF_PROG(signal_generate, int sig, struct kernel_siginfo *info, struct task_struct *task,
	     int group, int result)
{
	struct task_state *st;

	if (!task_traced(task->pid, task->tgid))
		return 0;
	st = state_of(task, true);
	if (!st)
		return 0;
	if (result != TRACE_SIGNAL_IGNORED) {
		read_siginfo(st->sent_info, &ctx[1]);
		st->sent_sig = sig;
		return 0;
	}
	if (dies_first(task, sig))
		return 0;
	emit_ignored_signal(task, st, true); /* an older one still waiting */
	read_siginfo(st->ignored_info, &ctx[1]);
	st->ignored_sig = sig;
	/*
	 * With -i and -k a task asleep in a call it is not traced in gets it
	 * when the call returns, as under ptrace, with its registers and stack.
	 */
	if (!st->active && !(want_regs && task->__state != 0))
		emit_ignored_signal(task, st, true);
	return 0;
}

/*
 * io_uring's io-wq workers and vhost tasks (KVM's NX huge page recovery since
 * Linux 6.13): kernel threads in a user thread group, which strace never sees
 * (PF_IO_WORKER, PF_USER_WORKER; not in vmlinux.h, being macros).
 */
static __always_inline bool is_kernel_worker(const struct task_struct *p)
{
	return p->flags & (0x00000010 | 0x00004000);
}

/*
 * A traced task's clone(CLONE_PTRACE) child, without -f: strace sees it stop
 * (ptrace attaches it) and detaches from it; the kernel ignores the flag
 * here (the parent is not ptraced), so user space is told the child's tid.
 * The parent is the current task, in its clone or clone3 call.
 */
static __always_inline void note_clone_ptrace(struct task_struct *parent, __u32 child_tid)
{
	struct pt_regs *regs;
	__u64 flags = 0;
	__u8 one = 1;

	if (!task_traced(parent->pid, parent->tgid))
		return;
	regs = (struct pt_regs *)bpf_task_pt_regs(parent);
	if (regs->orig_ax == SCT_NR_CLONE)
		flags = regs->di;
	else if (regs->orig_ax == SCT_NR_CLONE3 &&
		 bpf_probe_read_user(&flags, sizeof(flags), (void *)regs->di))
		return;
	if (!(flags & SCT_CLONE_PTRACE))
		return;
	bpf_map_update_elem(&ptrace_children, &child_tid, &one, BPF_ANY);
}

/*
 * A new task: traced when its parent is and -f is given (a thread of a traced
 * thread group is traced with it then), or when --comm names it. Without -f
 * (by tid) no new task is traced: only a CLONE_PTRACE child is noted.
 */
SEC("tp_btf/sched_process_fork")
int BPF_PROG(sched_process_fork, struct task_struct *parent, struct task_struct *child)
{
	__u32 ptgid = parent->tgid, ctgid = child->tgid;
	bool traced;

	if (filter_by == SCT_FILTER_TID) {
		note_clone_ptrace(parent, child->pid);
		return 0;
	}
	if (is_kernel_worker(child))
		return 0;
	traced = task_traced(parent->pid, ptgid);
	if (ctgid != ptgid) {
		if (!(traced && follow_fork) && !(comm_filter && comm_matches(child->comm)))
			return 0;
		traced_mark(ctgid);
		traced = true;
	}
	if (!traced)
		return 0;
	emit_small(SCT_REC_FORK, parent->pid, ptgid, child->pid, ctgid);
	if (pid_views)
		emit_pid_view(child);
	return 0;
}

/*
 * A successful execve: its ENTER record (if the call is traced), then an EXEC
 * record. A thread other than the leader has taken the leader's tid (old_pid
 * is the one it had); without -f it stays traced only if the leader was (as
 * strace, which follows it then), and the leader's mark was kept for that at
 * its exit.
 */
SEC("tp_btf/sched_process_exec")
int BPF_PROG(sched_process_exec, struct task_struct *p, pid_t old_pid, struct linux_binprm *bprm)
{
	__u32 tgid = p->tgid, tid = p->pid, flags = 0;
	struct task_state *st;

	if (comm_filter && !task_traced(tid, tgid) && comm_matches(p->comm))
		traced_mark(tgid);
	if (!task_traced(old_pid, tgid))
		return 0;
	if (filter_by == SCT_FILTER_TID && (__u32)old_pid != tid) {
		traced_unmark(old_pid);
		if (!traced_id(tid))
			flags = SCT_EXEC_DETACHED;
	}
	/* -b execve: tracing of the process ends here, as strace detaches from it */
	if (detach_on_exec && !flags) {
		if (tid == exec_keep_tid) {
			exec_keep_tid = 0;
		} else {
			traced_unmark(filter_by == SCT_FILTER_TID ? tid : tgid);
			flags = SCT_EXEC_DETACHED | SCT_EXEC_DETACH_B;
		}
	}
	st = state_of(p, false);
	if (st && st->active && !st->entered &&
	    (sc_flags[st->nr & (SCT_NR_MAX - 1)] & SCT_SCF_ENTRY_RECORD)) {
		st->entered = 1;
		emit_exec_enter(st, p, bprm, old_pid);
	}
	emit_small(SCT_REC_EXEC, tid, tgid, old_pid, flags);
	return 0;
}

/*
 * A traced task ended. One killed by a traced thread's execve is marked so;
 * if it is the leader, the execve'ing thread takes its tid, so without -f its
 * mark stays for that thread (see sched_process_exec). Without -f a leader
 * that ends before its (untraced) threads keeps its mark too, and the
 * group's end is then reported as the leader's, as strace reaps it then; a
 * kernel worker's end (see is_kernel_worker) is only ever that.
 */
SEC("tp_btf/sched_process_exit")
int BPF_PROG(sched_process_exit, struct task_struct *p, bool group_dead)
{
	__u32 tgid = p->tgid, tid = p->pid;
	__u32 flags = group_dead ? SCT_EXIT_GROUP_DEAD : 0;
	struct task_struct *killer;

	if (is_kernel_worker(p) && !group_dead)
		return 0;
	if (group_dead && tid != tgid &&
	    (is_kernel_worker(p) ||
	     (filter_by == SCT_FILTER_TID && !task_traced(tid, tgid) && task_traced(tgid, tgid))))
		tid = tgid; /* the leader's deferred end */
	if (!task_traced(tid, tgid))
		return 0;
	killer = exec_killer(p);
	if (killer && task_traced(killer->pid, tgid))
		flags |= SCT_EXIT_EXEC_ZAPPED;
	emit_small(SCT_REC_TASK_EXIT, tid, tgid, p->exit_code, flags);
	if (want_sched)
		sched_mark_dying(p);
	if (filter_by == SCT_FILTER_ALL)
		return 0;
	if (filter_by == SCT_FILTER_TID) {
		if (!((flags & SCT_EXIT_EXEC_ZAPPED) && tid == tgid) && (group_dead || tid != tgid))
			traced_unmark(tid);
	} else if (group_dead) {
		traced_unmark(tgid);
	}
	return 0;
}
