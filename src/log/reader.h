/* SPDX-License-Identifier: MIT */
/* Binary log reader for --replay and --check (reader.c; the format is doc/FORMAT.md). */
#ifndef SCT_LOG_READER_H
#define SCT_LOG_READER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../decode/syscall_table.h"
#include "../shared/record.h"
#include "format.h"

/* What the header says. */
struct log_info {
	uint32_t version;
	char arch[32];
	uint32_t page_size;
	char boot_id[64];
	int64_t clock_offset;
	char hostname[256];
	char kernel[256];
	char tracer_version[64];
	char cmdline[4096]; /* arguments separated by spaces */
	char cwd[4096];
	uint64_t start;
	struct log_capture capture;
	bool has_shown; /* the recording's -e trace= set (LOG_FIELD_SHOWN) */
	uint64_t shown[SCT_NR_MAX / 64];
	bool has_boot_offset;
	int64_t boot_offset; /* CLOCK_BOOTTIME - CLOCK_MONOTONIC (LOG_FIELD_BOOT_OFFSET) */
	bool is_snapshot; /* a flight-recorder snapshot (LOG_FIELD_SNAPSHOT) */
	struct log_snapshot snapshot;
	char trigger[512]; /* the --snapshot-on condition that fired, or "" */
	struct syscall_desc *table; /* the recording's syscall table (SCT_NR_MAX entries) */
	unsigned table_size;
};

/* What reading found. */
struct log_stats {
	uint64_t file_size;
	uint64_t offset; /* bytes read so far */
	uint64_t chunks; /* intact chunks */
	uint64_t chunks_damaged; /* damaged chunks and unreadable stretches */
	uint64_t chunks_missing; /* sequence numbers never seen (whole chunks gone) */
	uint64_t chunks_repeated; /* chunks whose sequence number was already read: skipped */
	uint64_t bytes_damaged;
	uint64_t truncated_bytes; /* of a chunk cut off at the end of the file */
	uint64_t records; /* kernel records in intact chunks */
	uint64_t lost; /* events the kernel side lost while recording (chunk headers) */
	uint64_t first_ts, last_ts;
	unsigned cpus;
	bool end_seen; /* the recording ended cleanly */
	uint64_t proc_states; /* PROC_STATE records: tasks described as tracing met them */
	uint64_t fd_snapshots; /* FD_SNAPSHOT records: processes' descriptor tables */
};

struct log_reader;

/* Open and check the header; one error line and -errno when it is no usable log. */
int log_reader_open(struct log_reader **out, const char *path, bool quiet);
void log_reader_close(struct log_reader *r);
const struct log_info *log_reader_info(const struct log_reader *r);
const struct log_stats *log_reader_stats(const struct log_reader *r);
/*
 * Deliver every record in time order to fn, warning about damage on the way
 * (unless quiet). progress (may be NULL) is called as the reading advances.
 * Returns 0, or fn's negative return.
 */
int log_reader_run(struct log_reader *r, int (*fn)(void *ctx, const struct sct_rec_hdr *rec),
		   void *ctx, void (*progress)(void *ctx, size_t done, size_t total));

#endif
