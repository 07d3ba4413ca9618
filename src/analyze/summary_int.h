/* SPDX-License-Identifier: MIT */
/*
 * The -c aggregates as summary.c keeps them, for its renderers (the text
 * table in summary.c, JSON in summary_json.c): one table of rows per
 * syscall for the whole trace, and one per process with
 * --summary-per-process.
 */
#ifndef SCT_ANALYZE_SUMMARY_INT_H
#define SCT_ANALYZE_SUMMARY_INT_H

#include "../util/tidmap.h"
#include "histogram.h"
#include "histogram_fd.h"
#include "latency.h"
#include "summary.h"

struct row {
	unsigned nr;
	uint64_t calls;
	uint64_t errors;
	uint64_t ns;
	uint64_t min_ns, max_ns;
	struct latency lat;
	char name[48]; /* filled by table_rows() */
};

struct table {
	uint32_t tgid; /* 0 for the whole trace */
	char comm[SCT_COMM_LEN]; /* the process's command name, "?" when unknown */
	bool exec_named; /* comm is from its execve (a later FORK record of it does not rename it) */
	uint64_t calls;
	unsigned order; /* when it was first seen */
	struct row *rows[SCT_NR_MAX]; /* allocated at a syscall's first call */
};

struct summary {
	struct summary_config cfg;
	uint8_t columns[SUMMARY_COLUMNS_MAX + 1]; /* enum summary_column, 0-terminated */
	struct table all;
	struct histograms *hist; /* with cfg.histogram */
	struct histfd *histfd; /* with cfg.histogram_fd (then no hist) */
	struct tidmap procs; /* tgid -> struct table, with per_process */
	unsigned nprocs;
	uint64_t last_ts; /* the latest record's time (JSON's "time") */
};

/*
 * The rows of a table with calls, named and sorted as -S says, into a new
 * array (free it with table_rows_free); total gets their sums. NULL when
 * out of memory.
 */
struct row *table_rows(const struct summary *s, const struct table *t, unsigned *n,
		       struct row *total);
void table_rows_free(struct row *rows, unsigned n, struct row *total);
/* The time a call counts for (summary_time.c): its CPU time, or its latency with cfg->wall; less -O. */
uint64_t summary_call_time(const struct summary_config *cfg, const struct sct_rec_syscall *exit,
			   uint64_t latency_ns);
/* The per-process tables with calls, most calls first (ties: first seen first); NULL: none. */
const struct table **summary_procs(const struct summary *s, unsigned *n);

#endif
