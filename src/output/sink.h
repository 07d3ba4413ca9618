/* SPDX-License-Identifier: MIT */
/*
 * The output side behind one interface: the text sink (strace's format) or
 * the JSON Lines sink, chosen once; live tracing and replay feed it the same
 * records in the same order, so they print the same bytes.
 */
#ifndef SCT_OUTPUT_SINK_H
#define SCT_OUTPUT_SINK_H

#include <stdbool.h>

#include "json.h"
#include "text.h"

enum sink_format { SINK_TEXT, SINK_JSON };

struct sink_config {
	enum sink_format format;
	struct text_config text; /* out, decode options and clock offset are shared */
};

struct sink {
	int (*record)(void *impl, const struct sct_rec_hdr *rec);
	int (*flush)(void *impl);
	void (*free)(void *impl);
	void *impl;
};

/* -ENOMEM on failure; an unopened sink is all NULL and safe to close. */
int sink_open(struct sink *s, const struct sink_config *cfg);
void sink_close(struct sink *s);

#endif
