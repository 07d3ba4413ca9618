/* SPDX-License-Identifier: MIT */
/*
 * Internal to the decoder: the argument formatter signature, the helpers the
 * formatter files share, and the formatters each area's file (strings.c,
 * flagargs.c, process.c, signal.c, time.c, net.c...) gives args.c's per-type
 * table. Every formatter reads the blob captured for its argument (see
 * capture_plan.c for what is captured when) and prints the address instead
 * when the memory is absent or unreadable, or when an output argument belongs
 * to a failed call, as strace does.
 */
#ifndef SCT_DECODE_FMT_H
#define SCT_DECODE_FMT_H

#include <stdint.h>
#include <string.h>

#include "decode.h"
#include "flags.h"
#include "../util/unaligned.h"

typedef bool arg_fmt_fn(struct strbuf *out, const struct sc_event *ev, unsigned i,
			const struct decode_opts *o);

static inline void fmt_addr(struct strbuf *out, uint64_t v)
{
	if (v)
		strbuf_addf(out, "%#llx", (unsigned long long)v);
	else
		strbuf_adds(out, "NULL");
}

/*
 * Whether nothing of blob b could be read: a fault before its first byte
 * (FAULT without SHORT; FAULT|SHORT holds what preceded the fault).
 */
static inline bool fmt_blob_unreadable(const struct sct_blob *b)
{
	return (b->flags & (SCT_BLOB_FAULT | SCT_BLOB_SHORT)) == SCT_BLOB_FAULT;
}

/*
 * The first or the last MEM blob that is argument i's value (not a tagged
 * part of its capture), readable or not: with entry and exit copies, first
 * is the entry's. NULL when there is none.
 */
static inline const struct sct_blob *fmt_mem_blob(const struct sc_event *ev, unsigned i, bool first)
{
	const struct sct_blob *found = NULL;

	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = ev->blobs[k];

		if (b->arg != i || b->kind != SCT_BLOB_MEM || SCT_AUX_TAGGED(b->aux))
			continue;
		found = b;
		if (first)
			break;
	}
	return found;
}

/* The last MEM blob of argument i (the exit copy when there are two), or NULL. */
static inline const struct sct_blob *fmt_mem(const struct sc_event *ev, unsigned i, unsigned min_len)
{
	const struct sct_blob *found = fmt_mem_blob(ev, i, false);

	if (!found || (found->flags & SCT_BLOB_FAULT) || found->len < min_len)
		return NULL;
	return found;
}

/*
 * As fmt_mem, also when only the first page could be read (an extensible
 * structure at a page's end, sized larger by the call: SCT_CAP_ARRAY_ENTRY's
 * FAULT|SHORT blob); *cut then says the rest was unreadable, which strace
 * prints as "???".
 */
static inline const struct sct_blob *fmt_mem_upto(const struct sc_event *ev, unsigned i,
						  unsigned min_len, bool *cut)
{
	const struct sct_blob *found = fmt_mem_blob(ev, i, false);

	*cut = found && (found->flags & SCT_BLOB_SHORT);
	if (!found || fmt_blob_unreadable(found) || found->len < min_len)
		return NULL;
	return found;
}

/*
 * The MEM blob of argument i tagged aux (a part of an iovec or msghdr capture,
 * a pointee...): the first or the last of them; NULL if none or unreadable.
 */
static inline const struct sct_blob *fmt_aux_blob(const struct sc_event *ev, unsigned i,
						  unsigned aux, bool first)
{
	const struct sct_blob *found = NULL;

	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = ev->blobs[k];

		if (b->arg != i || b->kind != SCT_BLOB_MEM || b->aux != aux)
			continue;
		found = b;
		if (first)
			break;
	}
	if (found && (found->flags & SCT_BLOB_FAULT))
		return NULL;
	return found;
}

