/* SPDX-License-Identifier: MIT */
/*
 * The flight recorder (--flight-recorder SIZE): the newest SIZE bytes of
 * events in memory, in time order, written out as a log on request
 * (flight.c; the snapshot's header field is doc/FORMAT.md's SNAPSHOT).
 */
#ifndef SCT_LOG_FLIGHT_H
#define SCT_LOG_FLIGHT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../shared/record.h"
#include "writer.h"

/* The smallest SIZE: a record may take up to 64 KiB. */
#define FLIGHT_MIN_BYTES (64u << 10)

struct flight;

/* A ring of size bytes (a multiple of 8, at least FLIGHT_MIN_BYTES); -errno. */
int flight_new(struct flight **out, size_t size);
void flight_free(struct flight *f);
/*
 * A record in time order, as the merge hands it out (syscall records wide).
 * State records are kept apart, END is kept for the last snapshot, every
 * other record is an event: stored as the log stores it, the oldest events
 * overwritten when the ring is full. Returns 0 or -ENOMEM.
 */
int flight_push(struct flight *f, const struct sct_rec_hdr *rec);
/* Events pushed so far. */
uint64_t flight_events(const struct flight *f);
/* Whether the ring still holds events that the last snapshot written holds. */
bool flight_overlaps(const struct flight *f);
/*
 * Write what the ring holds to path as a log (meta's snapshot field is
 * filled in here): the state records, the events, then end (NULL: the END
 * pushed last, if any). Returns 0 or the writer's -errno (said already).
 */
int flight_write(struct flight *f, const char *path, unsigned ncpus, struct log_meta *meta,
		 unsigned index, unsigned reason, const struct sct_rec_end *end);

#endif
