// SPDX-License-Identifier: MIT
/*
 * --diagnose rule "blocking": sockets and pipes made blocking (socket,
 * socketpair and accept4 without SOCK_NONBLOCK, accept, pipe, pipe2 without
 * O_NONBLOCK, and not switched with fcntl F_SETFL or FIONBIO since) whose
 * data, accept and connect calls then blocked long. Descriptors are followed
 * by number per process from the calls the trace saw (dup, dup2, dup3 and
 * F_DUPFD copy what is known, and a forked process gets its parent's, with
 * -f): one made before the trace is not known and not reported.
 */
#include <stdlib.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

#include "diag_table.h"
#include "diagnose.h"
#include "../decode/decode.h"
#include "../decode/fmt.h"
#include "gen/syscall_nr.h"

/* A call this long (ns) slept: far more than copying data or a context switch takes. */
#define BLOCK_CALL_NS 1000000
/* Blocked this long in total (ns) before it matters: a hundredth of a second of the program waiting. */
#define BLOCK_TOTAL_NS 10000000
#define BLOCK_NAMES 4

enum fd_kind { FD_UNKNOWN, FD_SOCKET, FD_PIPE };

struct fd_agg {
	struct diag_key key; /* tgid; fd */
	unsigned char kind; /* enum fd_kind, of the last descriptor of this number */
	bool open; /* it was not closed since */
	bool nonblocking;
	unsigned made_by; /* the syscall that made it */
	uint64_t calls, blocked, blocked_ns, longest_ns;
	unsigned nr[BLOCK_NAMES];
	unsigned nnr;
};

struct blocking_state {
	struct diag_table t;
};

static void *blocking_init(void)
{
	struct blocking_state *s = calloc(1, sizeof(*s));

	if (s)
		diag_table_init(&s->t, sizeof(struct fd_agg));
	return s;
}

static void blocking_free(void *state)
{
	struct blocking_state *s = state;

	diag_table_free(&s->t);
	free(s);
}

static void made(struct blocking_state *s, const struct diag_call *c, int64_t fd, enum fd_kind kind,
		 bool nonblocking)
{
	struct fd_agg *a;

	if (fd < 0 || fd > INT32_MAX)
		return;
	a = diag_table_get(&s->t, c->tgid, (uint64_t)fd);
	if (!a)
		return;
	a->kind = (unsigned char)kind;
	a->open = true;
	a->nonblocking = nonblocking;
	a->made_by = c->nr;
}

/* The pair pipe, pipe2 and socketpair wrote. */
static void made_pair(struct blocking_state *s, const struct diag_call *c, unsigned arg,
		      enum fd_kind kind, bool nonblocking)
{
	const struct sct_blob *b = fmt_arg_mem(c->ev, arg, 8);

	if (!b)
		return;
	made(s, c, load_s32(sct_blob_data(b), 0), kind, nonblocking);
	made(s, c, load_s32(sct_blob_data(b), 4), kind, nonblocking);
}

/* A copy of old as ret (dup, dup2, dup3, F_DUPFD): the same open file, the same mode. */
static void duplicated(struct blocking_state *s, const struct diag_call *c, uint64_t old)
{
	const struct fd_agg *a = diag_table_find(&s->t, c->tgid, (uint32_t)old);
	struct fd_agg *b;

	if (!a || !a->open || c->ret == (int64_t)(uint32_t)old)
		return;
	made(s, c, c->ret, (enum fd_kind)a->kind, a->nonblocking);
	b = diag_table_find(&s->t, c->tgid, (uint64_t)c->ret);
	if (b) /* entries stay where they are when the table grows: a is still valid */
		b->made_by = a->made_by;
}

/* The calls that make, change or end a descriptor's blocking mode. */
static bool track(struct blocking_state *s, const struct diag_call *c)
{
	const uint64_t *arg = c->ev->args;
	struct fd_agg *a;

	switch (c->nr) {
	case SCT_NR_socket: made(s, c, c->ret, FD_SOCKET, arg[1] & SOCK_NONBLOCK); return true;
	case SCT_NR_socketpair: made_pair(s, c, 3, FD_SOCKET, arg[1] & SOCK_NONBLOCK); return true;
	case SCT_NR_pipe: made_pair(s, c, 0, FD_PIPE, false); return true;
	case SCT_NR_pipe2: made_pair(s, c, 0, FD_PIPE, arg[1] & O_NONBLOCK); return true;
	case SCT_NR_close:
		a = diag_table_find(&s->t, c->tgid, (uint32_t)arg[0]);
		if (a)
			a->open = false;
		return true;
	case SCT_NR_dup:
	case SCT_NR_dup2:
	case SCT_NR_dup3: duplicated(s, c, arg[0]); return true;
	case SCT_NR_fcntl:
		if ((int)arg[1] == F_DUPFD || (int)arg[1] == F_DUPFD_CLOEXEC) {
			duplicated(s, c, arg[0]);
			return true;
		}
		a = diag_table_find(&s->t, c->tgid, (uint32_t)arg[0]);
		if (a && (int)arg[1] == F_SETFL)
			a->nonblocking = arg[2] & O_NONBLOCK;
		return true;
	case SCT_NR_ioctl: {
		const struct sct_blob *b = fmt_arg_mem(c->ev, 2, 4);

		a = diag_table_find(&s->t, c->tgid, (uint32_t)arg[0]);
		if (a && (unsigned)arg[1] == FIONBIO && b)
			a->nonblocking = load_s32(sct_blob_data(b), 0) != 0;
		return true;
	}
	}
	return false;
}