/* The first MEM blob of argument i when it has two (entry and exit copies), or NULL. */
static inline const struct sct_blob *fmt_mem_entry(const struct sc_event *ev, unsigned i,
						   unsigned min_len)
{
	const struct sct_blob *first = NULL;
	unsigned n = 0;

	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = ev->blobs[k];

		if (b->arg != i || b->kind != SCT_BLOB_MEM || SCT_AUX_TAGGED(b->aux))
			continue;
		if (!n++)
			first = b;
	}
	if (n < 2 || (first->flags & SCT_BLOB_FAULT) || first->len < min_len)
		return NULL;
	return first;
}

/*
 * The first blob of argument i when it is readable memory of at least min_len
 * bytes, or NULL (fmt_mem looks past other blobs for the last MEM one).
 */
static inline const struct sct_blob *fmt_arg_mem(const struct sc_event *ev, unsigned i,
						 unsigned min_len)
{
	const struct sct_blob *b = sc_event_blob(ev, i);

	if (!b || b->kind != SCT_BLOB_MEM || (b->flags & SCT_BLOB_FAULT) || b->len < min_len)
		return NULL;
	return b;
}

/*
 * The structure of argument i when it can be printed: non-NULL, captured and
 * readable, at least min_len bytes, and (for outputs) the call succeeded.
 * Otherwise prints the address and returns NULL.
 */
static inline const char *fmt_struct(struct strbuf *out, const struct sc_event *ev, unsigned i,
				     unsigned min_len, bool output)
{
	const struct sct_blob *b = fmt_mem(ev, i, min_len);

	if (!ev->args[i] || !b || (output && sc_event_failed(ev))) {
		fmt_addr(out, ev->args[i]);
		return NULL;
	}
	return sct_blob_data(b);
}

/*
 * Formatters that print argument i, cut to type, as a bit set (FLAGS_FMT) or a
 * single value (ENUM_FMT) of table: one line each in the area files.
 */
#define FLAGS_FMT(fn, table, type)                                                         \
	bool fn(struct strbuf *out, const struct sc_event *ev, unsigned i,                 \
		const struct decode_opts *o)                                               \
	{                                                                                  \
		(void)o;                                                                   \
		print_flags(out, &(table), (type)ev->args[i]);                             \
		return true;                                                               \
	}
#define ENUM_FMT(fn, table, type)                                                          \
	bool fn(struct strbuf *out, const struct sc_event *ev, unsigned i,                 \
		const struct decode_opts *o)                                               \
	{                                                                                  \
		(void)o;                                                                   \
		print_enum(out, &(table), (type)ev->args[i]);                              \
		return true;                                                               \
	}

/* args.c: numbers; a mode in octal, 0644 */
arg_fmt_fn fmt_hex;
void print_octal_mode(struct strbuf *out, uint64_t mode);
/* strings.c */
arg_fmt_fn fmt_path, fmt_str, fmt_path_out, fmt_buf_in, fmt_buf_out, fmt_buf_out_hex, fmt_argv,
	fmt_envp;
/* flagargs.c: one table each */
arg_fmt_fn fmt_access_mode, fmt_at_flags, fmt_unlinkat_flags, fmt_faccessat_flags, fmt_mmap_prot,
	fmt_wait_options, fmt_pipe_flags, fmt_eventfd_flags, fmt_epoll_flags, fmt_msync_flags,
	fmt_mremap_flags, fmt_rename_flags, fmt_umount_flags, fmt_grnd_flags, fmt_tfd_create_flags,
	fmt_tfd_settime_flags, fmt_timer_flags, fmt_msg_flags, fmt_accept_flags, fmt_whence,
	fmt_fcntl_cmd, fmt_madvise_advice, fmt_sock_domain, fmt_shutdown_how, fmt_prio_which,
	fmt_rlimit, fmt_sigprocmask_how, fmt_clockid, fmt_arch_prctl_code, fmt_epoll_ctl_op,
	fmt_itimer_which, fmt_rusage_who, fmt_sched_policy;
/* flagargs.c, fdio: flock, fallocate, sync_file_range, close_range, splice/tee/vmsplice, fadvise64 */
arg_fmt_fn fmt_flock_op, fmt_falloc_mode, fmt_sync_file_range_flags, fmt_close_range_flags,
	fmt_splice_flags, fmt_fadvise_advice;
