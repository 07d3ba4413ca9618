/* SPDX-License-Identifier: MIT */
/*
 * JSON string writing, shared by the JSON sink and the USDT argument
 * formatter: escapes as RFC 8259 requires and keeps bytes that are not UTF-8
 * as U+DC80..U+DCFF (Python's "surrogateescape").
 */
#ifndef SCT_UTIL_JSON_STRING_H
#define SCT_UTIL_JSON_STRING_H

#include <stddef.h>

#include "strbuf.h"

/* data as a JSON string: control bytes escaped, bytes that are not UTF-8 as \udcXX. */
void json_add_string(struct strbuf *out, const void *data, size_t len);

#endif
