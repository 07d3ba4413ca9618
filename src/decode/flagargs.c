// SPDX-License-Identifier: MIT
/*
 * Flag and enum arguments. Most are one constant table each (flags.c): the
 * names here, the number under -X raw / verbose (decode_arg()). Then those
 * with a layout of their own: open's access mode and flags, mount's old
 * magic, memfd's and mmap's huge page sizes, the socket type and its flags,
 * the protocol by domain, mknod's file type. And the arguments printed only
 * as the flag argument before them says: open's mode, mknod's dev, mremap's
 * new address.
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <linux/memfd.h>

#include "flags.h"
#include "fmt.h"

/* The kernel's __O_TMPFILE: open also takes a mode (glibc's includes O_DIRECTORY). */
#define O_TMPFILE_BIT (O_TMPFILE & ~O_DIRECTORY)
#define SOCK_TYPE_BITS 0xf /* the kernel's SOCK_TYPE_MASK, not in the uapi headers */

/* O_RDONLY|O_CLOEXEC: the access mode is a value, the rest are bits. */
static void print_open_flags(struct strbuf *out, uint32_t flags)
{
	strbuf_adds(out, flag_lookup(&open_accmode_names, flags & O_ACCMODE));
	print_flag_bits(out, &open_flag_names, flags & ~(uint32_t)O_ACCMODE, true);
}

void print_open_flags_x(struct strbuf *out, uint32_t flags, int xlat)
{
	struct strbuf names;
	char raw[16];

	strbuf_init(&names);
	print_open_flags(&names, flags);
	snprintf(raw, sizeof(raw), "%#x", flags);
	print_xlat_text(out, xlat, raw, names.data);
	strbuf_free(&names);
}

bool fmt_open_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	(void)o;
	print_open_flags(out, (uint32_t)ev->args[i]);
	return true;
}

bool fmt_open_mode(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	(void)o;
	if (!i || !(ev->args[i - 1] & (O_CREAT | O_TMPFILE_BIT)))
		return false;
	print_octal_mode(out, ev->args[i]);
	return true;
}

FLAGS_FMT(fmt_access_mode, access_mode_names, uint32_t)
FLAGS_FMT(fmt_at_flags, at_flag_names, uint32_t)
FLAGS_FMT(fmt_unlinkat_flags, at_flag_names, uint32_t)
FLAGS_FMT(fmt_faccessat_flags, faccessat_flag_names, uint32_t)
FLAGS_FMT(fmt_mmap_prot, mmap_prot_names, uint64_t)
FLAGS_FMT(fmt_wait_options, wait_option_names, uint32_t)
FLAGS_FMT(fmt_pipe_flags, open_flag_names, uint32_t)
FLAGS_FMT(fmt_eventfd_flags, eventfd_flag_names, uint32_t)
FLAGS_FMT(fmt_epoll_flags, epoll_flag_names, uint32_t)
FLAGS_FMT(fmt_msync_flags, msync_flag_names, uint32_t)
FLAGS_FMT(fmt_mremap_flags, mremap_flag_names, uint64_t)
FLAGS_FMT(fmt_rename_flags, rename_flag_names, uint32_t)
FLAGS_FMT(fmt_umount_flags, umount_flag_names, uint32_t)
FLAGS_FMT(fmt_grnd_flags, grnd_flag_names, uint32_t)
FLAGS_FMT(fmt_tfd_create_flags, tfd_create_flag_names, uint32_t)
FLAGS_FMT(fmt_tfd_settime_flags, tfd_settime_flag_names, uint32_t)
FLAGS_FMT(fmt_timer_flags, timer_flag_names, uint32_t)
FLAGS_FMT(fmt_msg_flags, msg_flag_names, uint32_t)
FLAGS_FMT(fmt_accept_flags, sock_type_flag_names, uint32_t)
FLAGS_FMT(fmt_flock_op, flock_op_names, uint32_t)
FLAGS_FMT(fmt_falloc_mode, falloc_flag_names, uint32_t)
FLAGS_FMT(fmt_sync_file_range_flags, sync_file_range_flag_names, uint32_t)
FLAGS_FMT(fmt_close_range_flags, close_range_flag_names, uint32_t)
FLAGS_FMT(fmt_splice_flags, splice_flag_names, uint32_t)
ENUM_FMT(fmt_fadvise_advice, fadvise_names, uint32_t)
ENUM_FMT(fmt_whence, whence_names, uint32_t)
ENUM_FMT(fmt_fcntl_cmd, fcntl_cmd_names, uint32_t)
ENUM_FMT(fmt_madvise_advice, madvise_names, uint32_t)
ENUM_FMT(fmt_sock_domain, sock_domain_names, uint32_t)
ENUM_FMT(fmt_shutdown_how, shutdown_names, uint32_t)
ENUM_FMT(fmt_prio_which, prio_which_names, uint32_t)
ENUM_FMT(fmt_rlimit, rlimit_names, uint32_t)
ENUM_FMT(fmt_sigprocmask_how, sigprocmask_how_names, uint32_t)
ENUM_FMT(fmt_clockid, clockid_names, uint32_t)
ENUM_FMT(fmt_arch_prctl_code, arch_prctl_names, uint32_t)
ENUM_FMT(fmt_epoll_ctl_op, epoll_ctl_names, uint32_t)
ENUM_FMT(fmt_itimer_which, itimer_names, uint32_t)
ENUM_FMT(fmt_rusage_who, rusage_who_names, uint32_t)
ENUM_FMT(fmt_sched_policy, sched_policy_names, uint32_t)

