// SPDX-License-Identifier: MIT
/*
 * Constant tables (x86_64 values) and the printers for bit sets and enums.
 * Entry order is strace 6.1's print order, taken from its output; where a
 * name covers several bits (O_SYNC, O_TMPFILE) it precedes its parts so the
 * whole name wins.
 */
#include "flags.h"

#include <stdio.h>
#include <string.h>

#include "decode.h"

#define TABLE(var, unk, zero_name, ...)                                                   \
	static const struct flag_name var##_v[] = { __VA_ARGS__ };                        \
	const struct flag_table var = { var##_v, sizeof(var##_v) / sizeof(var##_v[0]),    \
					unk, zero_name }
#define N(val, name) { (val), name }

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
	/* Nothing recognised: strace prints the number with a comment. */
	if (!known) {
		strbuf_addf(out, "%#llx /* %s */", (unsigned long long)flags, t->unknown);
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

TABLE(open_accmode_names, "O_???", NULL,
      N(0, "O_RDONLY"), N(1, "O_WRONLY"), N(2, "O_RDWR"), N(3, "O_ACCMODE"));

/* Without the access mode: pipe2 and dup3 print these alone. */
TABLE(open_flag_names, "O_???", NULL,
      N(00000100, "O_CREAT"), N(00000200, "O_EXCL"), N(00000400, "O_NOCTTY"),
      N(00001000, "O_TRUNC"), N(00002000, "O_APPEND"), N(00004000, "O_NONBLOCK"),
      N(04010000, "O_SYNC"), N(00010000, "O_DSYNC"), N(00040000, "O_DIRECT"),
      N(00100000, "O_LARGEFILE"), N(00400000, "O_NOFOLLOW"), N(01000000, "O_NOATIME"),
      N(02000000, "O_CLOEXEC"), N(010000000, "O_PATH"), N(020200000, "O_TMPFILE"),
      N(020000000, "__O_TMPFILE"), N(00200000, "O_DIRECTORY"), N(00020000, "FASYNC"));

TABLE(access_mode_names, "?_OK", "F_OK",
      N(4, "R_OK"), N(2, "W_OK"), N(1, "X_OK"));

/* unlinkat, fstatat, linkat...: 0x200 is AT_REMOVEDIR here. */
TABLE(at_flag_names, "AT_???", NULL,
      N(0x100, "AT_SYMLINK_NOFOLLOW"), N(0x200, "AT_REMOVEDIR"), N(0x400, "AT_SYMLINK_FOLLOW"),
      N(0x800, "AT_NO_AUTOMOUNT"), N(0x1000, "AT_EMPTY_PATH"), N(0x8000, "AT_RECURSIVE"));

/* faccessat2: 0x200 is AT_EACCESS. */
TABLE(faccessat_flag_names, "AT_???", NULL,
      N(0x100, "AT_SYMLINK_NOFOLLOW"), N(0x200, "AT_EACCESS"), N(0x1000, "AT_EMPTY_PATH"));

TABLE(mmap_prot_names, "PROT_???", "PROT_NONE",
      N(0x1, "PROT_READ"), N(0x2, "PROT_WRITE"), N(0x4, "PROT_EXEC"), N(0x8, "PROT_SEM"),
      N(0x01000000, "PROT_GROWSDOWN"), N(0x02000000, "PROT_GROWSUP"));

/* The low nibble of mmap flags (MAP_TYPE) is a value, not bits. */
TABLE(mmap_type_names, "MAP_???", NULL,
      N(0, "MAP_FILE"), N(1, "MAP_SHARED"), N(2, "MAP_PRIVATE"), N(3, "MAP_SHARED_VALIDATE"));

TABLE(mmap_flag_names, "MAP_???", NULL,
      N(0x10, "MAP_FIXED"), N(0x20, "MAP_ANONYMOUS"), N(0x40, "MAP_32BIT"),
      N(0x4000, "MAP_NORESERVE"), N(0x8000, "MAP_POPULATE"), N(0x10000, "MAP_NONBLOCK"),
      N(0x100, "MAP_GROWSDOWN"), N(0x800, "MAP_DENYWRITE"), N(0x1000, "MAP_EXECUTABLE"),
      N(0x2000, "MAP_LOCKED"), N(0x20000, "MAP_STACK"), N(0x40000, "MAP_HUGETLB"),
      N(0x80000, "MAP_SYNC"), N(0x100000, "MAP_FIXED_NOREPLACE"));

/* mount's flags; MS_MGC_VAL, the old magic in the high 16 bits, is handled by the formatter. */
TABLE(mount_flag_names, "MS_???", NULL,
      N(0x1, "MS_RDONLY"), N(0x2, "MS_NOSUID"), N(0x4, "MS_NODEV"), N(0x8, "MS_NOEXEC"),
      N(0x10, "MS_SYNCHRONOUS"), N(0x20, "MS_REMOUNT"), N(0x40, "MS_MANDLOCK"),
      N(0x80, "MS_DIRSYNC"), N(0x100, "MS_NOSYMFOLLOW"), N(0x400, "MS_NOATIME"),
      N(0x800, "MS_NODIRATIME"), N(0x1000, "MS_BIND"), N(0x2000, "MS_MOVE"), N(0x4000, "MS_REC"),
      N(0x8000, "MS_SILENT"), N(0x10000, "MS_POSIXACL"), N(0x20000, "MS_UNBINDABLE"),
      N(0x40000, "MS_PRIVATE"), N(0x80000, "MS_SLAVE"), N(0x100000, "MS_SHARED"),
      N(0x200000, "MS_RELATIME"), N(0x400000, "MS_KERNMOUNT"), N(0x800000, "MS_I_VERSION"),
      N(0x1000000, "MS_STRICTATIME"), N(0x2000000, "MS_LAZYTIME"), N(0x4000000, "MS_SUBMOUNT"),
      N(0x8000000, "MS_NOREMOTELOCK"), N(0x10000000, "MS_NOSEC"), N(0x20000000, "MS_BORN"),
      N(0x40000000, "MS_ACTIVE"), N(0x80000000, "MS_NOUSER"));

TABLE(umount_flag_names, "MNT_???", NULL,
      N(0x1, "MNT_FORCE"), N(0x2, "MNT_DETACH"), N(0x4, "MNT_EXPIRE"), N(0x8, "UMOUNT_NOFOLLOW"));

/* struct flock's l_type */
TABLE(lock_type_names, "F_???", NULL, N(0, "F_RDLCK"), N(1, "F_WRLCK"), N(2, "F_UNLCK"));

TABLE(whence_names, "SEEK_???", NULL,
      N(0, "SEEK_SET"), N(1, "SEEK_CUR"), N(2, "SEEK_END"), N(3, "SEEK_DATA"), N(4, "SEEK_HOLE"));

/* Without the exit signal in the low byte (CSIGNAL). */
TABLE(clone_flag_names, "CLONE_???", NULL,
      N(0x100, "CLONE_VM"), N(0x200, "CLONE_FS"), N(0x400, "CLONE_FILES"),
      N(0x800, "CLONE_SIGHAND"), N(0x1000, "CLONE_PIDFD"), N(0x2000, "CLONE_PTRACE"),
      N(0x4000, "CLONE_VFORK"), N(0x8000, "CLONE_PARENT"), N(0x10000, "CLONE_THREAD"),
      N(0x20000, "CLONE_NEWNS"), N(0x40000, "CLONE_SYSVSEM"), N(0x80000, "CLONE_SETTLS"),
      N(0x100000, "CLONE_PARENT_SETTID"), N(0x200000, "CLONE_CHILD_CLEARTID"),
      N(0x800000, "CLONE_UNTRACED"), N(0x1000000, "CLONE_CHILD_SETTID"),
      N(0x2000000, "CLONE_NEWCGROUP"), N(0x4000000, "CLONE_NEWUTS"),
      N(0x8000000, "CLONE_NEWIPC"), N(0x10000000, "CLONE_NEWUSER"),
      N(0x20000000, "CLONE_NEWPID"), N(0x40000000, "CLONE_NEWNET"), N(0x80000000, "CLONE_IO"));

/* strace 6.1 does not know F_GET_RW_HINT and friends (0x40b-0x40e). */
TABLE(fcntl_cmd_names, "F_???", NULL,
      N(0, "F_DUPFD"), N(1, "F_GETFD"), N(2, "F_SETFD"), N(3, "F_GETFL"), N(4, "F_SETFL"),
      N(5, "F_GETLK"), N(6, "F_SETLK"), N(7, "F_SETLKW"), N(8, "F_SETOWN"), N(9, "F_GETOWN"),
      N(10, "F_SETSIG"), N(11, "F_GETSIG"), N(15, "F_SETOWN_EX"), N(16, "F_GETOWN_EX"),
      N(17, "F_GETOWNER_UIDS"), N(36, "F_OFD_GETLK"), N(37, "F_OFD_SETLK"),
      N(38, "F_OFD_SETLKW"), N(1024, "F_SETLEASE"), N(1025, "F_GETLEASE"),
      N(1026, "F_NOTIFY"), N(1029, "F_CANCELLK"), N(1030, "F_DUPFD_CLOEXEC"),
      N(1031, "F_SETPIPE_SZ"), N(1032, "F_GETPIPE_SZ"), N(1033, "F_ADD_SEALS"),
      N(1034, "F_GET_SEALS"));

TABLE(fd_flag_names, "FD_???", NULL, N(1, "FD_CLOEXEC"));

TABLE(lease_names, "F_???", NULL, N(0, "F_RDLCK"), N(1, "F_WRLCK"), N(2, "F_UNLCK"));

TABLE(dnotify_names, "DN_???", NULL,
      N(0x1, "DN_ACCESS"), N(0x2, "DN_MODIFY"), N(0x4, "DN_CREATE"), N(0x8, "DN_DELETE"),
      N(0x10, "DN_RENAME"), N(0x20, "DN_ATTRIB"), N(0x80000000, "DN_MULTISHOT"));

TABLE(seal_names, "F_SEAL_???", NULL,
      N(0x1, "F_SEAL_SEAL"), N(0x2, "F_SEAL_SHRINK"), N(0x4, "F_SEAL_GROW"),
      N(0x8, "F_SEAL_WRITE"), N(0x10, "F_SEAL_FUTURE_WRITE"));

TABLE(sock_domain_names, "AF_???", NULL,
      N(0, "AF_UNSPEC"), N(1, "AF_UNIX"), N(2, "AF_INET"), N(3, "AF_AX25"), N(4, "AF_IPX"),
      N(5, "AF_APPLETALK"), N(6, "AF_NETROM"), N(7, "AF_BRIDGE"), N(8, "AF_ATMPVC"),
      N(9, "AF_X25"), N(10, "AF_INET6"), N(11, "AF_ROSE"), N(12, "AF_DECnet"),
      N(13, "AF_NETBEUI"), N(14, "AF_SECURITY"), N(15, "AF_KEY"), N(16, "AF_NETLINK"),
      N(17, "AF_PACKET"), N(18, "AF_ASH"), N(19, "AF_ECONET"), N(20, "AF_ATMSVC"),
      N(21, "AF_RDS"), N(22, "AF_SNA"), N(23, "AF_IRDA"), N(24, "AF_PPPOX"),
      N(25, "AF_WANPIPE"), N(26, "AF_LLC"), N(27, "AF_IB"), N(28, "AF_MPLS"), N(29, "AF_CAN"),
      N(30, "AF_TIPC"), N(31, "AF_BLUETOOTH"), N(32, "AF_IUCV"), N(33, "AF_RXRPC"),
      N(34, "AF_ISDN"), N(35, "AF_PHONET"), N(36, "AF_IEEE802154"), N(37, "AF_CAIF"),
      N(38, "AF_ALG"), N(39, "AF_NFC"), N(40, "AF_VSOCK"), N(41, "AF_KCM"),
      N(42, "AF_QIPCRTR"), N(43, "AF_SMC"), N(44, "AF_XDP"), N(45, "AF_MCTP"));

TABLE(sock_type_names, "SOCK_???", NULL,
      N(1, "SOCK_STREAM"), N(2, "SOCK_DGRAM"), N(3, "SOCK_RAW"), N(4, "SOCK_RDM"),
      N(5, "SOCK_SEQPACKET"), N(6, "SOCK_DCCP"), N(10, "SOCK_PACKET"));

TABLE(sock_type_flag_names, "SOCK_???", NULL,
      N(0x80000, "SOCK_CLOEXEC"), N(0x800, "SOCK_NONBLOCK"));

TABLE(ipproto_names, "IPPROTO_???", NULL,
      N(0, "IPPROTO_IP"), N(1, "IPPROTO_ICMP"), N(2, "IPPROTO_IGMP"), N(4, "IPPROTO_IPIP"),
      N(6, "IPPROTO_TCP"), N(8, "IPPROTO_EGP"), N(12, "IPPROTO_PUP"), N(17, "IPPROTO_UDP"),
      N(22, "IPPROTO_IDP"), N(29, "IPPROTO_TP"), N(33, "IPPROTO_DCCP"), N(41, "IPPROTO_IPV6"),
      N(46, "IPPROTO_RSVP"), N(47, "IPPROTO_GRE"), N(50, "IPPROTO_ESP"), N(51, "IPPROTO_AH"),
      N(58, "IPPROTO_ICMPV6"), N(92, "IPPROTO_MTP"), N(94, "IPPROTO_BEETPH"),
      N(98, "IPPROTO_ENCAP"), N(103, "IPPROTO_PIM"), N(108, "IPPROTO_COMP"),
      N(115, "IPPROTO_L2TP"), N(132, "IPPROTO_SCTP"), N(136, "IPPROTO_UDPLITE"),
      N(137, "IPPROTO_MPLS"), N(143, "IPPROTO_ETHERNET"), N(255, "IPPROTO_RAW"),
      N(262, "IPPROTO_MPTCP"));

TABLE(netlink_proto_names, "NETLINK_???", NULL,
      N(0, "NETLINK_ROUTE"), N(1, "NETLINK_UNUSED"), N(2, "NETLINK_USERSOCK"),
      N(3, "NETLINK_FIREWALL"), N(4, "NETLINK_SOCK_DIAG"), N(5, "NETLINK_NFLOG"),
      N(6, "NETLINK_XFRM"), N(7, "NETLINK_SELINUX"), N(8, "NETLINK_ISCSI"),
      N(9, "NETLINK_AUDIT"), N(10, "NETLINK_FIB_LOOKUP"), N(11, "NETLINK_CONNECTOR"),
      N(12, "NETLINK_NETFILTER"), N(13, "NETLINK_IP6_FW"), N(14, "NETLINK_DNRTMSG"),
      N(15, "NETLINK_KOBJECT_UEVENT"), N(16, "NETLINK_GENERIC"), N(18, "NETLINK_SCSITRANSPORT"),
      N(19, "NETLINK_ECRYPTFS"), N(20, "NETLINK_RDMA"), N(21, "NETLINK_CRYPTO"),
      N(22, "NETLINK_SMC"));

/* AF_PACKET protocols, in host order (printed as htons(NAME)). */
TABLE(ethertype_names, "ETH_P_???", NULL,
      N(0x0001, "ETH_P_802_3"), N(0x0003, "ETH_P_ALL"), N(0x0004, "ETH_P_802_2"),
      N(0x0800, "ETH_P_IP"), N(0x0806, "ETH_P_ARP"), N(0x8035, "ETH_P_RARP"),
      N(0x8100, "ETH_P_8021Q"), N(0x86DD, "ETH_P_IPV6"), N(0x888E, "ETH_P_PAE"),
      N(0x88CC, "ETH_P_LLDP"));

TABLE(wait_option_names, "W???", NULL,
      N(0x1, "WNOHANG"), N(0x4, "WEXITED"), N(0x2, "WSTOPPED"), N(0x8, "WCONTINUED"),
      N(0x1000000, "WNOWAIT"), N(0x80000000, "__WCLONE"), N(0x40000000, "__WALL"),
      N(0x20000000, "__WNOTHREAD"));

TABLE(eventfd_flag_names, "EFD_???", NULL,
      N(0x1, "EFD_SEMAPHORE"), N(0x80000, "EFD_CLOEXEC"), N(0x800, "EFD_NONBLOCK"));

TABLE(epoll_flag_names, "EPOLL_???", NULL, N(0x80000, "EPOLL_CLOEXEC"));

TABLE(shutdown_names, "SHUT_???", NULL, N(0, "SHUT_RD"), N(1, "SHUT_WR"), N(2, "SHUT_RDWR"));

TABLE(msync_flag_names, "MS_???", NULL,
      N(0x4, "MS_SYNC"), N(0x1, "MS_ASYNC"), N(0x2, "MS_INVALIDATE"));

TABLE(mremap_flag_names, "MREMAP_???", NULL,
      N(0x1, "MREMAP_MAYMOVE"), N(0x2, "MREMAP_FIXED"), N(0x4, "MREMAP_DONTUNMAP"));

/* Two question marks: that is what strace 6.1 prints for renameat2. */
TABLE(rename_flag_names, "RENAME_??", NULL,
      N(0x1, "RENAME_NOREPLACE"), N(0x2, "RENAME_EXCHANGE"), N(0x4, "RENAME_WHITEOUT"));

TABLE(prio_which_names, "PRIO_???", NULL,
      N(0, "PRIO_PROCESS"), N(1, "PRIO_PGRP"), N(2, "PRIO_USER"));

TABLE(rlimit_names, "RLIMIT_???", NULL,
      N(0, "RLIMIT_CPU"), N(1, "RLIMIT_FSIZE"), N(2, "RLIMIT_DATA"), N(3, "RLIMIT_STACK"),
      N(4, "RLIMIT_CORE"), N(5, "RLIMIT_RSS"), N(6, "RLIMIT_NPROC"), N(7, "RLIMIT_NOFILE"),
      N(8, "RLIMIT_MEMLOCK"), N(9, "RLIMIT_AS"), N(10, "RLIMIT_LOCKS"),
      N(11, "RLIMIT_SIGPENDING"), N(12, "RLIMIT_MSGQUEUE"), N(13, "RLIMIT_NICE"),
      N(14, "RLIMIT_RTPRIO"), N(15, "RLIMIT_RTTIME"));

TABLE(sigprocmask_how_names, "SIG_???", NULL,
      N(0, "SIG_BLOCK"), N(1, "SIG_UNBLOCK"), N(2, "SIG_SETMASK"));

/* strace 6.1 prints the negative CPU-clock ids as unknown numbers. */
TABLE(clockid_names, "CLOCK_???", NULL,
      N(0, "CLOCK_REALTIME"), N(1, "CLOCK_MONOTONIC"), N(2, "CLOCK_PROCESS_CPUTIME_ID"),
      N(3, "CLOCK_THREAD_CPUTIME_ID"), N(4, "CLOCK_MONOTONIC_RAW"),
      N(5, "CLOCK_REALTIME_COARSE"), N(6, "CLOCK_MONOTONIC_COARSE"), N(7, "CLOCK_BOOTTIME"),
      N(8, "CLOCK_REALTIME_ALARM"), N(9, "CLOCK_BOOTTIME_ALARM"), N(10, "CLOCK_SGI_CYCLE"),
      N(11, "CLOCK_TAI"));

TABLE(arch_prctl_names, "ARCH_???", NULL,
      N(0x1001, "ARCH_SET_GS"), N(0x1002, "ARCH_SET_FS"), N(0x1003, "ARCH_GET_FS"),
      N(0x1004, "ARCH_GET_GS"), N(0x1011, "ARCH_GET_CPUID"), N(0x1012, "ARCH_SET_CPUID"),
      N(0x2001, "ARCH_MAP_VDSO_X32"), N(0x2002, "ARCH_MAP_VDSO_32"),
      N(0x2003, "ARCH_MAP_VDSO_64"));

/* The S_IFMT part of a mode (mknod). */
TABLE(file_type_names, "S_IF???", NULL,
      N(0140000, "S_IFSOCK"), N(0120000, "S_IFLNK"), N(0100000, "S_IFREG"),
      N(0060000, "S_IFBLK"), N(0040000, "S_IFDIR"), N(0020000, "S_IFCHR"),
      N(0010000, "S_IFIFO"));

TABLE(ptrace_event_names, "PTRACE_EVENT_???", NULL,
      N(1, "PTRACE_EVENT_FORK"), N(2, "PTRACE_EVENT_VFORK"), N(3, "PTRACE_EVENT_CLONE"),
      N(4, "PTRACE_EVENT_EXEC"), N(5, "PTRACE_EVENT_VFORK_DONE"), N(6, "PTRACE_EVENT_EXIT"),
      N(7, "PTRACE_EVENT_SECCOMP"), N(128, "PTRACE_EVENT_STOP"));

/* madvise advice values (strace 6.1 names). */
TABLE(madvise_names, "MADV_???", NULL,
      N(0, "MADV_NORMAL"), N(1, "MADV_RANDOM"), N(2, "MADV_SEQUENTIAL"), N(3, "MADV_WILLNEED"),
      N(4, "MADV_DONTNEED"), N(8, "MADV_FREE"), N(9, "MADV_REMOVE"), N(10, "MADV_DONTFORK"),
      N(11, "MADV_DOFORK"), N(12, "MADV_MERGEABLE"), N(13, "MADV_UNMERGEABLE"),
      N(14, "MADV_HUGEPAGE"), N(15, "MADV_NOHUGEPAGE"), N(16, "MADV_DONTDUMP"),
      N(17, "MADV_DODUMP"), N(18, "MADV_WIPEONFORK"), N(19, "MADV_KEEPONFORK"),
      N(20, "MADV_COLD"), N(21, "MADV_PAGEOUT"), N(22, "MADV_POPULATE_READ"),
      N(23, "MADV_POPULATE_WRITE"), N(24, "MADV_DONTNEED_LOCKED"), N(25, "MADV_COLLAPSE"),
      N(100, "MADV_HWPOISON"), N(101, "MADV_SOFT_OFFLINE"));

/* siginfo si_code values common to all signals. */
TABLE(si_code_names, "SI_???", NULL,
      N(0, "SI_USER"), N(0x80, "SI_KERNEL"), N((uint32_t)-1, "SI_QUEUE"),
      N((uint32_t)-2, "SI_TIMER"), N((uint32_t)-3, "SI_MESGQ"), N((uint32_t)-4, "SI_ASYNCIO"),
      N((uint32_t)-5, "SI_SIGIO"), N((uint32_t)-6, "SI_TKILL"), N((uint32_t)-7, "SI_DETHREAD"),
      N((uint32_t)-60, "SI_ASYNCNL"));
TABLE(cld_code_names, "CLD_???", NULL,
      N(1, "CLD_EXITED"), N(2, "CLD_KILLED"), N(3, "CLD_DUMPED"), N(4, "CLD_TRAPPED"),
      N(5, "CLD_STOPPED"), N(6, "CLD_CONTINUED"));
TABLE(segv_code_names, "SEGV_???", NULL,
      N(1, "SEGV_MAPERR"), N(2, "SEGV_ACCERR"), N(3, "SEGV_BNDERR"), N(4, "SEGV_PKUERR"),
      N(5, "SEGV_ACCADI"), N(6, "SEGV_ADIDERR"), N(7, "SEGV_ADIPERR"), N(8, "SEGV_MTEAERR"),
      N(9, "SEGV_MTESERR"), N(10, "SEGV_CPERR"));
TABLE(bus_code_names, "BUS_???", NULL,
      N(1, "BUS_ADRALN"), N(2, "BUS_ADRERR"), N(3, "BUS_OBJERR"), N(4, "BUS_MCEERR_AR"),
      N(5, "BUS_MCEERR_AO"));
TABLE(ill_code_names, "ILL_???", NULL,
      N(1, "ILL_ILLOPC"), N(2, "ILL_ILLOPN"), N(3, "ILL_ILLADR"), N(4, "ILL_ILLTRP"),
      N(5, "ILL_PRVOPC"), N(6, "ILL_PRVREG"), N(7, "ILL_COPROC"), N(8, "ILL_BADSTK"),
      N(9, "ILL_BADIADDR"));
TABLE(fpe_code_names, "FPE_???", NULL,
      N(1, "FPE_INTDIV"), N(2, "FPE_INTOVF"), N(3, "FPE_FLTDIV"), N(4, "FPE_FLTOVF"),
      N(5, "FPE_FLTUND"), N(6, "FPE_FLTRES"), N(7, "FPE_FLTINV"), N(8, "FPE_FLTSUB"),
      N(14, "FPE_FLTUNK"), N(15, "FPE_CONDTRAP"));
TABLE(trap_code_names, "TRAP_???", NULL,
      N(1, "TRAP_BRKPT"), N(2, "TRAP_TRACE"), N(3, "TRAP_BRANCH"), N(4, "TRAP_HWBKPT"),
      N(5, "TRAP_UNK"), N(6, "TRAP_PERF"));
TABLE(poll_code_names, "POLL_???", NULL,
      N(1, "POLL_IN"), N(2, "POLL_OUT"), N(3, "POLL_MSG"), N(4, "POLL_ERR"), N(5, "POLL_PRI"),
      N(6, "POLL_HUP"));

/* Tables of the structure and flag decoders (signal.c, time.c, net.c, poll.c, args.c). */
TABLE(sa_flag_names, "SA_???", NULL,
      N(0x04000000, "SA_RESTORER"), N(0x08000000, "SA_ONSTACK"), N(0x10000000, "SA_RESTART"),
      N(0x20000000, "SA_INTERRUPT"), N(0x40000000, "SA_NODEFER"), N(0x80000000, "SA_RESETHAND"),
      N(4, "SA_SIGINFO"), N(1, "SA_NOCLDSTOP"), N(2, "SA_NOCLDWAIT"));

TABLE(sa_handler_names, "SIG_???", NULL,
      N(0, "SIG_DFL"), N(1, "SIG_IGN"), N(0xffffffffffffffffull, "SIG_ERR"));

TABLE(grnd_flag_names, "GRND_???", NULL,
      N(1, "GRND_NONBLOCK"), N(2, "GRND_RANDOM"), N(4, "GRND_INSECURE"));

TABLE(tfd_create_flag_names, "TFD_???", NULL,
      N(02000000, "TFD_CLOEXEC"), N(04000, "TFD_NONBLOCK"));

TABLE(tfd_settime_flag_names, "TFD_TIMER_???", NULL,
      N(1, "TFD_TIMER_ABSTIME"), N(2, "TFD_TIMER_CANCEL_ON_SET"));

TABLE(timer_flag_names, "TIMER_???", NULL, N(1, "TIMER_ABSTIME"));

TABLE(poll_event_names, "POLL???", NULL,
      N(0x1, "POLLIN"), N(0x2, "POLLPRI"), N(0x4, "POLLOUT"), N(0x8, "POLLERR"),
      N(0x10, "POLLHUP"), N(0x20, "POLLNVAL"), N(0x40, "POLLRDNORM"), N(0x80, "POLLRDBAND"),
      N(0x100, "POLLWRNORM"), N(0x200, "POLLWRBAND"), N(0x400, "POLLMSG"),
      N(0x1000, "POLLREMOVE"), N(0x2000, "POLLRDHUP"), N(0x8000, "POLL_BUSY_LOOP"));

TABLE(epoll_event_names, "EPOLL???", NULL,
      N(0x1, "EPOLLIN"), N(0x2, "EPOLLPRI"), N(0x4, "EPOLLOUT"), N(0x8, "EPOLLERR"),
      N(0x10, "EPOLLHUP"), N(0x20, "EPOLLNVAL"), N(0x40, "EPOLLRDNORM"), N(0x80, "EPOLLRDBAND"),
      N(0x100, "EPOLLWRNORM"), N(0x200, "EPOLLWRBAND"), N(0x400, "EPOLLMSG"),
      N(0x2000, "EPOLLRDHUP"), N(0x10000000, "EPOLLEXCLUSIVE"), N(0x20000000, "EPOLLWAKEUP"),
      N(0x40000000, "EPOLLONESHOT"), N(0x80000000, "EPOLLET"));

TABLE(epoll_ctl_names, "EPOLL_CTL_???", NULL,
      N(1, "EPOLL_CTL_ADD"), N(2, "EPOLL_CTL_DEL"), N(3, "EPOLL_CTL_MOD"));

TABLE(msg_flag_names, "MSG_???", NULL,
      N(0x1, "MSG_OOB"), N(0x2, "MSG_PEEK"), N(0x4, "MSG_DONTROUTE"), N(0x8, "MSG_CTRUNC"),
      N(0x10, "MSG_PROBE"), N(0x20, "MSG_TRUNC"), N(0x40, "MSG_DONTWAIT"), N(0x80, "MSG_EOR"),
      N(0x100, "MSG_WAITALL"), N(0x200, "MSG_FIN"), N(0x400, "MSG_SYN"),
      N(0x800, "MSG_CONFIRM"), N(0x1000, "MSG_RST"), N(0x2000, "MSG_ERRQUEUE"),
      N(0x4000, "MSG_NOSIGNAL"), N(0x8000, "MSG_MORE"), N(0x10000, "MSG_WAITFORONE"),
      N(0x20000, "MSG_SENDPAGE_NOTLAST"), N(0x40000, "MSG_BATCH"),
      N(0x80000, "MSG_NO_SHARED_FRAGS"), N(0x4000000, "MSG_ZEROCOPY"),
      N(0x20000000, "MSG_FASTOPEN"), N(0x40000000, "MSG_CMSG_CLOEXEC"),
      N(0x80000000, "MSG_CMSG_COMPAT"));

/* Without the huge page size in bits 26-31 (MFD_HUGE_SHIFT). */
TABLE(memfd_flag_names, "MFD_???", NULL,
      N(1, "MFD_CLOEXEC"), N(2, "MFD_ALLOW_SEALING"), N(4, "MFD_HUGETLB"));

TABLE(itimer_names, "ITIMER_???", NULL,
      N(0, "ITIMER_REAL"), N(1, "ITIMER_VIRTUAL"), N(2, "ITIMER_PROF"));

TABLE(rusage_who_names, "RUSAGE_???", NULL,
      N(0, "RUSAGE_SELF"), N(0xffffffffull, "RUSAGE_CHILDREN"), N(1, "RUSAGE_THREAD"));

TABLE(sched_policy_names, "SCHED_???", NULL,
      N(0, "SCHED_OTHER"), N(1, "SCHED_FIFO"), N(2, "SCHED_RR"), N(3, "SCHED_BATCH"),
      N(4, "SCHED_ISO"), N(5, "SCHED_IDLE"), N(6, "SCHED_DEADLINE"));

TABLE(futex_op_names, "FUTEX_???", NULL,
      N(0, "FUTEX_WAIT"), N(1, "FUTEX_WAKE"), N(2, "FUTEX_FD"), N(3, "FUTEX_REQUEUE"),
      N(4, "FUTEX_CMP_REQUEUE"), N(5, "FUTEX_WAKE_OP"), N(6, "FUTEX_LOCK_PI"),
      N(7, "FUTEX_UNLOCK_PI"), N(8, "FUTEX_TRYLOCK_PI"), N(9, "FUTEX_WAIT_BITSET"),
      N(10, "FUTEX_WAKE_BITSET"), N(11, "FUTEX_WAIT_REQUEUE_PI"),
      N(12, "FUTEX_CMP_REQUEUE_PI"), N(13, "FUTEX_LOCK_PI2"),
      N(128, "FUTEX_WAIT_PRIVATE"), N(129, "FUTEX_WAKE_PRIVATE"),
      N(130, "FUTEX_FD|FUTEX_PRIVATE_FLAG"), N(131, "FUTEX_REQUEUE_PRIVATE"),
      N(132, "FUTEX_CMP_REQUEUE_PRIVATE"), N(133, "FUTEX_WAKE_OP_PRIVATE"),
      N(134, "FUTEX_LOCK_PI_PRIVATE"), N(135, "FUTEX_UNLOCK_PI_PRIVATE"),
      N(136, "FUTEX_TRYLOCK_PI_PRIVATE"), N(137, "FUTEX_WAIT_BITSET_PRIVATE"),
      N(138, "FUTEX_WAKE_BITSET_PRIVATE"), N(139, "FUTEX_WAIT_REQUEUE_PI_PRIVATE"),
      N(140, "FUTEX_CMP_REQUEUE_PI_PRIVATE"), N(141, "FUTEX_LOCK_PI2_PRIVATE"),
      N(256, "FUTEX_WAIT|FUTEX_CLOCK_REALTIME"),
      N(384, "FUTEX_WAIT_PRIVATE|FUTEX_CLOCK_REALTIME"),
      N(265, "FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME"),
      N(393, "FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME"),
      N(267, "FUTEX_WAIT_REQUEUE_PI|FUTEX_CLOCK_REALTIME"),
      N(395, "FUTEX_WAIT_REQUEUE_PI_PRIVATE|FUTEX_CLOCK_REALTIME"));

TABLE(futex_wake_op_names, "FUTEX_OP_???", NULL,
      N(0, "FUTEX_OP_SET"), N(1, "FUTEX_OP_ADD"), N(2, "FUTEX_OP_OR"),
      N(3, "FUTEX_OP_ANDN"), N(4, "FUTEX_OP_XOR"));

TABLE(futex_wake_cmp_names, "FUTEX_OP_CMP_???", NULL,
      N(0, "FUTEX_OP_CMP_EQ"), N(1, "FUTEX_OP_CMP_NE"), N(2, "FUTEX_OP_CMP_LT"),
      N(3, "FUTEX_OP_CMP_LE"), N(4, "FUTEX_OP_CMP_GT"), N(5, "FUTEX_OP_CMP_GE"));

/* Two question marks: what strace 6.1 prints for an unknown level. */
TABLE(sockopt_level_names, "SOL_??", NULL,
      N(1, "SOL_SOCKET"), N(0, "SOL_IP"), N(6, "SOL_TCP"), N(17, "SOL_UDP"),
      N(41, "SOL_IPV6"), N(58, "SOL_ICMPV6"), N(255, "SOL_RAW"), N(263, "SOL_PACKET"),
      N(270, "SOL_NETLINK"), N(282, "SOL_TLS"));

TABLE(so_option_names, "SO_???", NULL,
      N(1, "SO_DEBUG"), N(2, "SO_REUSEADDR"), N(3, "SO_TYPE"), N(4, "SO_ERROR"),
      N(5, "SO_DONTROUTE"), N(6, "SO_BROADCAST"), N(7, "SO_SNDBUF"), N(8, "SO_RCVBUF"),
      N(9, "SO_KEEPALIVE"), N(10, "SO_OOBINLINE"), N(11, "SO_NO_CHECK"),
      N(12, "SO_PRIORITY"), N(13, "SO_LINGER"), N(14, "SO_BSDCOMPAT"),
      N(15, "SO_REUSEPORT"), N(16, "SO_PASSCRED"), N(17, "SO_PEERCRED"),
      N(18, "SO_RCVLOWAT"), N(19, "SO_SNDLOWAT"), N(20, "SO_RCVTIMEO_OLD"),
      N(21, "SO_SNDTIMEO_OLD"), N(25, "SO_BINDTODEVICE"), N(26, "SO_ATTACH_FILTER"),
      N(27, "SO_DETACH_FILTER"), N(28, "SO_PEERNAME"), N(29, "SO_TIMESTAMP_OLD"),
      N(30, "SO_ACCEPTCONN"), N(31, "SO_PEERSEC"), N(32, "SO_SNDBUFFORCE"),
      N(33, "SO_RCVBUFFORCE"), N(34, "SO_PASSSEC"), N(35, "SO_TIMESTAMPNS_OLD"),
      N(36, "SO_MARK"), N(37, "SO_TIMESTAMPING_OLD"), N(38, "SO_PROTOCOL"),
      N(39, "SO_DOMAIN"), N(40, "SO_RXQ_OVFL"), N(41, "SO_WIFI_STATUS"),
      N(42, "SO_PEEK_OFF"), N(43, "SO_NOFCS"), N(44, "SO_LOCK_FILTER"),
      N(45, "SO_SELECT_ERR_QUEUE"), N(46, "SO_BUSY_POLL"), N(47, "SO_MAX_PACING_RATE"),
      N(48, "SO_BPF_EXTENSIONS"), N(49, "SO_INCOMING_CPU"), N(50, "SO_ATTACH_BPF"),
      N(51, "SO_ATTACH_REUSEPORT_CBPF"), N(52, "SO_ATTACH_REUSEPORT_EBPF"),
      N(53, "SO_CNX_ADVICE"), N(55, "SO_MEMINFO"), N(56, "SO_INCOMING_NAPI_ID"),
      N(57, "SO_COOKIE"), N(59, "SO_PEERGROUPS"), N(60, "SO_ZEROCOPY"), N(61, "SO_TXTIME"),
      N(62, "SO_BINDTOIFINDEX"), N(63, "SO_TIMESTAMP_NEW"), N(64, "SO_TIMESTAMPNS_NEW"),
      N(65, "SO_TIMESTAMPING_NEW"), N(66, "SO_RCVTIMEO_NEW"), N(67, "SO_SNDTIMEO_NEW"),
      N(68, "SO_DETACH_REUSEPORT_BPF"), N(69, "SO_PREFER_BUSY_POLL"),
      N(70, "SO_BUSY_POLL_BUDGET"), N(71, "SO_NETNS_COOKIE"), N(72, "SO_BUF_LOCK"),
      N(73, "SO_RESERVE_MEM"), N(74, "SO_TXREHASH"), N(75, "SO_RCVMARK"));

TABLE(tcp_option_names, "TCP_???", NULL,
      N(1, "TCP_NODELAY"), N(2, "TCP_MAXSEG"), N(3, "TCP_CORK"), N(4, "TCP_KEEPIDLE"),
      N(5, "TCP_KEEPINTVL"), N(6, "TCP_KEEPCNT"), N(7, "TCP_SYNCNT"), N(8, "TCP_LINGER2"),
      N(9, "TCP_DEFER_ACCEPT"), N(10, "TCP_WINDOW_CLAMP"), N(11, "TCP_INFO"),
      N(12, "TCP_QUICKACK"), N(13, "TCP_CONGESTION"), N(14, "TCP_MD5SIG"),
      N(16, "TCP_THIN_LINEAR_TIMEOUTS"), N(17, "TCP_THIN_DUPACK"), N(18, "TCP_USER_TIMEOUT"),
      N(19, "TCP_REPAIR"), N(20, "TCP_REPAIR_QUEUE"), N(21, "TCP_QUEUE_SEQ"),
      N(22, "TCP_REPAIR_OPTIONS"), N(23, "TCP_FASTOPEN"), N(24, "TCP_TIMESTAMP"),
      N(25, "TCP_NOTSENT_LOWAT"), N(26, "TCP_CC_INFO"), N(27, "TCP_SAVE_SYN"),
      N(28, "TCP_SAVED_SYN"), N(29, "TCP_REPAIR_WINDOW"), N(30, "TCP_FASTOPEN_CONNECT"),
      N(31, "TCP_ULP"), N(32, "TCP_MD5SIG_EXT"), N(33, "TCP_FASTOPEN_KEY"),
      N(34, "TCP_FASTOPEN_NO_COOKIE"), N(35, "TCP_ZEROCOPY_RECEIVE"), N(36, "TCP_INQ"),
      N(37, "TCP_TX_DELAY"));

/* ioctl (ioctl.c): struct termios fields, modem lines, inode flags, TCXONC/TCFLSH values. */
TABLE(termios_iflag_names, "I???", NULL,
      N(01, "IGNBRK"), N(02, "BRKINT"), N(04, "IGNPAR"), N(010, "PARMRK"), N(020, "INPCK"),
      N(040, "ISTRIP"), N(0100, "INLCR"), N(0200, "IGNCR"), N(0400, "ICRNL"), N(01000, "IUCLC"),
      N(02000, "IXON"), N(04000, "IXANY"), N(010000, "IXOFF"), N(020000, "IMAXBEL"),
      N(040000, "IUTF8"));

/* Without the delay fields (NLDLY ... FFDLY), which ioctl.c prints first. */
TABLE(termios_oflag_names, "O???", NULL,
      N(01, "OPOST"), N(02, "OLCUC"), N(04, "ONLCR"), N(010, "OCRNL"), N(020, "ONOCR"),
      N(040, "ONLRET"), N(0100, "OFILL"), N(0200, "OFDEL"));

/* Without the speed (CBAUD, CIBAUD) and the character size (CSIZE). */
TABLE(termios_cflag_names, "C???", NULL,
      N(0100, "CSTOPB"), N(0200, "CREAD"), N(0400, "PARENB"), N(01000, "PARODD"),
      N(02000, "HUPCL"), N(04000, "CLOCAL"), N(010000000000, "CMSPAR"),
      N(020000000000, "CRTSCTS"));

/* strace's order: IEXTEN before ECHOCTL, TOSTOP after PENDIN. */
TABLE(termios_lflag_names, "???", NULL,
      N(01, "ISIG"), N(02, "ICANON"), N(04, "XCASE"), N(010, "ECHO"), N(020, "ECHOE"),
      N(040, "ECHOK"), N(0100, "ECHONL"), N(0200, "NOFLSH"), N(0100000, "IEXTEN"),
      N(01000, "ECHOCTL"), N(02000, "ECHOPRT"), N(04000, "ECHOKE"), N(010000, "FLUSHO"),
      N(040000, "PENDIN"), N(0400, "TOSTOP"), N(0200000, "EXTPROC"));

TABLE(termios_baud_names, "B???", NULL,
      N(0, "B0"), N(01, "B50"), N(02, "B75"), N(03, "B110"), N(04, "B134"), N(05, "B150"),
      N(06, "B200"), N(07, "B300"), N(010, "B600"), N(011, "B1200"), N(012, "B1800"),
      N(013, "B2400"), N(014, "B4800"), N(015, "B9600"), N(016, "B19200"), N(017, "B38400"),
      N(010000, "BOTHER"), N(010001, "B57600"), N(010002, "B115200"), N(010003, "B230400"),
      N(010004, "B460800"), N(010005, "B500000"), N(010006, "B576000"),
      N(010007, "B921600"), N(010010, "B1000000"), N(010011, "B1152000"),
      N(010012, "B1500000"), N(010013, "B2000000"), N(010014, "B2500000"),
      N(010015, "B3000000"), N(010016, "B3500000"), N(010017, "B4000000"));

TABLE(termios_csize_names, "CS???", NULL,
      N(0, "CS5"), N(020, "CS6"), N(040, "CS7"), N(060, "CS8"));

TABLE(tcxonc_names, "TC???", NULL,
      N(0, "TCOOFF"), N(1, "TCOON"), N(2, "TCIOFF"), N(3, "TCION"));

TABLE(tcflsh_names, "TC???", NULL, N(0, "TCIFLUSH"), N(1, "TCOFLUSH"), N(2, "TCIOFLUSH"));

TABLE(tiocm_names, "TIOCM_???", NULL,
      N(0x1, "TIOCM_LE"), N(0x2, "TIOCM_DTR"), N(0x4, "TIOCM_RTS"), N(0x8, "TIOCM_ST"),
      N(0x10, "TIOCM_SR"), N(0x20, "TIOCM_CTS"), N(0x40, "TIOCM_CAR"), N(0x80, "TIOCM_RNG"),
      N(0x100, "TIOCM_DSR"), N(0x2000, "TIOCM_OUT1"), N(0x4000, "TIOCM_OUT2"),
      N(0x8000, "TIOCM_LOOP"));

TABLE(fs_inode_flag_names, "FS_???", NULL,
      N(0x1, "FS_SECRM_FL"), N(0x2, "FS_UNRM_FL"), N(0x4, "FS_COMPR_FL"), N(0x8, "FS_SYNC_FL"),
      N(0x10, "FS_IMMUTABLE_FL"), N(0x20, "FS_APPEND_FL"), N(0x40, "FS_NODUMP_FL"),
      N(0x80, "FS_NOATIME_FL"), N(0x100, "FS_DIRTY_FL"), N(0x200, "FS_COMPRBLK_FL"),
      N(0x400, "FS_NOCOMP_FL"), N(0x800, "FS_ENCRYPT_FL"), N(0x1000, "FS_INDEX_FL"),
      N(0x2000, "FS_IMAGIC_FL"), N(0x4000, "FS_JOURNAL_DATA_FL"), N(0x8000, "FS_NOTAIL_FL"),
      N(0x10000, "FS_DIRSYNC_FL"), N(0x20000, "FS_TOPDIR_FL"), N(0x40000, "FS_HUGE_FILE_FL"),
      N(0x80000, "FS_EXTENT_FL"), N(0x100000, "FS_VERITY_FL"), N(0x200000, "FS_EA_INODE_FL"),
      N(0x400000, "FS_EOFBLOCKS_FL"), N(0x800000, "FS_NOCOW_FL"), N(0x2000000, "FS_DAX_FL"),
      N(0x10000000, "FS_INLINE_DATA_FL"), N(0x20000000, "FS_PROJINHERIT_FL"),
      N(0x40000000, "FS_CASEFOLD_FL"), N(0x80000000, "FS_RESERVED_FL"));

TABLE(resolve_flag_names, "RESOLVE_???", NULL,
      N(0x1, "RESOLVE_NO_XDEV"), N(0x2, "RESOLVE_NO_MAGICLINKS"), N(0x4, "RESOLVE_NO_SYMLINKS"),
      N(0x8, "RESOLVE_BENEATH"), N(0x10, "RESOLVE_IN_ROOT"), N(0x20, "RESOLVE_CACHED"));

/* clone3's 64-bit flags: clone's, then the bits clone cannot take (strace's order). */
TABLE(clone3_flag_names, "CLONE_???", NULL,
      N(0x100, "CLONE_VM"), N(0x200, "CLONE_FS"), N(0x400, "CLONE_FILES"),
      N(0x800, "CLONE_SIGHAND"), N(0x1000, "CLONE_PIDFD"), N(0x2000, "CLONE_PTRACE"),
      N(0x4000, "CLONE_VFORK"), N(0x8000, "CLONE_PARENT"), N(0x10000, "CLONE_THREAD"),
      N(0x20000, "CLONE_NEWNS"), N(0x40000, "CLONE_SYSVSEM"), N(0x80000, "CLONE_SETTLS"),
      N(0x100000, "CLONE_PARENT_SETTID"), N(0x200000, "CLONE_CHILD_CLEARTID"),
      N(0x800000, "CLONE_UNTRACED"), N(0x1000000, "CLONE_CHILD_SETTID"),
      N(0x2000000, "CLONE_NEWCGROUP"), N(0x4000000, "CLONE_NEWUTS"),
      N(0x8000000, "CLONE_NEWIPC"), N(0x10000000, "CLONE_NEWUSER"),
      N(0x20000000, "CLONE_NEWPID"), N(0x40000000, "CLONE_NEWNET"), N(0x80000000, "CLONE_IO"),
      N(0x80, "CLONE_NEWTIME"), N(0x100000000ull, "CLONE_CLEAR_SIGHAND"),
      N(0x200000000ull, "CLONE_INTO_CGROUP"));

/* prctl (prctl.c) */
TABLE(prctl_option_names, "PR_???", NULL,
      N(1, "PR_SET_PDEATHSIG"), N(2, "PR_GET_PDEATHSIG"), N(3, "PR_GET_DUMPABLE"),
      N(4, "PR_SET_DUMPABLE"), N(5, "PR_GET_UNALIGN"), N(6, "PR_SET_UNALIGN"),
      N(7, "PR_GET_KEEPCAPS"), N(8, "PR_SET_KEEPCAPS"), N(9, "PR_GET_FPEMU"),
      N(10, "PR_SET_FPEMU"), N(11, "PR_GET_FPEXC"), N(12, "PR_SET_FPEXC"),
      N(13, "PR_GET_TIMING"), N(14, "PR_SET_TIMING"), N(15, "PR_SET_NAME"),
      N(16, "PR_GET_NAME"), N(19, "PR_GET_ENDIAN"), N(20, "PR_SET_ENDIAN"),
      N(21, "PR_GET_SECCOMP"), N(22, "PR_SET_SECCOMP"), N(23, "PR_CAPBSET_READ"),
      N(24, "PR_CAPBSET_DROP"), N(25, "PR_GET_TSC"), N(26, "PR_SET_TSC"),
      N(27, "PR_GET_SECUREBITS"), N(28, "PR_SET_SECUREBITS"), N(29, "PR_SET_TIMERSLACK"),
      N(30, "PR_GET_TIMERSLACK"), N(31, "PR_TASK_PERF_EVENTS_DISABLE"),
      N(32, "PR_TASK_PERF_EVENTS_ENABLE"), N(33, "PR_MCE_KILL"), N(34, "PR_MCE_KILL_GET"),
      N(35, "PR_SET_MM"), N(36, "PR_SET_CHILD_SUBREAPER"), N(37, "PR_GET_CHILD_SUBREAPER"),
      N(38, "PR_SET_NO_NEW_PRIVS"), N(39, "PR_GET_NO_NEW_PRIVS"), N(40, "PR_GET_TID_ADDRESS"),
      N(41, "PR_SET_THP_DISABLE"), N(42, "PR_GET_THP_DISABLE"),
      N(43, "PR_MPX_ENABLE_MANAGEMENT"), N(44, "PR_MPX_DISABLE_MANAGEMENT"),
      N(45, "PR_SET_FP_MODE"), N(46, "PR_GET_FP_MODE"), N(47, "PR_CAP_AMBIENT"),
      N(50, "PR_SVE_SET_VL"), N(51, "PR_SVE_GET_VL"), N(52, "PR_GET_SPECULATION_CTRL"),
      N(53, "PR_SET_SPECULATION_CTRL"), N(54, "PR_PAC_RESET_KEYS"),
      N(55, "PR_SET_TAGGED_ADDR_CTRL"), N(56, "PR_GET_TAGGED_ADDR_CTRL"),
      N(57, "PR_SET_IO_FLUSHER"), N(58, "PR_GET_IO_FLUSHER"),
      N(59, "PR_SET_SYSCALL_USER_DISPATCH"), N(60, "PR_PAC_SET_ENABLED_KEYS"),
      N(61, "PR_PAC_GET_ENABLED_KEYS"), N(62, "PR_SCHED_CORE"),
      N(0x59616d61, "PR_SET_PTRACER"), N(0x53564d41, "PR_SET_VMA"));

TABLE(capability_names, "CAP_???", NULL,
      N(0, "CAP_CHOWN"), N(1, "CAP_DAC_OVERRIDE"), N(2, "CAP_DAC_READ_SEARCH"),
      N(3, "CAP_FOWNER"), N(4, "CAP_FSETID"), N(5, "CAP_KILL"), N(6, "CAP_SETGID"),
      N(7, "CAP_SETUID"), N(8, "CAP_SETPCAP"), N(9, "CAP_LINUX_IMMUTABLE"),
      N(10, "CAP_NET_BIND_SERVICE"), N(11, "CAP_NET_BROADCAST"), N(12, "CAP_NET_ADMIN"),
      N(13, "CAP_NET_RAW"), N(14, "CAP_IPC_LOCK"), N(15, "CAP_IPC_OWNER"),
      N(16, "CAP_SYS_MODULE"), N(17, "CAP_SYS_RAWIO"), N(18, "CAP_SYS_CHROOT"),
      N(19, "CAP_SYS_PTRACE"), N(20, "CAP_SYS_PACCT"), N(21, "CAP_SYS_ADMIN"),
      N(22, "CAP_SYS_BOOT"), N(23, "CAP_SYS_NICE"), N(24, "CAP_SYS_RESOURCE"),
      N(25, "CAP_SYS_TIME"), N(26, "CAP_SYS_TTY_CONFIG"), N(27, "CAP_MKNOD"),
      N(28, "CAP_LEASE"), N(29, "CAP_AUDIT_WRITE"), N(30, "CAP_AUDIT_CONTROL"),
      N(31, "CAP_SETFCAP"), N(32, "CAP_MAC_OVERRIDE"), N(33, "CAP_MAC_ADMIN"),
      N(34, "CAP_SYSLOG"), N(35, "CAP_WAKE_ALARM"), N(36, "CAP_BLOCK_SUSPEND"),
      N(37, "CAP_AUDIT_READ"), N(38, "CAP_PERFMON"), N(39, "CAP_BPF"),
      N(40, "CAP_CHECKPOINT_RESTORE"));

TABLE(dumpable_names, "SUID_DUMP_???", NULL,
      N(0, "SUID_DUMP_DISABLE"), N(1, "SUID_DUMP_USER"), N(2, "SUID_DUMP_ROOT"));

TABLE(seccomp_mode_names, "SECCOMP_MODE_???", NULL,
      N(0, "SECCOMP_MODE_DISABLED"), N(1, "SECCOMP_MODE_STRICT"), N(2, "SECCOMP_MODE_FILTER"));

TABLE(tsc_names, "PR_TSC_???", NULL, N(1, "PR_TSC_ENABLE"), N(2, "PR_TSC_SIGSEGV"));

TABLE(securebits_names, "SECBIT_???", NULL,
      N(0x1, "SECBIT_NOROOT"), N(0x2, "SECBIT_NOROOT_LOCKED"), N(0x4, "SECBIT_NO_SETUID_FIXUP"),
      N(0x8, "SECBIT_NO_SETUID_FIXUP_LOCKED"), N(0x10, "SECBIT_KEEP_CAPS"),
      N(0x20, "SECBIT_KEEP_CAPS_LOCKED"), N(0x40, "SECBIT_NO_CAP_AMBIENT_RAISE"),
      N(0x80, "SECBIT_NO_CAP_AMBIENT_RAISE_LOCKED"));

TABLE(mce_kill_names, "PR_MCE_KILL_???", NULL, N(0, "PR_MCE_KILL_CLEAR"), N(1, "PR_MCE_KILL_SET"));

TABLE(mce_kill_policy_names, "PR_MCE_KILL_???", NULL,
      N(0, "PR_MCE_KILL_LATE"), N(1, "PR_MCE_KILL_EARLY"), N(2, "PR_MCE_KILL_DEFAULT"));

TABLE(set_mm_names, "PR_SET_MM_???", NULL,
      N(1, "PR_SET_MM_START_CODE"), N(2, "PR_SET_MM_END_CODE"), N(3, "PR_SET_MM_START_DATA"),
      N(4, "PR_SET_MM_END_DATA"), N(5, "PR_SET_MM_START_STACK"), N(6, "PR_SET_MM_START_BRK"),
      N(7, "PR_SET_MM_BRK"), N(8, "PR_SET_MM_ARG_START"), N(9, "PR_SET_MM_ARG_END"),
      N(10, "PR_SET_MM_ENV_START"), N(11, "PR_SET_MM_ENV_END"), N(12, "PR_SET_MM_AUXV"),
      N(13, "PR_SET_MM_EXE_FILE"), N(14, "PR_SET_MM_MAP"), N(15, "PR_SET_MM_MAP_SIZE"));

TABLE(cap_ambient_names, "PR_CAP_AMBIENT_???", NULL,
      N(1, "PR_CAP_AMBIENT_IS_SET"), N(2, "PR_CAP_AMBIENT_RAISE"), N(3, "PR_CAP_AMBIENT_LOWER"),
      N(4, "PR_CAP_AMBIENT_CLEAR_ALL"));

TABLE(spec_names, "PR_SPEC_???", NULL,
      N(0, "PR_SPEC_STORE_BYPASS"), N(1, "PR_SPEC_INDIRECT_BRANCH"), N(2, "PR_SPEC_L1D_FLUSH"));

TABLE(spec_ctrl_names, "PR_SPEC_???", NULL,
      N(0x1, "PR_SPEC_PRCTL"), N(0x2, "PR_SPEC_ENABLE"), N(0x4, "PR_SPEC_DISABLE"),
      N(0x8, "PR_SPEC_FORCE_DISABLE"), N(0x10, "PR_SPEC_DISABLE_NOEXEC"));

TABLE(set_vma_names, "PR_SET_VMA_???", NULL, N(0, "PR_SET_VMA_ANON_NAME"));
