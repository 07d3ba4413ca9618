/* SPDX-License-Identifier: MIT */
/*
 * A tracing session's flight recorder (snapshots.c): --flight-recorder SIZE
 * with --record FILE keeps the newest events in memory and writes a
 * snapshot (FILE, then FILE.1, FILE.2 ...) on SIGUSR1, when a --snapshot-on
 * trigger matches, and when the trace ends.
 */
#ifndef SCT_CLI_SNAPSHOTS_H
#define SCT_CLI_SNAPSHOTS_H

#include "../capture/capture.h"
#include "../log/writer.h"
#include "options.h"

struct snapshots;

/*
 * Parse the triggers and make the ring; records go on to next (the live
 * outputs; may be NULL). One error line and -errno on failure.
 */
int snapshots_open(struct snapshots **out, const struct options *o, const struct log_meta *meta,
		   capture_sink_fn next, void *next_ctx);
/* The capture to take the totals from, and its CPUs; SIGUSR1 asks for a snapshot from now on. */
void snapshots_start(struct snapshots *s, struct capture *cap);
/* A capture_sink_fn: ctx is the struct snapshots. */
int snapshots_record(void *ctx, const struct sct_rec_hdr *rec);
/* hooks.drained: records up to watermark have been (or are being) handed out. */
void snapshots_drained(void *ctx, uint64_t watermark);
/* After each drain: write the snapshot SIGUSR1 asked for once its events are in. */
void snapshots_tick(struct snapshots *s);
/* The trace ended (its END handed out): a pending SIGUSR1's snapshot, then the last one. */
void snapshots_finish(struct snapshots *s);
/* Free; -errno if a snapshot could not be written (said already), else 0. */
int snapshots_close(struct snapshots *s);

#endif
