// SPDX-License-Identifier: MIT
/*
 * Constant tables (x86_64 values) and the printers for bit sets and enums.
 * Entry order is strace 6.1's print order, taken from its output; where a
 * name covers several bits (O_SYNC, O_TMPFILE) it precedes its parts so the
 * whole name wins.
 *
 * The values come from the system's headers, glibc's and the kernel's uapi
 * ones (X(O_CREAT) is { O_CREAT, "O_CREAT" }), except the few below, which
 * Debian 12's headers (glibc 2.36, Linux 6.1) lack or get wrong for the raw
 * syscall. Headers that clash with glibc's (<linux/fcntl.h>, <linux/time.h>,
 * <asm/signal.h>, <linux/eventpoll.h>, <asm/poll.h>, <asm/termios.h>) are not
 * included: the names only they have are among the literals.
 * tests/unit/test_xlat_values.c checks every value against the kernel's uapi
 * headers, which it can include alone.
 */
#include "xlat_table.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <sys/epoll.h>
#include <sys/file.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <sys/wait.h>
#include <asm/prctl.h>
#include <asm/termbits.h>
#include <linux/capability.h>
#include <linux/close_range.h>
#include <linux/falloc.h>
#include <linux/fs.h>
#include <linux/futex.h>
#include <linux/if_ether.h>
#include <linux/mman.h>
#include <linux/netlink.h>
#include <linux/openat2.h>
#include <linux/sched.h>
#include <linux/seccomp.h>
#include <linux/securebits.h>
#include <sys/mount.h>
#include <dirent.h>
#include <linux/magic.h>

#include "decode.h"

/*
 * The literal values, all here: the kernel's for x86_64.
 *
 * Names only a header that clashes with glibc's defines:
 */
#ifndef F_CANCELLK /* <linux/fcntl.h> */
#define F_CANCELLK 1029
#endif
#ifndef F_GETOWNER_UIDS /* <asm-generic/fcntl.h> */
#define F_GETOWNER_UIDS 17
#endif
#ifndef CLOCK_SGI_CYCLE /* <linux/time.h> */
#define CLOCK_SGI_CYCLE 10
#endif
#ifndef SA_RESTORER /* <asm/signal.h> */
#define SA_RESTORER 0x04000000
#endif
#ifndef EPOLLNVAL /* <linux/eventpoll.h> */
#define EPOLLNVAL 0x20
#endif
#ifndef POLL_BUSY_LOOP /* <asm-generic/poll.h> */
#define POLL_BUSY_LOOP 0x8000
#endif
#ifndef TIOCM_OUT1 /* <asm-generic/termios.h> */
#define TIOCM_OUT1 0x2000
#define TIOCM_OUT2 0x4000
#define TIOCM_LOOP 0x8000
#endif
#ifndef IPPROTO_L2TP /* <linux/in.h>, whose enum <netinet/in.h> turns off */
#define IPPROTO_L2TP 115
#endif
/* Newer than glibc 2.36 (<asm-generic/siginfo.h> clashes with <signal.h>): */
#ifndef TRAP_PERF
#define TRAP_PERF 6
#endif
/* The kernel's own, in no uapi header (include/linux/socket.h, linux/sched/coredump.h): */
#ifndef MSG_PROBE
#define MSG_PROBE 0x10
#endif
#ifndef MSG_SENDPAGE_NOTLAST
#define MSG_SENDPAGE_NOTLAST 0x20000
#endif
#ifndef MSG_NO_SHARED_FRAGS
#define MSG_NO_SHARED_FRAGS 0x80000
#endif
#ifndef MSG_CMSG_COMPAT
#define MSG_CMSG_COMPAT 0x80000000
#endif
#ifndef SUID_DUMP_DISABLE
#define SUID_DUMP_DISABLE 0
#define SUID_DUMP_USER 1
#define SUID_DUMP_ROOT 2
#endif
/* Where glibc's value is not the kernel's: the kernel's, which the raw syscall carries. */
#define KERNEL_O_LARGEFILE 00100000 /* glibc's O_LARGEFILE is 0 on x86_64 */
#define KERNEL___O_SYNC 04000000 /* O_SYNC without O_DSYNC: glibc has no name for it */
#define KERNEL___O_TMPFILE 020000000 /* glibc's __O_TMPFILE includes O_DIRECTORY */
/* glibc's SIG_DFL, SIG_IGN and SIG_ERR are pointers: the handler values as numbers. */
#define HANDLER_SIG_DFL 0
#define HANDLER_SIG_IGN 1
#define HANDLER_SIG_ERR 0xffffffffffffffffull


uint64_t flag_known_bits(const struct flag_table *t)
{
	uint64_t bits = 0;

	for (unsigned i = 0; i < t->n; i++)
		bits |= t->v[i].val;
	return bits;
}

const char *flag_lookup(const struct flag_table *t, uint64_t val)
{
	for (unsigned i = 0; i < t->n; i++)
		if (t->v[i].val == val)
			return t->v[i].name;
	return NULL;
}

void print_flag_bits(struct strbuf *out, const struct flag_table *t, uint64_t flags, bool after)
{
	for (unsigned i = 0; i < t->n && flags; i++) {
		uint64_t v = t->v[i].val;

		if (!v || (flags & v) != v)
			continue;
		if (after)
			strbuf_addc(out, '|');
		strbuf_adds(out, t->v[i].name);
		flags &= ~v;
		after = true;
	}
	if (flags)
		strbuf_addf(out, "%s%#llx", after ? "|" : "", (unsigned long long)flags);
}

void print_flags(struct strbuf *out, const struct flag_table *t, uint64_t flags)
{
	uint64_t known = 0;

	if (!flags) {
		strbuf_adds(out, t->zero ? t->zero : "0");
		return;
	}
	for (unsigned i = 0; i < t->n; i++)
		if (t->v[i].val && (flags & t->v[i].val) == t->v[i].val)
			known |= t->v[i].val;
	/* Nothing recognised: strace prints the number with a comment (none without a name). */
	if (!known) {
		strbuf_addf(out, "%#llx", (unsigned long long)flags);
		if (t->unknown)
			strbuf_addf(out, " /* %s */", t->unknown);
		return;
	}
	print_flag_bits(out, t, flags, false);
}

void print_enum(struct strbuf *out, const struct flag_table *t, uint64_t val)
{
	const char *name = flag_lookup(t, val);

	if (name)
		strbuf_adds(out, name);
	else
		strbuf_addf(out, "%#llx /* %s */", (unsigned long long)val, t->unknown);
}

void print_xlat_text(struct strbuf *out, int xlat, const char *raw, const char *abbrev)
{
	size_t n = strlen(raw);

	if (xlat == XLAT_ABBREV)
		strbuf_adds(out, abbrev);
	else if (xlat == XLAT_RAW)
		strbuf_adds(out, raw);
	else if (!strncmp(abbrev, raw, n) && (!abbrev[n] || !strncmp(abbrev + n, " /*", 3)))
		strbuf_adds(out, abbrev);
	else
		strbuf_addf(out, "%s /* %s */", raw, abbrev);
}

/* Both renderings of a value: the abbreviated one from print, the number in hex. */
static void print_x(struct strbuf *out, const struct flag_table *t, uint64_t v, int xlat,
		    void (*print)(struct strbuf *, const struct flag_table *, uint64_t))
{
	struct strbuf abbrev;
	char raw[24];

	if (xlat == XLAT_ABBREV) {
		print(out, t, v);
		return;
	}
	strbuf_init(&abbrev);
	print(&abbrev, t, v);
	snprintf(raw, sizeof(raw), "%#llx", (unsigned long long)v);
	print_xlat_text(out, xlat, raw, abbrev.data ? abbrev.data : "");
	strbuf_free(&abbrev);
}