static bool waits_on_fd(unsigned nr)
{
	static const unsigned calls[] = {
		SCT_NR_read,	 SCT_NR_write,	  SCT_NR_readv,	   SCT_NR_writev,   SCT_NR_recvfrom,
		SCT_NR_sendto,	 SCT_NR_recvmsg,  SCT_NR_sendmsg,  SCT_NR_recvmmsg, SCT_NR_sendmmsg,
		SCT_NR_accept,	 SCT_NR_accept4,  SCT_NR_connect,  SCT_NR_sendfile, SCT_NR_splice,
	};

	for (unsigned i = 0; i < sizeof(calls) / sizeof(calls[0]); i++)
		if (calls[i] == nr)
			return true;
	return false;
}

static void blocking_call(void *state, const struct diag_call *c)
{
	struct blocking_state *s = state;
	struct fd_agg *a;

	if (c->err == 0 && track(s, c))
		return;
	if (!waits_on_fd(c->nr))
		return;
	if (!c->err && (c->nr == SCT_NR_accept || c->nr == SCT_NR_accept4))
		made(s, c, c->ret, FD_SOCKET, c->nr == SCT_NR_accept4 && (c->ev->args[3] & SOCK_NONBLOCK));
	a = diag_table_find(&s->t, c->tgid, (uint32_t)c->ev->args[0]);
	if (!a || !a->open || a->nonblocking)
		return;
	a->calls++;
	if (c->dur_ns < BLOCK_CALL_NS)
		return;
	a->blocked++;
	a->blocked_ns += c->dur_ns;
	if (c->dur_ns > a->longest_ns)
		a->longest_ns = c->dur_ns;
	for (unsigned i = 0; i <= a->nnr && i < BLOCK_NAMES; i++) {
		if (i == a->nnr)
			a->nr[a->nnr++] = c->nr;
		if (a->nr[i] == c->nr)
			break;
	}
}

static void report_one(struct diag_out *o, const struct fd_agg *a)
{
	const char *kind = a->kind == FD_PIPE ? "pipe" : "socket";
	char calls[128];
	size_t at = 0;

	if (a->kind == FD_UNKNOWN || a->blocked_ns < BLOCK_TOTAL_NS)
		return;
	calls[0] = '\0';
	for (unsigned i = 0; i < a->nnr && at < sizeof(calls); i++)
		at += (size_t)snprintf(calls + at, sizeof(calls) - at, "%s%s", i ? "," : "",
				       diag_syscall_name(a->nr[i]));
	diag_finding(o, "blocking-fd", (uint32_t)a->key.a,
		     "%s fd %d from %s is blocking: %llu call%s blocked, %llu ms in all", kind,
		     (int)a->key.b, diag_syscall_name(a->made_by), (unsigned long long)a->blocked,
		     a->blocked == 1 ? "" : "s",
		     (unsigned long long)(a->blocked_ns / 1000000));
	diag_ev_s64(o, "fd", (int)a->key.b);
	diag_ev_str(o, "kind", kind);
	diag_ev_str(o, "made_by", diag_syscall_name(a->made_by));
	diag_ev_u64(o, "calls", a->calls);
	diag_ev_u64(o, "blocked", a->blocked);
	diag_ev_u64(o, "blocked_ms", a->blocked_ns / 1000000);
	diag_ev_u64(o, "longest_us", a->longest_ns / 1000);
	diag_ev_str(o, "syscalls", calls);
	diag_finding_end(o, "make it non-blocking (%s, or fcntl O_NONBLOCK) and wait for it in "
			    "poll or epoll with the program's other work, or keep the blocking calls "
			    "in a thread of their own",
			 a->kind == FD_PIPE ? "pipe2 O_NONBLOCK" : "SOCK_NONBLOCK");
}

/* The child's descriptors are copies of the parent's open ones (the counts start again). */
static void blocking_fork(void *state, uint32_t parent, uint32_t child)
{
	struct blocking_state *s = state;
	const struct fd_agg **v = malloc(s->t.n * sizeof(*v));
	size_t n = 0;

	/* the parent's first: adding the child's may grow the table under the loop */
	for (size_t i = 0; v && i < s->t.cap; i++) {
		const struct fd_agg *a = (const struct fd_agg *)s->t.slots[i];

		if (a && a->key.a == parent && a->open)
			v[n++] = a;
	}
	for (size_t i = 0; i < n; i++) {
		const struct fd_agg *a = v[i];
		struct fd_agg *b = diag_table_get(&s->t, child, a->key.b);

		if (!b)
			break;
		b->kind = a->kind;
		b->open = true;
		b->nonblocking = a->nonblocking;
		b->made_by = a->made_by;
	}
	free(v);
}

static void blocking_report(void *state, struct diag_out *o)
{
	struct blocking_state *s = state;
	size_t n;
	void **v = diag_table_sorted(&s->t, &n);

	for (size_t i = 0; i < n; i++)
		report_one(o, v[i]);
	free(v);
}

const struct diag_rule diag_rule_blocking = {
	.name = "blocking",
	.init = blocking_init,
	.call = blocking_call,
	.report = blocking_report,
	.fork = blocking_fork,
	.free = blocking_free,
};
