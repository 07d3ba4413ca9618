// SPDX-License-Identifier: MIT
/*
 * --diagnose rule "io": per process, descriptor and direction, the data
 * calls (read, write, pread64, pwrite64, readv, writev, preadv, pwritev,
 * preadv2, pwritev2, recvfrom, sendto, recvmsg, sendmsg, recvmmsg,
 * sendmmsg): small buffers (each call got all it asked for, and asked for
 * little), short transfers, calls that moved nothing and EAGAIN storms.
 * The vectored and message calls count calls, bytes, zeros and EAGAIN; the
 * bytes they asked for are not summed, so they never count as full or short.
 */
#include <stdlib.h>
#include <errno.h>

#include "diag_table.h"
#include "diagnose.h"
#include "../decode/decode.h"
#include "gen/syscall_nr.h"

/* At least this many calls on a descriptor before its pattern is one. */
#define IO_MIN_CALLS 100
/* Full calls (returned == asked) in this share (%): there was more to move every time. */
#define IO_FULL_SHARE_PCT 90
/* Asked for at most this many bytes: below a page the per-call cost dominates the copy. */
#define IO_SMALL_BYTES 1024
/* Short writes this many times: the writer outruns the reader (or the pipe/socket buffer). */
#define IO_SHORT_WRITE_MIN 10
/* Short reads in this share (%), averaging at most IO_SMALL_BYTES: data arrives in crumbs. */
#define IO_SHORT_READ_SHARE_PCT 50
/* EAGAIN or zero results in this share (%) of IO_MIN_CALLS or more: a retry loop. */
#define IO_STORM_SHARE_PCT 50
/* Syscalls listed per descriptor. */
#define IO_NAMES 4

enum { DIR_READ, DIR_WRITE };

/* The data calls: direction, and which argument is the count (-1: vectored). */
static const struct {
	unsigned nr;
	unsigned char dir;
	signed char count_arg;
} io_calls[] = {
	{ SCT_NR_read, DIR_READ, 2 },	     { SCT_NR_write, DIR_WRITE, 2 },
	{ SCT_NR_pread64, DIR_READ, 2 },    { SCT_NR_pwrite64, DIR_WRITE, 2 },
	{ SCT_NR_recvfrom, DIR_READ, 2 },   { SCT_NR_sendto, DIR_WRITE, 2 },
	{ SCT_NR_readv, DIR_READ, -1 },     { SCT_NR_writev, DIR_WRITE, -1 },
	{ SCT_NR_preadv, DIR_READ, -1 },    { SCT_NR_pwritev, DIR_WRITE, -1 },
	{ SCT_NR_preadv2, DIR_READ, -1 },   { SCT_NR_pwritev2, DIR_WRITE, -1 },
	{ SCT_NR_recvmsg, DIR_READ, -1 },   { SCT_NR_sendmsg, DIR_WRITE, -1 },
	{ SCT_NR_recvmmsg, DIR_READ, -1 },  { SCT_NR_sendmmsg, DIR_WRITE, -1 },
};

struct io_agg {
	struct diag_key key; /* tgid; fd << 1 | direction */
	uint64_t calls, counted, full, short_calls, short_bytes, zero, zero_asked, eagain, bytes;
	uint64_t full_count_max;
	unsigned nr[IO_NAMES];
	unsigned nnr;
};

struct io_state {
	struct diag_table t;
	signed char kind[SCT_NR_MAX]; /* index in io_calls + 1, 0: not a data call */
};

static void *io_init(void)
{
	struct io_state *s = calloc(1, sizeof(*s));

	if (!s)
		return NULL;
	diag_table_init(&s->t, sizeof(struct io_agg));
	for (unsigned i = 0; i < sizeof(io_calls) / sizeof(io_calls[0]); i++)
		s->kind[io_calls[i].nr] = (signed char)(i + 1);
	return s;
}

static void io_free(void *state)
{
	struct io_state *s = state;

	diag_table_free(&s->t);
	free(s);
}

static void add_nr(struct io_agg *a, unsigned nr)
{
	for (unsigned i = 0; i < a->nnr; i++)
		if (a->nr[i] == nr)
			return;
	if (a->nnr < IO_NAMES)
		a->nr[a->nnr++] = nr;
}

static void io_call(void *state, const struct diag_call *c)
{
	struct io_state *s = state;
	struct io_agg *a;
	int k = c->nr < SCT_NR_MAX ? s->kind[c->nr] - 1 : -1;
	int64_t count = -1;

	if (k < 0)
		return;
	a = diag_table_get(&s->t, c->tgid, (uint64_t)(uint32_t)c->ev->args[0] << 1 | io_calls[k].dir);
	if (!a)
		return;
	add_nr(a, c->nr);
	a->calls++;
	if (io_calls[k].count_arg >= 0)
		count = (int64_t)c->ev->args[io_calls[k].count_arg];
	if (count == 0)
		a->zero_asked++;
	if (c->err) {
		a->eagain += c->err == EAGAIN;
		return;
	}
	a->bytes += (uint64_t)c->ret;
	if (c->ret == 0)
		a->zero++;
	if (count <= 0)
		return;
	a->counted++;
	if (c->ret == count) {
		a->full++;
		if ((uint64_t)count > a->full_count_max)
			a->full_count_max = (uint64_t)count;
	} else if (c->ret > 0 && c->ret < count) {
		a->short_calls++;
		a->short_bytes += (uint64_t)c->ret;
	}
}

