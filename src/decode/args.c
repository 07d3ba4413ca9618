// SPDX-License-Identifier: MIT
/*
 * One formatter per argument type, in a table indexed by enum arg_type. That
 * table, and those of outputs, -X raw forms and JSON kinds, are made from the
 * rows of arg_types.def; the formatters of other areas are in signal.c,
 * time.c, net.c... (declared in fmt.h). A formatter returns false when strace
 * prints nothing for the argument (open's mode without O_CREAT, fcntl's
 * argument for F_GETFL), so decode_args() can drop the separator too.
 * Formatters whose output depends on another argument look at the one just
 * before (open flags, fcntl command, mknod mode...), or two before for the
 * socket protocol (the domain).
 */
#include <stdio.h>

#include "decode.h"
#include "flags.h"
#include "iov.h"
#include "select.h"
#include "fmt.h"
#include "structs.h"

#define ERRNO_MAX 4095
#define S_IFMT_BITS 0170000
#define O_CREAT_BIT 0100
#define O_TMPFILE_BIT 020000000 /* __O_TMPFILE: open also takes a mode */
#define CSIGNAL_BITS 0xffull

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

/* Clone flags that make strace print more arguments at exit. */
#define CL_PIDFD 0x1000ull
#define CL_SETTLS 0x80000ull
#define CL_PARENT_SETTID 0x100000ull
#define CL_CHILD_CLEARTID 0x200000ull
#define CL_CHILD_SETTID 0x1000000ull
#define CL_EXIT_ARGS (CL_PIDFD | CL_SETTLS | CL_PARENT_SETTID | CL_CHILD_CLEARTID | CL_CHILD_SETTID)

bool sc_event_failed(const struct sc_event *ev)
{
	return !ev->has_ret || (ev->ret < 0 && ev->ret >= -ERRNO_MAX);
}

static void print_signal(struct strbuf *out, int sig)
{
	const char *name = signal_name(sig);

	if (name)
		strbuf_adds(out, name);
	else
		strbuf_addf(out, "%d", sig);
}

/* A signal number under -X: 10, 10 / * SIGUSR1 * / (decimal, unlike other constants). */
void print_signal_x(struct strbuf *out, int sig, int xlat)
{
	struct strbuf name;
	char raw[16];

	strbuf_init(&name);
	print_signal(&name, sig);
	snprintf(raw, sizeof(raw), "%d", sig);
	print_xlat_text(out, xlat, raw, name.data);
	strbuf_free(&name);
}

static void print_octal_mode(struct strbuf *out, uint64_t mode)
{
	/* umode_t is 16 bits: strace prints 0177777 for 0xffffffff. */
	strbuf_addf(out, "%#03o", (unsigned)(mode & 0xffff));
}

/* The captured memory of an argument, or NULL when absent or unreadable. */
static const struct sct_blob *mem_blob(const struct sc_event *ev, unsigned i, unsigned min_len)
{
	const struct sct_blob *b = sc_event_blob(ev, i);

	if (!b || b->kind != SCT_BLOB_MEM || (b->flags & SCT_BLOB_FAULT) || b->len < min_len)
		return NULL;
	return b;
}

/* A string blob: full length for paths, -s for other strings. */
static void print_string_blob(struct strbuf *out, const struct sct_blob *b, bool limit,
			      const struct decode_opts *o)
{
	unsigned len = b->len;
	bool trunc = b->flags & SCT_BLOB_TRUNC;

	if (limit && len > o->str_max) {
		len = o->str_max;
		trunc = true;
	}
	format_quoted(out, sct_blob_data(b), len, trunc, o);
}