/* fdio.c: loff_t offsets */
arg_fmt_fn fmt_loff_in, fmt_loff_inout;
/* flagargs.c: layouts of their own, and arguments their flag argument decides */
arg_fmt_fn fmt_open_flags, fmt_open_mode, fmt_mount_flags, fmt_memfd_flags, fmt_mmap_flags,
	fmt_sock_type, fmt_sock_proto, fmt_mknod_mode, fmt_mknod_dev, fmt_mremap_addr;
/* flagargs.c: O_RDONLY|O_CLOEXEC, under -X the number (fcntl's F_SETFL) */
void print_open_flags_x(struct strbuf *out, uint32_t flags, int xlat);
/* fcntl.c */
arg_fmt_fn fmt_fcntl_arg;
/* process.c: clone's flags, wait4's status (clone's arguments: decode.h) */
arg_fmt_fn fmt_clone_flags, fmt_wait_status, fmt_rusage_wait4, fmt_waitid_type;
arg_fmt_fn fmt_waitid_id; /* vlimits */
/* mem.c: memory calls' flags and structures */
arg_fmt_fn fmt_mlockall_flags, fmt_mlock_flags;
/*
 * structs.c: ", / * bytes 24..39 * / \"\\x00...\"" for the bytes of an extensible
 * structure past the known ones (p holds have of its usize bytes), when any is
 * not zero; e2big: the call failed with E2BIG (the kernel found one).
 */
void print_struct_tail(struct strbuf *out, const char *p, unsigned have, unsigned known,
		       uint64_t usize, bool e2big, const struct decode_opts *o);
arg_fmt_fn fmt_rlimit_in, fmt_rlimit_out;
/* stat.c: struct stat, statx, statfs, ustat; S_IFREG|0644 under -X */
void print_symbolic_mode(struct strbuf *out, uint32_t mode, int xlat);
arg_fmt_fn fmt_stat_out, fmt_statx_flags, fmt_statx_mask, fmt_statx_out, fmt_statfs_out, fmt_dev32,
	fmt_uid;
/* dirent.c: getdents' and getdents64's buffer */
arg_fmt_fn fmt_dents, fmt_dents64;
/* openat2.c */
arg_fmt_fn fmt_open_how;
/* clone3.c: clone3's arguments in parts (SP_CLONE3), as decode_clone_args */
bool decode_clone3_has_output(const struct sc_event *ev);
void decode_clone3_args(struct strbuf *out, const struct sc_event *ev, enum decode_part part,
			const struct decode_opts *o);
/* prctl.c: prctl, arch_prctl's argument, personality */
arg_fmt_fn fmt_prctl_option, fmt_prctl_arg, fmt_arch_prctl_arg, fmt_personality;
void print_prctl_ret(struct strbuf *out, const struct sc_event *ev, const struct decode_opts *o);
void print_arch_prctl_ret(struct strbuf *out, const struct sc_event *ev,
			  const struct decode_opts *o);
void print_personality_ret(struct strbuf *out, const struct sc_event *ev,
			   const struct decode_opts *o);
/*
 * Argument i's memory as SCT_CAP_MEM_PAGE/FPROG read it (the entry copy when
 * first, else the exit one), at least len bytes of it, or NULL; got: how many.
 */
const void *prctl_arg_mem(const struct sc_event *ev, unsigned i, unsigned len, bool first,
			  unsigned *got);
/* ldt.c: struct user_desc (modify_ldt, set_thread_area, get_thread_area) */
arg_fmt_fn fmt_user_desc, fmt_ldt_ptr, fmt_user_desc_get;
void print_set_thread_area_ret(struct strbuf *out, const struct sc_event *ev);
void print_modify_ldt_ret(struct strbuf *out, const struct sc_event *ev);
/* seccomp.c: seccomp, and the struct sock_fprog of prctl(PR_SET_SECCOMP) */
arg_fmt_fn fmt_seccomp_op, fmt_seccomp_flags, fmt_seccomp_arg;
/* one classic BPF instruction (8 bytes at p) of a seccomp filter: BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ALLOW) */
void print_seccomp_insn(struct strbuf *out, const uint8_t *p, int xlat);
void print_seccomp_fprog(struct strbuf *out, const struct sc_event *ev, unsigned i,
			 const struct decode_opts *o);
