/* SPDX-License-Identifier: MIT */
/*
 * The text sink: strace's output format from records in time order. Lines
 * of several tasks interleave as strace prints them: a call whose entry was
 * recorded separately prints "name(args <unfinished ...>" when another task's
 * line comes first, and "<... name resumed>rest) = ret" at its exit.
 */
#ifndef SCT_OUTPUT_TEXT_H
#define SCT_OUTPUT_TEXT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "../decode/decode.h"
#include "../shared/record.h"

struct fdtable;

struct text_config {
	FILE *out;
	bool to_file; /* -o: pid prefix "N " instead of "[pid N] " */
	bool follow_fork; /* -f */
	int tstamp; /* 0, 1 -t, 2 -tt, 3 -ttt */
	bool relative; /* -r */
	bool durations; /* -T */
	unsigned acolumn; /* -a */
	unsigned status; /* -e status=, enum status_bit */
	uint64_t signals; /* -e signal=: bit n-1 shows signal n */
	uint64_t read_fds[SCT_DUMP_FDS / 64]; /* -e read=: hex dumps of data read */
	uint64_t write_fds[SCT_DUMP_FDS / 64]; /* -e write= */
	int quiet; /* -qq hides exit lines */
	struct decode_opts dec;
	int64_t realtime_offset_ns; /* CLOCK_REALTIME - CLOCK_MONOTONIC */
	struct fdtable *fds; /* -y: the table kept current from the records (not owned), or NULL */
};

struct text_sink;

struct text_sink *text_sink_new(const struct text_config *cfg);
/* Finish an open line and free. */
void text_sink_free(struct text_sink *s);
/* A record, in time order (capture_sink_fn). */
int text_sink_record(void *sink, const struct sct_rec_hdr *rec);
/* A call that is not shown: only its effect on the -y descriptor table. */
int text_sink_hidden(void *sink, const struct sct_rec_hdr *rec);
/* Flush buffered output; returns -errno of a failed write once. */
int text_sink_flush(struct text_sink *s);

#endif
