/* SPDX-License-Identifier: MIT */
/*
 * The record ABI between the BPF programs (src/bpf) and user space: what the
 * kernel side writes into the per-CPU ring buffers, and the capture tables
 * user space hands to the kernel side before load. Fixed-width types only,
 * every record a multiple of 8 bytes, sizes checked at compile time.
 */
#ifndef SCT_SHARED_RECORD_H
#define SCT_SHARED_RECORD_H

#ifdef __BPF__
/* vmlinux.h provides the __u* types on the kernel side. */
#else
#include <linux/types.h>
#endif

#define SCT_NR_MAX 1024 /* syscall numbers 0..1023 (x86_64 and x32 ranges) */
#define SCT_MAX_ARGS 6
#define SCT_NR_EXECVEAT 322 /* x86_64: the exec record puts its arguments one further */
/*
 * open and openat with O_TMPFILE: the kernel side describes the descriptor
 * they return (SCT_AUX_FDINFO), as for socket: its name is "DIR/#INODE".
 */
#define SCT_NR_OPEN 2
#define SCT_NR_OPENAT 257
#define SCT_O_TMPFILE_BIT 020000000 /* __O_TMPFILE, without O_DIRECTORY */
/* procctl: clone and clone3 (x86_64), whose CLONE_PTRACE children are noted without -f */
#define SCT_NR_CLONE 56
#define SCT_NR_CLONE3 435
#define SCT_CLONE_PTRACE 0x2000
#define SCT_PTRACE_CHILDREN 64 /* noted at most at a time (the ptrace_children map) */
#define SCT_MAX_CPUS 512
#define SCT_PATH_MAX 4096 /* paths are captured up to PATH_MAX */
#define SCT_STR_CAP_MAX 4096 /* -s beyond this is captured up to here and marked */
#define SCT_ARGV_MAX 64 /* argv elements captured; the rest are counted */
#define SCT_ENVP_COUNT_MAX 4096 /* environment entries counted */
#define SCT_POINTEE_WORDS 16 /* SCT_CAP_ARRAY_ENTRY's pointers followed */
#define SCT_MEM_CAP_MAX 1024 /* fixed-size memory captures (structs, fd pairs, iovec arrays) */
#define SCT_ARRAY_CAP_MAX 4096 /* SCT_CAP_ARRAY_PREFIX captures (futex_waitv: 128 * 24 bytes) */
#define SCT_DENTS_COUNT_MAX 65535 /* directory entries counted in a getdents buffer */
#define SCT_PID_MAX (1u << 22) /* PID_MAX_LIMIT on 64-bit */
#define SCT_COMM_LEN 16
#define SCT_DUMP_FDS 1024 /* the kernel side's -e read=/write= bitmaps: descriptors 0..1023 */
/* User space keeps exact sets to SCT_DUMP_FDS_MAX; the kernel side takes any higher one
 * of the set (dump_*_high) and user space picks. */
#define SCT_DUMP_FDS_MAX 65536

/*
 * Which tracepoint a syscall_hooks attachment serves: its attachment cookie
 * (one program on three raw tracepoints, src/bpf/capture.bpf.c).
 */
enum sct_hook {
	SCT_HOOK_SYS_ENTER = 1,
	SCT_HOOK_SYS_EXIT = 2,
	SCT_HOOK_SCHED_SWITCH = 3,
};

enum sct_rec_type {
	SCT_REC_SYSCALL = 1, /* a whole call: entry and exit in one record */
	SCT_REC_ENTER = 2, /* the entry of a call that blocked or replaces the image */
	SCT_REC_EXIT = 3, /* the exit of a call whose entry was recorded */
	SCT_REC_FORK = 4, /* a traced task created a task */
	SCT_REC_TASK_EXIT = 5, /* a traced task ended */
	SCT_REC_SIGNAL = 6, /* a signal reached a traced task */
	/* Made by sctrace itself, not the kernel side; they travel in the log too. */
	SCT_REC_TASK_NEW = 7, /* a task traced from the start: the command, -p, --comm */
	SCT_REC_LOSS = 8, /* the kernel side lost events */
	SCT_REC_END = 9, /* the end of a trace, with its totals */
	SCT_REC_USDT = 10, /* a USDT probe fired (src/bpf/usdt.bpf.c) */
	SCT_REC_USDT_PROBE = 11, /* made by sctrace: what a USDT probe id means */
	SCT_REC_FD_SNAPSHOT = 12, /* made by sctrace: a process's descriptors when traced */
	SCT_REC_EXEC = 13, /* a traced task's execve succeeded (after its ENTER record) */
	SCT_REC_PROC_STATE = 14, /* made by sctrace: a task in scope when tracing met it */
	SCT_REC_PID_VIEW = 15, /* a traced task's ids in sctrace's PID namespace (sct_rec_pid_view) */
	/* ctf2 */
	SCT_REC_SCHED_SWITCH = 50, /* --sched: a CPU switched from or to a traced task */
};
/* These values are also the binary log's on-disk record codes: never renumber. */

/* Common header of every record. ts is when the record was made (CLOCK_MONOTONIC). */
struct sct_rec_hdr {
	__u64 ts;
	__u32 tid;
	__u32 tgid;
	__u16 type; /* enum sct_rec_type */
	__u16 size; /* bytes of the whole record, a multiple of 8 */
	__u32 cpu;
};

/* sct_rec_syscall.flags */
#define SCT_SC_NORETURN 0x1 /* exit/exit_group: no return value */
/*
 * With NORETURN: the task dies because another thread called execve (the
 * kernel kills the other threads before the new image runs). Its line comes
 * after that execve's entry, as in strace, when the EXEC record is seen.
 */
#define SCT_SC_EXEC_ZAPPED 0x2
/*
 * -e inject=/fault=: the call did not run; sctrace's seccomp listener
 * answered it with an error or a value (strace's "(INJECTED)"). A SYSCALL
 * record made at exit from the registers (seccomp comes before sys_enter).
 */
