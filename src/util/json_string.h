/* SPDX-License-Identifier: MIT */
/*
 * JSON string writing, shared by the JSON sink and the USDT argument
 * formatter: escapes as RFC 8259 requires and keeps bytes that are not UTF-8
 * as U+DC80..U+DCFF (Python's "surrogateescape").
 */
#ifndef SCT_UTIL_JSON_STRING_H
#define SCT_UTIL_JSON_STRING_H

#include <stddef.h>
#include <stdint.h>

#include "strbuf.h"

/* data as a JSON string: control bytes escaped, bytes that are not UTF-8 as \udcXX. */
void json_add_string(struct strbuf *out, const void *data, size_t len);

/*
 * The fields every JSON object starts with (doc/JSON.md): {"type", "time",
 * "ts_ns", "ts_sec", "ts_nsec", "pid", "tid", "comm" (null when comm is NULL
 * or empty), for the event at mono_ns (CLOCK_MONOTONIC) of a trace whose
 * real-time clock is offset_ns ahead (both may come from a crafted log:
 * realtime.h). The object is left open.
 */
void json_add_head(struct strbuf *out, const char *type, uint64_t mono_ns, int64_t offset_ns,
		   uint32_t pid, uint32_t tid, const char *comm);

#endif
