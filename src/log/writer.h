/* SPDX-License-Identifier: MIT */
/* Binary log writer for --record (writer.c; the format is doc/FORMAT.md). */
#ifndef SCT_LOG_WRITER_H
#define SCT_LOG_WRITER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "format.h"

/* What the header says about the recording. */
struct log_meta {
	int argc;
	char *const *argv; /* sctrace's command line */
	unsigned str_limit;
	unsigned capture_flags; /* LOG_CAPTURE_* */
	const uint64_t *shown; /* -e trace=: SCT_NR_MAX bits, or NULL */
	uint64_t start_mono;
	int64_t clock_offset; /* CLOCK_REALTIME - CLOCK_MONOTONIC */
	int64_t boot_offset; /* CLOCK_BOOTTIME - CLOCK_MONOTONIC */
	/* A flight-recorder snapshot: what it holds, and the trigger that fired (or NULL). */
	const struct log_snapshot *snapshot;
	const char *trigger;
};

struct log_writer;

/* Create path and write the header; prints one error line on failure. */
int log_writer_open(struct log_writer **out, const char *path, unsigned ncpus,
		    const struct log_meta *meta);
/*
 * A record of a stream (n: CPU n's lane, SCT_STREAM_SECOND(n): its ring
 * buffer, SCT_CHUNK_CPU_USER: sctrace's own), in that stream's order.
 */
void log_writer_record(struct log_writer *w, unsigned stream, const void *rec, size_t size);
/* The kernel side lost n records on cpu: noted in cpu's next chunk. */
void log_writer_lost(struct log_writer *w, unsigned cpu, uint64_t n);
/* End of a drain: close the open chunks with this watermark and write them. */
void log_writer_drained(struct log_writer *w, uint64_t watermark);
/* Write what is left and close; returns the sticky error (0 if all was written). */
int log_writer_close(struct log_writer *w);
bool log_writer_failed(const struct log_writer *w);

#endif
