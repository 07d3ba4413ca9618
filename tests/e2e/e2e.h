// SPDX-License-Identifier: MIT
// Helpers for the end-to-end tests: build the trace lines a test expects.
//
// A test makes its syscalls and, for each one, appends the line the tracer
// must print to an in-memory buffer. e2e_exit() appends the exit lines and
// writes the buffer to stdout with writev(2) (keep writev out of the traced
// set), then calls exit_group. No stdio output is used: printf's write(2)
// would otherwise show up in traces that include write.
#ifndef E2E_H
#define E2E_H

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

/* The -a column the test runs with (strace's default is 40). */
static int e2e_col = 40;
/* Nonzero under -f with -o FILE: every line starts with "%-5d " of e2e_pid. */
static int e2e_pfx;
/* The pid (tid) whose lines are being written. */
static int e2e_pid;
/* -s value the test runs with (strace's default is 32). */
static size_t e2e_strsize = 32;

static char e2e_out[1 << 20];
static size_t e2e_outlen;

/*
 * Nonzero: e2e_exit() writes the expected lines from a child process made
 * with a raw clone(flags=0) (no SIGCHLD), so the tracer, without -f, sees no
 * writev at all. For traced sets that include writev (%desc, negations).
 */
static int e2e_write_from_child;

/* Result of the last SC() call. */
static long e2e_r;
static int e2e_err;

/* Make a raw syscall and remember its result and errno. */
#define SC(...) (errno = 0, e2e_r = syscall(__VA_ARGS__), e2e_err = errno, e2e_r)

static void e2e_vappend(const char *fmt, va_list ap)
{
	int n = vsnprintf(e2e_out + e2e_outlen, sizeof(e2e_out) - e2e_outlen, fmt, ap);

	if (n < 0 || (size_t)n >= sizeof(e2e_out) - e2e_outlen)
		abort();
	e2e_outlen += n;
}

/* Append raw text to the expected output. */
static void __attribute__((format(printf, 1, 2))) out(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	e2e_vappend(fmt, ap);
	va_end(ap);
}

/* Text after the pid prefix on every line: "[ 110] " for -n (set before each line). */
static const char *e2e_lead = "";
/* -qq, --quiet=exit: no "+++ exited with N +++" line. */
static int e2e_quiet_exit;

static void e2e_prefix(void)
{
	if (e2e_pfx)
		out("%-5d ", e2e_pid);
	out("%s", e2e_lead);
}

/*
 * Append "CALL<pad> = RET\n". strace pads the call text (prefix included)
 * with spaces to column e2e_col - 1, then prints " = RET".
 */
static void __attribute__((format(printf, 2, 3))) line(const char *ret, const char *fmt, ...)
{
	size_t start = e2e_outlen;
	va_list ap;

	e2e_prefix();
	va_start(ap, fmt);
	e2e_vappend(fmt, ap);
	va_end(ap);
	while ((long)(e2e_outlen - start) < e2e_col - 1)
		out(" ");
	out(" = %s\n", ret);
}

/* Append a line without a return part ("+++ exited with 0 +++", "--- SIG..."). */
static void __attribute__((format(printf, 1, 2))) note(const char *fmt, ...)
{
	va_list ap;

	e2e_prefix();
	va_start(ap, fmt);
	e2e_vappend(fmt, ap);
	va_end(ap);
	out("\n");
}

/* A ring of static buffers so several formatted values fit in one line() call. */
static char *e2e_tmp(void)
{
	static char bufs[16][8192];
	static int i;

	return bufs[i++ % 16];
}

static const char *errname(int e)
{
	switch (e) {
#define E(x) case x: return #x
		E(EPERM); E(ENOENT); E(ESRCH); E(EINTR); E(EIO); E(ENXIO);
		E(E2BIG); E(ENOEXEC); E(EBADF); E(ECHILD); E(EAGAIN);
		E(ENOMEM); E(EACCES); E(EFAULT); E(EBUSY); E(EEXIST);
		E(EXDEV); E(ENODEV); E(ENOTDIR); E(EISDIR); E(EINVAL);
		E(ENFILE); E(EMFILE); E(ENOTTY); E(EFBIG); E(ENOSPC);
		E(ESPIPE); E(EROFS); E(EMLINK); E(EPIPE); E(ERANGE);
		E(ENAMETOOLONG); E(ENOSYS); E(ENOTEMPTY); E(ELOOP);
		E(ENOTSOCK); E(EPROTOTYPE); E(ENOPROTOOPT);
		E(EPROTONOSUPPORT); E(ESOCKTNOSUPPORT); E(EOPNOTSUPP);
		E(EAFNOSUPPORT); E(EADDRINUSE); E(ECONNREFUSED);
		E(ENOTCONN); E(EDESTADDRREQ); E(EOVERFLOW);
		E(ENOMSG); E(ENOKEY); E(ETIMEDOUT);
#undef E
	}
	return "E???";
}

/* "-1 ENOENT (No such file or directory)" */
static const char *errstr(int e)
{
	char *b = e2e_tmp();

	snprintf(b, 8192, "-1 %s (%s)", errname(e), strerror(e));
	return b;
}