#define SCT_SC_INJECTED 0x4
/* -e inject=...:poke_enter=/poke_exit=: the listener wrote into its arguments' memory. */
#define SCT_SC_POKED 0x8
/* -e inject=...:delay_enter=/delay_exit=: the listener held it (strace's "(DELAYED)"). */
#define SCT_SC_DELAYED 0x10
/* suitemisc: with INJECTED, the listener answered with retval= (strace's
 * "tampered, no fail": a value in the errno range is no error, printed unsigned). */
#define SCT_SC_INJ_RETVAL 0x2000

/*
 * The inject_pending map (key: tid): the call sctrace's listener is about to
 * answer with an error or a value, for sys_exit to recognise it; or one it
 * poked or delayed and lets run (SCT_INJ_RUNS), for sys_enter to take its
 * start and flags from.
 */
struct sct_injected {
	__u32 nr;
	__u16 flags; /* SCT_SC_POKED, SCT_SC_DELAYED, SCT_SC_INJ_RETVAL */
	__u16 runs; /* the call runs: its sys_enter takes this */
	__u64 enter_ts; /* CLOCK_MONOTONIC when the listener received it */
};

/*
 * SYSCALL, ENTER and EXIT records as the decoders see them. ENTER carries no
 * ret; EXIT as blobs the outputs and the inputs its ENTER could not read.
 * The kernel side writes them packed (below); readers widen them to this.
 */
struct sct_rec_syscall {
	struct sct_rec_hdr hdr;
	__u64 enter_ts;
	__s64 ret;
	__u64 args[SCT_MAX_ARGS];
	__u16 nr;
	__u16 flags;
	__u16 nblobs; /* struct sct_blob items that follow */
	__u16 pad;
};

/*
 * A syscall record as the kernel side writes it and a version 3 log stores
 * it: only the call's nargs argument registers (those its description
 * has; 6 for a call sctrace does not know), then the blobs. getppid takes 48
 * bytes instead of 96, read 72. sct_rec_widen makes a struct sct_rec_syscall
 * of it, the missing arguments 0.
 */
struct sct_rec_syscall_packed {
	struct sct_rec_hdr hdr;
	__u64 enter_ts;
	__s64 ret;
	__u16 nr;
	__u16 flags;
	__u16 nblobs;
	__u8 nargs;
	__u8 pad;
	__u64 args[]; /* nargs of them, then the blobs */
};

/* Captured user memory for one argument, followed by len bytes padded to 8. */
enum sct_blob_kind {
	SCT_BLOB_STR = 1, /* a NUL-terminated string, len excludes the NUL */
	SCT_BLOB_MEM = 2, /* a fixed-size copy of memory */
	SCT_BLOB_COUNT = 3, /* no data: aux is the number of elements in an array */
};
#define SCT_BLOB_TRUNC 0x1 /* longer than captured */
#define SCT_BLOB_FAULT 0x2 /* unreadable: print the address */
/*
 * With FAULT, on a data buffer captured whole or an array (SCT_CAP_ARRAY_*):
 * its read faulted, so it was read again up to the end of its first page, len
 * bytes (netlink messages may end there). Decoders other than netlink's and
 * the arrays' see a fault.
 */
#define SCT_BLOB_SHORT 0x4

struct sct_blob {
	__u8 arg; /* argument index 0..5 */
	__u8 kind; /* enum sct_blob_kind */
	__u16 flags;
	__u16 len;
	__u16 aux;
};

/*
 * The user registers an unwinder needs, in the DWARF numbering of x86_64
 * (rax, rdx, rcx, rbx, rsi, rdi, rbp, rsp, r8-r15, then the return address:
 * the instruction after the syscall, or where a signal interrupted the task).
 */
#define SCT_USER_REGS_N 17
#define SCT_USER_REG_SP 7
#define SCT_USER_REG_IP 16
struct sct_user_regs {
	__u64 r[SCT_USER_REGS_N];
};

struct sct_rec_fork {
	struct sct_rec_hdr hdr; /* the parent */
	__u32 child_tid;
	__u32 child_tgid;
};

/*
 * A traced task's ids in sctrace's PID namespace and in its own, made only
 * for --pidns-translation or when sctrace runs in a namespace below the
 * initial one (`unshare -Urpf`): the kernel side's ids are the initial
 * namespace's. One per task, at its fork (sctrace makes the command's), so
 * that its numbers can be translated after it is gone.
 */
struct sct_rec_pid_view {
	struct sct_rec_hdr hdr; /* tid, tgid: the task, in the initial namespace */
	__u32 view_tid; /* in sctrace's namespace (0: not visible there) */
	__u32 view_tgid;
	__u32 ns_tid; /* in the task's own namespace */
	__u32 ns_tgid;
	__u32 ns_inum; /* its own namespace's inode number (/proc/PID/ns/pid) */
	__u32 pad;
};

/* sct_rec_task_exit.flags */
#define SCT_EXIT_GROUP_DEAD 0x1 /* the last task of its thread group */
/*
 * Killed by another thread's execve (SCT_SC_EXEC_ZAPPED): shown after the
 * EXEC record's execve entry. The thread group leader's is no exit but
 * strace's "+++ superseded by execve in pid N +++": the execve'ing thread
 * takes its tid.
 */
#define SCT_EXIT_EXEC_ZAPPED 0x2

struct sct_rec_task_exit {
	struct sct_rec_hdr hdr;
	__s32 exit_code; /* wait(2) status: code << 8, or the signal | 0x80 for a core */
	__u32 flags;
};

/* sct_rec_exec.flags */
#define SCT_EXEC_DETACHED 0x1 /* without -f: the thread took an untraced leader's tid, tracing ends */
#define SCT_EXEC_DETACH_B 0x2 /* with DETACHED: -b execve, strace's "Process N detached" */

/*
 * A traced task's execve succeeded, written after the ENTER record of the
 * execve (if that call is traced). A thread other than the leader that calls
 * execve becomes the leader: old_tid is its tid before, hdr.tid the one it
 * has from now on (hdr.tgid); its ENTER record carries old_tid, its EXIT the
 * new one. Also the point after which the calls of the threads the execve
 * killed are shown.
 */
struct sct_rec_exec {
	struct sct_rec_hdr hdr; /* the task after the exec: tid == tgid */
	__u32 old_tid;
	__u32 flags;
};