static bool print_string_arg(struct strbuf *out, const struct sc_event *ev, unsigned i,
			     bool limit, const struct decode_opts *o)
{
	const struct sct_blob *b = sc_event_blob(ev, i);

	if (!ev->args[i] || !b || b->kind != SCT_BLOB_STR || (b->flags & SCT_BLOB_FAULT)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	print_string_blob(out, b, limit, o);
	return true;
}

static bool fmt_hex(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	(void)o;
	strbuf_addf(out, "%#llx", (unsigned long long)ev->args[i]);
	return true;
}

static bool fmt_int(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	(void)o;
	strbuf_addf(out, "%d", (int)ev->args[i]);
	return true;
}

static bool fmt_uint(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	(void)o;
	strbuf_addf(out, "%u", (unsigned)ev->args[i]);
	return true;
}

static bool fmt_long(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	(void)o;
	strbuf_addf(out, "%lld", (long long)ev->args[i]);
	return true;
}

static bool fmt_ulong(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	(void)o;
	strbuf_addf(out, "%llu", (unsigned long long)ev->args[i]);
	return true;
}

static bool fmt_octal(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	(void)o;
	print_octal_mode(out, ev->args[i]);
	return true;
}

static bool fmt_ptr(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	(void)o;
	fmt_addr(out, ev->args[i]);
	return true;
}

/* -y: 3</etc/hostname>, AT_FDCWD</cwd>; the path escaped as strace does. */
void decode_fd_suffix(struct strbuf *out, int fd, const struct decode_opts *o)
{
	static const char deleted[] = " (deleted)";
	const char *d = o && o->decode_fds && o->fd_path ?
				o->fd_path(o->fd_ctx, o->fd_tgid, fd, o->decode_fds) : NULL;
	size_t n, dl = sizeof(deleted) - 1;
	bool del;

	if (!d)
		return;
	n = strlen(d);
	del = n > dl && !strcmp(d + n - dl, deleted);
	strbuf_addc(out, '<');
	/* Paths are escaped ('<' and '>' too); "pipe:[1]", "UNIX-STREAM:[1->2]" print as they are. */
	if (d[0] == '/' || !strstr(d, ":["))
		format_fd_path(out, d, (unsigned)(del ? n - dl : n), o);
	else
		strbuf_adds(out, d);
	strbuf_adds(out, del ? ">(deleted)" : ">");
}

static bool fmt_fd(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	strbuf_addf(out, "%d", (int)ev->args[i]);
	decode_fd_suffix(out, (int)ev->args[i], o);
	return true;
}

static bool fmt_dirfd(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	if ((int)ev->args[i] == -100) {
		/* -X raw: -100</cwd>; -X verbose: -100 / * AT_FDCWD * /</cwd>. */
		print_xlat_text(out, o->xlat, "-100", "AT_FDCWD");
		decode_fd_suffix(out, -100, o);
		return true;
	}
	return fmt_fd(out, ev, i, o);
}

static bool fmt_path(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	return print_string_arg(out, ev, i, false, o);
}

static bool fmt_str(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	return print_string_arg(out, ev, i, true, o);
}

/* A data buffer of full bytes whose first bytes were captured: "data"... after -s. */
static bool print_buffer(struct strbuf *out, const struct sc_event *ev, unsigned i, uint64_t full,
			 const struct decode_opts *o)
{
	const struct sct_blob *b = sc_event_blob(ev, i);
	unsigned len;

	if (!ev->args[i] || !b || b->kind != SCT_BLOB_MEM || (b->flags & SCT_BLOB_FAULT)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	len = b->len < o->str_max ? b->len : o->str_max;
	format_quoted(out, sct_blob_data(b), len, full > len, o);
	return true;
}

static bool fmt_buf_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct decode_opts *o)
{
	return print_buffer(out, ev, i, i + 1 < SCT_MAX_ARGS ? ev->args[i + 1] : 0, o);
}

static bool fmt_buf_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
			const struct decode_opts *o)
{
	if (sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	return print_buffer(out, ev, i, (uint64_t)ev->ret, o);
}

static bool fmt_path_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
			 const struct decode_opts *o)
{
	if (sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	return print_string_arg(out, ev, i, false, o);
}

static bool fmt_stat_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
			 const struct decode_opts *o)
{
	const struct sct_blob *b = sc_event_blob(ev, i);

	if (sc_event_failed(ev) || !b || b->kind != SCT_BLOB_MEM || !print_struct_stat(out, b, o->xlat))
		fmt_addr(out, ev->args[i]);
	return true;
}

/* strace 6.1 on x86_64 names ~0 RLIM64_INFINITY for getrlimit and setrlimit too. */
static bool print_rlimit_arg(struct strbuf *out, const struct sc_event *ev, unsigned i, int xlat)
{
	const struct sct_blob *b = sc_event_blob(ev, i);

	if (!b || b->kind != SCT_BLOB_MEM || !print_struct_rlimit(out, b, xlat))
		fmt_addr(out, ev->args[i]);
	return true;
}

static bool fmt_rlimit_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
			  const struct decode_opts *o)
{
	return print_rlimit_arg(out, ev, i, o->xlat);
}

