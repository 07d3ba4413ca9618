/* SPDX-License-Identifier: MIT */
/*
 * Time ordering across streams (each CPU's lane and its ring buffer, and a
 * log's chunk streams). Each stream delivers its records in time order, but a
 * task that migrates has its records in several. Records are copied into one
 * FIFO per stream and merged by timestamp, releasing only those older than a
 * watermark that every stream has passed.
 */
#ifndef SCT_MERGE_REORDER_H
#define SCT_MERGE_REORDER_H

#include <stddef.h>
#include <stdint.h>

#include "../shared/record.h"

struct reorder;

struct reorder *reorder_new(unsigned ncpus);
void reorder_free(struct reorder *r);
/* Queue a copy of rec, which came from the ring of cpu. -ENOMEM on failure. */
int reorder_push(struct reorder *r, unsigned cpu, const void *rec, size_t size);
/*
 * The same for a record as the kernel side writes it: a packed syscall
 * record is queued widened (sct_rec_widen). -EINVAL if it is too short.
 */
int reorder_push_packed(struct reorder *r, unsigned cpu, const void *rec, size_t size);
/*
 * Deliver queued records with ts <= watermark, oldest first. Stops at the
 * first negative return of fn and returns it.
 */
int reorder_release(struct reorder *r, uint64_t watermark,
		    int (*fn)(void *ctx, const struct sct_rec_hdr *rec), void *ctx);

#endif