#define SCT_SIGINFO_SIZE 48 /* struct kernel_siginfo on 64-bit */
#define SCT_SIGINFO_USER_SIZE 128 /* siginfo_t in user memory: its fields, then padding */

/* sct_rec_signal.flags */
#define SCT_SIG_IGNORED 0x1 /* discarded when sent (ignored disposition) */
/*
 * -i, -k: blobs follow the record (struct sct_blob, as after a syscall
 * record): the task's user registers where the signal found it
 * (SCT_AUX_REGS) and, with -k, the top of its stack (SCT_AUX_STACK).
 */
#define SCT_SIG_REGS 0x2
/*
 * procctl: the delivery of a stop signal with its default action, which
 * stops the task: strace's "--- stopped by SIG ---" (its group-stop) follows.
 */
#define SCT_SIG_STOPS 0x4

struct sct_rec_signal {
	struct sct_rec_hdr hdr; /* the task the signal is for */
	__s32 sig;
	__u32 flags;
	__u8 info[SCT_SIGINFO_SIZE]; /* struct kernel_siginfo as the kernel had it */
};

/* sct_rec_task_new.flags */
#define SCT_TASK_ATTACHED 0x1 /* already running (-p, --comm), not started by us */

/*
 * ppid and comm (its name, /proc/PID/comm when it was attached) are 0 and ""
 * when not known; logs written before sctrace had them stop after flags and
 * pad (32 bytes, SCT_TASK_NEW_MIN_SIZE), so readers check the size.
 */
struct sct_rec_task_new {
	struct sct_rec_hdr hdr; /* tid, tgid of the task */
	__u32 flags;
	__u32 ppid;
	char comm[SCT_COMM_LEN];
};
#define SCT_TASK_NEW_MIN_SIZE 32

/*
 * The descriptors and cwd of a process when tracing began (for -y, live and on
 * replay): len bytes follow, "CWD\0" then one "FD CLOEXEC DESCRIPTION\0" per
 * descriptor, padded to 8.
 */
struct sct_rec_fd_snapshot {
	struct sct_rec_hdr hdr; /* tgid of the process */
	__u32 len;
	__u32 pad;
};

/*
 * A task that existed when tracing met it (-p, --comm, --system-wide), from
 * /proc, then len bytes: its comm NUL-terminated, then its process's
 * command line (each argument NUL-terminated), padded to 8.
 */
struct sct_rec_proc_state {
	struct sct_rec_hdr hdr; /* tid and tgid of the task */
	__u32 ppid; /* its process's parent */
	__u32 len;
	__u64 pid_ns; /* inode of its pid namespace (/proc/PID/ns/pid), 0 if unknown */
};

/*
 * --sched: a context switch on hdr.cpu in which a traced task (or, with
 * --system-wide, any task) gave up or took the CPU; the header names the
 * task that gave it up (prev), tid 0 for the idle task. prio is the
 * kernel's (0..139, 120 for nice 0); prev_state 0 when prev was preempted
 * or stays runnable, else its __state and exit_state bits as the kernel has
 * them (sct_sched_state() makes the tracepoint's reported form of them).
 */
struct sct_rec_sched_switch {
	struct sct_rec_hdr hdr; /* prev */
	__u32 next_tid;
	__u32 next_tgid;
	__s32 prev_prio;
	__s32 next_prio;
	__s64 prev_state;
	char prev_comm[SCT_COMM_LEN];
	char next_comm[SCT_COMM_LEN];
};

struct sct_rec_loss {
	struct sct_rec_hdr hdr; /* tid, tgid 0 */
	__u64 lost; /* events lost since the previous loss record */
	__u32 cpu; /* where, or SCT_LOSS_ANY_CPU */
	__u32 pad;
};
#define SCT_LOSS_ANY_CPU 0xffffffffu

struct sct_rec_end {
	struct sct_rec_hdr hdr;
	__u64 events; /* records the kernel side wrote */
	__u64 lost; /* records it could not write */
	__u64 str_trunc;
	__u64 str_fault;
	__u64 missed; /* program runs the kernel skipped */
};

/*
 * USDT: one record per probe hit. args[] hold the values read as the note's
 * argument specs say, already narrowed to their size and sign-extended when
 * signed; an argument typed str (USDT_PROBE's type list) is also read as a
 * string (a SCT_BLOB_STR blob with arg = its index and aux =
 * SCT_USDT_STR_TYPED, up to the -s limit). Older logs (aux 0) tried
 * every 8-byte unsigned argument as a string and the decoder showed
 * it when it was text. probe_id refers to a USDT_PROBE record that comes
 * earlier in the stream.
 */
#define SCT_USDT_MAX_ARGS 12 /* sys/sdt.h allows 12 */
#define SCT_USDT_STR_TYPED 1 /* blob aux: the argument was typed str */

struct sct_rec_usdt {
	struct sct_rec_hdr hdr;
	__u32 probe_id;
	__u16 nargs;
	__u16 nblobs; /* struct sct_blob items that follow */
	__u64 args[SCT_USDT_MAX_ARGS];
};

/*
 * USDT_PROBE: made by sctrace when it attaches to a probe site (hdr.tgid is
 * the process it found it in, 0 for --system-wide), before any USDT record
 * with this probe_id. Followed by strs_len bytes
 * "provider\0probe\0args\0object\0types\0" (args is the note's argument
 * string, types how to show them, "u64,str,-" as in --usdt ...:args=; older
 * logs end after object), padded to 8. arg_size is the size read.
 */
struct sct_rec_usdt_probe {
	struct sct_rec_hdr hdr;
	__u32 probe_id;
	__u16 nargs;
	__u16 strs_len;
	__s8 arg_size[SCT_USDT_MAX_ARGS]; /* bytes, negative when signed; 0 unreadable */
	__u32 pad;
};

