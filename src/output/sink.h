/* SPDX-License-Identifier: MIT */
/*
 * The output side behind one interface: the call assembly (calls.h) feeding
 * the text sink (strace's format) or the JSON Lines sink, chosen once, and
 * with -c/-C the summary table; live tracing and replay feed it the same
 * records in the same order, so they print the same bytes.
 */
#ifndef SCT_OUTPUT_SINK_H
#define SCT_OUTPUT_SINK_H

#include <stdbool.h>
#include <stdint.h>

#include "../analyze/diagnose.h"
#include "../analyze/filter.h"
#include "../analyze/metrics.h"
#include "../analyze/top.h"
#include "../analyze/summary.h"
#include "ctf.h"
#include "json.h"
#include "text.h"

enum sink_format { SINK_TEXT, SINK_JSON, SINK_NONE /* --ctf, -c, --metrics or --top alone */ };

enum sink_summary {
	SUMMARY_NONE,
	SUMMARY_ONLY, /* -c: the table instead of the calls */
	SUMMARY_TOO, /* -C: the calls and the table */
};

struct sink_config {
	enum sink_format format;
	enum sink_summary summary;
	enum summary_sort sort; /* -S */
	const uint8_t *summary_columns; /* -U, or NULL */
	bool diagnose; /* --diagnose: findings after the trace and the table */
	bool findings_only; /* --record alone with --diagnose: no trace, only the findings */
	bool summary_per_process; /* --summary-per-process */
	bool summary_wall; /* -w, or a log without CPU times: latencies in the table */
	uint64_t summary_overhead_ns; /* -O */
	bool histogram; /* --histogram (with summary SUMMARY_NONE: as -c, without the table) */
	bool histogram_fd; /* --histogram=fd: per process and descriptor */
	const struct filter *filter; /* --filter, --duration (filter.h), or NULL */
	int (*live_comm)(uint32_t tgid, char *comm); /* live: a process's name (summary_config) */
	/*
	 * -e trace=: the calls shown (bit per number), or NULL for all. Other
	 * calls that arrive (with -y the descriptor-changing ones are captured
	 * whatever -e trace= says, and a log holds everything) only keep the
	 * descriptor table current.
	 */
	const uint64_t *shown;
	unsigned status; /* -e status=, enum status_bit */
	const uint64_t *abbrev, *raw, *verbose; /* -e abbrev=, -e raw=, -e verbose= (calls_config) */
	const char *const *paths; /* -P (calls_config) */
	size_t npaths;
	struct text_config text; /* out, decode options and clock offset are shared */
	const struct ctf_config *ctf; /* --ctf DIR, beside the writer, or NULL */
	/* top */
	struct metrics *metrics; /* --metrics: the caller's aggregates, fed every call */
	bool metrics_comm; /* --metrics-per-comm: the calls stage keeps task names */
	struct top *top; /* --top: the caller's aggregates, fed every call (with names) */
};

/* Use through record(impl, rec), flush(impl) and sink_close(). */
struct sink {
	int (*record)(void *impl, const struct sct_rec_hdr *rec);
	int (*flush)(void *impl);
	void *impl;
	struct calls *calls;
	/* the chosen writer; NULL with -c alone */
	int (*out_flush)(void *out);
	void (*out_free)(void *out);
	void *out;
	struct summary *summary;
	FILE *summary_file; /* also the findings' */
	struct diagnose *diagnose;
	struct fdtable *fds; /* -y: the descriptor table (calls_fdtable), for fdtable_set_live() */
	struct ctf_sink *ctf; /* --ctf */
	bool finished; /* calls_finish done (by sink_close_ctf) */
	int finish_err; /* and what it returned, for sink_close */
};

/*
 * -errno on failure (--ctf's directory cannot be written: an error line says
 * why); an unopened sink is all NULL and safe to close.
 */
int sink_open(struct sink *s, const struct sink_config *cfg);
/*
 * --ctf: ends the calls in progress (calls_finish), writes the last packets
 * and the metadata and closes the trace; returns its write error (-errno),
 * for the caller to report (call before sink_close, which does it silently).
 */
int sink_close_ctf(struct sink *s);
/* Prints the -c table, if any, and frees; returns a write error not reported yet. */
int sink_close(struct sink *s);

#endif
