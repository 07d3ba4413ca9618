/* SPDX-License-Identifier: MIT */
/*
 * -c / -C: strace's summary table (time, calls, errors per syscall), from
 * the calls of a live trace or a replayed log (an output of calls.h that
 * sees every call that returned).
 */
#ifndef SCT_ANALYZE_SUMMARY_H
#define SCT_ANALYZE_SUMMARY_H

#include <stdio.h>

#include "../calls/calls.h"

enum summary_sort { SORT_TIME, SORT_CALLS, SORT_ERRORS, SORT_NAME, SORT_NOTHING };

struct summary;

struct summary *summary_new(enum summary_sort sort);
void summary_free(struct summary *s);
/* An event of the call assembly (calls_output.event, all_calls). */
int summary_event(void *s, const struct calls_event *e);
/* The table, as strace -c prints it. */
void summary_print(const struct summary *s, FILE *out);
/* "time", "calls", "errors", "name", "nothing" (and strace's aliases); -1 if unknown. */
int summary_sort_by_name(const char *name);

#endif
