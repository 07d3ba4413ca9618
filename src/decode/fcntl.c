// SPDX-License-Identifier: MIT
/*
 * fcntl's third argument, which the command (the argument before) decides:
 * nothing for the F_GET* commands, descriptor flags, open flags, a lease,
 * dnotify bits, seals, a signal, a number, or a struct flock. The commands
 * are named from the kernel's <linux/fcntl.h>, which has them all (F_CANCELLK
 * and F_GETOWNER_UIDS too); glibc's <fcntl.h> clashes with it and is not
 * included.
 */
#include <linux/fcntl.h>

#include "flags.h"
#include "fmt.h"
#include "xlat_table.h"

/* F_OWNER_* (asm-generic/fcntl.h) */
LOCAL_TABLE(f_owner_type_names, "F_OWNER_???", NULL, N(0, "F_OWNER_TID"), N(1, "F_OWNER_PID"),
	    N(2, "F_OWNER_PGRP"));

/*
 * struct flock: {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=10};
 * F_GETLK's is what the call wrote back, with l_pid.
 */
static bool print_flock(struct strbuf *out, const struct sc_event *ev, unsigned i, bool get,
			const struct decode_opts *o)
{
	int xlat = o->xlat;
	const struct sct_blob *b = get ? fmt_mem(ev, i, 32) : fmt_mem_entry(ev, i, 32);
	const char *p;

	if (!b)
		b = fmt_mem(ev, i, 32);
	if (!ev->args[i] || !b || (get && sc_event_failed(ev))) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	p = sct_blob_data(b);
	strbuf_adds(out, "{l_type=");
	print_enum_x(out, &lock_type_names, load_u16(p, 0), xlat);
	strbuf_adds(out, ", l_whence=");
	print_enum_x(out, &whence_names, load_u16(p, 2), xlat);
	strbuf_addf(out, ", l_start=%lld, l_len=%lld", (long long)load_u64(p, 8),
		    (long long)load_u64(p, 16));
	if (get) { /* the lock holder: a process (strace's PRINT_FIELD_TGID) */
		strbuf_adds(out, ", l_pid=");
		decode_pid(out, (int)load_u32(p, 24), PID_KIND_TGID, o);
	}
	strbuf_addc(out, '}');
	return true;
}

/* F_OWNER_TID, F_OWNER_PID, F_OWNER_PGRP: the kind of pid each names */
static const enum pid_kind owner_pid_kind[] = { PID_KIND_TID, PID_KIND_TGID, PID_KIND_PGID };

/*
 * struct f_owner_ex: {type=F_OWNER_TID, pid=1234}; its 8 bytes (the capture
 * reads 32, what the page holds of them does); F_GETOWN_EX's is the one the
 * call wrote
 */
static bool print_owner_ex(struct strbuf *out, const struct sc_event *ev, unsigned i, bool get,
			   int xlat, const struct decode_opts *o)
{
	bool cut = false;
	const struct sct_blob *b = fmt_mem_upto(ev, i, 8, &cut);
	const struct sct_blob *first = get ? NULL : fmt_mem_entry(ev, i, 8);
	const char *p;
	uint32_t type;

	if (first)
		b = first;
	if (!ev->args[i] || !b || (get && sc_event_failed(ev))) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	p = sct_blob_data(b);
	type = load_u32(p, 0);
	strbuf_adds(out, "{type=");
	print_enum_x(out, &f_owner_type_names, type, xlat);
	strbuf_adds(out, ", pid=");
	if (type < sizeof(owner_pid_kind) / sizeof(owner_pid_kind[0]))
		decode_pid(out, (int)load_u32(p, 4), owner_pid_kind[type], o);
	else
		strbuf_addf(out, "%d", (int)load_u32(p, 4));
	strbuf_addc(out, '}');
	return true;
}

bool fmt_fcntl_arg(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	uint64_t v = ev->args[i];

	if (!i)
		return false;
	switch ((uint32_t)ev->args[i - 1]) {
	case F_GETFD:
	case F_GETFL:
	case F_GETOWN:
	case F_GETSIG:
	case F_GETLEASE:
	case F_GETPIPE_SZ:
	case F_GET_SEALS:
		return false;
	case F_SETFD:
		print_flags_x(out, &fd_flag_names, (uint32_t)v, o->xlat);
		return true;
	case F_SETFL:
		print_open_flags_x(out, (uint32_t)v, o->xlat);
		return true;
	case F_SETLEASE:
		print_enum_x(out, &lease_names, (uint32_t)v, o->xlat);
		return true;
	case F_NOTIFY:
		print_flags_x(out, &dnotify_names, (uint32_t)v, o->xlat);
		return true;
	case F_ADD_SEALS:
		print_flags_x(out, &seal_names, (uint32_t)v, o->xlat);
		return true;
	case F_SETSIG:
		print_signal_x(out, (int)v, o->xlat);
		return true;
	case F_DUPFD: /* strace 6.1 prints these unsigned: fcntl(0, F_DUPFD, 4294967295) */
	case F_DUPFD_CLOEXEC:
	case F_SETPIPE_SZ:
		strbuf_addf(out, "%u", (unsigned)v);
		return true;
	case F_SETOWN: /* a process, or minus a process group */
		return fmt_pid_tgid_pgid(out, ev, i, o);
	case F_CANCELLK:
		strbuf_addf(out, "%d", (int)v);
		return true;
	case F_GETLK:
	case F_OFD_GETLK:
		return print_flock(out, ev, i, true, o);
	case F_SETLK:
	case F_SETLKW:
	case F_OFD_SETLK:
	case F_OFD_SETLKW:
		return print_flock(out, ev, i, false, o);
	case F_SETOWN_EX:
		return print_owner_ex(out, ev, i, false, o->xlat, o);
	case F_GETOWN_EX:
		return print_owner_ex(out, ev, i, true, o->xlat, o);
	case F_GETOWNER_UIDS:
		/* Structures not decoded yet: the address, as for unreadable memory. */
		fmt_addr(out, v);
		return true;
	default:
		strbuf_addf(out, "%#llx", (unsigned long long)v);
		return true;
	}
}