/* "read,pread64" */
static void names(const struct io_agg *a, char *buf, size_t len)
{
	size_t at = 0;

	buf[0] = '\0';
	for (unsigned i = 0; i < a->nnr && at < len; i++)
		at += (size_t)snprintf(buf + at, len - at, "%s%s", i ? "," : "",
				       diag_syscall_name(a->nr[i]));
}

static void where(struct diag_out *o, const struct io_agg *a, const char *calls)
{
	diag_ev_str(o, "syscalls", calls);
	diag_ev_s64(o, "fd", (int32_t)(a->key.b >> 1));
	diag_ev_u64(o, "calls", a->calls);
}

static void report_one(struct diag_out *o, const struct io_agg *a)
{
	uint32_t pid = (uint32_t)a->key.a;
	int fd = (int32_t)(a->key.b >> 1);
	bool wr = a->key.b & 1;
	const char *verb = wr ? "wrote" : "read";
	char calls[128];

	names(a, calls, sizeof(calls));
	if (a->full >= IO_MIN_CALLS && a->full * 100 >= a->counted * IO_FULL_SHARE_PCT &&
	    a->full_count_max <= IO_SMALL_BYTES) {
		diag_finding(o, "io-small-buffer", pid,
			     "%s on fd %d moved all it asked for, at most %llu bytes per call, in %llu of "
			     "%llu calls",
			     calls, fd, (unsigned long long)a->full_count_max,
			     (unsigned long long)a->full, (unsigned long long)a->counted);
		where(o, a, calls);
		diag_ev_u64(o, "full", a->full);
		diag_ev_pct(o, "share", a->full, a->counted);
		diag_ev_u64(o, "count_max", a->full_count_max);
		diag_ev_u64(o, "bytes", a->bytes);
		diag_finding_end(o, "%s", wr ? "buffer the output and write larger blocks (stdio full "
					       "buffering, writev): each call moved a few bytes"
					     : "read larger blocks (64 KiB) or buffer in user space: each "
					       "call got all it asked for, so more was waiting");
	}
	if (wr ? a->short_calls >= IO_SHORT_WRITE_MIN
	       : a->short_calls >= IO_MIN_CALLS &&
			 a->short_calls * 100 >= a->counted * IO_SHORT_READ_SHARE_PCT &&
			 a->short_bytes / a->short_calls <= IO_SMALL_BYTES) {
		diag_finding(o, wr ? "io-short-write" : "io-short-read", pid,
			     "%s on fd %d %s less than asked in %llu of %llu calls", calls, fd, verb,
			     (unsigned long long)a->short_calls, (unsigned long long)a->counted);
		where(o, a, calls);
		diag_ev_u64(o, "short", a->short_calls);
		diag_ev_pct(o, "share", a->short_calls, a->counted);
		diag_ev_u64(o, "short_avg_bytes", a->short_bytes / a->short_calls);
		diag_finding_end(o, "%s", wr ? "the writer outruns the reader: wait for POLLOUT "
					       "before writing the rest, or enlarge the buffer (SO_SNDBUF, "
					       "F_SETPIPE_SZ)"
					     : "data arrives in small pieces: batch it on the writing side "
					       "(TCP_NODELAY off, larger writes) or wait for more before "
					       "reading");
	}
	if (a->eagain >= IO_MIN_CALLS && a->eagain * 100 >= a->calls * IO_STORM_SHARE_PCT) {
		diag_finding(o, "io-eagain", pid, "%s on fd %d failed with EAGAIN in %llu of %llu calls",
			     calls, fd, (unsigned long long)a->eagain, (unsigned long long)a->calls);
		where(o, a, calls);
		diag_ev_u64(o, "eagain", a->eagain);
		diag_ev_pct(o, "share", a->eagain, a->calls);
		diag_finding_end(o, "the program retries a non-blocking descriptor: wait for readiness "
				    "(poll, epoll) before calling again");
	}
	if (a->zero >= IO_MIN_CALLS && a->zero * 100 >= a->calls * IO_STORM_SHARE_PCT) {
		diag_finding(o, "io-zero", pid, "%s on fd %d moved nothing in %llu of %llu calls",
			     calls, fd, (unsigned long long)a->zero, (unsigned long long)a->calls);
		where(o, a, calls);
		diag_ev_u64(o, "zero", a->zero);
		diag_ev_u64(o, "zero_asked", a->zero_asked);
		diag_ev_pct(o, "share", a->zero, a->calls);
		diag_finding_end(o, "%s", wr ? "writes of 0 bytes do nothing: skip them"
					     : "reads keep returning end of file (0): stop reading after "
					       "it, or wait for more data (inotify, poll) instead of "
					       "re-reading");
	}
}

static void io_report(void *state, struct diag_out *o)
{
	struct io_state *s = state;
	size_t n;
	void **v = diag_table_sorted(&s->t, &n);

	for (size_t i = 0; i < n; i++)
		report_one(o, v[i]);
	free(v);
}

const struct diag_rule diag_rule_io = {
	.name = "io",
	.init = io_init,
	.call = io_call,
	.report = io_report,
	.free = io_free,
};
