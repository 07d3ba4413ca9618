// SPDX-License-Identifier: MIT
/*
 * fcntl's third argument, which the command (the argument before) decides:
 * nothing for the F_GET* commands, descriptor flags, open flags, a lease,
 * dnotify bits, seals, a signal, a number, or a struct flock.
 */
#include "flags.h"
#include "fmt.h"

/* x86_64 fcntl commands the third argument depends on. */
enum {
	FC_DUPFD = 0, FC_GETFD = 1, FC_SETFD = 2, FC_GETFL = 3, FC_SETFL = 4,
	FC_GETLK = 5, FC_SETLK = 6, FC_SETLKW = 7, FC_SETOWN = 8, FC_GETOWN = 9,
	FC_SETSIG = 10, FC_GETSIG = 11, FC_SETOWN_EX = 15, FC_GETOWN_EX = 16,
	FC_GETOWNER_UIDS = 17, FC_OFD_GETLK = 36, FC_OFD_SETLK = 37, FC_OFD_SETLKW = 38,
	FC_SETLEASE = 1024, FC_GETLEASE = 1025, FC_NOTIFY = 1026, FC_CANCELLK = 1029,
	FC_DUPFD_CLOEXEC = 1030, FC_SETPIPE_SZ = 1031, FC_GETPIPE_SZ = 1032,
	FC_ADD_SEALS = 1033, FC_GET_SEALS = 1034,
};

/*
 * struct flock: {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=10};
 * F_GETLK's is what the call wrote back, with l_pid.
 */
static bool print_flock(struct strbuf *out, const struct sc_event *ev, unsigned i, bool get,
			int xlat)
{
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
	if (get)
		strbuf_addf(out, ", l_pid=%d", (int)load_u32(p, 24));
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
	case FC_GETFD:
	case FC_GETFL:
	case FC_GETOWN:
	case FC_GETSIG:
	case FC_GETLEASE:
	case FC_GETPIPE_SZ:
	case FC_GET_SEALS:
		return false;
	case FC_SETFD:
		print_flags_x(out, &fd_flag_names, (uint32_t)v, o->xlat);
		return true;
	case FC_SETFL:
		print_open_flags_x(out, (uint32_t)v, o->xlat);
		return true;
	case FC_SETLEASE:
		print_enum_x(out, &lease_names, (uint32_t)v, o->xlat);
		return true;
	case FC_NOTIFY:
		print_flags_x(out, &dnotify_names, (uint32_t)v, o->xlat);
		return true;
	case FC_ADD_SEALS:
		print_flags_x(out, &seal_names, (uint32_t)v, o->xlat);
		return true;
	case FC_SETSIG:
		print_signal_x(out, (int)v, o->xlat);
		return true;
	case FC_DUPFD: /* strace 6.1 prints these unsigned: fcntl(0, F_DUPFD, 4294967295) */
	case FC_DUPFD_CLOEXEC:
	case FC_SETPIPE_SZ:
		strbuf_addf(out, "%u", (unsigned)v);
		return true;
	case FC_SETOWN:
	case FC_CANCELLK:
		strbuf_addf(out, "%d", (int)v);
		return true;
	case FC_GETLK:
	case FC_OFD_GETLK:
		return print_flock(out, ev, i, true, o->xlat);
	case FC_SETLK:
	case FC_SETLKW:
	case FC_OFD_SETLK:
	case FC_OFD_SETLKW:
		return print_flock(out, ev, i, false, o->xlat);
	case FC_SETOWN_EX:
	case FC_GETOWN_EX:
	case FC_GETOWNER_UIDS:
		/* Structures not decoded yet: the address, as for unreadable memory. */
		fmt_addr(out, v);
		return true;
	default:
		strbuf_addf(out, "%#llx", (unsigned long long)v);
		return true;
	}
}