/* signal.c: a signal number, SIGUSR1; under -X 10, 10 / * SIGUSR1 * / */
void print_signal(struct strbuf *out, int sig);
void print_signal_x(struct strbuf *out, int sig, int xlat);
void print_sigset(struct strbuf *out, uint64_t mask, int xlat);
arg_fmt_fn fmt_signal, fmt_sigset_in, fmt_sigset_out, fmt_sigaction_in, fmt_sigaction_out,
	fmt_siginfo_in, fmt_siginfo_out;
/* time.c */
void print_timespec(struct strbuf *out, const void *p);
void print_timeval(struct strbuf *out, const void *p);
/* strace's sprinttime: local date, ISO 8601, with frac_digits of frac when not 0 */
void print_date_frac(struct strbuf *out, int64_t t, uint64_t frac, int frac_digits);
/* " / * date * /" as strace's tprints_comment(sprinttime_*()): none for 0, frac > max, no date */
void print_date_comment(struct strbuf *out, int64_t sec, uint64_t frac, uint64_t max,
			int frac_digits);
void print_clock_t(struct strbuf *out, uint64_t v, int xlat);
arg_fmt_fn fmt_timespec_in, fmt_timespec_out, fmt_timeval_in, fmt_timeval_out,
	fmt_timezone_out, fmt_itimerval_in, fmt_itimerval_out, fmt_itimerspec_in,
	fmt_itimerspec_out, fmt_rusage_out, fmt_utsname_out, fmt_sysinfo_out, fmt_tms_out,
	fmt_sched_param_in, fmt_sched_param_out, fmt_time_out, fmt_futex_op, fmt_futex_val,
	fmt_futex_timeout, fmt_futex_uaddr2, fmt_futex_val3, fmt_utimens_times, fmt_utimes_times,
	fmt_utimbuf;
void print_time_ret(struct strbuf *out, int64_t t);
/* net.c, sockopt.c */
arg_fmt_fn fmt_sockaddr_in, fmt_sockaddr_out, fmt_socklen_out, fmt_sockopt_level,
	fmt_sockopt_name, fmt_sockopt_val_in, fmt_sockopt_val_out;
/* ioctl.c */
arg_fmt_fn fmt_ioctl_req, fmt_ioctl_arg;
void print_ioctl_ret(struct strbuf *out, const struct sc_event *ev, const struct decode_opts *o);
/* netlink.c: sendto's and recvfrom's data, netlink messages on a netlink socket */
arg_fmt_fn fmt_sockbuf_in, fmt_sockbuf_out;
/*
 * An iovec element's data (captured in d) of sendmsg's or recvmsg's argument
 * i, len bytes at addr, as netlink messages when the socket is a netlink one;
 * false otherwise.
 */
bool print_netlink_iov(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct sct_blob *d, uint64_t addr, uint64_t len,
		       const struct decode_opts *o);
/* poll.c */
arg_fmt_fn fmt_pollfd, fmt_epoll_event_in, fmt_epoll_events_out;
void print_poll_ret(struct strbuf *out, const struct sc_event *ev, const struct decode_opts *o);

/* pids.c: pid arguments (-Y, --pidns-translation) */
arg_fmt_fn fmt_pid_tgid, fmt_pid_tid, fmt_pid_pgid, fmt_pid_tgid_pgid;
/* sysadmin.c, mountapi.c: administration calls and the mount API */
arg_fmt_fn fmt_hex32, fmt_pidfd_open_flags, fmt_setns_type, fmt_unshare_flags,
	fmt_delete_module_flags, fmt_module_init_flags, fmt_reboot_magic1, fmt_reboot_magic2,
	fmt_reboot_cmd, fmt_reboot_arg, fmt_syslog_action, fmt_syslog_buf, fmt_syslog_len,
	fmt_swap_flags, fmt_hostname, fmt_kcmp_type, fmt_kcmp_idx;
