/* SPDX-License-Identifier: MIT */
/*
 * --top: the aggregates of a live, refreshing view of the trace, as perf top
 * and htop show theirs: per syscall and per process, calls, errors and time
 * since the start and their rates over the last interval, sorted by a key the
 * user changes; rendered as text frames (top_screen.c puts them on the
 * terminal). An output of the call assembly that sees every call.
 */
#ifndef SCT_ANALYZE_TOP_H
#define SCT_ANALYZE_TOP_H

#include <stdbool.h>
#include <stdint.h>

#include "../calls/calls.h"
#include "../util/strbuf.h"

enum top_sort {
	TOP_SORT_RATE, /* calls in the last interval (the default) */
	TOP_SORT_CALLS, /* calls since the start */
	TOP_SORT_TIME, /* time in calls since the start */
	TOP_SORT_ERRORS,
	TOP_SORT_NAME,
};

struct top;

struct top *top_new(void);
void top_free(struct top *t);
/* An event of the call assembly (calls_output.event, all_calls). */
int top_event(void *t, const struct calls_event *e);
/*
 * A key the user pressed: r c t e n change the sort, p shows or hides the
 * processes. false for other keys (q is the caller's).
 */
bool top_key(struct top *t, int key);
/*
 * One frame of at most rows lines of at most cols characters (0: no limit),
 * rates over the time since the previous frame (now_ns: CLOCK_MONOTONIC),
 * which then starts the next interval; with whole, over the time since the
 * first frame (the last frame, left on the screen at the end).
 */
void top_frame(struct top *t, uint64_t now_ns, bool whole, unsigned rows, unsigned cols,
	       struct strbuf *out);
/* The trace starts (CLOCK_MONOTONIC): the first interval and the whole trace's rates count from now. */
void top_start(struct top *t, uint64_t now_ns);
/* Show the processes section (with -f, -p, --comm, --system-wide). */
void top_show_processes(struct top *t, bool on);

#endif
