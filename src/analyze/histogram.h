/* SPDX-License-Identifier: MIT */
/*
 * --histogram: log2 histograms per syscall of the values that matter for
 * it, aggregated in user space from the calls (live or --replay): bytes
 * requested and returned by the read and write families, events returned
 * by epoll_wait; printed in bpftrace's hist() style. Latency histograms
 * come from the -c aggregates (summary.c) and print the same way.
 */
#ifndef SCT_ANALYZE_HISTOGRAM_H
#define SCT_ANALYZE_HISTOGRAM_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "../calls/calls.h"
#include "../util/strbuf.h"

/* log2 buckets: [0] is the value 0, [k + 1] the values in [2^k, 2^(k+1)). */
#define HIST_LOG2 65

enum hist_value {
	HIST_REQUESTED, /* bytes asked for: the count argument, an iovec's lengths */
	HIST_RETURNED, /* bytes a successful call moved */
	HIST_EVENTS, /* events returned (epoll_wait) */
	HIST_VALUES,
};

struct histograms;

struct histograms *histograms_new(void);
void histograms_free(struct histograms *h);
/* A call that returned (calls_event CALLS_DONE); -ENOMEM or 0. */
int histograms_call(struct histograms *h, const struct call *c);
/* The buckets of one syscall's values of one kind, NULL when it has none. */
const uint64_t *histograms_get(const struct histograms *h, unsigned nr, enum hist_value v);
/* The bytes a call of the read/write families asked for (--filter's count); false if not known. */
bool histogram_requested(const struct sc_event *ev, uint64_t *bytes);
/*
 * The kind of value a call's result counts (HIST_RETURNED or HIST_EVENTS),
 * or -1 for a call outside the table (histogram_fd.c).
 */
int histogram_result_kind(const struct sc_event *ev);
/* The log2 bucket of a value: 0 for 0, k + 1 for [2^k, 2^(k+1)). */
unsigned histogram_bucket(uint64_t v);
/* The name the text gives a kind: "bytes_requested", "bytes_returned", "events". */
const char *histogram_value_name(enum hist_value v);
/*
 * bpftrace's hist() text: "@TITLE:" then one line per bucket from the first
 * to the last that holds values, "[4, 8)   12 |@@@@   |", then an empty line.
 */
void histogram_print(FILE *out, const char *title, const uint64_t *buckets, unsigned n);

/* "KEY":[[low, count], ...]: the log2 buckets that hold values, by their least value (0, 1, 2, 4...). */
void histogram_json(struct strbuf *b, const char *key, const uint64_t *buckets, unsigned n);

#endif
