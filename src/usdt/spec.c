// SPDX-License-Identifier: MIT
/*
 * --usdt SPEC parsing and matching: see spec.h. The last two ':'-separated
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

int usdt_spec_parse(struct usdt_spec *s, const char *text, char *err, size_t errlen)
{
	const char *last = strrchr(text, ':'), *prev = NULL;
	char buf[PATH_MAX];

	memset(s, 0, sizeof(*s));
	for (const char *p = text; last && p < last; p++)
		if (*p == ':')
			prev = p;
	if (!last || !last[1] || last == text || (prev && (prev + 1 == last || prev == text))) {
		snprintf(err, errlen,
			 "invalid --usdt '%s': expected [PATH:]PROVIDER:PROBE (wildcards * allowed)",
			 text);
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
