// SPDX-License-Identifier: MIT
/*
 * --metrics: the counters and histograms behind the Prometheus endpoint.
 * Series are bounded: one per syscall, times METRICS_MAX_COMMS + 1 command
 * names with --metrics-per-comm, times the errnos a syscall returned.
 * Latency buckets follow the 1-2.5-5 steps of Prometheus's client libraries,
 * from 1 µs (a cached getppid) to 10 s (a blocking wait).
 */
#include "metrics.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../decode/decode.h"

static const struct {
	uint64_t ns;
	const char *le;
} buckets[] = {
	{ 1000, "1e-06" },	   { 2500, "2.5e-06" },	     { 5000, "5e-06" },
	{ 10000, "1e-05" },	   { 25000, "2.5e-05" },     { 50000, "5e-05" },
	{ 100000, "0.0001" },	   { 250000, "0.00025" },    { 500000, "0.0005" },
	{ 1000000, "0.001" },	   { 2500000, "0.0025" },    { 5000000, "0.005" },
	{ 10000000, "0.01" },	   { 25000000, "0.025" },    { 50000000, "0.05" },
	{ 100000000, "0.1" },	   { 250000000, "0.25" },    { 500000000, "0.5" },
	{ 1000000000, "1" },	   { 2500000000ull, "2.5" }, { 5000000000ull, "5" },
	{ 10000000000ull, "10" },
};
#define NBUCKETS (sizeof(buckets) / sizeof(buckets[0]))
/* Errnos kept apart per series; a syscall failing in more ways counts the rest as "other". */
#define MAX_ERRNOS 8
#define MAX_PROBES 1024

struct series {
	uint64_t calls;
	uint64_t sum_ns;
	uint64_t le[NBUCKETS + 1]; /* per bucket, not cumulative; the last is +Inf */
	unsigned nerr;
	struct {
		int err; /* 0: the others */
		uint64_t n;
	} errs[MAX_ERRNOS + 1];
};

struct probe {
	char *provider, *name;
	uint64_t hits;
};

struct metrics {
	pthread_mutex_t lock;
	bool per_comm;
	unsigned ncomms; /* comms[0] is "other" (or the only one without per_comm) */
	char comms[METRICS_MAX_COMMS + 1][SCT_COMM_LEN];
	struct series *rows[METRICS_MAX_COMMS + 1][SCT_NR_MAX];
	struct probe probes[MAX_PROBES];
	uint64_t usdt_unknown; /* hits of a probe id no USDT_PROBE record named */
	uint64_t lost;
};

struct metrics *metrics_new(bool per_comm)
{
	struct metrics *m = calloc(1, sizeof(*m));

	if (!m)
		return NULL;
	pthread_mutex_init(&m->lock, NULL);
	m->per_comm = per_comm;
	m->ncomms = 1;
	strcpy(m->comms[0], "other");
	return m;
}

void metrics_free(struct metrics *m)
{
	if (!m)
		return;
	for (unsigned c = 0; c < m->ncomms; c++)
		for (unsigned nr = 0; nr < SCT_NR_MAX; nr++)
			free(m->rows[c][nr]);
	for (unsigned i = 0; i < MAX_PROBES; i++) {
		free(m->probes[i].provider);
		free(m->probes[i].name);
	}
	pthread_mutex_destroy(&m->lock);
	free(m);
}

static unsigned comm_index(struct metrics *m, const char *comm)
{
	if (!m->per_comm)
		return 0;
	if (!comm || !comm[0])
		comm = "?";
	for (unsigned i = 1; i < m->ncomms; i++)
		if (!strncmp(m->comms[i], comm, SCT_COMM_LEN))
			return i;
	if (m->ncomms > METRICS_MAX_COMMS)
		return 0;
	snprintf(m->comms[m->ncomms], SCT_COMM_LEN, "%s", comm);
	return m->ncomms++;
}

static void count_errno(struct series *s, int err)
{
	unsigned i;

	for (i = 0; i < s->nerr; i++)
		if (s->errs[i].err == err)
			break;
	if (i == s->nerr) {
		if (s->nerr >= MAX_ERRNOS) {
			err = 0;
			for (i = 0; i < s->nerr && s->errs[i].err; i++)
				;
		}
		if (i == s->nerr) {
			s->errs[i].err = err;
			s->nerr++;
		}
	}
	s->errs[i].n++;
}

