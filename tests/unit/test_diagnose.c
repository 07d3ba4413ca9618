// SPDX-License-Identifier: MIT
/*
 * --diagnose from synthetic calls: each rule's threshold (one call short of it: no
 * finding; at it: the finding, its exact text), the JSON form, and that calls which did
 * not return are not examined.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "../../src/analyze/diagnose.h"
#include "../../src/decode/event.h"
#include "gen/syscall_nr.h"
#include "check.h"

static uint64_t now = 1000000000;

/* One returned call of nr by process pid (its main thread): arguments, result, duration. */
static void feed_as(struct diagnose *d, uint32_t pid, unsigned nr, const uint64_t args[6], int64_t ret,
		    uint64_t dur)
{
	struct sct_rec_syscall x = { .hdr = { .type = SCT_REC_SYSCALL, .size = sizeof(x),
					      .tid = pid, .tgid = pid } };
	struct sc_event ev;
	struct call c = { .tid = pid, .tgid = pid, .end = CALL_RETURNED };
	struct calls_event e = { .type = CALLS_DONE, .call = &c, .nr = (int)nr };

	x.nr = (uint16_t)nr;
	x.ret = ret;
	x.enter_ts = now;
	now += dur;
	x.hdr.ts = now;
	now += 1000;
	for (int i = 0; i < 6; i++)
		x.args[i] = args ? args[i] : 0;
	if (sc_event_init(&ev, NULL, &x))
		abort();
	c.ev = &ev;
	c.entry = c.exit = &x;
	c.start_ts = x.enter_ts;
	c.end_ts = x.hdr.ts;
	diagnose_event(d, &e);
}

static void feed(struct diagnose *d, unsigned nr, const uint64_t args[6], int64_t ret, uint64_t dur)
{
	feed_as(d, 100, nr, args, ret, dur);
}

/* Process pid forked child (a FORK record, as -f traces it). */
static void fork_record(struct diagnose *d, uint32_t pid, uint32_t child)
{
	struct sct_rec_fork f = { .hdr = { .type = SCT_REC_FORK, .size = sizeof(f), .tid = pid,
					   .tgid = pid, .ts = now },
				  .child_tid = child, .child_tgid = child };
	struct calls_event e = { .type = CALLS_RECORD, .rec = &f.hdr, .nr = -1 };

	diagnose_event(d, &e);
}

static char *findings(struct diagnose *d)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	diagnose_print(d, f);
	fclose(f);
	diagnose_free(d);
	return text;
}

static struct diagnose *fresh(bool json)
{
	struct diagnose_config cfg = { .json = json };

	return diagnose_new(&cfg);
}

/* 99 then 100 failures of access with ENOENT (the errors rule's ERRORS_MIN). */
static void check_errors(void)
{
	for (unsigned n = 99; n <= 100; n++) {
		struct diagnose *d = fresh(false);
		char *t;

		for (unsigned i = 0; i < n; i++)
			feed(d, SCT_NR_access, NULL, -ENOENT, 1000);
		feed(d, SCT_NR_access, NULL, 0, 1000);
		t = findings(d);
		if (n == 99)
			CHECK_STR(t, "diagnose: no findings in 100 calls\n");
		else
			CHECK_STR(t, "diagnose: 1 finding in 101 calls\n"
				     "errors: access failed with ENOENT 100 times (of 101 calls)\n"
				     "  evidence: pid=100 syscall=access errno=ENOENT failures=100 calls=101 "
				     "share=99.0%\n"
				     "  change: a search probes paths that do not exist (PATH, LD_LIBRARY_PATH, "
				     "a plugin or module path): shorten the list, put the right directory "
				     "first, or remember what was found\n");
		free(t);
	}
}