/* What the kernel side captures for an argument; set per syscall by user space. */
enum sct_cap_kind {
	SCT_CAP_NONE = 0,
	SCT_CAP_PATH = 1, /* string up to SCT_PATH_MAX */
	SCT_CAP_STR = 2, /* string up to the -s limit, and up to cap_size bytes when not 0 */
	/*
	 * NULL-terminated array of strings: a STR blob each (a MEM blob of the
	 * pointer when its first byte is unreadable), then a COUNT blob, flag
	 * FAULT when the array itself became unreadable before its NULL
	 */
	SCT_CAP_ARGV = 3,
	SCT_CAP_ENVP = 4, /* NULL-terminated array: the COUNT blob alone */
	SCT_CAP_MEM_EXIT = 5, /* cap_size bytes read at exit (outputs) */
	SCT_CAP_MEM_ENTRY = 6, /* cap_size bytes read at entry (inputs) */
	SCT_CAP_BUF_ENTRY = 7, /* data buffer: min(args[cap_size], -s) bytes (write) */
	SCT_CAP_BUF_EXIT = 8, /* data buffer: min(return value, -s) bytes at exit (read) */
	SCT_CAP_PATH_EXIT = 9, /* string the kernel wrote, read at exit (getcwd) */
	/*
	 * struct iovec[args[cap_size]]: the array (blob aux SCT_AUX_IOV), then
	 * each element's data (aux = its index) up to -s bytes, in all at most
	 * the return value at exit (readv) or every byte at entry (writev).
	 */
	SCT_CAP_IOV_ENTRY = 10,
	SCT_CAP_IOV_EXIT = 11,
	/*
	 * struct msghdr: the header (aux SCT_AUX_MSGHDR), msg_name (SCT_AUX_MSG_NAME),
	 * the iovec as above and msg_control (SCT_AUX_MSG_CONTROL). _EXIT (recvmsg)
	 * reads the header alone at entry and on failure, the rest after success,
	 * and keeps msg_namelen as it was at entry (SCT_AUX_MSG_NAMELEN_IN).
	 */
	SCT_CAP_MSGHDR_ENTRY = 12,
	SCT_CAP_MSGHDR_EXIT = 13,
	/*
	 * cap_size bytes of a structure whose first member points to 8 more
	 * (pselect6's { sigset_t *, size_t }): the structure, then those bytes
	 * (aux SCT_AUX_POINTEE).
	 */
	SCT_CAP_PTR_STRUCT = 14,
	/*
	 * A socket's data buffer (sendto, recvfrom), as BUF_ENTRY and BUF_EXIT;
	 * on a netlink socket (also for MSGHDR_*) its protocol comes first (a
	 * SCT_AUX_NETLINK blob) and the data is captured whole (to 4096 bytes).
	 */
	SCT_CAP_SOCKBUF_ENTRY = 15,
	SCT_CAP_SOCKBUF_EXIT = 16,
	/*
	 * getdents' buffer, at exit: the return value's bytes up to
	 * SCT_STR_CAP_MAX, and when they are more, the number of directory
	 * entries in all of them (a COUNT blob).
	 */
	SCT_CAP_DENTS_EXIT = 17,
	/*
	 * ioctl's third argument, by its request (args[1]): up to cap_size bytes
	 * but not past the end of the page (a small structure may end there,
	 * an array may follow it: fiemap's extents), and at least the request's
	 * _IOC_SIZE (at most SCT_STR_CAP_MAX; for the console's requests,
	 * which carry no size, their table's: kd_ioctl_size in args.bpf.h)
	 * unless that much faults; then, for the console and btrfs requests whose
	 * structure points to their data, that data (aux SCT_AUX_POINTEE,
	 * put_ioctl_pointee). Read as
	 * MEM_ENTRY with both: at exit, and at entry too when the call blocks.
	 */
	SCT_CAP_IOCTL = 20,
	/*
	 * prctl: cap_size bytes (0: the -s limit and one more, for a string
	 * or a value), or when they cross into an unmapped page what the first
	 * page holds (blob flags FAULT|SHORT): a name or an int at the end of a
	 * page.
	 */
	SCT_CAP_MEM_PAGE = 24,
	/*
	 * struct sock_fprog (16 bytes), then, for a call that installs a
	 * filter, the filter it points to (aux SCT_AUX_POINTEE): len * 8
	 * bytes, or what the first page holds; each to 4096 bytes.
	 */
	SCT_CAP_FPROG = 25,
	/*
	 * SysV IPC (sysvipc.c). MSGBUF: a struct msgbuf, its mtext
	 * args[cap_size] bytes long: mtype (a MEM blob), then up to -s bytes
	 * of mtext (a MEM blob with aux 1). ARRAY_ENTRY: cap_count/cap_elem
	 * elements as for MEM_ENTRY, and when they cannot all be read, what
	 * the first page holds (FAULT|SHORT), as strace prints the elements
	 * before the first unreadable one (semop's struct sembuf[]). With a
	 * fixed size and cap_elem 8, then -s + 1 bytes (or the first page) of
	 * what each of its first SCT_POINTEE_WORDS words points to, aux the
	 * word's index + 1 (keyctl's arguments: iovec bases, kdf strings).
	 */
	SCT_CAP_MSGBUF = 26,
	SCT_CAP_ARRAY_ENTRY = 27,
	/*
	 * A socket option's value, at most cap_size bytes: setsockopt's at entry
	 * (its length args[i + 1]), getsockopt's at exit (its length *args[i + 1]
	 * then). A value that ends a readable page is read up to the page's end
	 * (a shorter blob). A classic BPF filter (SO_ATTACH_FILTER...) also gets
	 * its instructions: at entry those struct sock_fprog points to (aux
	 * SCT_AUX_POINTEE), at exit the value holds them (the length counts them).
	 */
	SCT_CAP_SOCKOPT_ENTRY = 32,
	SCT_CAP_SOCKOPT_EXIT = 33,
	/*
	 * An array of elements (a node mask, gid_t[], move_pages' pages...), as
	 * MEM_ENTRY, or MEM_EXIT for an output type; when its read faults, what
	 * its first page holds is read instead (SCT_BLOB_FAULT|SCT_BLOB_SHORT,
	 * len bytes): strace prints the elements it could read, then
	 * "... / * address * /".
	 */
	SCT_CAP_ARRAY = 30,
	/*
	 * clone3's struct clone_args, args[1] bytes (at most cap_size) as
	 * ARRAY, read at entry and at exit; then what its fields point to: the
	 * set_tid array (aux SCT_AUX_SET_TID) and, at exit, the pidfd and
	 * parent_tid ints (SCT_AUX_PIDFD, SCT_AUX_PARENT_TID).
	 */
	SCT_CAP_CLONE_ARGS = 31,
	/*
	 * newsys, ARRAY_PREFIX: an array the call reads, cap_count elements as for
	 * MEM_ENTRY; when a fault cuts it, the bytes before the page the fault
	 * is in (flag SCT_BLOB_TRUNC), as strace shows the elements it could
	 * read (process_madvise's iovec, kexec_load's segments).
	 */
	SCT_CAP_ARRAY_PREFIX = 28,
	/*
	 * sendmmsg's and recvmmsg's struct mmsghdr[args[cap_size]], at most
	 * SCT_MMSG_MAX_CAPTURED elements: the array (aux 0; a fault keeps the
	 * elements before its page, flag SCT_BLOB_TRUNC), at entry alone
	 * (recvmmsg's msg_namelen as passed in) and at exit after success with
	 * each element's name, iovec array, iovec data (as SCT_CAP_IOV_*; at
	 * most its msg_len bytes for recvmmsg) and control, tagged
	 * SCT_AUX_MMSG_*(j); cap_elem 1 says recvmmsg. sendmmsg's is read
	 * whole at exit (after a failure too), or at entry when the call blocks.
	 */
	SCT_CAP_MMSG = 34,
	/* --- bpfdec --- */
	/*
	 * bpf(2)'s union bpf_attr: what ARRAY_ENTRY with cap_elem 8 reads (the
	 * attribute and what its first SCT_POINTEE_WORDS words point to), then
	 * what the command's structures point to past that, tagged
	 * SCT_AUX_BPF_PART(k) (src/bpf/bpfattr.bpf.h; decoded by
	 * src/decode/bpf.c):
	 *   BPF_PROG_LOAD, at entry: part 0, insns (insn_cnt * 8 bytes).
	 *   BPF_OBJ_GET_INFO_BY_FD, at entry and exit: part 0, the info
	 *   structure (info_len bytes, when at most a page); at exit, read as a
	 *   struct bpf_prog_info: part 1, map_ids (nr_map_ids * 4 bytes), part
	 *   2, xlated_prog_insns (xlated_prog_len bytes), part 3,
	 *   jited_prog_insns (-s + 1 bytes at most).
	 *   BPF_LINK_CREATE of kprobe_multi, at entry: part 0, syms (cnt * 8
	 *   bytes, SCT_BPF_SYMS_MAX pointers at most), then part 1 for each of
	 *   its pointers that is not NULL, in order: -s + 1 bytes of the string.
	 * Each part at most SCT_STR_CAP_MAX bytes; one its page cuts is what
	 * the page holds (SCT_BLOB_FAULT|SCT_BLOB_SHORT).
	 */
	SCT_CAP_BPF_ATTR = 39,
	/* --- uring --- */
	/*
	 * io_uring_register's argument, by its opcode (args[1]) and count
	 * (args[3]): the array or structure (an array's elements up to
	 * SCT_STR_CAP_MAX bytes, for -v; the first page's bytes, FAULT|SHORT,
	 * when it crosses into an unmapped one); at exit its first 8 bytes as they were at entry
	 * (SCT_AUX_URING_EARLY: IOWQ_MAX_WORKERS' counts, RING_FDS' offset, a
	 * probe's header); then what the structure of FILES_UPDATE, FILES2,
	 * BUFFERS2, FILES_UPDATE2 and BUFFERS_UPDATE points to: its data array
	 * (aux SCT_AUX_URING_DATA) and tags (SCT_AUX_URING_TAGS), as many
	 * elements of 16 bytes (the largest kind) as SCT_STR_CAP_MAX holds.
	 */
	SCT_CAP_URING_REG = 35,
	/*
	 * io_submit's struct iocb *[args[1]]: -s + 1 pointers, then each iocb
	 * (64 bytes, aux its index + 1) and what its aio_buf points to
	 * (SCT_AUX_IOCB_BUF(index)): IOCB_CMD_PWRITE's data (-s + 1 bytes), the
	 * iovec array of PREADV and PWRITEV (-s + 1 elements).
	 */
	SCT_CAP_IOCBS = 36,
	/* ptrace */
	/*
	 * ptrace's data, as ARRAY; for PTRACE_GETREGSET and PTRACE_SETREGSET
	 * (data a struct iovec) first the registers its iov_base points to,
	 * min(iov_len, cap_size) bytes (aux SCT_AUX_PTRACE_REGSET), and at
	 * entry its iov_len, saved as an ARRAY's first 8 bytes are.
	 */
	SCT_CAP_PTRACE_DATA = 37,
};
#define SCT_AUX_BPF_PART(k) (0xffd8 + (k)) /* k < 4 */
#define SCT_BPF_SYMS_MAX 32 /* kprobe_multi.syms pointers followed (strace shows -s of them) */
/* <linux/bpf.h> values the kernel side looks at (src/decode/bpf.c checks them) */
#define SCT_BPF_PROG_LOAD 5
#define SCT_BPF_OBJ_GET_INFO_BY_FD 15
#define SCT_BPF_LINK_CREATE 28
#define SCT_BPF_TRACE_KPROBE_MULTI 42
/* The kinds capture_vec handles, after the other arguments. */
#define SCT_CAP_IS_VEC(k) (((k) >= SCT_CAP_IOV_ENTRY && (k) <= SCT_CAP_PTR_STRUCT) || (k) == SCT_CAP_MMSG)

