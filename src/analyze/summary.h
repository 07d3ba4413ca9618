/* SPDX-License-Identifier: MIT */
/*
 * -c / -C: strace's summary table (time, calls, errors per syscall, and
 * latency percentiles), from
 * the calls of a live trace or a replayed log (an output of calls.h that
 * sees every call that returned).
 */
#ifndef SCT_ANALYZE_SUMMARY_H
#define SCT_ANALYZE_SUMMARY_H

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

/* -c -v without -U: the default columns with the latency percentiles and the longest call. */
extern const uint8_t summary_columns_verbose[];

/* columns: 0-terminated enum summary_column values, or NULL for strace's default ones. */
struct summary *summary_new(enum summary_sort sort, const uint8_t *columns);
void summary_free(struct summary *s);
/* An event of the call assembly (calls_output.event, all_calls). */
int summary_event(void *s, const struct calls_event *e);
/* The table, as strace -c prints it. */
void summary_print(const struct summary *s, FILE *out);
/* A column's name as -S and -U take them (strace's aliases); -1 if unknown. */
int summary_sort_by_name(const char *name);
/*
 * -U: comma-separated column names into columns (0-terminated; the names
 * column added last when missing). -1 and a message in err when one is
 * unknown or repeated.
 */
int summary_columns_parse(uint8_t columns[SUMMARY_COLUMNS_MAX + 1], const char *spec, char *err,
			  size_t errlen);

#endif
