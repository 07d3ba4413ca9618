// SPDX-License-Identifier: MIT
/*
 * --metrics from synthetic events: bucket edges (a value equal to le counts in it),
 * cumulative buckets and seconds in _sum, errnos past the 8th as "other", command
 * names past the 64th as "other", label escaping, USDT hits by probe, loss.
 */
#include <stdlib.h>

#include "../../src/analyze/http_request.h"
#include "../../src/analyze/metrics.h"
#include "../../src/decode/event.h"
#include "gen/syscall_nr.h"
#include "check.h"

static void call(struct metrics *m, const char *comm, unsigned nr, int64_t ret, uint64_t ns)
{
	struct sct_rec_syscall x = { .hdr = { .type = SCT_REC_SYSCALL, .size = sizeof(x),
					      .tid = 7, .tgid = 7, .ts = 1000000000 + ns },
				     .enter_ts = 1000000000 };
	struct call c = { .tid = 7, .tgid = 7, .end = CALL_RETURNED, .entry = &x, .exit = &x };
	struct calls_event e = { .type = CALLS_DONE, .call = &c, .nr = (int)nr, .comm = comm };

	x.nr = (uint16_t)nr;
	x.ret = ret;
	metrics_event(m, &e);
}

static void record(struct metrics *m, const void *rec)
{
	struct calls_event e = { .type = CALLS_RECORD, .rec = rec, .nr = -1 };

	metrics_event(m, &e);
}

static char *render(struct metrics *m)
{
	struct strbuf sb;

	strbuf_init(&sb);
	metrics_render(m, &sb);
	return sb.data;
}

static int has(const char *text, const char *line)
{
	size_t n = strlen(line);

	for (const char *p = text; (p = strstr(p, line)); p++)
		if ((p == text || p[-1] == '\n') && p[n] == '\n')
			return 1;
	printf("    missing: %s\n", line);
	return 0;
}

static void test_buckets(void)
{
	struct metrics *m = metrics_new(false);
	char *t;

	call(m, "a", SCT_NR_read, 10, 1000); /* le 1e-06 holds 1000 ns exactly */
	call(m, "a", SCT_NR_read, 10, 1001);
	call(m, "a", SCT_NR_read, -11, 20000000000ull); /* beyond 10 s: +Inf only */
	t = render(m);
	CHECK(has(t, "sctrace_syscalls_total{syscall=\"read\"} 3"));
	CHECK(has(t, "sctrace_syscall_errors_total{syscall=\"read\",errno=\"EAGAIN\"} 1"));
	CHECK(has(t, "sctrace_syscall_duration_seconds_bucket{syscall=\"read\",le=\"1e-06\"} 1"));
	CHECK(has(t, "sctrace_syscall_duration_seconds_bucket{syscall=\"read\",le=\"2.5e-06\"} 2"));
	CHECK(has(t, "sctrace_syscall_duration_seconds_bucket{syscall=\"read\",le=\"10\"} 2"));
	CHECK(has(t, "sctrace_syscall_duration_seconds_bucket{syscall=\"read\",le=\"+Inf\"} 3"));
	CHECK(has(t, "sctrace_syscall_duration_seconds_sum{syscall=\"read\"} 20.000002001"));
	CHECK(has(t, "sctrace_syscall_duration_seconds_count{syscall=\"read\"} 3"));
	CHECK(has(t, "sctrace_lost_events_total 0"));
	CHECK(!strstr(t, "comm="));
	free(t);
	metrics_free(m);
}

static void test_errnos(void)
{
	struct metrics *m = metrics_new(false);
	char *t;

	for (int e = 1; e <= 10; e++) /* EPERM..ECHILD: 8 kept, 2 as other */
		call(m, "a", SCT_NR_close, -e, 5);
	call(m, "a", SCT_NR_close, -1, 5);
	t = render(m);
	CHECK(has(t, "sctrace_syscall_errors_total{syscall=\"close\",errno=\"EPERM\"} 2"));
	CHECK(has(t, "sctrace_syscall_errors_total{syscall=\"close\",errno=\"ENOEXEC\"} 1"));
	CHECK(has(t, "sctrace_syscall_errors_total{syscall=\"close\",errno=\"other\"} 2"));
	CHECK(!strstr(t, "ECHILD"));
	free(t);
	metrics_free(m);
}