static bool fmt_rlimit_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
			   const struct decode_opts *o)
{
	if (sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	return print_rlimit_arg(out, ev, i, o->xlat);
}

/* argv: at most -s elements, each obeying -s, then "..." if there were more. */
static bool fmt_argv(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	unsigned shown = 0, total = 0;
	bool counted = false;

	if (!ev->args[i]) {
		strbuf_adds(out, "NULL");
		return true;
	}
	for (unsigned k = 0; k < ev->nblobs; k++) {
		const struct sct_blob *b = ev->blobs[k];

		if (b->arg != i)
			continue;
		if (b->flags & SCT_BLOB_FAULT) {
			/* The array itself is unreadable: strace prints its address. */
			if (!shown && !counted) {
				fmt_addr(out, ev->args[i]);
				return true;
			}
			continue;
		}
		if (b->kind == SCT_BLOB_COUNT) {
			total = b->aux;
			counted = true;
			continue;
		}
		if (b->kind != SCT_BLOB_STR || shown >= o->str_max)
			continue;
		strbuf_adds(out, shown ? ", " : "[");
		print_string_blob(out, b, true, o);
		shown++;
	}
	if (!shown && !counted) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	if (total > shown)
		strbuf_adds(out, shown ? ", ..." : "[...");
	else if (!shown)
		strbuf_addc(out, '[');
	strbuf_addc(out, ']');
	return true;
}

static bool fmt_envp(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	const struct sct_blob *b = sc_event_blob(ev, i);

	(void)o;
	fmt_addr(out, ev->args[i]);
	if (!ev->args[i] || !b || b->kind != SCT_BLOB_COUNT || (b->flags & SCT_BLOB_FAULT))
		return true;
	strbuf_addf(out, " /* %u var%s */", b->aux, b->aux == 1 ? "" : "s");
	return true;
}

/* O_RDONLY|O_CLOEXEC: the access mode is a value, the rest are bits. */
static void print_open_flags(struct strbuf *out, uint32_t flags)
{
	strbuf_adds(out, flag_lookup(&open_accmode_names, flags & 3));
	print_flag_bits(out, &open_flag_names, flags & ~3u, true);
}

static void print_open_flags_x(struct strbuf *out, uint32_t flags, int xlat)
{
	struct strbuf names;
	char raw[16];

	strbuf_init(&names);
	print_open_flags(&names, flags);
	snprintf(raw, sizeof(raw), "%#x", flags);
	print_xlat_text(out, xlat, raw, names.data);
	strbuf_free(&names);
}

static bool fmt_open_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
			   const struct decode_opts *o)
{
	(void)o;
	print_open_flags(out, (uint32_t)ev->args[i]);
	return true;
}

static bool fmt_open_mode(struct strbuf *out, const struct sc_event *ev, unsigned i,
			  const struct decode_opts *o)
{
	(void)o;
	if (!i || !(ev->args[i - 1] & (O_CREAT_BIT | O_TMPFILE_BIT)))
		return false;
	print_octal_mode(out, ev->args[i]);
	return true;
}

static bool print_table_flags(struct strbuf *out, const struct flag_table *t, uint64_t v)
{
	print_flags(out, t, v);
	return true;
}

static bool print_table_enum(struct strbuf *out, const struct flag_table *t, uint64_t v)
{
	print_enum(out, t, v);
	return true;
}

#define FLAGS_FMT(fn, table, type)                                                         \
	static bool fn(struct strbuf *out, const struct sc_event *ev, unsigned i,           \
		       const struct decode_opts *o)                                         \
	{                                                                                   \
		(void)o;                                                                    \
		return print_table_flags(out, &table, (type)ev->args[i]);                  \
	}