/*
 * How many bytes a MEM capture reads: cap_size bytes (FIXED), or a count of
 * cap_elem-byte elements from the call, at most cap_size bytes. Reading only
 * what is there matters: one unmapped byte makes the whole read fail.
 */
enum sct_cap_count {
	SCT_COUNT_FIXED = 0,
	SCT_COUNT_NEXT_ARG = 1, /* args[i + 1] elements: poll's nfds, connect's addrlen */
	SCT_COUNT_RET = 2, /* the return value, at exit: epoll_wait's events */
	SCT_COUNT_NEXT_EARLY = 3, /* *args[i + 1] as it was at entry: accept's socklen */
	SCT_COUNT_ARG0_BITS = 4, /* args[0] bits in 64-bit words: select's fd_sets */
	SCT_COUNT_PREV_ARG = 0x30, /* args[i - 1] elements: setgroups' size */
	SCT_COUNT_NEXT_BITS = 0x31, /* args[i + 1] bits in 64-bit words, and one: a maxnode */
	SCT_COUNT_ARG1 = 0x32, /* args[1] elements: move_pages' count */
	/*
	 * cap_size bytes (as FIXED) of args[0], which is not a register but the
	 * stack pointer + SCT_SIGFRAME_MASK_OFF: where the signal frame's
	 * uc_sigmask is at rt_sigreturn (x86_64: sp is past its pretcode)
	 */
	SCT_COUNT_SIGFRAME = 0x33,
};

