// SPDX-License-Identifier: MIT
/*
 * --top's frames from synthetic calls: exact text of a frame (rates over the interval
 * since the previous frame, then over the whole trace), each sort key, the processes
 * section and its key, the rows and columns limits.
 */
#include <stdlib.h>

#include "../../src/analyze/top.h"
#include "gen/syscall_nr.h"
#include "check.h"

#define S 1000000000ull

static void call(struct top *t, uint32_t pid, const char *comm, unsigned nr, int64_t ret,
		 uint64_t ns)
{
	struct sct_rec_syscall x = { .hdr = { .type = SCT_REC_SYSCALL, .size = sizeof(x),
					      .tid = pid, .tgid = pid, .ts = S + ns },
				     .enter_ts = S };
	struct call c = { .tid = pid, .tgid = pid, .end = CALL_RETURNED, .entry = &x, .exit = &x };
	struct calls_event e = { .type = CALLS_DONE, .call = &c, .nr = (int)nr, .comm = comm };

	x.nr = (uint16_t)nr;
	x.ret = ret;
	top_event(t, &e);
}

static char *frame(struct top *t, uint64_t now, bool whole, unsigned rows, unsigned cols)
{
	struct strbuf sb;

	strbuf_init(&sb);
	top_frame(t, now, whole, rows, cols, &sb);
	return sb.data;
}

/* The first syscall row's name in a frame. */
static char *first(const char *f)
{
	static char name[32];
	const char *p = strstr(f, "SYSCALL");

	name[0] = '\0';
	if (p && (p = strchr(p, '\n')))
		sscanf(p + 1, "%31s", name);
	return name;
}

static void test_frames(void)
{
	struct top *t = top_new();
	char *f;

	top_start(t, 10 * S);
	for (int i = 0; i < 40; i++)
		call(t, 100, "web", SCT_NR_read, 10, 2000);
	for (int i = 0; i < 3; i++)
		call(t, 200, "db", SCT_NR_openat, -2, 5000000);
	f = frame(t, 12 * S, false, 0, 0);
	CHECK_STR(f, "sctrace --top: 2 syscalls, 2 processes, 43 calls, 3 errors, 0 lost; sort: rate\n"
		     "keys: r rate, c calls, t time, e errors, n name, p processes, q quit\n"
		     "\n"
		     "SYSCALL                     CALLS/s      CALLS   ERRORS     TOTAL ms     AVG us\n"
		     "read                           20.0         40        0        0.080        2.0\n"
		     "openat                          1.5          3        3       15.000     5000.0\n");
	free(f);
	/* 20 more reads in the next 4 s: 5/s now, 60 over the 6 s since the start */
	for (int i = 0; i < 20; i++)
		call(t, 100, "web", SCT_NR_read, 10, 2000);
	top_show_processes(t, true);
	f = frame(t, 16 * S, false, 0, 0);
	CHECK(strstr(f, "\nread                            5.0         60 "));
	CHECK(strstr(f, "\nopenat                          0.0          3 "));
	CHECK(strstr(f, "\n    PID COMM                CALLS/s      CALLS   ERRORS     TOTAL ms     AVG us\n"
			"    100 web                     5.0         60        0        0.120        2.0\n"
			"    200 db                      0.0          3        3       15.000     5000.0\n"));
	free(f);
	f = frame(t, 16 * S, true, 0, 0);
	CHECK(strstr(f, "\nthe trace ended; rates over its 6.0 s\n"));
	CHECK(strstr(f, "\nread                           10.0         60 "));
	free(f);
	CHECK(top_key(t, 't'));
	f = frame(t, 17 * S, false, 0, 0);
	CHECK_STR(first(f), "openat");
	CHECK(strstr(f, "sort: time\n"));
	free(f);
	CHECK(top_key(t, 'n'));
	f = frame(t, 17 * S, false, 0, 0);
	CHECK_STR(first(f), "openat");
	free(f);
	CHECK(top_key(t, 'c'));
	f = frame(t, 17 * S, false, 0, 0);
	CHECK_STR(first(f), "read");
	free(f);
	CHECK(top_key(t, 'e'));
	f = frame(t, 17 * S, false, 0, 0);
	CHECK_STR(first(f), "openat");
	free(f);
	CHECK(top_key(t, 'p'));
	CHECK(!top_key(t, 'x'));
	f = frame(t, 17 * S, false, 0, 0);
	CHECK(!strstr(f, "PID COMM"));
	free(f);
	top_free(t);
}

static void test_limits(void)
{
	struct top *t = top_new();
	unsigned nrs[] = { SCT_NR_read, SCT_NR_write, SCT_NR_close, SCT_NR_getpid, SCT_NR_dup };
	char *f;
	int lines = 0;

	top_start(t, S);
	for (unsigned i = 0; i < 5; i++)
		call(t, 100, "a", nrs[i], 0, 1000);
	f = frame(t, 2 * S, false, 7, 30); /* 3 header lines, the table's, 3 rows */
	for (const char *p = f; *p; p++)
		lines += *p == '\n';
	CHECK(lines == 7);
	for (const char *p = f, *nl; (nl = strchr(p, '\n')); p = nl + 1)
		CHECK(nl - p <= 30);
	free(f);
	top_free(t);
}

int main(void)
{
	test_frames();
	test_limits();
	return check_done("top");
}
