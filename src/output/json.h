/* SPDX-License-Identifier: MIT */
/* The JSON Lines sink (json.c; the fields are documented in doc/JSON.md). */
#ifndef SCT_OUTPUT_JSON_H
#define SCT_OUTPUT_JSON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../calls/calls.h"
#include "../decode/decode.h"
#include "../shared/record.h"

struct json_config {
	FILE *out;
	int64_t realtime_offset_ns; /* CLOCK_REALTIME - CLOCK_MONOTONIC */
	uint64_t signals; /* -e signal=: bit n-1 shows signal n */
};

struct json_sink;

struct json_sink *json_sink_new(const struct json_config *cfg);
void json_sink_free(struct json_sink *s);
/* An event of the call assembly (calls_output.event): calls at their end, other records. */
int json_sink_event(void *sink, const struct calls_event *e);
int json_sink_flush(struct json_sink *s);

#endif