void print_flags_x(struct strbuf *out, const struct flag_table *t, uint64_t flags, int xlat)
{
	print_x(out, t, flags, xlat, print_flags);
}

void print_enum_x(struct strbuf *out, const struct flag_table *t, uint64_t val, int xlat)
{
	print_x(out, t, val, xlat, print_enum);
}

TABLE(open_accmode_names, "O_???", NULL, X(O_RDONLY), X(O_WRONLY), X(O_RDWR), X(O_ACCMODE));

/* Without the access mode: pipe2 and dup3 print these alone. */
TABLE(open_flag_names, "O_???", NULL,
      X(O_CREAT), X(O_EXCL), X(O_NOCTTY), X(O_TRUNC), X(O_APPEND), X(O_NONBLOCK), X(O_SYNC),
      X(O_DSYNC), N(KERNEL___O_SYNC, "__O_SYNC"), X(O_DIRECT), N(KERNEL_O_LARGEFILE, "O_LARGEFILE"),
      X(O_NOFOLLOW), X(O_NOATIME),
      X(O_CLOEXEC), X(O_PATH), X(O_TMPFILE), N(KERNEL___O_TMPFILE, "__O_TMPFILE"), X(O_DIRECTORY),
      X(FASYNC));

TABLE(access_mode_names, "?_OK", "F_OK", X(R_OK), X(W_OK), X(X_OK));

/* unlinkat, fstatat, linkat...: 0x200 is AT_REMOVEDIR here. */
TABLE(at_flag_names, "AT_???", NULL,
      X(AT_SYMLINK_NOFOLLOW), X(AT_REMOVEDIR), X(AT_SYMLINK_FOLLOW), X(AT_NO_AUTOMOUNT),
      X(AT_EMPTY_PATH), X(AT_RECURSIVE));

/* faccessat2: 0x200 is AT_EACCESS. */
TABLE(faccessat_flag_names, "AT_???", NULL,
      X(AT_SYMLINK_NOFOLLOW), X(AT_EACCESS), X(AT_EMPTY_PATH));

TABLE(mmap_prot_names, "PROT_???", "PROT_NONE",
      X(PROT_READ), X(PROT_WRITE), X(PROT_EXEC), X(PROT_SEM), X(PROT_GROWSDOWN), X(PROT_GROWSUP));

/* The low nibble of mmap flags (MAP_TYPE) is a value, not bits. */
TABLE(mmap_type_names, "MAP_???", NULL,
      X(MAP_FILE), X(MAP_SHARED), X(MAP_PRIVATE), X(MAP_SHARED_VALIDATE));

TABLE(mmap_flag_names, "MAP_???", NULL,
      X(MAP_FIXED), X(MAP_ANONYMOUS), X(MAP_32BIT), X(MAP_NORESERVE), X(MAP_POPULATE),
      X(MAP_NONBLOCK), X(MAP_GROWSDOWN), X(MAP_DENYWRITE), X(MAP_EXECUTABLE), X(MAP_LOCKED),
      X(MAP_STACK), X(MAP_HUGETLB), X(MAP_SYNC), X(MAP_FIXED_NOREPLACE));

/* mount's flags; MS_MGC_VAL, the old magic in the high 16 bits, is handled by the formatter. */
TABLE(mount_flag_names, "MS_???", NULL,
      X(MS_RDONLY), X(MS_NOSUID), X(MS_NODEV), X(MS_NOEXEC), X(MS_SYNCHRONOUS), X(MS_REMOUNT),
      X(MS_MANDLOCK), X(MS_DIRSYNC), X(MS_NOSYMFOLLOW), X(MS_NOATIME), X(MS_NODIRATIME), X(MS_BIND),
      X(MS_MOVE), X(MS_REC), X(MS_SILENT), X(MS_POSIXACL), X(MS_UNBINDABLE), X(MS_PRIVATE),
      X(MS_SLAVE), X(MS_SHARED), X(MS_RELATIME), X(MS_KERNMOUNT), X(MS_I_VERSION),
      X(MS_STRICTATIME), X(MS_LAZYTIME), X(MS_SUBMOUNT), X(MS_NOREMOTELOCK), X(MS_NOSEC),
      X(MS_BORN), X(MS_ACTIVE), U32(MS_NOUSER));

TABLE(umount_flag_names, "MNT_???", NULL,
      X(MNT_FORCE), X(MNT_DETACH), X(MNT_EXPIRE), X(UMOUNT_NOFOLLOW));

/* struct flock's l_type */
TABLE(lock_type_names, "F_???", NULL, X(F_RDLCK), X(F_WRLCK), X(F_UNLCK));

/* fdio: calls on descriptors (flock, fadvise64, fallocate, sync_file_range, splice...) */
TABLE(flock_op_names, "LOCK_???", NULL,
      X(LOCK_SH), X(LOCK_EX), X(LOCK_NB), X(LOCK_UN), N(32, "LOCK_MAND"), N(192, "LOCK_RW"),
      N(64, "LOCK_READ"), N(128, "LOCK_WRITE"));
TABLE(fadvise_names, "POSIX_FADV_???", NULL,
      X(POSIX_FADV_NORMAL), X(POSIX_FADV_RANDOM), X(POSIX_FADV_SEQUENTIAL), X(POSIX_FADV_WILLNEED),
      X(POSIX_FADV_DONTNEED), X(POSIX_FADV_NOREUSE));
TABLE(falloc_flag_names, "FALLOC_FL_???", NULL,
      X(FALLOC_FL_KEEP_SIZE), X(FALLOC_FL_PUNCH_HOLE), X(FALLOC_FL_NO_HIDE_STALE),
      X(FALLOC_FL_COLLAPSE_RANGE), X(FALLOC_FL_ZERO_RANGE), X(FALLOC_FL_INSERT_RANGE),
      X(FALLOC_FL_UNSHARE_RANGE));
TABLE(sync_file_range_flag_names, "SYNC_FILE_RANGE_???", NULL,
      X(SYNC_FILE_RANGE_WAIT_BEFORE), X(SYNC_FILE_RANGE_WRITE), X(SYNC_FILE_RANGE_WAIT_AFTER));
TABLE(close_range_flag_names, "CLOSE_RANGE_???", NULL,
      X(CLOSE_RANGE_UNSHARE), X(CLOSE_RANGE_CLOEXEC));
TABLE(splice_flag_names, "SPLICE_F_???", NULL,
      X(SPLICE_F_MOVE), X(SPLICE_F_NONBLOCK), X(SPLICE_F_MORE), X(SPLICE_F_GIFT));

TABLE(whence_names, "SEEK_???", NULL,
      X(SEEK_SET), X(SEEK_CUR), X(SEEK_END), X(SEEK_DATA), X(SEEK_HOLE));

/* Without the exit signal in the low byte (CSIGNAL). */
TABLE(clone_flag_names, "CLONE_???", NULL,
      X(CLONE_VM), X(CLONE_FS), X(CLONE_FILES), X(CLONE_SIGHAND), X(CLONE_PIDFD), X(CLONE_PTRACE),
      X(CLONE_VFORK), X(CLONE_PARENT), X(CLONE_THREAD), X(CLONE_NEWNS), X(CLONE_SYSVSEM),
      X(CLONE_SETTLS), X(CLONE_PARENT_SETTID), X(CLONE_CHILD_CLEARTID), X(CLONE_UNTRACED),
      X(CLONE_CHILD_SETTID), X(CLONE_NEWCGROUP), X(CLONE_NEWUTS), X(CLONE_NEWIPC), X(CLONE_NEWUSER),
      X(CLONE_NEWPID), X(CLONE_NEWNET), X(CLONE_IO));