/* Return value of the last SC() as strace prints a plain decimal result. */
static const char *ret(void)
{
	char *b;

	if (e2e_r == -1 && e2e_err)
		return errstr(e2e_err);
	b = e2e_tmp();
	snprintf(b, 8192, "%ld", e2e_r);
	return b;
}

/* Same, for results printed in hex (mmap, brk). */
static const char *ret_hex(void)
{
	char *b;

	if (e2e_r == -1 && e2e_err)
		return errstr(e2e_err);
	b = e2e_tmp();
	snprintf(b, 8192, "%#lx", e2e_r);
	return b;
}

static const char *dec(long v)
{
	char *b = e2e_tmp();

	snprintf(b, 8192, "%ld", v);
	return b;
}

/* A pointer as strace prints it: NULL or 0x... */
static const char *ptr(const void *p)
{
	char *b;

	if (!p)
		return "NULL";
	b = e2e_tmp();
	snprintf(b, 8192, "%p", p);
	return b;
}

/*
 * Quote len bytes as strace does (no -x): printable ASCII as is, C escapes
 * for \t \n \v \f \r \" \\, other bytes in octal, shortest form unless the
 * next byte is an octal digit. At most max bytes, then "..." after the
 * closing quote if the data was longer.
 */
static const char *qbuf(const void *data, size_t len, size_t max)
{
	const unsigned char *s = data;
	size_t n = len < max ? len : max;
	char *b = malloc(4 * n + 8), *p = b;

	*p++ = '"';
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];

		switch (c) {
		case '"': *p++ = '\\'; *p++ = '"'; continue;
		case '\\': *p++ = '\\'; *p++ = '\\'; continue;
		case '\t': *p++ = '\\'; *p++ = 't'; continue;
		case '\n': *p++ = '\\'; *p++ = 'n'; continue;
		case '\v': *p++ = '\\'; *p++ = 'v'; continue;
		case '\f': *p++ = '\\'; *p++ = 'f'; continue;
		case '\r': *p++ = '\\'; *p++ = 'r'; continue;
		}
		if (c >= ' ' && c <= 0x7e) {
			*p++ = c;
		} else if (i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '7') {
			p += sprintf(p, "\\%03o", c);
		} else {
			p += sprintf(p, "\\%o", c);
		}
	}
	*p++ = '"';
	if (len > max)
		p += sprintf(p, "...");
	*p = 0;
	return b; /* leaked on purpose: tests are short-lived */
}

/*
 * The same under -x (xflag 1: the whole string in \xHH if any byte is
 * neither printable ASCII nor one of \t \n \v \f \r) and -xx (xflag 2:
 * always hex).
 */
static const char *qbufx(const void *data, size_t len, size_t max, int xflag)
{
	const unsigned char *s = data;
	size_t n = len < max ? len : max;
	int hex = xflag > 1;
	char *b, *p;

	for (size_t i = 0; xflag == 1 && i < n; i++)
		if (s[i] > 0x7e || (s[i] < ' ' && (s[i] < 9 || s[i] > 13)))
			hex = 1;
	if (!hex)
		return qbuf(data, len, max);
	b = p = malloc(4 * n + 8);
	*p++ = '"';
	for (size_t i = 0; i < n; i++)
		p += sprintf(p, "\\x%02x", s[i]);
	*p++ = '"';
	if (len > max)
		p += sprintf(p, "...");
	*p = 0;
	return b;
}

/* A string argument of a call, truncated at -s. */
static const char *qstr(const char *s)
{
	return qbuf(s, strlen(s), e2e_strsize);
}

/*
 * A path argument: -s does not apply; strace prints at most PATH_MAX - 1
 * (4095) bytes, then "..." if the path is longer.
 */
static const char *qpath(const char *s)
{
	return qbuf(s, strlen(s), 4095);
}

/*
 * Write the expected lines, then exit. If exit_traced, the exit_group line
 * is expected too. The "+++ exited with N +++" line is always expected.
 */
static void __attribute__((noreturn)) e2e_exit_ex(int code, int exit_traced)
{
	struct iovec iov;
	size_t off = 0;

	if (exit_traced) {
		char call[32];

		snprintf(call, sizeof(call), "exit_group(%d)", code);
		line("?", "%s", call);
	}
	if (!e2e_quiet_exit)
		note("+++ exited with %d +++", code);
	if (e2e_write_from_child) {
		long child = syscall(SYS_clone, 0, 0, NULL, NULL, 0);

		if (child > 0) {
			syscall(SYS_wait4, child, NULL, __WALL, NULL);
			syscall(SYS_exit_group, code);
		}
		if (child < 0)
			abort();
	}
	while (off < e2e_outlen) {
		ssize_t n;

		iov.iov_base = e2e_out + off;
		iov.iov_len = e2e_outlen - off;
		n = writev(1, &iov, 1);
		if (n <= 0)
			break;
		off += n;
	}
	syscall(SYS_exit_group, code);
	__builtin_unreachable();
}

/* Write the expected output now (before a death by signal, say). */
static void e2e_flush(void)
{
	struct iovec iov = { e2e_out, e2e_outlen };

	if (writev(1, &iov, 1) == (ssize_t)e2e_outlen)
		e2e_outlen = 0;
}

#define e2e_exit(code) e2e_exit_ex((code), 1)

#endif