#define ENUM_FMT(fn, table, type)                                                          \
	static bool fn(struct strbuf *out, const struct sc_event *ev, unsigned i,           \
		       const struct decode_opts *o)                                         \
	{                                                                                   \
		(void)o;                                                                    \
		return print_table_enum(out, &table, (type)ev->args[i]);                   \
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

#define MS_MGC_VAL 0xc0ed0000u
#define MS_MGC_MSK 0xffff0000u

/* mount's flags: MS_MGC_VAL|MS_RDONLY when the old magic is in the high bits. */
static bool fmt_mount_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
			    const struct decode_opts *o)
{
	uint64_t v = ev->args[i];

	if (o->xlat == XLAT_RAW || (v & MS_MGC_MSK) != MS_MGC_VAL) {
		print_flags_x(out, &mount_flag_names, v, o->xlat);
		return true;
	}
	strbuf_adds(out, "MS_MGC_VAL");
	if (v & ~MS_MGC_MSK) {
		strbuf_addc(out, '|');
		print_flags_x(out, &mount_flag_names, v & ~MS_MGC_MSK, o->xlat);
	}
	return true;
}
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
FLAGS_FMT(fmt_grnd_flags, grnd_flag_names, uint32_t)
FLAGS_FMT(fmt_tfd_create_flags, tfd_create_flag_names, uint32_t)
FLAGS_FMT(fmt_tfd_settime_flags, tfd_settime_flag_names, uint32_t)
FLAGS_FMT(fmt_timer_flags, timer_flag_names, uint32_t)
FLAGS_FMT(fmt_msg_flags, msg_flag_names, uint32_t)
FLAGS_FMT(fmt_accept_flags, sock_type_flag_names, uint32_t)
ENUM_FMT(fmt_epoll_ctl_op, epoll_ctl_names, uint32_t)
ENUM_FMT(fmt_itimer_which, itimer_names, uint32_t)
ENUM_FMT(fmt_rusage_who, rusage_who_names, uint32_t)
ENUM_FMT(fmt_sched_policy, sched_policy_names, uint32_t)

/*
 * MFD_HUGETLB|21<<MFD_HUGE_SHIFT. Under -X verbose strace 6.1 always adds the
 * comment, even to a comment of its own: 0x8 / * 0x8 / * MFD_??? * / * /.
 */
static bool fmt_memfd_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
			    const struct decode_opts *o)
{
	uint32_t v = (uint32_t)ev->args[i], huge = (v >> 26) & 0x3f, rest = v & ~(0x3fu << 26);
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

/* getrandom: the bytes in hex, whatever -x says. */
static bool fmt_buf_out_hex(struct strbuf *out, const struct sc_event *ev, unsigned i,
			    const struct decode_opts *o)
{
	struct decode_opts hex = *o;

	hex.xstrings = 2;
	return fmt_buf_out(out, ev, i, &hex);
}

/* Type (MAP_SHARED...), then flag bits, then the huge page size as N<<MAP_HUGE_SHIFT. */
static bool fmt_mmap_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
			   const struct decode_opts *o)
{
	uint64_t flags = ev->args[i];
	uint64_t huge = (flags >> 26) & 0x3f;
	const char *type = flag_lookup(&mmap_type_names, flags & 0xf);

	(void)o;
	flags &= ~(0x3full << 26);
	if (type)
		strbuf_adds(out, type);
	else
		strbuf_addf(out, "%#llx /* MAP_??? */", (unsigned long long)(flags & 0xf));
	print_flag_bits(out, &mmap_flag_names, flags & ~0xfull, true);
	if (huge)
		strbuf_addf(out, "|%llu<<MAP_HUGE_SHIFT", (unsigned long long)huge);
	return true;
}

/* CLONE_VM|...|SIGCHLD; under -X two numbers, the flags in hex and the signal in decimal: 0x1200000|17. */
static void print_clone_flags(struct strbuf *out, uint64_t v, int xlat)
{
	uint64_t flags = v & ~CSIGNAL_BITS;
	int sig = (int)(v & CSIGNAL_BITS);

	if (!flags && !sig) {
		strbuf_addc(out, '0');
		return;
	}
	if (flags)
		print_flags_x(out, &clone_flag_names, flags, xlat);
	if (!sig)
		return;
	if (flags)
		strbuf_addc(out, '|');
	print_signal_x(out, sig, xlat);
}

static bool fmt_clone_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
			    const struct decode_opts *o)
{
	(void)o;
	print_clone_flags(out, ev->args[i], XLAT_ABBREV);
	return true;
}

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