static int count_call(struct metrics *m, const struct calls_event *e)
{
	const struct sct_rec_syscall *sc = e->call->exit;
	unsigned c = comm_index(m, e->comm), b = 0;
	struct series *s;
	uint64_t ns = 0;

	if (!sc || sc->nr >= SCT_NR_MAX || (sc->flags & SCT_SC_NORETURN))
		return 0;
	s = m->rows[c][sc->nr];
	if (!s && !(s = m->rows[c][sc->nr] = calloc(1, sizeof(*s))))
		return -ENOMEM;
	if (sc->hdr.ts > sc->enter_ts)
		ns = sc->hdr.ts - sc->enter_ts;
	while (b < NBUCKETS && ns > buckets[b].ns)
		b++;
	s->le[b]++;
	s->calls++;
	s->sum_ns += ns;
	if (sc->ret < 0 && sc->ret >= -4095)
		count_errno(s, (int)-sc->ret);
	return 0;
}

/* USDT_PROBE: "provider\0probe\0..." after the record, checked against its size. */
static void learn_probe(struct metrics *m, const struct sct_rec_hdr *rec)
{
	const struct sct_rec_usdt_probe *p = (const void *)rec;
	const char *strs = (const char *)(p + 1), *name;
	size_t avail;

	if (rec->size < sizeof(*p) || p->probe_id >= MAX_PROBES)
		return;
	avail = rec->size - sizeof(*p);
	if (p->strs_len < avail)
		avail = p->strs_len;
	name = memchr(strs, '\0', avail);
	if (!name || !memchr(name + 1, '\0', avail - (size_t)(name + 1 - strs)))
		return;
	free(m->probes[p->probe_id].provider);
	free(m->probes[p->probe_id].name);
	m->probes[p->probe_id].provider = strdup(strs);
	m->probes[p->probe_id].name = strdup(name + 1);
}

static void count_record(struct metrics *m, const struct sct_rec_hdr *rec)
{
	const struct sct_rec_usdt *u = (const void *)rec;

	switch (rec->type) {
	case SCT_REC_USDT_PROBE:
		learn_probe(m, rec);
		break;
	case SCT_REC_USDT:
		if (rec->size >= sizeof(*u) && u->probe_id < MAX_PROBES &&
		    m->probes[u->probe_id].name)
			m->probes[u->probe_id].hits++;
		else
			m->usdt_unknown++;
		break;
	case SCT_REC_LOSS:
		if (rec->size >= sizeof(struct sct_rec_loss))
			m->lost += ((const struct sct_rec_loss *)rec)->lost;
		break;
	}
}

int metrics_event(void *ctx, const struct calls_event *e)
{
	struct metrics *m = ctx;
	int err = 0;

	if (e->type == CALLS_STARTED)
		return 0;
	pthread_mutex_lock(&m->lock);
	if (e->type == CALLS_RECORD)
		count_record(m, e->rec);
	else
		err = count_call(m, e);
	pthread_mutex_unlock(&m->lock);
	return err;
}

/* A label value: \, " and newline escaped, as the format asks. */
static void add_label(struct strbuf *out, const char *key, const char *v, bool first)
{
	strbuf_adds(out, first ? "{" : ",");
	strbuf_adds(out, key);
	strbuf_adds(out, "=\"");
	for (; *v; v++) {
		if (*v == '\\' || *v == '"')
			strbuf_addc(out, '\\');
		if (*v == '\n')
			strbuf_adds(out, "\\n");
		else
			strbuf_addc(out, *v);
	}
	strbuf_addc(out, '"');
}

