/* SPDX-License-Identifier: MIT */
/*
 * Turning a captured syscall into strace's text: the arguments (all of them,
 * or the part before / after the first output argument when another task's
 * line interrupts the call) and the return value. Pure functions of the
 * event and the options, so live tracing and replay print the same bytes.
 */
#ifndef SCT_DECODE_DECODE_H
#define SCT_DECODE_DECODE_H

#include <stdbool.h>
#include <stdint.h>

#include "../shared/record.h"
#include "../util/strbuf.h"
#include "syscall_table.h"

#define SC_EVENT_MAX_BLOBS 256

/* One syscall as the decoder sees it: entry and exit merged. */
struct sc_event {
	unsigned nr;
	const struct syscall_desc *desc; /* NULL: unknown number */
	uint64_t args[SCT_MAX_ARGS];
	int64_t ret;
	bool has_ret; /* false while the call is unfinished */
	bool noreturn; /* exit/exit_group: "= ?" */
	bool injected; /* -e inject=/fault= answered it: " (INJECTED)" */
	bool poked; /* -e inject=...:poke_*= wrote its memory: " (INJECTED: args)" */
	bool delayed; /* -e inject=...:delay_*= held it: " (DELAYED)" */
	bool inject_retval; /* injected with retval=: never an error, as strace's */
	unsigned nblobs;
	const struct sct_blob *blobs[SC_EVENT_MAX_BLOBS]; /* in capture order */
};

/* What a pid argument or result names (strace's pid types), for -Y and --pidns-translation. */
enum pid_kind {
	PID_KIND_TID, /* a thread */
	PID_KIND_TGID, /* a process */
	PID_KIND_PGID, /* a process group */
	PID_KIND_SID, /* a session */
};

/* decode_opts.decode_pids */
enum decode_pids_bit {
	DECODE_PIDS_NS = 1 << 0, /* --pidns-translation: "1 / * 4242 in strace's PID NS * /" */
	DECODE_PIDS_COMM = 1 << 1, /* -Y: "4242<sh>" */
};

/* decode_opts.xstrings: how strings show bytes (-x, -xx, --strings-in-hex=) */
enum xstrings_mode {
	XSTR_NONE = 0, /* escapes in octal */
	XSTR_NON_ASCII = 1, /* -x: a string with a non-printable byte wholly in \xNN */
	XSTR_ALL = 2, /* -xx: every string wholly in \xNN */
	XSTR_HEX_ESCAPES = 3, /* non-ascii-chars: escapes in hex instead of octal */
};

/* decode_opts.decode_fds: what follows a descriptor (the sets of -e decode-fds=) */
enum decode_fds_bit {
	DECODE_FDS_PATH = 1 << 0, /* 3</etc/hostname>, 4<socket:[123]> */
	DECODE_FDS_SOCKET = 1 << 1, /* 4<TCP:[127.0.0.1:80->127.0.0.1:5000]> */
	DECODE_FDS_DEV = 1 << 2, /* 3</dev/null<char 1:3>> */
	DECODE_FDS_PIDFD = 1 << 3, /* 3<pid:1234> */
	/*
	 * Not a form but a question: non-NULL when the descriptor's file was
	 * deleted, its description ending in the kernel's " (deleted)" (a file
	 * may also be named so: strace then prints the whole name).
	 */
	DECODE_FDS_DELETED = 1 << 4,
};

struct decode_opts {
	unsigned str_max; /* -s: bytes of a string printed before "..." (default 32) */
	int xstrings; /* enum xstrings_mode */
	bool verbose; /* -v, -e abbrev=: structures in full (rusage; utsname when captured whole) */
	bool raw; /* -e raw=: every argument and the return value as a number, in hex */
	/* -e verbose= leaves the call out: its structures and arrays print as their address */
	bool nonverbose;
	int xlat; /* enum decode_xlat: -X abbrev (default), raw, verbose */
	/*
	 * -y, -yy, -e decode-fds= (enum decode_fds_bit): descriptors print as
	 * 3</etc/hostname>. fd_path gives what to print for fd (AT_FDCWD: the
	 * working directory) in process fd_tgid, or NULL; the sink sets fd_tgid
	 * before decoding each event (see fdtable.h). No hook: plain numbers.
	 */
	unsigned decode_fds;
	const char *(*fd_path)(void *ctx, uint32_t tgid, int fd, unsigned what);
	void *fd_ctx;
	uint32_t fd_tgid;
	/*
	 * -Y / --pidns-translation (enum decode_pids_bit). pid_info gives the
	 * pid in sctrace's namespace of pid as process tgid sees it (tgid 0:
	 * pid is in sctrace's namespace already), or 0 when unknown, and fills
	 * comm (SCT_COMM_LEN bytes, "" when unknown) unless it is NULL. Only
	 * live tracing can answer (it reads /proc); NULL: plain numbers.
	 */
	unsigned decode_pids;
	int (*pid_info)(void *ctx, uint32_t tgid, int pid, enum pid_kind kind, char *comm);
	void *pid_ctx;
	/*
	 * The name of network interface index (name: IF_NAMESIZE bytes), false
	 * when none: strace's if_nametoindex("lo"). Only live tracing can answer;
	 * NULL: plain numbers.
	 */
	bool (*if_name)(unsigned index, char *name);
};

/* -X: how named constants print. */
enum decode_xlat {
	XLAT_ABBREV = 0, /* O_RDONLY|O_CLOEXEC */
	XLAT_RAW = 1, /* 0x80000 */
	XLAT_VERBOSE = 2, /* 0x80000 / * O_RDONLY|O_CLOEXEC * / */
};

