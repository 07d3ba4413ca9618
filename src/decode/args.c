// SPDX-License-Identifier: MIT
/*
 * decode_arg(): one formatter per argument type, in a table indexed by enum
 * arg_type. That table, and those of outputs, -X raw forms and JSON kinds,
 * are made from the rows of arg_types.def. The formatters of the generic
 * types are here (numbers, pointers, descriptors: -y's <path> suffix, pipe's
 * pair, an int written back); those of each area are in its own file,
 * declared in fmt.h: strings.c (paths, strings, buffers, argv, envp),
 * flagargs.c (flags and enums), fcntl.c, process.c (clone, wait status),
 * signal.c, time.c, net.c, structs.c... A formatter returns false when strace
 * prints nothing for the argument (open's mode without O_CREAT, fcntl's
 * argument for F_GETFL), so decode_args() can drop the separator too.
 * Formatters whose output depends on another argument look at the one just
 * before (open flags, fcntl command, mknod mode...), or two before for the
 * socket protocol (the domain). Under -X raw / verbose, the types with a raw
 * style print the number, and for verbose the formatter's text as a comment.
 */
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "decode.h"
#include "flags.h"
#include "capture_plan.h"
#include "iov.h"
#include "mmsg.h"
#include "select.h"
#include "fmt.h"

#define ERRNO_MAX 4095

bool sc_event_failed(const struct sc_event *ev)
{
	return !ev->has_ret || (ev->ret < 0 && ev->ret >= -ERRNO_MAX && !ev->inject_retval);
}

void print_octal_mode(struct strbuf *out, uint64_t mode)
{
	/* umode_t is 16 bits: strace prints 0177777 for 0xffffffff. */
	strbuf_addf(out, "%#03o", (unsigned)(mode & 0xffff));
}

bool fmt_hex(struct strbuf *out, const struct sc_event *ev, unsigned i,
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

/* The length of d without a device's -yy tail "<char 1:3>" / "<block 8:0>". */
static size_t dev_tail(const char *d, size_t n)
{
	const char *lt = memrchr(d, '<', n);

	if (!lt || d[n - 1] != '>' || (strncmp(lt, "<char ", 6) && strncmp(lt, "<block ", 7)))
		return n;
	return (size_t)(lt - d);
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
	if (n >= PATH_MAX) /* the kernel cannot show it (/proc's links say ENAMETOOLONG): neither does strace */
		return;
	del = n > dl && !strcmp(d + n - dl, deleted) &&
	      o->fd_path(o->fd_ctx, o->fd_tgid, fd, DECODE_FDS_DELETED);
	strbuf_addc(out, '<');
	/* Paths are escaped ('<' and '>' too); "pipe:[1]", "UNIX-STREAM:[1->2]" print as they are. */
	if (d[0] == '/' || !strstr(d, ":[")) {
		size_t p = dev_tail(d, n);

		format_fd_path(out, d, (unsigned)(del ? n - dl : p), o);
		if (!del)
			strbuf_add(out, d + p, n - p);
	} else
		strbuf_adds(out, d);
	strbuf_adds(out, del ? ">(deleted)" : ">");
}

void decode_fd(struct strbuf *out, int fd, const struct decode_opts *o)
{
	strbuf_addf(out, "%d", fd);
	if (fd >= 0) /* -100 is AT_FDCWD only where a dirfd is expected */
		decode_fd_suffix(out, fd, o);
}

static bool fmt_fd(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	decode_fd(out, (int)ev->args[i], o);
	return true;
}

static bool fmt_dirfd(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	if ((int)ev->args[i] == AT_FDCWD) {
		/* -X raw: -100</cwd>; -X verbose: -100 / * AT_FDCWD * /</cwd>. */
		print_xlat_text(out, o->xlat, "-100", "AT_FDCWD");
		decode_fd_suffix(out, AT_FDCWD, o);
		return true;
	}
	return fmt_fd(out, ev, i, o);
}

static bool fmt_pipe_fds(struct strbuf *out, const struct sc_event *ev, unsigned i,
			 const struct decode_opts *o)
{
	const struct sct_blob *b = fmt_arg_mem(ev, i, 8);
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

static bool fmt_out_int(struct strbuf *out, const struct sc_event *ev, unsigned i,
			const struct decode_opts *o)
{
	const struct sct_blob *b = fmt_arg_mem(ev, i, 4);

	(void)o;
	if (!b || sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	strbuf_addf(out, "[%d]", load_s32(sct_blob_data(b), 0));
	return true;
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

/*
 * The captures a call outside -e verbose= does not show: memory read through
 * the argument as a structure or array (strings, paths, data buffers and
 * iovecs still print, as strace prints them whatever verbose says; ioctl's
 * argument is a number or a structure by request, its decoders decide).
 */
static const bool deref_kind[] = {
	[SCT_CAP_MEM_EXIT] = true,	 [SCT_CAP_MEM_ENTRY] = true,   [SCT_CAP_ARGV] = true,
	[SCT_CAP_ENVP] = true,		 [SCT_CAP_PTR_STRUCT] = true,  [SCT_CAP_DENTS_EXIT] = true,
	[SCT_CAP_MEM_PAGE] = true,	 [SCT_CAP_FPROG] = true,
	[SCT_CAP_MSGBUF] = true,	 [SCT_CAP_ARRAY_ENTRY] = true, [SCT_CAP_ARRAY_PREFIX] = true,
	[SCT_CAP_ARRAY] = true,		 [SCT_CAP_CLONE_ARGS] = true,  [SCT_CAP_SOCKOPT_ENTRY] = true,
	[SCT_CAP_SOCKOPT_EXIT] = true,	 [SCT_CAP_MMSG] = true,
	[SCT_CAP_BPF_ATTR] = true,
	[SCT_CAP_URING_REG] = true,	 [SCT_CAP_IOCBS] = true, /* uring: strace's tfetch_mem */
};

static bool shown_as_address(unsigned t, const struct decode_opts *opts)
{
	unsigned k = arg_type_capture((enum arg_type)t)->kind;

	/* ptrace's addr is mostly a number: ptrace.c says which of its requests deref it */
	if (t == AT_PTRACE_ADDR)
		return false;
	return opts->nonverbose && k < sizeof(deref_kind) && deref_kind[k];
}

bool decode_arg(struct strbuf *out, const struct sc_event *ev, unsigned idx,
		const struct decode_opts *opts)
{
	unsigned t = ev->desc && idx < SCT_MAX_ARGS ? ev->desc->arg[idx] : AT_HEX;
	arg_fmt_fn *fn = t < AT_COUNT ? formatters[t] : NULL;

	if (idx >= SCT_MAX_ARGS)
		return false;
	if (t < AT_COUNT && shown_as_address(t, opts)) {
		fmt_addr(out, ev->args[idx]);
		return true;
	}
	if (fn && opts->xlat != XLAT_ABBREV && t < AT_COUNT && raw_styles[t] != RAW_DEFAULT)
		return print_xlat(out, ev, idx, opts, fn, raw_styles[t]);
	return (fn ? fn : fmt_hex)(out, ev, idx, opts);
}
