/* SPDX-License-Identifier: MIT */
/* The JSON Lines sink (json.c; the fields are documented in doc/JSON.md). */
#ifndef SCT_OUTPUT_JSON_H
#define SCT_OUTPUT_JSON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../decode/decode.h"
#include "../shared/record.h"

struct json_config {
	FILE *out;
	struct decode_opts dec;
	int64_t realtime_offset_ns; /* CLOCK_REALTIME - CLOCK_MONOTONIC */
	unsigned status; /* -e status=, enum status_bit */
	uint64_t signals; /* -e signal=: bit n-1 shows signal n */
};

struct json_sink;

struct json_sink *json_sink_new(const struct json_config *cfg);
void json_sink_free(struct json_sink *s);
/* A record, in time order (capture_sink_fn). */
int json_sink_record(void *sink, const struct sct_rec_hdr *rec);
int json_sink_flush(struct json_sink *s);

#endif