/* strace 6.1 does not know F_GET_RW_HINT and friends (0x40b-0x40e). */
TABLE(fcntl_cmd_names, "F_???", NULL,
      X(F_DUPFD), X(F_GETFD), X(F_SETFD), X(F_GETFL), X(F_SETFL), X(F_GETLK), X(F_SETLK),
      X(F_SETLKW), X(F_SETOWN), X(F_GETOWN), X(F_SETSIG), X(F_GETSIG), X(F_SETOWN_EX),
      X(F_GETOWN_EX), X(F_GETOWNER_UIDS), X(F_OFD_GETLK), X(F_OFD_SETLK), X(F_OFD_SETLKW),
      X(F_SETLEASE), X(F_GETLEASE), X(F_NOTIFY), X(F_CANCELLK), X(F_DUPFD_CLOEXEC), X(F_SETPIPE_SZ),
      X(F_GETPIPE_SZ), X(F_ADD_SEALS), X(F_GET_SEALS));

TABLE(fd_flag_names, "FD_???", NULL, X(FD_CLOEXEC));

TABLE(lease_names, "F_???", NULL, X(F_RDLCK), X(F_WRLCK), X(F_UNLCK));

TABLE(dnotify_names, "DN_???", NULL,
      X(DN_ACCESS), X(DN_MODIFY), X(DN_CREATE), X(DN_DELETE), X(DN_RENAME), X(DN_ATTRIB),
      X(DN_MULTISHOT));

TABLE(seal_names, "F_SEAL_???", NULL,
      X(F_SEAL_SEAL), X(F_SEAL_SHRINK), X(F_SEAL_GROW), X(F_SEAL_WRITE), X(F_SEAL_FUTURE_WRITE));

TABLE(sock_domain_names, "AF_???", NULL,
      X(AF_UNSPEC), X(AF_UNIX), X(AF_INET), X(AF_AX25), X(AF_IPX), X(AF_APPLETALK), X(AF_NETROM),
      X(AF_BRIDGE), X(AF_ATMPVC), X(AF_X25), X(AF_INET6), X(AF_ROSE), X(AF_DECnet), X(AF_NETBEUI),
      X(AF_SECURITY), X(AF_KEY), X(AF_NETLINK), X(AF_PACKET), X(AF_ASH), X(AF_ECONET), X(AF_ATMSVC),
      X(AF_RDS), X(AF_SNA), X(AF_IRDA), X(AF_PPPOX), X(AF_WANPIPE), X(AF_LLC), X(AF_IB), X(AF_MPLS),
      X(AF_CAN), X(AF_TIPC), X(AF_BLUETOOTH), X(AF_IUCV), X(AF_RXRPC), X(AF_ISDN), X(AF_PHONET),
      X(AF_IEEE802154), X(AF_CAIF), X(AF_ALG), X(AF_NFC), X(AF_VSOCK), X(AF_KCM), X(AF_QIPCRTR),
      X(AF_SMC), X(AF_XDP), X(AF_MCTP));

TABLE(sock_type_names, "SOCK_???", NULL,
      X(SOCK_STREAM), X(SOCK_DGRAM), X(SOCK_RAW), X(SOCK_RDM), X(SOCK_SEQPACKET), X(SOCK_DCCP),
      X(SOCK_PACKET));

TABLE(sock_type_flag_names, "SOCK_???", NULL, X(SOCK_CLOEXEC), X(SOCK_NONBLOCK));

TABLE(ipproto_names, "IPPROTO_???", NULL,
      X(IPPROTO_IP), X(IPPROTO_ICMP), X(IPPROTO_IGMP), X(IPPROTO_IPIP), X(IPPROTO_TCP),
      X(IPPROTO_EGP), X(IPPROTO_PUP), X(IPPROTO_UDP), X(IPPROTO_IDP), X(IPPROTO_TP),
      X(IPPROTO_DCCP), X(IPPROTO_IPV6), X(IPPROTO_RSVP), X(IPPROTO_GRE), X(IPPROTO_ESP),
      X(IPPROTO_AH), X(IPPROTO_ICMPV6), X(IPPROTO_MTP), X(IPPROTO_BEETPH), X(IPPROTO_ENCAP),
      X(IPPROTO_PIM), X(IPPROTO_COMP), X(IPPROTO_L2TP), X(IPPROTO_SCTP), X(IPPROTO_UDPLITE),
      X(IPPROTO_MPLS), X(IPPROTO_ETHERNET), X(IPPROTO_RAW), X(IPPROTO_MPTCP));

TABLE(netlink_proto_names, "NETLINK_???", NULL,
      X(NETLINK_ROUTE), X(NETLINK_UNUSED), X(NETLINK_USERSOCK), X(NETLINK_FIREWALL),
      X(NETLINK_SOCK_DIAG), X(NETLINK_NFLOG), X(NETLINK_XFRM), X(NETLINK_SELINUX), X(NETLINK_ISCSI),
      X(NETLINK_AUDIT), X(NETLINK_FIB_LOOKUP), X(NETLINK_CONNECTOR), X(NETLINK_NETFILTER),
      X(NETLINK_IP6_FW), X(NETLINK_DNRTMSG), X(NETLINK_KOBJECT_UEVENT), X(NETLINK_GENERIC),
      X(NETLINK_SCSITRANSPORT), X(NETLINK_ECRYPTFS), X(NETLINK_RDMA), X(NETLINK_CRYPTO),
      X(NETLINK_SMC));

/* AF_PACKET protocols, in host order (printed as htons(NAME)). */
TABLE(ethertype_names, "ETH_P_???", NULL,
      X(ETH_P_802_3), X(ETH_P_ALL), X(ETH_P_802_2), X(ETH_P_IP), X(ETH_P_ARP), X(ETH_P_RARP),
      X(ETH_P_8021Q), X(ETH_P_IPV6), X(ETH_P_PAE), X(ETH_P_LLDP));

TABLE(wait_option_names, "W???", NULL,
      X(WNOHANG), X(WEXITED), X(WSTOPPED), X(WCONTINUED), X(WNOWAIT), X(__WCLONE), X(__WALL),
      X(__WNOTHREAD));

TABLE(eventfd_flag_names, "EFD_???", NULL, X(EFD_SEMAPHORE), X(EFD_CLOEXEC), X(EFD_NONBLOCK));

TABLE(epoll_flag_names, "EPOLL_???", NULL, X(EPOLL_CLOEXEC));

TABLE(shutdown_names, "SHUT_???", NULL, X(SHUT_RD), X(SHUT_WR), X(SHUT_RDWR));

TABLE(msync_flag_names, "MS_???", NULL, X(MS_SYNC), X(MS_ASYNC), X(MS_INVALIDATE));

TABLE(mremap_flag_names, "MREMAP_???", NULL,
      X(MREMAP_MAYMOVE), X(MREMAP_FIXED), X(MREMAP_DONTUNMAP));

/* Two question marks: that is what strace 6.1 prints for renameat2. */
TABLE(rename_flag_names, "RENAME_??", NULL,
      X(RENAME_NOREPLACE), X(RENAME_EXCHANGE), X(RENAME_WHITEOUT));

TABLE(prio_which_names, "PRIO_???", NULL, X(PRIO_PROCESS), X(PRIO_PGRP), X(PRIO_USER));