arg_fmt_fn fmt_mount_fstype, fmt_mount_data, fmt_fsopen_flags, fmt_fsmount_flags,
	fmt_fsmount_attr, fmt_fspick_flags, fmt_open_tree_flags, fmt_move_mount_flags,
	fmt_mount_setattr_flags, fmt_mount_attr;
/* sysvipc.c: SysV IPC */
arg_fmt_fn fmt_ipc_key, fmt_ipc_get_flags, fmt_shmget_flags, fmt_msgctl_cmd, fmt_semctl_cmd,
	fmt_shmctl_cmd, fmt_msgctl_buf, fmt_semctl_arg, fmt_shmctl_buf, fmt_ipc_msg_flags,
	fmt_shmat_flags, fmt_msgbuf_in, fmt_msgbuf_out, fmt_sembuf;
/* mq.c: POSIX message queues */
arg_fmt_fn fmt_mq_mode, fmt_mq_attr_open, fmt_mq_attr_in, fmt_mq_attr_out, fmt_out_uint,
	fmt_sigevent;
/* quota.c: quotactl, quotactl_fd */
arg_fmt_fn fmt_quota_cmd, fmt_quota_id, fmt_quota_data;
/* keys.c: add_key, request_key, keyctl */
arg_fmt_fn fmt_key_serial, fmt_keyctl_cmd, fmt_keyctl_arg;
/* procsig.c: processes, signals, scheduling, memory policy */
/*
 * The bytes captured of argument i's array (SCT_CAP_ARRAY): *have of them;
 * *fault when the rest could not be read (what its first page holds); NULL
 * when nothing was read.
 */
const char *array_bytes(const struct sc_event *ev, unsigned i, unsigned *have, bool *fault);
/* The first 8 bytes of argument i as they were at entry (SCT_CAP_ARRAY in/out), or NULL. */
const char *array_early(const struct sc_event *ev, unsigned i);
arg_fmt_fn fmt_mpol_mode, fmt_mpol_mode32, fmt_nodemask, fmt_mbind_flags, fmt_get_mempolicy_flags,
	fmt_mpol_out, fmt_ioprio_which, fmt_ioprio_who, fmt_prio_who, fmt_ioprio, fmt_groups_in,
	fmt_groups_out,
	fmt_sigset_len_out, fmt_sfd_flags, fmt_stack_in, fmt_stack_out, fmt_cpu_mask_in,
	fmt_cpu_mask_out, fmt_timezone_in, fmt_timespec_rem, fmt_ulong_out, fmt_ulong_ptr_out,
	fmt_mincore_vec, fmt_mmap_prot64, fmt_move_pages_pages, fmt_move_pages_nodes,
	fmt_move_pages_status, fmt_move_pages_flags, fmt_remote_iov, fmt_cap_header,
	fmt_cap_data_in, fmt_cap_data_out, fmt_timex_out, fmt_sched_attr_in, fmt_sched_attr_out;
void print_timex_ret(struct strbuf *out, const struct sc_event *ev);
arg_fmt_fn fmt_sigframe_mask;
/* ptrace.c */
arg_fmt_fn fmt_ptrace_request, fmt_ptrace_pid, fmt_ptrace_addr, fmt_ptrace_data;
void print_ioprio_ret(struct strbuf *out, const struct sc_event *ev, const struct decode_opts *o);
void print_signal_ret(struct strbuf *out, const struct sc_event *ev);

/* newsys: notify.c, landlock.c, newsys.c */
arg_fmt_fn fmt_inotify_init_flags, fmt_inotify_mask, fmt_fan_init_flags, fmt_fan_mark_flags,
	fmt_fan_event_mask, fmt_fan_dirfd;
arg_fmt_fn fmt_landlock_ruleset_attr, fmt_landlock_create_flags, fmt_landlock_rule_type,
	fmt_landlock_rule_attr;
arg_fmt_fn fmt_memfd_secret_flags, fmt_pkey_access, fmt_uffd_flags;
/*
 * newsys.c: an array captured as SCT_CAP_ARRAY_PREFIX, count elem-byte elements, each
 * printed by fn, as strace's print_array
 */
