// SPDX-License-Identifier: MIT
/*
 * --usdt SPEC parsing and matching: see spec.h. A trailing ":args=TYPES"
 * is taken off first. The last two ':'-separated
 * parts are PROVIDER and PROBE, anything before them is PATH (which may
 * itself hold ':'). A PATH with a '/' is matched against the object's full
 * path (and against its realpath, so /usr/bin/python3 finds python3.11); a
 * PATH without one against the object's file name. " (deleted)" is not part
 * of a path.
 */
#include "spec.h"

#include <errno.h>
#include <fnmatch.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void usdt_spec_free(struct usdt_spec *s)
{
	if (!s)
		return;
	free(s->path);
	free(s->real);
	free(s->provider);
	free(s->probe);
	memset(s, 0, sizeof(*s));
}

/* PATH, PROVIDER and PROBE of text (full: what the user wrote, for messages). */
static int spec_split(struct usdt_spec *s, const char *text, const char *full, char buf[PATH_MAX],
		      char *err, size_t errlen)
{
	const char *last = strrchr(text, ':'), *prev = NULL;

	for (const char *p = text; last && p < last; p++)
		if (*p == ':')
			prev = p;
	if (!last || !last[1] || last == text || (prev && (prev + 1 == last || prev == text))) {
		snprintf(err, errlen,
			 "invalid --usdt '%s': expected [PATH:]PROVIDER:PROBE (wildcards * allowed)",
			 full);
		return -EINVAL;
	}
	s->probe = strdup(last + 1);
	if (prev) {
		s->path = strndup(text, (size_t)(prev - text));
		s->provider = strndup(prev + 1, (size_t)(last - prev - 1));
	} else {
		s->provider = strndup(text, (size_t)(last - text));
	}
	if (!s->probe || !s->provider || (prev && !s->path)) {
		usdt_spec_free(s);
		snprintf(err, errlen, "out of memory");
		return -ENOMEM;
	}
	if (s->path && strchr(s->path, '/') && !strpbrk(s->path, "*?[") && realpath(s->path, buf))
		s->real = strdup(buf);
	return 0;
}

#define ARGS_TAG ":args="

int usdt_spec_parse(struct usdt_spec *s, const char *full, char *err, size_t errlen)
{
	const char *types;
	char buf[PATH_MAX], *text;
	int rc;

	memset(s, 0, sizeof(*s));
	text = strdup(full);
	if (!text) {
		snprintf(err, errlen, "out of memory");
		return -ENOMEM;
	}
	types = strstr(text, ARGS_TAG);
	while (types && strstr(types + 1, ARGS_TAG))
		types = strstr(types + 1, ARGS_TAG);
	if (types && !strchr(types + 1, ':')) {
		if (usdt_types_parse(types + strlen(ARGS_TAG), strlen(types + strlen(ARGS_TAG)),
				     &s->types)) {
			snprintf(err, errlen,
				 "invalid --usdt '%s': unknown argument type or more than %d in '%s' "
				 "(types: i8 i16 i32 i64 u8 u16 u32 u64 x8 x16 x32 x64 ptr str -)",
				 full, SCT_USDT_MAX_ARGS, types + 1);
			free(text);
			return -EINVAL;
		}
		text[types - text] = 0;
	}
	rc = spec_split(s, text, full, buf, err, errlen);
	free(text);
	return rc;
}

bool usdt_spec_object_matches(const struct usdt_spec *s, const char *object)
{
	char path[PATH_MAX];
	const char *base;
	size_t len = strlen(object);

	if (!s->path)
		return true;
	if (len >= sizeof(path))
		return false;
	memcpy(path, object, len + 1);
	if (len > 10 && !strcmp(path + len - 10, " (deleted)"))
		path[len - 10] = 0;
	if (strchr(s->path, '/'))
		return !fnmatch(s->path, path, 0) || (s->real && !strcmp(s->real, path));
	base = strrchr(path, '/');
	return !fnmatch(s->path, base ? base + 1 : path, 0);
}

bool usdt_spec_probe_matches(const struct usdt_spec *s, const char *provider, const char *probe)
{
	return !fnmatch(s->provider, provider, 0) && !fnmatch(s->probe, probe, 0);
}