TABLE(rlimit_names, "RLIMIT_???", NULL,
      X(RLIMIT_CPU), X(RLIMIT_FSIZE), X(RLIMIT_DATA), X(RLIMIT_STACK), X(RLIMIT_CORE),
      X(RLIMIT_RSS), X(RLIMIT_NPROC), X(RLIMIT_NOFILE), X(RLIMIT_MEMLOCK), X(RLIMIT_AS),
      X(RLIMIT_LOCKS), X(RLIMIT_SIGPENDING), X(RLIMIT_MSGQUEUE), X(RLIMIT_NICE), X(RLIMIT_RTPRIO),
      X(RLIMIT_RTTIME));

TABLE(sigprocmask_how_names, "SIG_???", NULL, X(SIG_BLOCK), X(SIG_UNBLOCK), X(SIG_SETMASK));

/* strace 6.1 prints the negative CPU-clock ids as unknown numbers. */
TABLE(clockid_names, "CLOCK_???", NULL,
      X(CLOCK_REALTIME), X(CLOCK_MONOTONIC), X(CLOCK_PROCESS_CPUTIME_ID),
      X(CLOCK_THREAD_CPUTIME_ID), X(CLOCK_MONOTONIC_RAW), X(CLOCK_REALTIME_COARSE),
      X(CLOCK_MONOTONIC_COARSE), X(CLOCK_BOOTTIME), X(CLOCK_REALTIME_ALARM),
      X(CLOCK_BOOTTIME_ALARM), X(CLOCK_SGI_CYCLE), X(CLOCK_TAI));

TABLE(arch_prctl_names, "ARCH_???", NULL,
      X(ARCH_SET_GS), X(ARCH_SET_FS), X(ARCH_GET_FS), X(ARCH_GET_GS), X(ARCH_GET_CPUID),
      X(ARCH_SET_CPUID), X(ARCH_GET_XCOMP_SUPP), X(ARCH_GET_XCOMP_PERM), X(ARCH_REQ_XCOMP_PERM),
      X(ARCH_GET_XCOMP_GUEST_PERM), X(ARCH_REQ_XCOMP_GUEST_PERM), X(ARCH_MAP_VDSO_X32),
      X(ARCH_MAP_VDSO_32), X(ARCH_MAP_VDSO_64));

/* The S_IFMT part of a mode (mknod). */
TABLE(file_type_names, "S_IF???", NULL,
      X(S_IFSOCK), X(S_IFLNK), X(S_IFREG), X(S_IFBLK), X(S_IFDIR), X(S_IFCHR), X(S_IFIFO));

TABLE(ptrace_event_names, "PTRACE_EVENT_???", NULL,
      X(PTRACE_EVENT_FORK), X(PTRACE_EVENT_VFORK), X(PTRACE_EVENT_CLONE), X(PTRACE_EVENT_EXEC),
      X(PTRACE_EVENT_VFORK_DONE), X(PTRACE_EVENT_EXIT), X(PTRACE_EVENT_SECCOMP),
      X(PTRACE_EVENT_STOP));

/* madvise advice values (strace 6.1 names). */
TABLE(madvise_names, "MADV_???", NULL,
      X(MADV_NORMAL), X(MADV_RANDOM), X(MADV_SEQUENTIAL), X(MADV_WILLNEED), X(MADV_DONTNEED),
      X(MADV_FREE), X(MADV_REMOVE), X(MADV_DONTFORK), X(MADV_DOFORK), X(MADV_MERGEABLE),
      X(MADV_UNMERGEABLE), X(MADV_HUGEPAGE), X(MADV_NOHUGEPAGE), X(MADV_DONTDUMP), X(MADV_DODUMP),
      X(MADV_WIPEONFORK), X(MADV_KEEPONFORK), X(MADV_COLD), X(MADV_PAGEOUT), X(MADV_POPULATE_READ),
      X(MADV_POPULATE_WRITE), X(MADV_DONTNEED_LOCKED), X(MADV_COLLAPSE), X(MADV_HWPOISON),
      X(MADV_SOFT_OFFLINE));

/* siginfo si_code values common to all signals. */
TABLE(si_code_names, "SI_???", NULL,
      X(SI_USER), X(SI_KERNEL), U32(SI_QUEUE), U32(SI_TIMER), U32(SI_MESGQ), U32(SI_ASYNCIO),
      U32(SI_SIGIO), U32(SI_TKILL), U32(SI_DETHREAD), U32(SI_ASYNCNL));
TABLE(cld_code_names, "CLD_???", NULL,
      X(CLD_EXITED), X(CLD_KILLED), X(CLD_DUMPED), X(CLD_TRAPPED), X(CLD_STOPPED),
      X(CLD_CONTINUED));
TABLE(segv_code_names, "SEGV_???", NULL,
      X(SEGV_MAPERR), X(SEGV_ACCERR), X(SEGV_BNDERR), X(SEGV_PKUERR), X(SEGV_ACCADI),
      X(SEGV_ADIDERR), X(SEGV_ADIPERR), X(SEGV_MTEAERR), X(SEGV_MTESERR));
TABLE(bus_code_names, "BUS_???", NULL,
      X(BUS_ADRALN), X(BUS_ADRERR), X(BUS_OBJERR), X(BUS_MCEERR_AR), X(BUS_MCEERR_AO));
TABLE(ill_code_names, "ILL_???", NULL,
      X(ILL_ILLOPC), X(ILL_ILLOPN), X(ILL_ILLADR), X(ILL_ILLTRP), X(ILL_PRVOPC), X(ILL_PRVREG),
      X(ILL_COPROC), X(ILL_BADSTK), X(ILL_BADIADDR));
TABLE(fpe_code_names, "FPE_???", NULL,
      X(FPE_INTDIV), X(FPE_INTOVF), X(FPE_FLTDIV), X(FPE_FLTOVF), X(FPE_FLTUND), X(FPE_FLTRES),
      X(FPE_FLTINV), X(FPE_FLTSUB), X(FPE_FLTUNK), X(FPE_CONDTRAP));
TABLE(trap_code_names, "TRAP_???", NULL,
      X(TRAP_BRKPT), X(TRAP_TRACE), X(TRAP_BRANCH), X(TRAP_HWBKPT), X(TRAP_UNK), X(TRAP_PERF));
TABLE(poll_code_names, "POLL_???", NULL,
      X(POLL_IN), X(POLL_OUT), X(POLL_MSG), X(POLL_ERR), X(POLL_PRI), X(POLL_HUP));

/* Tables of the structure and flag decoders (signal.c, time.c, net.c, poll.c, flagargs.c). */
TABLE(sa_flag_names, "SA_???", NULL,
      X(SA_RESTORER), X(SA_ONSTACK), X(SA_RESTART), X(SA_INTERRUPT), X(SA_NODEFER), X(SA_RESETHAND),
      X(SA_SIGINFO), X(SA_NOCLDSTOP), X(SA_NOCLDWAIT));

TABLE(sa_handler_names, "SIG_???", NULL,
      N(HANDLER_SIG_DFL, "SIG_DFL"), N(HANDLER_SIG_IGN, "SIG_IGN"), N(HANDLER_SIG_ERR, "SIG_ERR"));

TABLE(grnd_flag_names, "GRND_???", NULL, X(GRND_NONBLOCK), X(GRND_RANDOM), X(GRND_INSECURE));

TABLE(tfd_create_flag_names, "TFD_???", NULL, X(TFD_CLOEXEC), X(TFD_NONBLOCK));

TABLE(tfd_settime_flag_names, "TFD_TIMER_???", NULL,
      X(TFD_TIMER_ABSTIME), X(TFD_TIMER_CANCEL_ON_SET));

