/* SPDX-License-Identifier: MIT */
/*
 * --usdt SPEC: "[PATH:]PROVIDER:PROBE[:args=TYPES]" with fnmatch wildcards
 * in each part; TYPES says how to show the arguments (types.h).
 */
#ifndef SCT_USDT_SPEC_H
#define SCT_USDT_SPEC_H

#include <stdbool.h>
#include <stddef.h>

#include "types.h"

struct usdt_spec {
	char *path; /* NULL: any object */
	char *real; /* realpath(path) when it names one file, else NULL */
	char *provider;
	char *probe;
	struct usdt_types types; /* args=; n 0 when not given */
};

/* Parse text; on error writes one line to err and returns -EINVAL. */
int usdt_spec_parse(struct usdt_spec *s, const char *text, char *err, size_t errlen);
void usdt_spec_free(struct usdt_spec *s);
/* Whether an object (its path as /proc/PID/maps shows it) is one the spec names. */
bool usdt_spec_object_matches(const struct usdt_spec *s, const char *object);
bool usdt_spec_probe_matches(const struct usdt_spec *s, const char *provider, const char *probe);

#endif