static void test_comms(void)
{
	struct metrics *m = metrics_new(true);
	char name[16], *t;

	for (int i = 0; i < METRICS_MAX_COMMS + 3; i++) {
		snprintf(name, sizeof(name), "p%d", i);
		call(m, name, SCT_NR_getpid, 1, 5);
	}
	call(m, "a\"b\\c", SCT_NR_getpid, 1, 5);
	call(m, "", SCT_NR_getpid, 1, 5);
	t = render(m);
	CHECK(has(t, "sctrace_syscalls_total{comm=\"p0\",syscall=\"getpid\"} 1"));
	CHECK(has(t, "sctrace_syscalls_total{comm=\"p63\",syscall=\"getpid\"} 1"));
	/* p64, p65, p66, the quoted one and the nameless one */
	CHECK(has(t, "sctrace_syscalls_total{comm=\"other\",syscall=\"getpid\"} 5"));
	CHECK(!strstr(t, "comm=\"p64\""));
	free(t);
	metrics_free(m);

	m = metrics_new(true);
	call(m, "a\"b\\c", SCT_NR_getpid, 1, 5);
	call(m, "", SCT_NR_getpid, 1, 5);
	t = render(m);
	CHECK(has(t, "sctrace_syscalls_total{comm=\"a\\\"b\\\\c\",syscall=\"getpid\"} 1"));
	CHECK(has(t, "sctrace_syscalls_total{comm=\"?\",syscall=\"getpid\"} 1"));
	free(t);
	metrics_free(m);
}

static void test_usdt_loss(void)
{
	struct metrics *m = metrics_new(false);
	struct {
		struct sct_rec_usdt_probe p;
		char strs[32];
	} probe = { .p = { .hdr = { .type = SCT_REC_USDT_PROBE, .size = sizeof(probe) },
			   .probe_id = 3, .strs_len = 16 },
		    .strs = "app\0req__start\0" };
	struct sct_rec_usdt hit = { .hdr = { .type = SCT_REC_USDT, .size = sizeof(hit) }, .probe_id = 3 };
	struct sct_rec_usdt stray = { .hdr = { .type = SCT_REC_USDT, .size = sizeof(hit) }, .probe_id = 9 };
	struct sct_rec_loss loss = { .hdr = { .type = SCT_REC_LOSS, .size = sizeof(loss) }, .lost = 12 };
	char *t;

	record(m, &probe);
	record(m, &hit);
	record(m, &hit);
	record(m, &stray);
	record(m, &loss);
	record(m, &loss);
	probe.p.strs_len = 4; /* "app\0" and no probe name: ignored */
	probe.p.probe_id = 4;
	record(m, &probe);
	t = render(m);
	CHECK(has(t, "sctrace_usdt_events_total{provider=\"app\",probe=\"req__start\"} 2"));
	CHECK(has(t, "sctrace_usdt_events_total{provider=\"?\",probe=\"?\"} 1"));
	CHECK(has(t, "sctrace_lost_events_total 24"));
	CHECK(has(t, "# TYPE sctrace_syscall_duration_seconds histogram"));
	free(t);
	metrics_free(m);
}

static enum http_route route(const char *req, bool *head)
{
	return http_route(req, strlen(req), head);
}

static void test_http(void)
{
	bool head;

	CHECK(route("GET /metrics HTTP/1.1\r\nHost: a\r\n\r\n", &head) == HTTP_METRICS && !head);
	CHECK(route("GET / HTTP/1.0\n\n", &head) == HTTP_METRICS);
	CHECK(route("HEAD /metrics?x=1 HTTP/1.1\r\n\r\n", &head) == HTTP_METRICS && head);
	CHECK(route("GET /metrics HTTP/1.1\r\nHost: a\r\n", &head) == HTTP_INCOMPLETE);
	CHECK(route("GET /metricsx HTTP/1.1\r\n\r\n", &head) == HTTP_NOT_FOUND);
	CHECK(route("GET /metric HTTP/1.1\r\n\r\n", &head) == HTTP_NOT_FOUND);
	CHECK(route("POST /metrics HTTP/1.1\r\n\r\n", &head) == HTTP_BAD_METHOD);
	CHECK(route("GET  HTTP/1.1\r\n\r\n", &head) == HTTP_BAD);
	CHECK(route("nonsense\n\n", &head) == HTTP_BAD);
}

int main(void)
{
	test_http();
	test_buckets();
	test_errnos();
	test_comms();
	test_usdt_loss();
	return check_done("metrics");
}