TABLE(timer_flag_names, "TIMER_???", NULL, X(TIMER_ABSTIME));

TABLE(poll_event_names, "POLL???", NULL,
      X(POLLIN), X(POLLPRI), X(POLLOUT), X(POLLERR), X(POLLHUP), X(POLLNVAL), X(POLLRDNORM),
      X(POLLRDBAND), X(POLLWRNORM), X(POLLWRBAND), X(POLLMSG), X(POLLREMOVE), X(POLLRDHUP),
      X(POLL_BUSY_LOOP));

TABLE(epoll_event_names, "EPOLL???", NULL,
      X(EPOLLIN), X(EPOLLPRI), X(EPOLLOUT), X(EPOLLERR), X(EPOLLHUP), X(EPOLLNVAL), X(EPOLLRDNORM),
      X(EPOLLRDBAND), X(EPOLLWRNORM), X(EPOLLWRBAND), X(EPOLLMSG), X(EPOLLRDHUP), X(EPOLLEXCLUSIVE),
      X(EPOLLWAKEUP), X(EPOLLONESHOT), X(EPOLLET));

TABLE(epoll_ctl_names, "EPOLL_CTL_???", NULL, X(EPOLL_CTL_ADD), X(EPOLL_CTL_DEL), X(EPOLL_CTL_MOD));

TABLE(msg_flag_names, "MSG_???", NULL,
      X(MSG_OOB), X(MSG_PEEK), X(MSG_DONTROUTE), X(MSG_CTRUNC), X(MSG_PROBE), X(MSG_TRUNC),
      X(MSG_DONTWAIT), X(MSG_EOR), X(MSG_WAITALL), X(MSG_FIN), X(MSG_SYN), X(MSG_CONFIRM),
      X(MSG_RST), X(MSG_ERRQUEUE), X(MSG_NOSIGNAL), X(MSG_MORE), X(MSG_WAITFORONE),
      X(MSG_SENDPAGE_NOTLAST), X(MSG_BATCH), X(MSG_NO_SHARED_FRAGS), X(MSG_ZEROCOPY),
      X(MSG_FASTOPEN), X(MSG_CMSG_CLOEXEC), X(MSG_CMSG_COMPAT));

/* Without the huge page size in bits 26-31 (MFD_HUGE_SHIFT). */
TABLE(memfd_flag_names, "MFD_???", NULL, X(MFD_CLOEXEC), X(MFD_ALLOW_SEALING), X(MFD_HUGETLB));

TABLE(itimer_names, "ITIMER_???", NULL, X(ITIMER_REAL), X(ITIMER_VIRTUAL), X(ITIMER_PROF));

TABLE(rusage_who_names, "RUSAGE_???", NULL, X(RUSAGE_SELF), U32(RUSAGE_CHILDREN), X(RUSAGE_THREAD));

TABLE(sched_policy_names, "SCHED_???", NULL,
      X(SCHED_OTHER), X(SCHED_FIFO), X(SCHED_RR), X(SCHED_BATCH), X(SCHED_ISO), X(SCHED_IDLE),
      X(SCHED_DEADLINE));

TABLE(futex_op_names, "FUTEX_???", NULL,
      X(FUTEX_WAIT), X(FUTEX_WAKE), X(FUTEX_FD), X(FUTEX_REQUEUE), X(FUTEX_CMP_REQUEUE),
      X(FUTEX_WAKE_OP), X(FUTEX_LOCK_PI), X(FUTEX_UNLOCK_PI), X(FUTEX_TRYLOCK_PI),
      X(FUTEX_WAIT_BITSET), X(FUTEX_WAKE_BITSET), X(FUTEX_WAIT_REQUEUE_PI), X(FUTEX_CMP_REQUEUE_PI),
      X(FUTEX_LOCK_PI2), X(FUTEX_WAIT_PRIVATE), X(FUTEX_WAKE_PRIVATE),
      N(FUTEX_FD | FUTEX_PRIVATE_FLAG, "FUTEX_FD|FUTEX_PRIVATE_FLAG"), X(FUTEX_REQUEUE_PRIVATE),
      X(FUTEX_CMP_REQUEUE_PRIVATE), X(FUTEX_WAKE_OP_PRIVATE), X(FUTEX_LOCK_PI_PRIVATE),
      X(FUTEX_UNLOCK_PI_PRIVATE), X(FUTEX_TRYLOCK_PI_PRIVATE), X(FUTEX_WAIT_BITSET_PRIVATE),
      X(FUTEX_WAKE_BITSET_PRIVATE), X(FUTEX_WAIT_REQUEUE_PI_PRIVATE),
      X(FUTEX_CMP_REQUEUE_PI_PRIVATE), X(FUTEX_LOCK_PI2_PRIVATE),
      N(FUTEX_WAIT | FUTEX_CLOCK_REALTIME, "FUTEX_WAIT|FUTEX_CLOCK_REALTIME"),
      N(FUTEX_WAIT_PRIVATE | FUTEX_CLOCK_REALTIME, "FUTEX_WAIT_PRIVATE|FUTEX_CLOCK_REALTIME"),
      N(FUTEX_WAIT_BITSET | FUTEX_CLOCK_REALTIME, "FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME"),
      N(FUTEX_WAIT_BITSET_PRIVATE | FUTEX_CLOCK_REALTIME,
        "FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME"),
      N(FUTEX_WAIT_REQUEUE_PI | FUTEX_CLOCK_REALTIME, "FUTEX_WAIT_REQUEUE_PI|FUTEX_CLOCK_REALTIME"),
      N(FUTEX_WAIT_REQUEUE_PI_PRIVATE | FUTEX_CLOCK_REALTIME,
        "FUTEX_WAIT_REQUEUE_PI_PRIVATE|FUTEX_CLOCK_REALTIME"));

TABLE(futex_wake_op_names, "FUTEX_OP_???", NULL,
      X(FUTEX_OP_SET), X(FUTEX_OP_ADD), X(FUTEX_OP_OR), X(FUTEX_OP_ANDN), X(FUTEX_OP_XOR));

TABLE(futex_wake_cmp_names, "FUTEX_OP_CMP_???", NULL,
      X(FUTEX_OP_CMP_EQ), X(FUTEX_OP_CMP_NE), X(FUTEX_OP_CMP_LT), X(FUTEX_OP_CMP_LE),
      X(FUTEX_OP_CMP_GT), X(FUTEX_OP_CMP_GE));

/* Two question marks: what strace 6.1 prints for an unknown level. */
TABLE(sockopt_level_names, "SOL_??", NULL,
      X(SOL_SOCKET), X(SOL_IP), X(SOL_TCP), X(SOL_UDP), X(SOL_IPV6), X(SOL_ICMPV6), X(SOL_RAW),
      X(SOL_PACKET), X(SOL_NETLINK), X(SOL_TLS));