/* epoll_wait(5, ..., 4, 0): 10 calls, 5 of them full (the 50 % share), then 4 of 9. */
static void check_epoll(void)
{
	const uint64_t args[6] = { 5, 0x1000, 4, 0 };

	for (unsigned full = 4; full <= 5; full++) {
		struct diagnose *d = fresh(true);
		unsigned calls = full == 5 ? 10 : 9;
		char *t;

		for (unsigned i = 0; i < calls; i++)
			feed(d, SCT_NR_epoll_wait, args, i < full ? 4 : 2, 1000);
		t = findings(d);
		if (full == 4) {
			CHECK(t && strstr(t, "\"findings\":0}\n") && !strstr(t, "finding\""));
		} else {
			CHECK(t && strstr(t, "{\"type\":\"finding\","));
			CHECK(t && strstr(t, ",\"pid\":100,\"tid\":0,\"comm\":null,\"rule\":\"epoll-maxevents\",\"summary\":"
					     "\"epoll_wait returned maxevents (4) in 5 of 10 calls on epoll fd 5\","
					     "\"evidence\":{\"syscall\":\"epoll_wait\",\"fd\":5,\"calls\":10,"
					     "\"full\":5,\"share\":50.0,\"maxevents\":4,\"events\":30},"
					     "\"change\":\"raise maxevents (now 4): "));
			CHECK(t && strstr(t, "\"calls\":10,\"findings\":1}\n"));
		}
		free(t);
	}
}

/* read(3, buf, 1) = 1 a hundred times: io-small-buffer; at count 1025 it is no small buffer. */
static void check_small_reads(void)
{
	for (uint64_t count = 1024; count <= 1025; count++) {
		const uint64_t args[6] = { 3, 0x1000, count };
		struct diagnose *d = fresh(false);
		char *t;

		for (unsigned i = 0; i < 100; i++)
			feed(d, SCT_NR_read, args, (int64_t)count, 1000);
		t = findings(d);
		if (count == 1025)
			CHECK_STR(t, "diagnose: no findings in 100 calls\n");
		else
			CHECK(t && strstr(t, "io-small-buffer: read on fd 3 moved all it asked for, at "
					     "most 1024 bytes per call, in 100 of 100 calls\n  evidence: "
					     "pid=100 syscalls=read fd=3 calls=100 full=100 share=100.0% "
					     "count_max=1024 bytes=102400\n"));
		free(t);
	}
}

/* A socket from socket() without SOCK_NONBLOCK: 9 then 10 ms blocked in reads of 1 ms. */
static void check_blocking(void)
{
	const uint64_t sock[6] = { 1, 1, 0 }, rd[6] = { 4, 0x1000, 64 };

	for (unsigned ms = 9; ms <= 10; ms++) {
		struct diagnose *d = fresh(false);
		char *t;

		feed(d, SCT_NR_socket, sock, 4, 1000);
		for (unsigned i = 0; i < ms; i++)
			feed(d, SCT_NR_read, rd, 1, 1000000);
		feed(d, SCT_NR_read, rd, 1, 999999); /* not blocked: shorter than 1 ms */
		t = findings(d);
		if (ms == 9)
			CHECK(t && !strstr(t, "blocking-fd"));
		else
			CHECK(t && strstr(t, "blocking-fd: socket fd 4 from socket is blocking: 10 calls "
					     "blocked, 10 ms in all\n  evidence: pid=100 fd=4 kind=socket "
					     "made_by=socket calls=11 blocked=10 blocked_ms=10 longest_us=1000 "
					     "syscalls=read\n"));
		free(t);
	}
}

/*
 * Descriptor tracking: accept4 without SOCK_NONBLOCK makes a blocking socket (found);
 * fcntl(F_SETFL, O_NONBLOCK) on it stops the count; a SOCK_NONBLOCK socket never counts;
 * a blocking socket's dup2 copy is blocking too (and is named after the socket's maker).
 */
static void check_blocking_tracking(void)
{
	const uint64_t lsock[6] = { 1, 1 | 04000, 0 }, acc[6] = { 3, 0, 0, 0 },
		       rd5[6] = { 5, 0x1000, 64 }, rd3[6] = { 3, 0x1000, 64 },
		       setfl[6] = { 5, 4 /* F_SETFL */, 04000 /* O_NONBLOCK */ },
		       sock[6] = { 1, 1, 0 }, dup2[6] = { 6, 9 }, rd9[6] = { 9, 0x1000, 64 };
	struct diagnose *d = fresh(false);
	char *t;

	feed(d, SCT_NR_socket, lsock, 3, 1000); /* non-blocking listener */
	feed(d, SCT_NR_accept4, acc, 5, 50000000); /* waited, but on a non-blocking socket: not counted */
	for (unsigned i = 0; i < 3; i++)
		feed(d, SCT_NR_read, rd5, 1, 5000000);
	feed(d, SCT_NR_fcntl, setfl, 0, 1000);
	for (unsigned i = 0; i < 3; i++)
		feed(d, SCT_NR_read, rd5, 1, 5000000);
	feed(d, SCT_NR_read, rd3, 1, 50000000);
	feed(d, SCT_NR_socket, sock, 6, 1000);
	feed(d, SCT_NR_dup2, dup2, 9, 1000);
	feed(d, SCT_NR_read, rd9, 1, 20000000);
	t = findings(d);
	CHECK(t && strstr(t, "blocking-fd: socket fd 5 from accept4 is blocking: 3 calls blocked, 15 ms "
			     "in all\n  evidence: pid=100 fd=5 kind=socket made_by=accept4 calls=3 "
			     "blocked=3 blocked_ms=15 longest_us=5000 syscalls=read\n"));
	CHECK(t && !strstr(t, "fd 3 "));
	CHECK(t && strstr(t, "blocking-fd: socket fd 9 from socket is blocking: 1 call blocked, 20 ms "
			     "in all\n  evidence: pid=100 fd=9 kind=socket made_by=socket calls=1 "
			     "blocked=1 blocked_ms=20 longest_us=20000 syscalls=read\n"));
	free(t);
}

