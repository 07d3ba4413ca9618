/* SPDX-License-Identifier: MIT */
/*
 * -c / -C: strace's summary table (time, calls, errors per syscall), from
 * the records of a live trace or a replayed log.
 */
#ifndef SCT_ANALYZE_SUMMARY_H
#define SCT_ANALYZE_SUMMARY_H

#include <stdio.h>

#include "../shared/record.h"

enum summary_sort { SORT_TIME, SORT_CALLS, SORT_ERRORS, SORT_NAME, SORT_NOTHING };

struct summary;

struct summary *summary_new(enum summary_sort sort);
void summary_free(struct summary *s);
/* A record in time order (capture_sink_fn). */
int summary_record(void *s, const struct sct_rec_hdr *rec);
/* The table, as strace -c prints it. */
void summary_print(const struct summary *s, FILE *out);
/* "time", "calls", "errors", "name", "nothing" (and strace's aliases); -1 if unknown. */
int summary_sort_by_name(const char *name);

#endif