TABLE(so_option_names, "SO_???", NULL,
      X(SO_DEBUG), X(SO_REUSEADDR), X(SO_TYPE), X(SO_ERROR), X(SO_DONTROUTE), X(SO_BROADCAST),
      X(SO_SNDBUF), X(SO_RCVBUF), X(SO_KEEPALIVE), X(SO_OOBINLINE), X(SO_NO_CHECK), X(SO_PRIORITY),
      X(SO_LINGER), X(SO_BSDCOMPAT), X(SO_REUSEPORT), X(SO_PASSCRED), X(SO_PEERCRED),
      X(SO_RCVLOWAT), X(SO_SNDLOWAT), X(SO_RCVTIMEO_OLD), X(SO_SNDTIMEO_OLD),
      X(SO_SECURITY_AUTHENTICATION), X(SO_SECURITY_ENCRYPTION_TRANSPORT),
      X(SO_SECURITY_ENCRYPTION_NETWORK), X(SO_BINDTODEVICE),
      X(SO_ATTACH_FILTER), X(SO_DETACH_FILTER), X(SO_PEERNAME), X(SO_TIMESTAMP_OLD),
      X(SO_ACCEPTCONN), X(SO_PEERSEC), X(SO_SNDBUFFORCE), X(SO_RCVBUFFORCE), X(SO_PASSSEC),
      X(SO_TIMESTAMPNS_OLD), X(SO_MARK), X(SO_TIMESTAMPING_OLD), X(SO_PROTOCOL), X(SO_DOMAIN),
      X(SO_RXQ_OVFL), X(SO_WIFI_STATUS), X(SO_PEEK_OFF), X(SO_NOFCS), X(SO_LOCK_FILTER),
      X(SO_SELECT_ERR_QUEUE), X(SO_BUSY_POLL), X(SO_MAX_PACING_RATE), X(SO_BPF_EXTENSIONS),
      X(SO_INCOMING_CPU), X(SO_ATTACH_BPF), X(SO_ATTACH_REUSEPORT_CBPF),
      X(SO_ATTACH_REUSEPORT_EBPF), X(SO_CNX_ADVICE), X(SO_MEMINFO), X(SO_INCOMING_NAPI_ID),
      X(SO_COOKIE), X(SO_PEERGROUPS), X(SO_ZEROCOPY), X(SO_TXTIME), X(SO_BINDTOIFINDEX),
      X(SO_TIMESTAMP_NEW), X(SO_TIMESTAMPNS_NEW), X(SO_TIMESTAMPING_NEW), X(SO_RCVTIMEO_NEW),
      X(SO_SNDTIMEO_NEW), X(SO_DETACH_REUSEPORT_BPF), X(SO_PREFER_BUSY_POLL),
      X(SO_BUSY_POLL_BUDGET), X(SO_NETNS_COOKIE), X(SO_BUF_LOCK), X(SO_RESERVE_MEM), X(SO_TXREHASH),
      X(SO_RCVMARK));

TABLE(tcp_option_names, "TCP_???", NULL,
      X(TCP_NODELAY), X(TCP_MAXSEG), X(TCP_CORK), X(TCP_KEEPIDLE), X(TCP_KEEPINTVL), X(TCP_KEEPCNT),
      X(TCP_SYNCNT), X(TCP_LINGER2), X(TCP_DEFER_ACCEPT), X(TCP_WINDOW_CLAMP), X(TCP_INFO),
      X(TCP_QUICKACK), X(TCP_CONGESTION), X(TCP_MD5SIG), X(TCP_THIN_LINEAR_TIMEOUTS),
      X(TCP_THIN_DUPACK), X(TCP_USER_TIMEOUT), X(TCP_REPAIR), X(TCP_REPAIR_QUEUE), X(TCP_QUEUE_SEQ),
      X(TCP_REPAIR_OPTIONS), X(TCP_FASTOPEN), X(TCP_TIMESTAMP), X(TCP_NOTSENT_LOWAT),
      X(TCP_CC_INFO), X(TCP_SAVE_SYN), X(TCP_SAVED_SYN), X(TCP_REPAIR_WINDOW),
      X(TCP_FASTOPEN_CONNECT), X(TCP_ULP), X(TCP_MD5SIG_EXT), X(TCP_FASTOPEN_KEY),
      X(TCP_FASTOPEN_NO_COOKIE), X(TCP_ZEROCOPY_RECEIVE), X(TCP_INQ), X(TCP_TX_DELAY));

/* ioctl (ioctl.c): struct termios fields, modem lines, inode flags, TCXONC/TCFLSH values. */
TABLE(termios_iflag_names, "I???", NULL,
      X(IGNBRK), X(BRKINT), X(IGNPAR), X(PARMRK), X(INPCK), X(ISTRIP), X(INLCR), X(IGNCR), X(ICRNL),
      X(IUCLC), X(IXON), X(IXANY), X(IXOFF), X(IMAXBEL), X(IUTF8));

/* Without the delay fields (NLDLY ... FFDLY), which ioctl.c prints first. */
TABLE(termios_oflag_names, "O???", NULL,
      X(OPOST), X(OLCUC), X(ONLCR), X(OCRNL), X(ONOCR), X(ONLRET), X(OFILL), X(OFDEL));

/* Without the speed (CBAUD, CIBAUD) and the character size (CSIZE). */
TABLE(termios_cflag_names, "C???", NULL,
      X(CSTOPB), X(CREAD), X(PARENB), X(PARODD), X(HUPCL), X(CLOCAL), X(CMSPAR), X(CRTSCTS));

/* strace's order: IEXTEN before ECHOCTL, TOSTOP after PENDIN. */
TABLE(termios_lflag_names, "???", NULL,
      X(ISIG), X(ICANON), X(XCASE), X(ECHO), X(ECHOE), X(ECHOK), X(ECHONL), X(NOFLSH), X(IEXTEN),
      X(ECHOCTL), X(ECHOPRT), X(ECHOKE), X(FLUSHO), X(PENDIN), X(TOSTOP), X(EXTPROC));

TABLE(termios_baud_names, "B???", NULL,
      X(B0), X(B50), X(B75), X(B110), X(B134), X(B150), X(B200), X(B300), X(B600), X(B1200),
      X(B1800), X(B2400), X(B4800), X(B9600), X(B19200), X(B38400), X(BOTHER), X(B57600),
      X(B115200), X(B230400), X(B460800), X(B500000), X(B576000), X(B921600), X(B1000000),
      X(B1152000), X(B1500000), X(B2000000), X(B2500000), X(B3000000), X(B3500000), X(B4000000));

TABLE(termios_csize_names, "CS???", NULL, X(CS5), X(CS6), X(CS7), X(CS8));

TABLE(tcxonc_names, "TC???", NULL, X(TCOOFF), X(TCOON), X(TCIOFF), X(TCION));

TABLE(tcflsh_names, "TC???", NULL, X(TCIFLUSH), X(TCOFLUSH), X(TCIOFLUSH));

TABLE(tiocm_names, "TIOCM_???", NULL,
      X(TIOCM_LE), X(TIOCM_DTR), X(TIOCM_RTS), X(TIOCM_ST), X(TIOCM_SR), X(TIOCM_CTS), X(TIOCM_CAR),
      X(TIOCM_RNG), X(TIOCM_DSR), X(TIOCM_OUT1), X(TIOCM_OUT2), X(TIOCM_LOOP));

TABLE(fs_inode_flag_names, "FS_???_FL", NULL,
      X(FS_SECRM_FL), X(FS_UNRM_FL), X(FS_COMPR_FL), X(FS_SYNC_FL), X(FS_IMMUTABLE_FL),
      X(FS_APPEND_FL), X(FS_NODUMP_FL), X(FS_NOATIME_FL), X(FS_DIRTY_FL), X(FS_COMPRBLK_FL),
      X(FS_NOCOMP_FL), X(FS_ENCRYPT_FL), X(FS_INDEX_FL), X(FS_IMAGIC_FL), X(FS_JOURNAL_DATA_FL),
      X(FS_NOTAIL_FL), X(FS_DIRSYNC_FL), X(FS_TOPDIR_FL), X(FS_HUGE_FILE_FL), X(FS_EXTENT_FL),
      X(FS_VERITY_FL), X(FS_EA_INODE_FL), X(FS_EOFBLOCKS_FL), X(FS_NOCOW_FL), X(FS_DAX_FL),
      X(FS_INLINE_DATA_FL), X(FS_PROJINHERIT_FL), X(FS_CASEFOLD_FL), X(FS_RESERVED_FL));