enum decode_part {
	DECODE_ALL, /* every argument */
	DECODE_ENTRY, /* the arguments before the first output argument */
	DECODE_EXIT, /* the rest, after "<... name resumed>" */
};

static inline const char *sct_blob_data(const struct sct_blob *b)
{
	return (const char *)(b + 1);
}

/* Bytes a blob occupies in a record: header and data padded to 8. */
static inline unsigned sct_blob_span(const struct sct_blob *b)
{
	return (unsigned)sizeof(*b) + ((b->len + 7u) & ~7u);
}

/* The first blob captured for argument arg, or NULL. */
const struct sct_blob *sc_event_blob(const struct sc_event *ev, unsigned arg);

/* The syscall's printable name: "openat", or "syscall_0x1c2" when unknown. */
void decode_name(struct strbuf *out, const struct sc_event *ev);
/* decode_name of call number nr into buf (size bytes, cut short when it is smaller). */
void decode_name_copy(unsigned nr, char *buf, size_t size);
/*
 * The arguments, without the parentheses. The parts concatenate:
 * ALL == ENTRY followed by EXIT, byte for byte. The caller prints
 *   whole call:  name "(" ALL ")" pad "= " ret
 *   unfinished:  name "(" ENTRY " <unfinished ...>"
 *   resumed:     "<... " name " resumed>" EXIT ")" pad "= " ret
 * ENTRY ends with ", " when it is non-empty and output arguments follow
 * ("read(3, " + " <unfinished ...>" gives strace's two spaces); it is ""
 * when the first argument is an output (pipe2). EXIT is "" for calls with no
 * output argument. clone is the exception to the trailing ", ": its ENTRY is
 * "child_stack=..., flags=..." and its EXIT starts with ", " (", child_tidptr=...")
 * or is "" (see decode_clone_args).
 */
void decode_args(struct strbuf *out, const struct sc_event *ev, enum decode_part part,
		 const struct decode_opts *opts);
/* Whether the call has output arguments: DECODE_ENTRY then stops before them. */
bool decode_has_output_args(const struct sc_event *ev);

/*
 * One argument (args.c), by the type the descriptor gives it. Returns false
 * when the argument is not printed at all (open's mode without O_CREAT,
 * fcntl's argument for F_GETFL...); the caller then also drops its ", ".
 */
bool decode_arg(struct strbuf *out, const struct sc_event *ev, unsigned idx,
		const struct decode_opts *opts);
/* clone's named, reordered arguments (SP_CLONE, process.c); parts as for decode_args. */
void decode_clone_args(struct strbuf *out, const struct sc_event *ev, enum decode_part part,
		       const struct decode_opts *opts);
/* Whether clone prints anything at exit (parent_tid, tls, child_tidptr). */
bool decode_clone_has_output(const struct sc_event *ev);
/* Whether the call failed (or has not returned): outputs then print as addresses. */
bool sc_event_failed(const struct sc_event *ev);
/* "0", "-1 ENOENT (No such file or directory)", "?", "0x7f12..." */
void decode_ret(struct strbuf *out, const struct sc_event *ev, const struct decode_opts *opts);

/*
 * Formatting helpers shared by the argument formatters and the text output.
 */
/* A quoted C string as strace prints it; trunc appends "..." after the quote. */
void format_quoted(struct strbuf *out, const char *s, unsigned len, bool trunc,
		   const struct decode_opts *opts);
/* A path inside -y's <...>: as format_quoted without the quotes, '<' and '>' escaped too. */
void format_fd_path(struct strbuf *out, const char *s, unsigned len,
		    const struct decode_opts *opts);
/* -y: "<desc>" after a descriptor when its description is known (nothing otherwise). */
void decode_fd_suffix(struct strbuf *out, int fd, const struct decode_opts *opts);
/* A descriptor: its number, then (not for a negative one) the -y suffix. */
void decode_fd(struct strbuf *out, int fd, const struct decode_opts *opts);
/*
 * A pid of the decoded task (opts->fd_tgid) as strace prints it: the number,
 * then with -Y "<comm>" (threads and processes), with --pidns-translation
 * " / * N in strace's PID NS * /" when the number differs in sctrace's namespace.
 */
void decode_pid(struct strbuf *out, int pid, enum pid_kind kind, const struct decode_opts *opts);
/* -Y's "<comm>" of a task of sctrace's namespace (the line prefix): nothing when unknown. */
void decode_pid_comm(struct strbuf *out, uint32_t tid, const struct decode_opts *opts);
/* The name of an errno value ("ENOENT"), or NULL. */
const char *errno_name(int err);
/* strace's message for an errno value, including the kernel's restart codes. */
const char *errno_message(int err);
/* strace's {si_signo=..., si_code=..., ...} of a kernel siginfo (SCT_SIGINFO_SIZE bytes). */
void decode_siginfo(struct strbuf *out, int sig, const uint8_t *info, int xlat);
/*
 * The same with o's -y (si_fd's path) and -Y/--pidns-translation (si_pid), both
 * in the process o->fd_tgid: the calling one for an argument, the receiving one
 * for a signal line
 */
void decode_siginfo_opts(struct strbuf *out, int sig, const uint8_t *info,
			 const struct decode_opts *o);
/* "SIGTERM", "SIGRT_3"; NULL for numbers that are no signal. */
const char *signal_name(int sig);

#endif