static bool fmt_fcntl_arg(struct strbuf *out, const struct sc_event *ev, unsigned i,
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

/*
 * SOCK_STREAM|SOCK_CLOEXEC; an unknown type joins the unknown bits. Under -X
 * the type and the flags are two numbers: 0x1|0x80000, and with verbose
 * 0x1 / * SOCK_STREAM * /|0x80000 / * SOCK_CLOEXEC * /.
 */
static bool fmt_sock_type(struct strbuf *out, const struct sc_event *ev, unsigned i,
			  const struct decode_opts *o)
{
	uint32_t v = (uint32_t)ev->args[i];
	const char *type = flag_lookup(&sock_type_names, v & 0xf);

	if (!type)
		print_flags_x(out, &sock_type_flag_names, v, o->xlat);
	else if (o->xlat != XLAT_ABBREV) {
		print_enum_x(out, &sock_type_names, v & 0xf, o->xlat);
		if (v & ~0xfu) {
			strbuf_addc(out, '|');
			print_flags_x(out, &sock_type_flag_names, v & ~0xfu, o->xlat);
		}
	} else {
		strbuf_adds(out, type);
		print_flag_bits(out, &sock_type_flag_names, v & ~0xfu, true);
		if (v & ~0xfu & ~flag_known_bits(&sock_type_flag_names))
			strbuf_adds(out, " /* SOCK_??? */");
	}
	return true;
}

/* The protocol by domain (two arguments before); named ones print in hex under -X. */
static bool fmt_sock_proto(struct strbuf *out, const struct sc_event *ev, unsigned i,
			   const struct decode_opts *o)
{
	uint32_t proto = (uint32_t)ev->args[i];

	switch (i >= 2 ? (uint32_t)ev->args[i - 2] : ~0u) {
	case 2: /* AF_INET */
	case 10: /* AF_INET6 */
		print_enum_x(out, &ipproto_names, proto, o->xlat);
		return true;
	case 16: /* AF_NETLINK */
		print_enum_x(out, &netlink_proto_names, proto, o->xlat);
		return true;
	case 17: /* AF_PACKET: a big-endian ethertype */
		strbuf_adds(out, "htons(");
		print_enum_x(out, &ethertype_names, __builtin_bswap16((uint16_t)proto), o->xlat);
		strbuf_addc(out, ')');
		return true;
	default:
		strbuf_addf(out, "%u", proto);
		return true;
	}
}

static bool fmt_signal(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct decode_opts *o)
{
	(void)o;
	print_signal(out, (int)ev->args[i]);
	return true;
}

static bool fmt_pipe_fds(struct strbuf *out, const struct sc_event *ev, unsigned i,
			 const struct decode_opts *o)
{
	const struct sct_blob *b = mem_blob(ev, i, 8);
	int fd0, fd1;

	if (!b || sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	fd0 = load_s32(sct_blob_data(b), 0);
	fd1 = load_s32(sct_blob_data(b), 4);
	strbuf_addf(out, "[%d", fd0);
	decode_fd_suffix(out, fd0, o);
	strbuf_addf(out, ", %d", fd1);
	decode_fd_suffix(out, fd1, o);
	strbuf_addc(out, ']');
	return true;
}

/* [{WIFEXITED(s) && WEXITSTATUS(s) == 0}] and the other shapes of a wait status. */
static void print_wait_status(struct strbuf *out, uint32_t s)
{
	unsigned low = s & 0x7f;

	if ((s & 0xff) == 0x7f) {
		unsigned sig = (s >> 8) & 0xff;

		strbuf_adds(out, "[{WIFSTOPPED(s) && WSTOPSIG(s) == ");
		print_signal(out, (int)(sig & 0x7f));
		strbuf_adds(out, sig & 0x80 ? " | 0x80}" : "}");
		s &= ~0xffffu;
	} else if (low && low != 0x7f) {
		strbuf_adds(out, "[{WIFSIGNALED(s) && WTERMSIG(s) == ");
		print_signal(out, (int)low);
		strbuf_adds(out, s & 0x80 ? " && WCOREDUMP(s)}" : "}");
		s &= ~0xffu;
	} else if (!low) {
		strbuf_addf(out, "[{WIFEXITED(s) && WEXITSTATUS(s) == %u}", (s >> 8) & 0xff);
		s &= ~0xffffu;
	} else if (s == 0xffff) {
		strbuf_adds(out, "[{WIFCONTINUED(s)}");
		s = 0;
	} else {
		strbuf_addf(out, "[%#x]", s);
		return;
	}
	if (s >> 16) {
		strbuf_adds(out, " | ");
		print_enum(out, &ptrace_event_names, s >> 16);
		strbuf_adds(out, " << 16");
		s &= 0xffff;
	}
	if (s)
		strbuf_addf(out, " | %#x", s);
	strbuf_addc(out, ']');
}

static bool fmt_wait_status(struct strbuf *out, const struct sc_event *ev, unsigned i,
			    const struct decode_opts *o)
{
	const struct sct_blob *b = mem_blob(ev, i, 4);

	(void)o;
	/* Nothing is written when wait4 fails or WNOHANG finds no child. */
	if (!b || sc_event_failed(ev) || ev->ret == 0) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	print_wait_status(out, load_u32(sct_blob_data(b), 0));
	return true;
}

static bool fmt_out_int(struct strbuf *out, const struct sc_event *ev, unsigned i,
			const struct decode_opts *o)
{
	const struct sct_blob *b = mem_blob(ev, i, 4);

	(void)o;
	if (!b || sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	strbuf_addf(out, "[%d]", load_s32(sct_blob_data(b), 0));
	return true;
}

/* S_IFCHR|0600; a mode without a file type is plain octal. */
static bool fmt_mknod_mode(struct strbuf *out, const struct sc_event *ev, unsigned i,
			   const struct decode_opts *o)
{
	uint32_t mode = (uint32_t)ev->args[i];
	const char *type = flag_lookup(&file_type_names, mode & S_IFMT_BITS);

	(void)o;
	if (!type || !(mode & S_IFMT_BITS)) {
		print_octal_mode(out, mode);
		return true;
	}
	strbuf_addf(out, "%s|%#03o", type, mode & ~S_IFMT_BITS);
	return true;
}

static bool fmt_mknod_dev(struct strbuf *out, const struct sc_event *ev, unsigned i,
			  const struct decode_opts *o)
{
	uint32_t type = i ? (uint32_t)ev->args[i - 1] & S_IFMT_BITS : 0;
	/* mknod's dev is 32 bits: the kernel's new_decode_dev() layout. */
	uint32_t dev = (uint32_t)ev->args[i];
	unsigned major = (dev >> 8) & 0xfff;
	unsigned minor = (dev & 0xff) | ((dev >> 12) & 0xfff00);

	(void)o;
	if (type != 0020000 && type != 0060000)
		return false;
	strbuf_addf(out, "makedev(%#x, %#x)", major, minor);
	return true;
}

static bool fmt_mremap_addr(struct strbuf *out, const struct sc_event *ev, unsigned i,
			    const struct decode_opts *o)
{
	(void)o;
	if (!i || (ev->args[i - 1] & 3) != 3)
		return false;
	fmt_addr(out, ev->args[i]);
	return true;
}

static bool fmt_arch_prctl_arg(struct strbuf *out, const struct sc_event *ev, unsigned i,
			       const struct decode_opts *o)
{
	const struct sct_blob *b;

	(void)o;
	switch (i ? (uint32_t)ev->args[i - 1] : 0) {
	case 0x1011: /* ARCH_GET_CPUID */
		return false;
	case 0x1012: /* ARCH_SET_CPUID */
		strbuf_addf(out, "%d", (int)ev->args[i]);
		return true;
	case 0x1003: /* ARCH_GET_FS */
	case 0x1004: /* ARCH_GET_GS */
		b = mem_blob(ev, i, 8);
		if (!b || sc_event_failed(ev)) {
			fmt_addr(out, ev->args[i]);
			return true;
		}
		strbuf_addf(out, "[%#llx]", (unsigned long long)load_u64(sct_blob_data(b), 0));
		return true;
	default:
		return fmt_hex(out, ev, i, o);
	}
}

/* The per-type tables of printing, from the rows of arg_types.def. */
static arg_fmt_fn *const formatters[AT_COUNT] = {
#define ARG_TYPE(NAME, name, formatter, when, raw, json, capture) [AT_##NAME] = formatter,
#include "arg_types.def"
};

#define PRINTED_AT_ENTRY false
#define PRINTED_AT_EXIT true
static const bool output_types[AT_COUNT] = {
#define ARG_TYPE(NAME, name, formatter, when, raw, json, capture) [AT_##NAME] = PRINTED_AT_##when,
#include "arg_types.def"
};
#undef PRINTED_AT_ENTRY
#undef PRINTED_AT_EXIT

static const enum raw_style raw_styles[AT_COUNT] = {
#define ARG_TYPE(NAME, name, formatter, when, raw, json, capture) [AT_##NAME] = raw,
#include "arg_types.def"
};

static const enum json_kind json_kinds[AT_COUNT] = {
#define ARG_TYPE(NAME, name, formatter, when, raw, json, capture) [AT_##NAME] = json,
#include "arg_types.def"
};

bool arg_type_is_output(enum arg_type t)
{
	return (unsigned)t < AT_COUNT && output_types[t];
}

bool arg_type_has_formatter(enum arg_type t)
{
	return (unsigned)t < AT_COUNT && formatters[t];
}

enum raw_style arg_type_raw_style(enum arg_type t)
{
	return (unsigned)t < AT_COUNT ? raw_styles[t] : RAW_DEFAULT;
}

enum json_kind arg_type_json_kind(enum arg_type t)
{
	return (unsigned)t < AT_COUNT ? json_kinds[t] : JK_TEXT;
}

static void print_raw(struct strbuf *out, uint64_t v, enum raw_style style)
{
	if (style == RAW_DEC)
		strbuf_addf(out, "%d", (int)v);
	else if (style == RAW_HEX64)
		strbuf_addf(out, "%#llx", (unsigned long long)v);
	else
		strbuf_addf(out, "%#x", (unsigned)v);
}

/* The number, and with -X verbose the names as a comment: 0x80000 / * O_RDONLY|O_CLOEXEC * / */
static bool print_xlat(struct strbuf *out, const struct sc_event *ev, unsigned idx,
		       const struct decode_opts *opts, arg_fmt_fn *fn, enum raw_style style)
{
	struct decode_opts abbrev = *opts;
	struct strbuf names, raw;
	bool shown;

	abbrev.xlat = XLAT_ABBREV;
	strbuf_init(&names);
	strbuf_init(&raw);
	shown = fn(&names, ev, idx, &abbrev);
	print_raw(&raw, ev->args[idx], style);
	if (shown)
		print_xlat_text(out, opts->xlat, raw.data, names.data ? names.data : "");
	strbuf_free(&names);
	strbuf_free(&raw);
	return shown;
}

bool decode_arg(struct strbuf *out, const struct sc_event *ev, unsigned idx,
		const struct decode_opts *opts)
{
	unsigned t = ev->desc && idx < SCT_MAX_ARGS ? ev->desc->arg[idx] : AT_HEX;
	arg_fmt_fn *fn = t < AT_COUNT ? formatters[t] : NULL;

	if (idx >= SCT_MAX_ARGS)
		return false;
	if (fn && opts->xlat != XLAT_ABBREV && t < AT_COUNT && raw_styles[t] != RAW_DEFAULT)
		return print_xlat(out, ev, idx, opts, fn, raw_styles[t]);
	return (fn ? fn : fmt_hex)(out, ev, idx, opts);
}

/* clone(child_stack=, flags=[, parent_tid=][, tls=][, child_tidptr=]) on x86_64:
 * args are flags, stack, parent_tid, child_tid, tls. */
bool decode_clone_has_output(const struct sc_event *ev)
{
	return ev->args[0] & CL_EXIT_ARGS;
}

void decode_clone_args(struct strbuf *out, const struct sc_event *ev, enum decode_part part,
		       const struct decode_opts *opts)
{
	uint64_t flags = ev->args[0];
	const struct sct_blob *b;

	if (part != DECODE_EXIT) {
		strbuf_adds(out, "child_stack=");
		fmt_addr(out, ev->args[1]);
		strbuf_adds(out, ", flags=");
		print_clone_flags(out, flags, opts->xlat);
	}
	if (part == DECODE_ENTRY)
		return;
	if (flags & (CL_PARENT_SETTID | CL_PIDFD)) {
		strbuf_adds(out, flags & CL_PARENT_SETTID ? ", parent_tid=" : ", pidfd=");
		/* strace reads it back even after a failure; unreadable prints the address. */
		b = mem_blob(ev, 2, 4);
		if (b && ev->has_ret)
			strbuf_addf(out, flags & CL_PARENT_SETTID ? "[%u]" : "[%d]",
				    load_u32(sct_blob_data(b), 0));
		else
			fmt_addr(out, ev->args[2]);
	}
	if (flags & CL_SETTLS) {
		strbuf_adds(out, ", tls=");
		fmt_addr(out, ev->args[4]);
	}
	if (flags & (CL_CHILD_SETTID | CL_CHILD_CLEARTID)) {
		strbuf_adds(out, ", child_tidptr=");
		fmt_addr(out, ev->args[3]);
	}
}