TABLE(resolve_flag_names, "RESOLVE_???", NULL,
      X(RESOLVE_NO_XDEV), X(RESOLVE_NO_MAGICLINKS), X(RESOLVE_NO_SYMLINKS), X(RESOLVE_BENEATH),
      X(RESOLVE_IN_ROOT), X(RESOLVE_CACHED));

/* clone3's 64-bit flags: clone's, then the bits clone cannot take (strace's order). */
TABLE(clone3_flag_names, "CLONE_???", NULL,
      X(CLONE_VM), X(CLONE_FS), X(CLONE_FILES), X(CLONE_SIGHAND), X(CLONE_PIDFD), X(CLONE_PTRACE),
      X(CLONE_VFORK), X(CLONE_PARENT), X(CLONE_THREAD), X(CLONE_NEWNS), X(CLONE_SYSVSEM),
      X(CLONE_SETTLS), X(CLONE_PARENT_SETTID), X(CLONE_CHILD_CLEARTID), X(CLONE_UNTRACED),
      X(CLONE_CHILD_SETTID), X(CLONE_NEWCGROUP), X(CLONE_NEWUTS), X(CLONE_NEWIPC), X(CLONE_NEWUSER),
      X(CLONE_NEWPID), X(CLONE_NEWNET), X(CLONE_IO), X(CLONE_NEWTIME), X(CLONE_CLEAR_SIGHAND),
      X(CLONE_INTO_CGROUP));

/* prctl (prctl.c) */
TABLE(prctl_option_names, "PR_???", NULL,
      X(PR_SET_PDEATHSIG), X(PR_GET_PDEATHSIG), X(PR_GET_DUMPABLE), X(PR_SET_DUMPABLE),
      X(PR_GET_UNALIGN), X(PR_SET_UNALIGN), X(PR_GET_KEEPCAPS), X(PR_SET_KEEPCAPS), X(PR_GET_FPEMU),
      X(PR_SET_FPEMU), X(PR_GET_FPEXC), X(PR_SET_FPEXC), X(PR_GET_TIMING), X(PR_SET_TIMING),
      X(PR_SET_NAME), X(PR_GET_NAME), X(PR_GET_ENDIAN), X(PR_SET_ENDIAN), X(PR_GET_SECCOMP),
      X(PR_SET_SECCOMP), X(PR_CAPBSET_READ), X(PR_CAPBSET_DROP), X(PR_GET_TSC), X(PR_SET_TSC),
      X(PR_GET_SECUREBITS), X(PR_SET_SECUREBITS), X(PR_SET_TIMERSLACK), X(PR_GET_TIMERSLACK),
      X(PR_TASK_PERF_EVENTS_DISABLE), X(PR_TASK_PERF_EVENTS_ENABLE), X(PR_MCE_KILL),
      X(PR_MCE_KILL_GET), X(PR_SET_MM), X(PR_SET_CHILD_SUBREAPER), X(PR_GET_CHILD_SUBREAPER),
      X(PR_SET_NO_NEW_PRIVS), X(PR_GET_NO_NEW_PRIVS), X(PR_GET_TID_ADDRESS), X(PR_SET_THP_DISABLE),
      X(PR_GET_THP_DISABLE), X(PR_MPX_ENABLE_MANAGEMENT), X(PR_MPX_DISABLE_MANAGEMENT),
      X(PR_SET_FP_MODE), X(PR_GET_FP_MODE), X(PR_CAP_AMBIENT), X(PR_SVE_SET_VL), X(PR_SVE_GET_VL),
      X(PR_GET_SPECULATION_CTRL), X(PR_SET_SPECULATION_CTRL), X(PR_PAC_RESET_KEYS),
      X(PR_SET_TAGGED_ADDR_CTRL), X(PR_GET_TAGGED_ADDR_CTRL), X(PR_SET_IO_FLUSHER),
      X(PR_GET_IO_FLUSHER), X(PR_SET_SYSCALL_USER_DISPATCH), X(PR_SME_SET_VL), X(PR_SME_GET_VL),
      X(PR_PAC_SET_ENABLED_KEYS),
      X(PR_PAC_GET_ENABLED_KEYS), X(PR_SCHED_CORE), X(PR_SET_PTRACER), X(PR_SET_VMA));

TABLE(capability_names, "CAP_???", NULL,
      X(CAP_CHOWN), X(CAP_DAC_OVERRIDE), X(CAP_DAC_READ_SEARCH), X(CAP_FOWNER), X(CAP_FSETID),
      X(CAP_KILL), X(CAP_SETGID), X(CAP_SETUID), X(CAP_SETPCAP), X(CAP_LINUX_IMMUTABLE),
      X(CAP_NET_BIND_SERVICE), X(CAP_NET_BROADCAST), X(CAP_NET_ADMIN), X(CAP_NET_RAW),
      X(CAP_IPC_LOCK), X(CAP_IPC_OWNER), X(CAP_SYS_MODULE), X(CAP_SYS_RAWIO), X(CAP_SYS_CHROOT),
      X(CAP_SYS_PTRACE), X(CAP_SYS_PACCT), X(CAP_SYS_ADMIN), X(CAP_SYS_BOOT), X(CAP_SYS_NICE),
      X(CAP_SYS_RESOURCE), X(CAP_SYS_TIME), X(CAP_SYS_TTY_CONFIG), X(CAP_MKNOD), X(CAP_LEASE),
      X(CAP_AUDIT_WRITE), X(CAP_AUDIT_CONTROL), X(CAP_SETFCAP), X(CAP_MAC_OVERRIDE),
      X(CAP_MAC_ADMIN), X(CAP_SYSLOG), X(CAP_WAKE_ALARM), X(CAP_BLOCK_SUSPEND), X(CAP_AUDIT_READ),
      X(CAP_PERFMON), X(CAP_BPF), X(CAP_CHECKPOINT_RESTORE));

TABLE(dumpable_names, "SUID_DUMP_???", NULL,
      X(SUID_DUMP_DISABLE), X(SUID_DUMP_USER), X(SUID_DUMP_ROOT));

TABLE(seccomp_mode_names, "SECCOMP_MODE_???", NULL,
      X(SECCOMP_MODE_DISABLED), X(SECCOMP_MODE_STRICT), X(SECCOMP_MODE_FILTER));

TABLE(tsc_names, "PR_TSC_???", NULL, X(PR_TSC_ENABLE), X(PR_TSC_SIGSEGV));

TABLE(securebits_names, "SECBIT_???", NULL,
      X(SECBIT_NOROOT), X(SECBIT_NOROOT_LOCKED), X(SECBIT_NO_SETUID_FIXUP),
      X(SECBIT_NO_SETUID_FIXUP_LOCKED), X(SECBIT_KEEP_CAPS), X(SECBIT_KEEP_CAPS_LOCKED),
      X(SECBIT_NO_CAP_AMBIENT_RAISE), X(SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED));

TABLE(mce_kill_names, "PR_MCE_KILL_???", NULL, X(PR_MCE_KILL_CLEAR), X(PR_MCE_KILL_SET));

TABLE(mce_kill_policy_names, "PR_MCE_KILL_???", NULL,
      X(PR_MCE_KILL_LATE), X(PR_MCE_KILL_EARLY), X(PR_MCE_KILL_DEFAULT));