#define SCT_SIGFRAME_MASK_OFF 296 /* struct ucontext: flags, link, stack_t, sigcontext */

/* sct_blob.aux of the parts of an iovec or msghdr capture; data blobs use the element index. */
#define SCT_AUX_IOV 0xfff0
#define SCT_AUX_MSGHDR 0xfff1
#define SCT_AUX_MSG_NAME 0xfff2
#define SCT_AUX_MSG_CONTROL 0xfff3
#define SCT_AUX_MSG_NAMELEN_IN 0xfff4
#define SCT_AUX_FDINFO 0xfff5 /* a struct sct_fdinfo */
#define SCT_AUX_POINTEE 0xfff6 /* what a SCT_CAP_PTR_STRUCT's first member points to */
#define SCT_AUX_NETLINK 0xfff7 /* a __u32: the netlink protocol of the call's socket */
/*
 * -i, -k (not an argument's: arg 0): the user registers when the call
 * entered, a struct sct_user_regs; with -k also the user stack from sp
 * upwards, in blobs of at most a page each, consecutive in the record, up to
 * the configured size or the first unreadable page.
 */
#define SCT_AUX_REGS 0xfff8
#define SCT_AUX_STACK 0xfff9
#define SCT_STACK_DUMP_MAX 16384 /* bytes of user stack a record can carry */
/* procsig: what clone3's struct clone_args points to (SCT_CAP_CLONE_ARGS) */
#define SCT_AUX_SET_TID 0xffe0
#define SCT_AUX_PIDFD 0xffe1
#define SCT_AUX_PARENT_TID 0xffe2
/*
 * v4l2: what a structure of these requests points to, captured with the
 * ioctl argument (SCT_CAP_IOCTL) after it: a format's clip list (an
 * overlay window's; in VIDIOC_CREATE_BUFS the format is at offset 16) or
 * the extended controls, at most SCT_V4L2_ARRAY_MAX elements as
 * ARRAY_PREFIX (aux SCT_AUX_POINTEE); then the string of each of those
 * controls with a size, up to -s bytes (aux SCT_AUX_IOCTL_STR, in order).
 * ioctl_v4l2.c checks the numbers against the uapi headers.
 */
#define SCT_AUX_IOCTL_STR 0xfffd
#define SCT_V4L2_ARRAY_MAX 32
#define SCT_VIDIOC_G_FMT 0xc0d05604
#define SCT_VIDIOC_S_FMT 0xc0d05605
#define SCT_VIDIOC_TRY_FMT 0xc0d05640
#define SCT_VIDIOC_CREATE_BUFS 0xc100565c
#define SCT_VIDIOC_G_EXT_CTRLS 0xc0205647
#define SCT_VIDIOC_S_EXT_CTRLS 0xc0205648
#define SCT_VIDIOC_TRY_EXT_CTRLS 0xc0205649
#define SCT_V4L2_CLIP_SIZE 24 /* struct v4l2_clip */
/* KVM's struct kvm_cpuid2 entries follow it in the argument: at most this many, as above */
#define SCT_KVM_SET_CPUID2 0x4008ae90
#define SCT_KVM_GET_SUPPORTED_CPUID 0xc008ae05
#define SCT_KVM_GET_EMULATED_CPUID 0xc008ae09
#define SCT_KVM_CPUID_ENTRY_SIZE 40
#define SCT_KVM_CPUID_MAX 102 /* 4080 bytes, within SCT_ARRAY_CAP_MAX */
#define SCT_V4L2_EXT_CONTROL_SIZE 20 /* struct v4l2_ext_control, packed */
/*
 * ioctl3: SG_IO (<scsi/sg.h>): the buffers its header points to, after the
 * argument, each a blob of aux SCT_AUX_POINTEE (empty for a NULL pointer):
 * struct sg_io_hdr ('S') cmdp, dxferp, sbp; struct sg_io_v4 ('Q') request,
 * dout_xferp, response, din_xferp. -s bytes of each, or for a buffer given
 * as an iovec (iovec_count) the array and then each element's data (aux
 * SCT_AUX_IOCTL_STR). See put_sg_io in args.bpf.h.
 */
#define SCT_SG_IO 0x2285
/*
 * ioctl3: -e kvm=vcpu: after a successful KVM_RUN, the exit_reason of the
 * vCPU's struct kvm_run (4 bytes, a MEM blob of argument 2 with this aux),
 * read from the kernel's copy of the page the process maps.
 */
#define SCT_KVM_RUN 0xae80
#define SCT_AUX_KVM_EXIT 0xffdc
/* kdgpio: 8 bytes of ioctl's argument read at entry, for the requests the kernel rewrites
 * them of (see ioctl_early_off in args.bpf.h): their value before the call. */
#define SCT_AUX_IOCTL_EARLY 0xfffa
/* cputime */
/*
 * -c without -w (not an argument's: arg 0): a __u64, the nanoseconds the
 * task spent on a CPU between the call's entry and exit (its latency less
 * the time it was switched out, from sched_switch), in the EXIT or SYSCALL
 * record of a call that entered through sys_enter. strace's "system time".
 */