static void add_header(struct strbuf *out, const char *name, const char *type, const char *help)
{
	strbuf_addf(out, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

/* NAME{comm="...",syscall="..." — the caller closes the braces or adds labels. */
static void add_series(struct strbuf *out, const struct metrics *m, const char *name,
		       unsigned c, const char *sc)
{
	strbuf_adds(out, name);
	if (m->per_comm)
		add_label(out, "comm", m->comms[c], true);
	add_label(out, "syscall", sc, !m->per_comm);
}

static void add_value(struct strbuf *out, uint64_t v)
{
	strbuf_addc(out, ' ');
	strbuf_add_u64(out, v);
	strbuf_addc(out, '\n');
}

typedef void (*series_fn)(struct strbuf *out, const struct metrics *m, unsigned c,
			  const char *sc, const struct series *s);

static void each_series(struct strbuf *out, const struct metrics *m, series_fn fn)
{
	char name[64];

	for (unsigned nr = 0; nr < SCT_NR_MAX; nr++) {
		name[0] = '\0';
		for (unsigned c = 0; c < m->ncomms; c++) {
			if (!m->rows[c][nr])
				continue;
			if (!name[0])
				decode_name_copy(nr, name, sizeof(name));
			fn(out, m, c, name, m->rows[c][nr]);
		}
	}
}

static void calls_of(struct strbuf *out, const struct metrics *m, unsigned c, const char *sc,
		     const struct series *s)
{
	add_series(out, m, "sctrace_syscalls_total", c, sc);
	strbuf_addc(out, '}');
	add_value(out, s->calls);
}

static void errors_of(struct strbuf *out, const struct metrics *m, unsigned c, const char *sc,
		      const struct series *s)
{
	for (unsigned i = 0; i < s->nerr; i++) {
		const char *name = s->errs[i].err ? errno_name(s->errs[i].err) : "other";
		char num[16];

		if (!name) {
			snprintf(num, sizeof(num), "%d", s->errs[i].err);
			name = num;
		}
		add_series(out, m, "sctrace_syscall_errors_total", c, sc);
		add_label(out, "errno", name, false);
		strbuf_addc(out, '}');
		add_value(out, s->errs[i].n);
	}
}

static void latency_of(struct strbuf *out, const struct metrics *m, unsigned c, const char *sc,
		       const struct series *s)
{
	uint64_t cum = 0;

	for (unsigned b = 0; b <= NBUCKETS; b++) {
		cum += s->le[b];
		add_series(out, m, "sctrace_syscall_duration_seconds_bucket", c, sc);
		add_label(out, "le", b < NBUCKETS ? buckets[b].le : "+Inf", false);
		strbuf_addc(out, '}');
		add_value(out, cum);
	}
	add_series(out, m, "sctrace_syscall_duration_seconds_sum", c, sc);
	strbuf_addf(out, "} %llu.%09llu\n", (unsigned long long)(s->sum_ns / 1000000000),
		    (unsigned long long)(s->sum_ns % 1000000000));
	add_series(out, m, "sctrace_syscall_duration_seconds_count", c, sc);
	strbuf_addc(out, '}');
	add_value(out, s->calls);
}

static void render_usdt(const struct metrics *m, struct strbuf *out)
{
	add_header(out, "sctrace_usdt_events_total", "counter", "USDT probe hits, per probe.");
	for (unsigned i = 0; i < MAX_PROBES; i++) {
		const struct probe *p = &m->probes[i];

		if (!p->name || !p->provider)
			continue;
		strbuf_adds(out, "sctrace_usdt_events_total");
		add_label(out, "provider", p->provider, true);
		add_label(out, "probe", p->name, false);
		strbuf_addc(out, '}');
		add_value(out, p->hits);
	}
	if (m->usdt_unknown) {
		strbuf_adds(out, "sctrace_usdt_events_total{provider=\"?\",probe=\"?\"}");
		add_value(out, m->usdt_unknown);
	}
}

void metrics_render(struct metrics *m, struct strbuf *out)
{
	pthread_mutex_lock(&m->lock);
	add_header(out, "sctrace_syscalls_total", "counter", "System calls that returned.");
	each_series(out, m, calls_of);
	add_header(out, "sctrace_syscall_errors_total", "counter",
		   "System calls that returned an error, by errno.");
	each_series(out, m, errors_of);
	add_header(out, "sctrace_syscall_duration_seconds", "histogram",
		   "Latency of system calls, entry to exit.");
	each_series(out, m, latency_of);
	render_usdt(m, out);
	add_header(out, "sctrace_lost_events_total", "counter",
		   "Events the kernel side could not write (its buffers were full).");
	strbuf_adds(out, "sctrace_lost_events_total");
	add_value(out, m->lost);
	pthread_mutex_unlock(&m->lock);
}
