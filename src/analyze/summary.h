/* SPDX-License-Identifier: MIT */
/*
 * -c / -C: strace's summary table (time, calls, errors per syscall, and
 * latency percentiles), from
 * the calls of a live trace or a replayed log (an output of calls.h that
 * sees every call that returned).
 */
#ifndef SCT_ANALYZE_SUMMARY_H
#define SCT_ANALYZE_SUMMARY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../calls/calls.h"

/* The table's columns (-U), in strace's order of definition. */
enum summary_column {
	COL_NONE,
	COL_TIME_PERCENT, /* "% time" */
	COL_TIME_TOTAL, /* "seconds" */
	COL_TIME_MIN, /* "shortest" */
	COL_TIME_MAX, /* "longest" */
	COL_TIME_AVG, /* "usecs/call" */
	COL_CALLS,
	COL_ERRORS,
	COL_NAME, /* "syscall" */
	COL_P50, /* latency percentiles, "p50" ... (sctrace's) */
	COL_P90,
	COL_P99,
	COL_COUNT,
};
#define SUMMARY_COLUMNS_MAX (COL_COUNT - 1)

/* -S: the rows by the values of a column (options default to SORT_TIME). */
enum summary_sort {
	SORT_NOTHING = COL_NONE,
	SORT_TIME = COL_TIME_TOTAL,
	SORT_CALLS = COL_CALLS,
	SORT_ERRORS = COL_ERRORS,
	SORT_NAME = COL_NAME,
};

struct summary;

struct summary_config {
	enum summary_sort sort; /* -S */
	const uint8_t *columns; /* -U: 0-terminated enum summary_column, or NULL for strace's */
	bool per_process; /* --summary-per-process: a table per process */
	bool json; /* --json: the summary as one JSON object (summary_json.c) */
	bool no_table; /* --histogram without -c/-C: the histograms alone */
	bool histogram; /* --histogram: log2 histograms per syscall (histogram.h) */
	bool histogram_fd; /* --histogram=fd: per process and descriptor instead (histogram_fd.h) */
	int64_t realtime_offset_ns; /* JSON's "time" */
	/*
	 * The time columns: each call's latency (-w, or a log recorded without
	 * CPU times) instead of the CPU time its task spent in it (the
	 * SCT_AUX_CPU_TIME blob of its exit; none: 0, a call that did not run).
	 */
	bool wall;
	uint64_t overhead_ns; /* -O: subtracted from each call's time, down to 0 */
	/*
	 * Live tracing: a process's command name from /proc (SCT_COMM_LEN bytes),
	 * for processes that neither exec'd nor were forked in the trace; NULL
	 * on replay. 0 when found.
	 */
	int (*live_comm)(uint32_t tgid, char *comm);
};

/* -c -v without -U: the default columns with the latency percentiles and the longest call. */
extern const uint8_t summary_columns_verbose[];

struct summary *summary_new(const struct summary_config *cfg);
void summary_free(struct summary *s);
/* An event of the call assembly (calls_output.event, all_calls). */
int summary_event(void *s, const struct calls_event *e);
/* The table, as strace -c prints it (one per process with per_process), or the JSON object. */
void summary_print(const struct summary *s, FILE *out);
/* The JSON object, one line (summary_json.c). */
void summary_print_json(const struct summary *s, FILE *out);
/* A column's name as -S and -U take them (strace's aliases); -1 if unknown. */
int summary_sort_by_name(const char *name);
/*
 * -U: comma-separated column names into columns (0-terminated; the names
 * column added last when missing). -1 and a message in err when one is
 * unknown or repeated.
 */
int summary_columns_parse(uint8_t columns[SUMMARY_COLUMNS_MAX + 1], const char *spec, char *err,
			  size_t errlen);

/*
 * -O: strace's OVERHEAD[UNIT] (a decimal or floating-point number, then s,
 * ms, us or ns; us without) into nanoseconds. -1 when it is not one.
 */
int summary_overhead_parse(const char *s, uint64_t *ns);

#endif