TABLE(set_mm_names, "PR_SET_MM_???", NULL,
      X(PR_SET_MM_START_CODE), X(PR_SET_MM_END_CODE), X(PR_SET_MM_START_DATA),
      X(PR_SET_MM_END_DATA), X(PR_SET_MM_START_STACK), X(PR_SET_MM_START_BRK), X(PR_SET_MM_BRK),
      X(PR_SET_MM_ARG_START), X(PR_SET_MM_ARG_END), X(PR_SET_MM_ENV_START), X(PR_SET_MM_ENV_END),
      X(PR_SET_MM_AUXV), X(PR_SET_MM_EXE_FILE), X(PR_SET_MM_MAP), X(PR_SET_MM_MAP_SIZE));

TABLE(cap_ambient_names, "PR_CAP_AMBIENT_???", NULL,
      X(PR_CAP_AMBIENT_IS_SET), X(PR_CAP_AMBIENT_RAISE), X(PR_CAP_AMBIENT_LOWER),
      X(PR_CAP_AMBIENT_CLEAR_ALL));

TABLE(spec_names, "PR_SPEC_???", NULL,
      X(PR_SPEC_STORE_BYPASS), X(PR_SPEC_INDIRECT_BRANCH), X(PR_SPEC_L1D_FLUSH));

TABLE(set_vma_names, "PR_SET_VMA_???", NULL, X(PR_SET_VMA_ANON_NAME));

/* --- stat, statx, statfs, getdents (stat.c, dirent.c) --- */

/* statx's flags: the sync type is a two-bit value, AT_STATX_SYNC_AS_STAT is 0. */
TABLE(statx_sync_names, "AT_STATX_???", "AT_STATX_SYNC_AS_STAT",
      X(AT_STATX_FORCE_SYNC), X(AT_STATX_DONT_SYNC));

/* The whole sets first, so that STATX_ALL wins over its bits. */
TABLE(statx_mask_names, "STATX_???", NULL,
      X(STATX_ALL), X(STATX_BASIC_STATS), X(STATX_TYPE), X(STATX_MODE), X(STATX_NLINK),
      X(STATX_UID), X(STATX_GID), X(STATX_ATIME), X(STATX_MTIME), X(STATX_CTIME), X(STATX_INO),
      X(STATX_SIZE), X(STATX_BLOCKS), X(STATX_BTIME), X(STATX_MNT_ID), X(STATX_DIOALIGN));

TABLE(statx_attr_names, "STATX_ATTR_???", NULL,
      X(STATX_ATTR_COMPRESSED), X(STATX_ATTR_IMMUTABLE), X(STATX_ATTR_APPEND),
      X(STATX_ATTR_NODUMP), X(STATX_ATTR_ENCRYPTED), X(STATX_ATTR_AUTOMOUNT),
      X(STATX_ATTR_MOUNT_ROOT), X(STATX_ATTR_VERITY), X(STATX_ATTR_DAX));

/*
 * statfs's f_type, in numeric order; EXT2_SUPER_MAGIC also stands for ext3's
 * and ext4's (the same number), as in strace.
 */
TABLE(fsmagic_names, NULL, NULL,
      X(QNX4_SUPER_MAGIC), X(AUTOFS_SUPER_MAGIC), X(MINIX_SUPER_MAGIC), X(MINIX_SUPER_MAGIC2),
      X(DEVPTS_SUPER_MAGIC), X(MINIX2_SUPER_MAGIC), X(MINIX2_SUPER_MAGIC2), X(NILFS_SUPER_MAGIC),
      X(MSDOS_SUPER_MAGIC), X(MINIX3_SUPER_MAGIC), X(SMB_SUPER_MAGIC), X(NCP_SUPER_MAGIC),
      X(NFS_SUPER_MAGIC), X(JFFS2_SUPER_MAGIC), X(ISOFS_SUPER_MAGIC), X(PROC_SUPER_MAGIC),
      X(OPENPROM_SUPER_MAGIC), X(USBDEVICE_SUPER_MAGIC), X(ADFS_SUPER_MAGIC), X(AFFS_SUPER_MAGIC),
      X(EXT2_SUPER_MAGIC), X(ECRYPTFS_SUPER_MAGIC), X(CGROUP_SUPER_MAGIC), X(EFS_SUPER_MAGIC),
      X(HOSTFS_SUPER_MAGIC), X(CEPH_SUPER_MAGIC), X(TMPFS_MAGIC), X(V9FS_MAGIC),
      X(ANON_INODE_FS_MAGIC), X(FUTEXFS_SUPER_MAGIC), X(MTD_INODE_FS_MAGIC), X(UDF_SUPER_MAGIC),
      X(EXFAT_SUPER_MAGIC), X(CRAMFS_MAGIC), X(BINFMTFS_MAGIC), X(SMACK_MAGIC), X(DMA_BUF_MAGIC),
      X(CRAMFS_MAGIC_WEND), X(DEVMEM_MAGIC), X(PIPEFS_MAGIC), X(REISERFS_SUPER_MAGIC),
      X(SECRETMEM_MAGIC), X(AFS_SUPER_MAGIC), X(SOCKFS_MAGIC), X(STACK_END_MAGIC),
      X(XFS_SUPER_MAGIC), X(AAFS_MAGIC), X(ZONEFS_MAGIC), X(PSTOREFS_MAGIC), X(BDEVFS_MAGIC),
      X(SYSFS_MAGIC), X(CGROUP2_SUPER_MAGIC), X(DEBUGFS_MAGIC), X(DAXFS_MAGIC),
      X(FUSE_SUPER_MAGIC), X(QNX6_SUPER_MAGIC), X(AFS_FS_MAGIC), X(BINDERFS_SUPER_MAGIC),
      X(NSFS_MAGIC), X(SECURITYFS_MAGIC), X(SQUASHFS_MAGIC), X(BTRFS_TEST_MAGIC),
      X(CODA_SUPER_MAGIC), X(OCFS2_SUPER_MAGIC), X(TRACEFS_MAGIC), X(OVERLAYFS_SUPER_MAGIC),
      X(RAMFS_MAGIC), X(BTRFS_SUPER_MAGIC), X(HUGETLBFS_MAGIC), X(XENFS_SUPER_MAGIC),
      X(BPF_FS_MAGIC), X(EFIVARFS_MAGIC), X(EROFS_SUPER_MAGIC_V1), X(F2FS_SUPER_MAGIC),
      X(SELINUX_MAGIC), X(HPFS_SUPER_MAGIC), X(SMB2_SUPER_MAGIC), X(CIFS_SUPER_MAGIC));

/* statfs's f_flags: the kernel's ST_* (glibc's ST_WRITE... are not the kernel's). */
TABLE(statfs_flag_names, "ST_???", NULL,
      N(0x0020, "ST_VALID"), N(0x0001, "ST_RDONLY"), N(0x0002, "ST_NOSUID"),
      N(0x0004, "ST_NODEV"), N(0x0008, "ST_NOEXEC"), N(0x0010, "ST_SYNCHRONOUS"),
      N(0x0040, "ST_MANDLOCK"), N(0x0400, "ST_NOATIME"), N(0x0800, "ST_NODIRATIME"),
      N(0x1000, "ST_RELATIME"), N(0x2000, "ST_NOSYMFOLLOW"));

TABLE(dirent_type_names, "DT_???", NULL,
      X(DT_UNKNOWN), X(DT_FIFO), X(DT_CHR), X(DT_DIR), X(DT_BLK), X(DT_REG), X(DT_LNK),
      X(DT_SOCK), X(DT_WHT));
