/* SPDX-License-Identifier: MIT */
/*
 * --metrics: live aggregates in Prometheus's text exposition format (0.0.4):
 * per syscall (and per command name with --metrics-per-comm) the calls that
 * returned, their errors by errno and a latency histogram; USDT hits per
 * probe; events the kernel side lost. An output of the call assembly that
 * sees every call, as -c's table; the HTTP server (metrics_http.c) renders it
 * from its own thread, hence the lock.
 */
#ifndef SCT_ANALYZE_METRICS_H
#define SCT_ANALYZE_METRICS_H

#include <stdbool.h>

#include "../calls/calls.h"
#include "../util/strbuf.h"

/* Command names that get their own series; later ones are counted as comm="other". */
#define METRICS_MAX_COMMS 64

struct metrics;

/* per_comm: a "comm" label on the syscall series. NULL when out of memory. */
struct metrics *metrics_new(bool per_comm);
void metrics_free(struct metrics *m);
/* An event of the call assembly (calls_output.event, all_calls). */
int metrics_event(void *m, const struct calls_event *e);
/* The exposition text of everything counted so far (locked against metrics_event). */
void metrics_render(struct metrics *m, struct strbuf *out);

#endif