/* mount's flags: MS_MGC_VAL|MS_RDONLY when the old magic is in the high bits. */
bool fmt_mount_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	uint64_t v = ev->args[i];

	if ((v & MS_MGC_MSK) != MS_MGC_VAL) {
		print_flags_x(out, &mount_flag_names, v, o->xlat);
		return true;
	}
	/* under -X: 0xc0ed0000 / * MS_MGC_VAL * /|0xf / * MS_RDONLY|... * / */
	print_xlat_text(out, o->xlat, "0xc0ed0000", "MS_MGC_VAL");
	if (v & ~MS_MGC_MSK) {
		strbuf_addc(out, '|');
		print_flags_x(out, &mount_flag_names, v & ~MS_MGC_MSK, o->xlat);
	}
	return true;
}

/*
 * MFD_HUGETLB|21<<MFD_HUGE_SHIFT. Under -X verbose strace 6.1 always adds the
 * comment, even to a comment of its own: 0x8 / * 0x8 / * MFD_??? * / * /.
 */
bool fmt_memfd_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	uint32_t v = (uint32_t)ev->args[i], huge = (v >> MFD_HUGE_SHIFT) & MFD_HUGE_MASK;
	uint32_t rest = v & ~((uint32_t)MFD_HUGE_MASK << MFD_HUGE_SHIFT);
	struct strbuf names;

	if (!v || o->xlat == XLAT_RAW) {
		strbuf_addf(out, "%#x", v);
		return true;
	}
	strbuf_init(&names);
	if (rest)
		print_flags(&names, &memfd_flag_names, rest);
	if (huge)
		strbuf_addf(&names, "%s%u<<MFD_HUGE_SHIFT", rest ? "|" : "", huge);
	if (o->xlat == XLAT_VERBOSE)
		strbuf_addf(out, "%#x /* %s */", v, names.data);
	else
		strbuf_adds(out, names.data);
	strbuf_free(&names);
	return true;
}

