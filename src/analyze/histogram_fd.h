/* SPDX-License-Identifier: MIT */
/*
 * --histogram=fd: the log2 histograms of --histogram kept per process and
 * descriptor (and syscall) instead of per syscall: latency, bytes requested
 * and returned, events, for the calls of histogram.c's table (their first
 * argument is the descriptor). At most HISTFD_MAX keys; the calls on further
 * ones are counted, not kept.
 */
#ifndef SCT_ANALYZE_HISTOGRAM_FD_H
#define SCT_ANALYZE_HISTOGRAM_FD_H

#include <stdint.h>
#include <stdio.h>

#include "../calls/calls.h"
#include "../util/strbuf.h"

#define HISTFD_MAX 4096

struct histfd;

struct histfd *histfd_new(void);
void histfd_free(struct histfd *h);
/* A call that returned, and its latency; -ENOMEM or 0. */
int histfd_call(struct histfd *h, const struct call *c, uint64_t ns);
/*
 * The histograms, bpftrace's text: "@latency_ns[read, 1234, 3]:" (syscall,
 * process, descriptor), keys by syscall name, process, descriptor.
 */
void histfd_print(const struct histfd *h, FILE *out);
/* ,"fd_histograms":[{"syscall":"read","pid":1234,"fd":3,"latency_ns":[[lo,n]...],...}...] */
void histfd_json(const struct histfd *h, struct strbuf *out);

#endif
