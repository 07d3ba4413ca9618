// SPDX-License-Identifier: MIT
/*
 * -c / -C with --json: the summary as one JSON object on one line, after the
 * calls' objects with -C (doc/JSON.md, "summary"). Its members are
 * versioned by summary_version: a new member keeps the version, a changed
 * or removed one bumps it.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../util/json_string.h"
#include "../util/strbuf.h"
#include "summary_int.h"

/* 2: time_ns, min_ns, max_ns and avg_ns are CPU time unless "clock" says "wall" (-w) */
#define SUMMARY_JSON_VERSION 2

static void add_numbers(struct strbuf *b, const struct row *r)
{
	strbuf_addf(b, "\"calls\":%" PRIu64 ",\"errors\":%" PRIu64 ",\"time_ns\":%" PRIu64, r->calls,
		    r->errors, r->ns);
	strbuf_addf(b, ",\"min_ns\":%" PRIu64 ",\"max_ns\":%" PRIu64 ",\"avg_ns\":%" PRIu64,
		    r->min_ns, r->max_ns, r->calls ? r->ns / r->calls : 0);
	strbuf_addf(b, ",\"p50_ns\":%" PRIu64 ",\"p90_ns\":%" PRIu64 ",\"p99_ns\":%" PRIu64,
		    latency_percentile(&r->lat, 500), latency_percentile(&r->lat, 900),
		    latency_percentile(&r->lat, 990));
}

/* --histogram: "histograms":{"latency_ns":[...],"bytes_requested":[...]...} */
static void add_histograms(struct strbuf *b, const struct summary *s, const struct row *r)
{
	uint64_t lat[LAT_MAX_BITS + 1];

	latency_log2(&r->lat, lat);
	strbuf_adds(b, ",\"histograms\":{");
	histogram_json(b, "latency_ns", lat, LAT_MAX_BITS + 1);
	for (unsigned v = 0; v < HIST_VALUES; v++) {
		const uint64_t *h = histograms_get(s->hist, r->nr, v);

		if (!h)
			continue;
		strbuf_adds(b, ",");
		histogram_json(b, histogram_value_name(v), h, HIST_LOG2);
	}
	strbuf_adds(b, "}");
}

/* "syscalls":[...],"total":{...} of one table, rows in -S's order. */
static void add_table(struct strbuf *b, const struct summary *s, const struct table *t)
{
	struct row total;
	unsigned n;
	struct row *rows = table_rows(s, t, &n, &total);

	strbuf_adds(b, "\"syscalls\":[");
	for (unsigned i = 0; rows && i < n; i++) {
		strbuf_addf(b, "%s{\"syscall\":", i ? "," : "");
		json_add_string(b, rows[i].name, strlen(rows[i].name));
		strbuf_addf(b, ",\"nr\":%u,", rows[i].nr);
		add_numbers(b, &rows[i]);
		if (s->hist && t == &s->all)
			add_histograms(b, s, &rows[i]);
		strbuf_adds(b, "}");
	}
	strbuf_adds(b, "],\"total\":{");
	add_numbers(b, &total);
	strbuf_adds(b, "}");
	if (rows)
		table_rows_free(rows, n, &total);
}

static void add_processes(struct strbuf *b, const struct summary *s)
{
	unsigned n;
	const struct table **procs = summary_procs(s, &n);

	strbuf_adds(b, ",\"processes\":[");
	for (unsigned i = 0; procs && i < n; i++) {
		strbuf_addf(b, "%s{\"pid\":%u,\"comm\":", i ? "," : "", procs[i]->tgid);
		json_add_string(b, procs[i]->comm, strlen(procs[i]->comm));
		strbuf_adds(b, ",");
		add_table(b, s, procs[i]);
		strbuf_adds(b, "}");
	}
	strbuf_adds(b, "]");
	free(procs);
}

void summary_print_json(const struct summary *s, FILE *out)
{
	struct strbuf b;

	strbuf_init(&b);
	/* The members every object has (doc/JSON.md): the time of the trace's last event. */
	json_add_head(&b, "summary", s->last_ts, s->cfg.realtime_offset_ns, 0, 0, NULL);
	strbuf_addf(&b, ",\"summary_version\":%d,\"clock\":\"%s\",", SUMMARY_JSON_VERSION,
		    s->cfg.wall ? "wall" : "cpu");
	add_table(&b, s, &s->all);
	if (s->cfg.per_process)
		add_processes(&b, s);
	if (s->histfd)
		histfd_json(s->histfd, &b);
	strbuf_adds(&b, "}\n");
	if (b.data)
		fputs(b.data, out);
	strbuf_free(&b);
}
