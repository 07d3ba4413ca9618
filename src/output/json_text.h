/* SPDX-License-Identifier: MIT */
/* strace's text of a structure or array as JSON (json_text.c). */
#ifndef SCT_OUTPUT_JSON_TEXT_H
#define SCT_OUTPUT_JSON_TEXT_H

#include <stdbool.h>

#include "../util/strbuf.h"

/*
 * Appends text ("{st_mode=S_IFREG|0644, st_size=3, ...}", "[{fd=3,
 * events=POLLIN}]") as a JSON object or array; false, nothing appended, when
 * it is not one strace's syntax describes whole (the caller keeps the text).
 */
bool json_add_strace_text(struct strbuf *out, const char *text);

#endif