#define SCT_AUX_CPU_TIME 0xffc8
/* uring: the parts of a SCT_CAP_URING_REG capture */
/* the data and tags arrays are put_pointees' words 0 and 1 (aux index + 1) */
#define SCT_AUX_URING_DATA 1
#define SCT_AUX_URING_TAGS 2
#define SCT_AUX_URING_EARLY 0xffd2
#define SCT_AUX_IOCB_BUF(j) (0x100 + (j)) /* SCT_CAP_IOCBS: iocb j's buffer */
/* ptrace: the registers a PTRACE_GETREGSET/SETREGSET iovec points to (SCT_CAP_PTRACE_DATA) */
#define SCT_AUX_PTRACE_REGSET 0xffd4
#define SCT_PTRACE_GETREGSET 0x4204
#define SCT_PTRACE_SETREGSET 0x4205
/* Tagged blobs are parts of a capture, not an argument's value: plain lookups skip them. */
#define SCT_AUX_TAGGED(aux) ((aux) >= 0xfff0 || (aux) == SCT_AUX_CPU_TIME)
#define SCT_IOV_MAX_CAPTURED 64 /* iovec elements captured; strace shows -s of them */
#define SCT_MSGHDR_SIZE 56
#define SCT_MSG_CONTROL_CAP 256
#define SCT_MMSG_SIZE 64 /* struct mmsghdr: a msghdr, msg_len, padding */
#define SCT_MMSG_MAX_CAPTURED 64 /* elements; strace shows -s of them */
/* The parts of mmsghdr element j (< 64): name, control, iovec array, iovec element k's data */
#define SCT_AUX_MMSG_NAME(j) (0x1000 + (j))
#define SCT_AUX_MMSG_CONTROL(j) (0x2000 + (j))
#define SCT_AUX_MMSG_IOV(j) (0x3000 + (j))
#define SCT_AUX_MMSG_DATA(j, k) (0x4000 + (j) * SCT_IOV_MAX_CAPTURED + (k))

/* What the kernel side's bitmap of traced tasks is indexed by (its filter_by). */
enum sct_filter_by {
	SCT_FILTER_TGID = 0, /* thread groups: -f, --comm */
	SCT_FILTER_TID = 1, /* threads: without -f strace traces single threads */
	SCT_FILTER_ALL = 2, /* no bitmap, every task (--system-wide) */
};

/* Per-syscall flags in sct_sc_flags[] */
#define SCT_SCF_ENTRY_RECORD 0x1 /* always emit ENTER (execve: the image is replaced) */
#define SCT_SCF_NORETURN 0x2 /* emit a whole record at entry: the call never returns */
/* After success, describe descriptors the call made or changed (SCT_AUX_FDINFO blobs): */
#define SCT_SCF_FD_RET 0x4 /* the one it returned (socket, accept) */
#define SCT_SCF_FD_ARG0 0x8 /* its first argument (bind, connect: new endpoints) */
#define SCT_SCF_FD_PAIR0 0x10 /* the int[2] its first argument points to (pipe) */
#define SCT_SCF_FD_PAIR3 0x20 /* the int[2] its fourth argument points to (socketpair) */
#define SCT_SCF_ENTER_ALWAYS 0x40 /* an ENTER record even if the call does not block (select) */
#define SCT_SCF_VEC 0x80 /* an argument is an iovec, msghdr or pointer struct: sct_capture_extras reads it */
#define SCT_SCF_FD_ANY (SCT_SCF_FD_RET | SCT_SCF_FD_ARG0 | SCT_SCF_FD_PAIR0 | SCT_SCF_FD_PAIR3)

/*
 * What a descriptor refers to, read from the kernel's file table: the inode
 * of pipes and sockets (the "[123]" of -y) and a socket's protocol and
 * endpoints (-yy), so that a recorded log prints them as live tracing does.
 */
struct sct_fdinfo {
	__s32 fd;
	__u32 mode; /* the inode's i_mode (S_IFSOCK, S_IFIFO...) */
	__u64 ino;
	__u64 peer_ino; /* AF_UNIX: the connected peer's inode, or 0 */
	__u16 family; /* sockets: AF_INET... */
	__u16 type; /* SOCK_STREAM... */
	__u16 protocol; /* IPPROTO_TCP... */
	__u16 sport; /* local port, host order; 0 when unbound */
	__u16 dport; /* remote port, host order; 0 when unconnected */
	__u16 pad[3];
	__u8 saddr[16]; /* local address (IPv4: the first 4 bytes; AF_NETLINK: the __u32 port id) */
	__u8 daddr[16]; /* remote address */
	__u16 unix_len; /* AF_UNIX bound name: bytes of unix_path (abstract: starts with NUL) */
	__u8 unix_path[108];
	__u8 pad2[2];
};

/*
 * Lanes: one ring per CPU for the syscall records, in a BPF_F_MMAPABLE array
 * (one element per CPU) that the programs write with plain stores and user
 * space reads in place. A BPF ring buffer record costs 30-40 ns more (its
 * spinlock and atomics). A program claims its CPU's lane with an atomic
 * exchange of busy; a program that finds it busy (one that interrupted or
 * preempted the writer) or full writes to the CPU's BPF ring buffer instead,
 * which also carries every record other than a syscall's. head is written
 * after the record it covers (x86 keeps stores in order).
 */
struct sct_lane_hdr {
	__u64 head; /* bytes written since the start: the kernel side */
	__u64 pad0[7];
	__u64 tail; /* bytes consumed: user space */
	__u64 pad1[7];
	__u64 busy; /* a program is writing a record */
	__u64 pad2[7];
};
#define SCT_LANE_DATA 4096 /* the records start here in a lane's element */
/* A record starting near the end of the data runs on into this much more, so
 * that every record is contiguous; the next one starts at the wrapped offset. */
#define SCT_LANE_SLACK (64u << 10)
#define SCT_LANE_MAX (1u << 28) /* the verifier bounds offsets in a map value */
/*
 * Stream numbers: records of CPU n's lane are stream n, those of its BPF ring
 * buffer stream SCT_STREAM_SECOND(n). Each stream is in time order on its own.
 */
#define SCT_STREAM_SECOND(cpu) (SCT_MAX_CPUS + (cpu))
#define SCT_STREAMS_MAX (2 * SCT_MAX_CPUS)

/* Kernel-side counters (indexed by CPU), read by user space at the end. */
struct sct_counters {
	__u64 events; /* records written */
	__u64 lost; /* records not written: ring full */
	__u64 str_trunc; /* strings longer than the capture limit */
	__u64 str_fault; /* user memory that could not be read */
	__u64 spilled; /* of events: syscall records in the ring buffer, their lane busy or full */
};