typedef bool array_elem_fn(struct strbuf *out, const char *e, uint64_t idx,
			   const struct decode_opts *o); /* false: it printed "..." instead, stop */
void print_array_prefix(struct strbuf *out, const struct sc_event *ev, unsigned i, uint64_t count,
			unsigned elem, array_elem_fn *fn, const struct decode_opts *o);
arg_fmt_fn fmt_iovec_addrs, fmt_futex_waiters;
/* poll.c: epoll_pwait's and epoll_pwait2's timeout and sigmask */
arg_fmt_fn fmt_timespec_in_late, fmt_sigset_in_late;
/* perf.c */
arg_fmt_fn fmt_perf_attr, fmt_perf_open_flags, fmt_rwf_flags, fmt_pos_high;
/* sysdec: bpf (bpf.c); bpf_returns_fd: whether the command returns a descriptor */
arg_fmt_fn fmt_bpf_cmd, fmt_bpf_attr;
bool bpf_returns_fd(const struct sc_event *ev);
/* the anon_inode name of the descriptor a bpf command makes, or NULL */
const char *bpf_fd_name(const struct sc_event *ev);
/*
 * sysdec: strace's printstr_ex of captured bytes (strn.c): len bytes at most
 * (UINT32_MAX: a NUL-terminated string), the address when unreadable
 */
void print_user_strn(struct strbuf *out, uint64_t addr, const char *q, unsigned have, uint32_t len,
		     bool zero_term, const struct decode_opts *o);
/* sysdec: fsconfig's arguments by its command (fsconfig.c) */
arg_fmt_fn fmt_fsconfig_cmd, fmt_fsconfig_key, fmt_fsconfig_value, fmt_fsconfig_aux;
/* sysdec: pidfd_getfd's target descriptor (pidfd_getfd.c), and the pid a pidfd refers to */
arg_fmt_fn fmt_pidfd_target_fd;
int pidfd_target_pid(const struct decode_opts *o, uint32_t tgid, int pidfd);
/* kexec.c */
arg_fmt_fn fmt_kexec_segments, fmt_kexec_flags, fmt_kexec_file_flags, fmt_kexec_cmdline;
/* io_uring.c */
arg_fmt_fn fmt_io_uring_params, fmt_uring_enter_flags;
/* uring_register.c */
arg_fmt_fn fmt_uring_reg_op, fmt_uring_reg_arg;
/*
 * uring: the captured bytes of an array or a structure at addr (argument i's
 * MEM blob tagged aux, 0 its own): have of them at p (NULL: none); cut when
 * a fault ended them (a FAULT|SHORT blob keeps what the first page held).
 */
struct cap_bytes {
	uint64_t addr;
	const char *p;
	unsigned have;
	bool cut;
};
struct cap_bytes cap_bytes_of(const struct sc_event *ev, unsigned i, unsigned aux, uint64_t addr);
typedef bool cap_elem_fn(struct strbuf *out, const char *e, uint64_t idx, const void *ctx,
			 const struct decode_opts *o);
/* strace's print_array over them; trunc: the kernel has more (", ..." at the end) */
void print_cap_array(struct strbuf *out, const struct cap_bytes *u, uint64_t count, unsigned elem,
		     cap_elem_fn *fn, const void *ctx, bool trunc, const struct decode_opts *o);
cap_elem_fn print_iov_addr_elem;
/* aio.c: io_submit's iocbs, io_cancel's iocb */
arg_fmt_fn fmt_aio_iocbs, fmt_aio_iocb_hdr;
/* procsig.c: a CPU mask of len bytes, have of them at p (NULL: unread), as [0 1 5] */
void print_cpu_mask_bytes(struct strbuf *out, uint64_t addr, const char *p, unsigned have,
			  uint32_t len);
/* xattr.c */
arg_fmt_fn fmt_xattr_value_in, fmt_xattr_value_out, fmt_xattr_list, fmt_xattr_flags;
/* aio.c */
arg_fmt_fn fmt_aio_ctx_out, fmt_io_events_out, fmt_sysctl_args;

#endif