/* epoll: 10 EINTR of 20 calls (epoll-interrupted), EBADF once (epoll-errors). */
static void check_epoll_failures(void)
{
	const uint64_t args[6] = { 7, 0x1000, 64, (uint64_t)-1 };
	struct diagnose *d = fresh(false);
	char *t;

	for (unsigned i = 0; i < 20; i++)
		feed(d, SCT_NR_epoll_wait, args, i < 10 ? -EINTR : 1, 1000);
	feed(d, SCT_NR_epoll_wait, args, -EBADF, 1000);
	t = findings(d);
	CHECK_STR(t, "diagnose: 2 findings in 21 calls\n"
		     "epoll-interrupted: epoll_wait was interrupted by signals in 10 of 21 calls on "
		     "epoll fd 7\n"
		     "  evidence: pid=100 syscall=epoll_wait fd=7 calls=21 interrupted=10 share=47.6%\n"
		     "  change: receive the signals through a signalfd in the epoll set, or block them "
		     "with epoll_pwait's mask, so the loop is not woken to retry\n"
		     "epoll-errors: epoll_wait failed with EBADF 1 time on epoll fd 7\n"
		     "  evidence: pid=100 syscall=epoll_wait fd=7 calls=21 errno=EBADF failures=1\n"
		     "  change: the epoll descriptor or arguments are wrong (used after close, or "
		     "maxevents <= 0): a bug in the loop\n");
	free(t);
}

/* write(1, buf, 100) = 60: 9 short writes are not a finding, 10 are. */
static void check_short_writes(void)
{
	const uint64_t args[6] = { 1, 0x1000, 100 };

	for (unsigned n = 9; n <= 10; n++) {
		struct diagnose *d = fresh(false);
		char *t;

		for (unsigned i = 0; i < n; i++)
			feed(d, SCT_NR_write, args, 60, 1000);
		t = findings(d);
		if (n == 9)
			CHECK(t && !strstr(t, "io-short-write"));
		else
			CHECK(t && strstr(t, "io-short-write: write on fd 1 wrote less than asked in 10 of "
					     "10 calls\n  evidence: pid=100 syscalls=write fd=1 calls=10 "
					     "short=10 share=100.0% short_avg_bytes=60\n"));
		free(t);
	}
}

/* -f: a child inherits its parent's blocking socket (and a thread does not make a process). */
static void check_fork(void)
{
	const uint64_t sock[6] = { 1, 1, 0 }, rd[6] = { 4, 0x1000, 64 };
	struct diagnose *d = fresh(false);
	char *t;

	feed(d, SCT_NR_socket, sock, 4, 1000);
	fork_record(d, 100, 200);
	feed_as(d, 200, SCT_NR_read, rd, 1, 30000000);
	feed_as(d, 300, SCT_NR_read, rd, 1, 30000000); /* not a child of 100: fd 4 unknown there */
	t = findings(d);
	CHECK(t && strstr(t, "blocking-fd: socket fd 4 from socket is blocking: 1 call blocked, 30 ms "
			     "in all\n  evidence: pid=200 fd=4 kind=socket made_by=socket calls=1 "));
	CHECK(t && !strstr(t, "pid=100 ") && !strstr(t, "pid=300 "));
	free(t);
}

int main(void)
{
	check_fork();
	check_blocking_tracking();
	check_epoll_failures();
	check_short_writes();
	check_errors();
	check_epoll();
	check_small_reads();
	check_blocking();
	return check_done("diagnose");
}