#ifndef __BPF__
/*
 * A SCHED_SWITCH's prev_state as the kernel's sched_switch event reports it
 * (__trace_sched_switch_state, which LTTng and ftrace print): one bit, 1 S,
 * 2 D, 4 T, 8 t, 16 X, 32 Z, 64 P, 128 I (TASK_IDLE), 0 runnable.
 */
static inline __s64 sct_sched_state(__s64 raw)
{
	__u32 state = (__u32)raw & 0x7f; /* TASK_REPORT */
	int bit = 0;

	if (((__u32)raw & 0x402) == 0x402 && !(state & ~2u)) /* TASK_IDLE: noload uninterruptible */
		return 0x80;
	while (state) { /* the highest bit: the kernel's fls() */
		bit++;
		state >>= 1;
	}
	return bit ? 1 << (bit - 1) : 0;
}

static inline int sct_rec_is_syscall(__u16 type)
{
	return type == SCT_REC_SYSCALL || type == SCT_REC_ENTER || type == SCT_REC_EXIT;
}

/*
 * The size of a record once widened: a packed syscall record grows by the
 * argument registers it left out; 0 if it is too short for what it says
 * (a damaged log). Other records keep their size.
 */
static inline __u32 sct_rec_widened_size(const struct sct_rec_hdr *h, __u32 size)
{
	const struct sct_rec_syscall_packed *p = (const struct sct_rec_syscall_packed *)h;

	if (!sct_rec_is_syscall(h->type))
		return size;
	__u32 wide;

	if (size < sizeof(*p) || p->nargs > SCT_MAX_ARGS || size < sizeof(*p) + 8u * p->nargs)
		return 0;
	wide = size + (__u32)(sizeof(struct sct_rec_syscall) - sizeof(*p)) - 8u * p->nargs;
	return wide <= 0xffff ? wide : 0; /* hdr.size is 16 bits */
}

/*
 * Write the widened form of record h (size bytes) at dst, the
 * sct_rec_widened_size bytes it returned. nargs is read once and checked
 * again: a log is mapped memory another process could change meanwhile.
 */
static inline void sct_rec_widen(void *dst, const struct sct_rec_hdr *h, __u32 size)
{
	const struct sct_rec_syscall_packed *p = (const struct sct_rec_syscall_packed *)h;
	struct sct_rec_syscall *w = (struct sct_rec_syscall *)dst;
	__u8 nargs = *(const volatile __u8 *)&p->nargs;
	__u32 head;

	if (!sct_rec_is_syscall(h->type)) {
		__builtin_memcpy(dst, h, size);
		return;
	}
	if (nargs > SCT_MAX_ARGS)
		nargs = SCT_MAX_ARGS;
	head = (__u32)sizeof(*p) + 8u * nargs;
	if (head > size)
		head = size;
	w->hdr = p->hdr;
	w->hdr.size = (__u16)(size - head + sizeof(*w));
	w->enter_ts = p->enter_ts;
	w->ret = p->ret;
	for (unsigned i = 0; i < SCT_MAX_ARGS; i++)
		w->args[i] = i < nargs && sizeof(*p) + 8u * (i + 1) <= size ? p->args[i] : 0;
	w->nr = p->nr;
	w->flags = p->flags;
	w->nblobs = p->nblobs;
	w->pad = 0;
	__builtin_memcpy(w + 1, (const __u8 *)h + head, size - head);
}

/*
 * The exit of a thread group leader killed by another thread's execve: no
 * exit but strace's "superseded", as that thread takes the leader's tid.
 */
static inline int sct_exit_superseded(const struct sct_rec_task_exit *r)
{
	return (r->flags & SCT_EXIT_EXEC_ZAPPED) && r->hdr.tid == r->hdr.tgid;
}

/* When a call started: its entry time, or when it was recorded if captured --no-durations. */
static inline __u64 sct_call_start(const struct sct_rec_syscall *r)
{
	return r->enter_ts ? r->enter_ts : r->hdr.ts;
}

_Static_assert(sizeof(struct sct_rec_hdr) == 24, "sct_rec_hdr size");
_Static_assert(sizeof(struct sct_rec_syscall) == 96, "sct_rec_syscall size");
_Static_assert(sizeof(struct sct_rec_syscall_packed) == 48, "sct_rec_syscall_packed size");
_Static_assert(sizeof(struct sct_blob) == 8, "sct_blob size");
_Static_assert(sizeof(struct sct_rec_fork) == 32, "sct_rec_fork size");
_Static_assert(sizeof(struct sct_rec_pid_view) == 48, "sct_rec_pid_view size");
_Static_assert(sizeof(struct sct_rec_task_exit) == 32, "sct_rec_task_exit size");
_Static_assert(sizeof(struct sct_rec_exec) == 32, "sct_rec_exec size");
_Static_assert(sizeof(struct sct_rec_sched_switch) == 80, "sct_rec_sched_switch size");
_Static_assert(sizeof(struct sct_counters) == 40, "sct_counters size");
_Static_assert(sizeof(struct sct_lane_hdr) <= SCT_LANE_DATA, "sct_lane_hdr size");
_Static_assert(sizeof(struct sct_fdinfo) == 184, "sct_fdinfo size");
_Static_assert(sizeof(struct sct_rec_signal) == 80, "sct_rec_signal size");
_Static_assert(sizeof(struct sct_rec_task_new) == 48, "sct_rec_task_new size");
_Static_assert(sizeof(struct sct_rec_loss) == 40, "sct_rec_loss size");
_Static_assert(sizeof(struct sct_rec_fd_snapshot) == 32, "sct_rec_fd_snapshot size");
_Static_assert(sizeof(struct sct_rec_proc_state) == 40, "sct_rec_proc_state size");
_Static_assert(sizeof(struct sct_rec_end) == 64, "sct_rec_end size");
_Static_assert(sizeof(struct sct_rec_usdt) == 128, "sct_rec_usdt size");
_Static_assert(sizeof(struct sct_rec_usdt_probe) == 48, "sct_rec_usdt_probe size");
#endif

#endif