/* Type (MAP_SHARED...), then flag bits, then the huge page size as N<<MAP_HUGE_SHIFT. */
bool fmt_mmap_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	uint64_t flags = ev->args[i];
	uint64_t huge = (flags >> MAP_HUGE_SHIFT) & MAP_HUGE_MASK;
	const char *type = flag_lookup(&mmap_type_names, flags & MAP_TYPE);

	(void)o;
	flags &= ~((uint64_t)MAP_HUGE_MASK << MAP_HUGE_SHIFT);
	if (type)
		strbuf_adds(out, type);
	else
		strbuf_addf(out, "%#llx /* MAP_??? */", (unsigned long long)(flags & MAP_TYPE));
	print_flag_bits(out, &mmap_flag_names, flags & ~(uint64_t)MAP_TYPE, true);
	if (huge)
		strbuf_addf(out, "|%llu<<MAP_HUGE_SHIFT", (unsigned long long)huge);
	return true;
}

/*
 * SOCK_STREAM|SOCK_CLOEXEC; an unknown type joins the unknown bits. Under -X
 * the type and the flags are two numbers: 0x1|0x80000, and with verbose
 * 0x1 / * SOCK_STREAM * /|0x80000 / * SOCK_CLOEXEC * /.
 */
bool fmt_sock_type(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	uint32_t v = (uint32_t)ev->args[i];
	uint32_t flags = v & ~(uint32_t)SOCK_TYPE_BITS;
	const char *type = flag_lookup(&sock_type_names, v & SOCK_TYPE_BITS);

	if (!type)
		print_flags_x(out, &sock_type_flag_names, v, o->xlat);
	else if (o->xlat != XLAT_ABBREV) {
		print_enum_x(out, &sock_type_names, v & SOCK_TYPE_BITS, o->xlat);
		if (flags) {
			strbuf_addc(out, '|');
			print_flags_x(out, &sock_type_flag_names, flags, o->xlat);
		}
	} else {
		strbuf_adds(out, type);
		print_flag_bits(out, &sock_type_flag_names, flags, true);
		if (flags & ~flag_known_bits(&sock_type_flag_names))
			strbuf_adds(out, " /* SOCK_??? */");
	}
	return true;
}

/* The protocol by domain (two arguments before); named ones print in hex under -X. */
bool fmt_sock_proto(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	uint32_t proto = (uint32_t)ev->args[i];

	switch (i >= 2 ? (uint32_t)ev->args[i - 2] : ~0u) {
	case AF_INET:
	case AF_INET6:
		print_enum_x(out, &ipproto_names, proto, o->xlat);
		return true;
	case AF_NETLINK:
		print_enum_x(out, &netlink_proto_names, proto, o->xlat);
		return true;
	case AF_PACKET: /* a big-endian ethertype */
		strbuf_adds(out, "htons(");
		print_enum_x(out, &ethertype_names, __builtin_bswap16((uint16_t)proto), o->xlat);
		strbuf_addc(out, ')');
		return true;
	default:
		strbuf_addf(out, "%u", proto);
		return true;
	}
}

/* S_IFCHR|0600; a mode without a file type is plain octal. */
bool fmt_mknod_mode(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	/* the kernel's umode_t: 16 bits */
	print_symbolic_mode(out, (uint16_t)ev->args[i], o->xlat);
	return true;
}

bool fmt_mknod_dev(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	uint32_t type = i ? (uint32_t)ev->args[i - 1] & S_IFMT : 0;
	/* mknod's dev is 32 bits: the kernel's new_decode_dev() layout. */
	uint32_t dev = (uint32_t)ev->args[i];
	unsigned major = (dev >> 8) & 0xfff;
	unsigned minor = (dev & 0xff) | ((dev >> 12) & 0xfff00);

	(void)o;
	if (type != S_IFCHR && type != S_IFBLK)
		return false;
	strbuf_addf(out, "makedev(%#x, %#x)", major, minor);
	return true;
}

/* mremap's new_address: only with MREMAP_MAYMOVE|MREMAP_FIXED. */
bool fmt_mremap_addr(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	uint64_t fixed = MREMAP_MAYMOVE | MREMAP_FIXED;

	(void)o;
	if (!i || (ev->args[i - 1] & fixed) != fixed)
		return false;
	fmt_addr(out, ev->args[i]);
	return true;
}
