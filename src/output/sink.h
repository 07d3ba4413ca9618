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

#include "../analyze/filter.h"
#include "../analyze/summary.h"
#include "json.h"
#include "text.h"

enum sink_format { SINK_TEXT, SINK_JSON };

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
	bool summary_per_process; /* --summary-per-process */
	bool histogram; /* --histogram (with summary SUMMARY_NONE: as -c, without the table) */
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
	FILE *summary_file;
	struct fdtable *fds; /* -y: the descriptor table (calls_fdtable), for fdtable_set_live() */
};

/* -ENOMEM on failure; an unopened sink is all NULL and safe to close. */
int sink_open(struct sink *s, const struct sink_config *cfg);
/* Prints the -c table, if any, and frees; returns a write error not reported yet. */
int sink_close(struct sink *s);

#endif
