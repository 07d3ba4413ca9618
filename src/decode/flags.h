/* SPDX-License-Identifier: MIT */
/*
 * Named constants as data: one table per kind of flag set or enumeration,
 * and the two ways strace prints them (a bit set joined by '|', or a single
 * value). Order in a table is the order strace prints bits in, which is not
 * always numeric order, so tables list entries exactly as strace 6.1 does.
 */
#ifndef SCT_DECODE_FLAGS_H
#define SCT_DECODE_FLAGS_H

#include <stdbool.h>
#include <stdint.h>

#include "../util/strbuf.h"

struct flag_name {
	uint64_t val;
	const char *name;
};

struct flag_table {
	const struct flag_name *v;
	unsigned n;
	/* comment for values with no known bit: "O_???" gives 0x10 / * O_??? * / (NULL: none) */
	const char *unknown;
	/* printed for 0 in a bit set, e.g. "PROT_NONE"; NULL prints "0" */
	const char *zero;
};

/* Every bit some entry of t names. */
uint64_t flag_known_bits(const struct flag_table *t);
/* The name of val in t, or NULL. */
const char *flag_lookup(const struct flag_table *t, uint64_t val);
/* A bit set: NAME|NAME|0xrest, or 0xval / * UNKNOWN * / when no bit is known. */
void print_flags(struct strbuf *out, const struct flag_table *t, uint64_t flags);
/*
 * The known bits of flags as NAME|NAME, then the unknown rest as |0x...; when
 * after is set every item is preceded by '|' (the set continues something
 * already printed, e.g. the access mode of open flags). Prints nothing for 0.
 */
void print_flag_bits(struct strbuf *out, const struct flag_table *t, uint64_t flags, bool after);
/* One value: NAME, or 0xval / * UNKNOWN * /. */
void print_enum(struct strbuf *out, const struct flag_table *t, uint64_t val);

/*
 * -X (xlat: enum decode_xlat, XLAT_ABBREV prints as above). A named constant
 * whose number prints as raw and whose default rendering is abbrev: -X raw
 * prints raw; -X verbose prints raw / * abbrev * /, or abbrev alone when it
 * is the number already (no name, or "0x7 / * SEEK_??? * /").
 */
void print_xlat_text(struct strbuf *out, int xlat, const char *raw, const char *abbrev);
/* print_flags and print_enum under -X: the number in hex (0 as 0). */
void print_flags_x(struct strbuf *out, const struct flag_table *t, uint64_t flags, int xlat);
void print_enum_x(struct strbuf *out, const struct flag_table *t, uint64_t val, int xlat);

extern const struct flag_table open_accmode_names, open_flag_names, access_mode_names,
	at_flag_names, faccessat_flag_names, mmap_prot_names, mmap_type_names, mmap_flag_names,
	whence_names, clone_flag_names, fcntl_cmd_names, fd_flag_names, lease_names, dnotify_names,
	seal_names, sock_domain_names, sock_type_names, sock_type_flag_names, ipproto_names,
	netlink_proto_names, ethertype_names, wait_option_names, eventfd_flag_names,
	epoll_flag_names, shutdown_names, msync_flag_names, mremap_flag_names, rename_flag_names,
	prio_which_names, rlimit_names, sigprocmask_how_names, clockid_names, arch_prctl_names,
	file_type_names, ptrace_event_names, madvise_names, si_code_names, cld_code_names,
	segv_code_names, bus_code_names, ill_code_names, fpe_code_names, trap_code_names,
	poll_code_names;
/* structure and flag decoders */
extern const struct flag_table sa_flag_names, sa_handler_names, grnd_flag_names,
	tfd_create_flag_names, tfd_settime_flag_names, timer_flag_names, poll_event_names,
	epoll_event_names, epoll_ctl_names, msg_flag_names, itimer_names, rusage_who_names,
	sched_policy_names, futex_op_names, futex_wake_op_names, futex_wake_cmp_names,
	sockopt_level_names, so_option_names, tcp_option_names, memfd_flag_names;
/* ioctl.c */
extern const struct flag_table termios_iflag_names, termios_oflag_names, termios_cflag_names,
	termios_lflag_names, termios_baud_names, termios_csize_names, tcxonc_names, tcflsh_names,
	tiocm_names, fs_inode_flag_names;
/* proc_flags.c: process, signal, time, scheduling and memory calls */
extern const struct flag_table mlockall_flag_names, mlock_flag_names, waitid_type_names;
/* openat2.c, clone3.c */
extern const struct flag_table mount_flag_names, umount_flag_names, lock_type_names;
/* fdio */
extern const struct flag_table flock_op_names, fadvise_names, falloc_flag_names,
	sync_file_range_flag_names, close_range_flag_names, splice_flag_names;
extern const struct flag_table resolve_flag_names, clone3_flag_names;
/* prctl.c */
extern const struct flag_table prctl_option_names, capability_names, dumpable_names,
	seccomp_mode_names, tsc_names, securebits_names, mce_kill_names, mce_kill_policy_names,
	set_mm_names, cap_ambient_names, spec_names, set_vma_names;
/* stat.c, dirent.c */
extern const struct flag_table statx_sync_names, statx_mask_names, statx_attr_names,
	fsmagic_names, statfs_flag_names, dirent_type_names;

#endif
