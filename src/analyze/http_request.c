// SPDX-License-Identifier: MIT
/* Routing an HTTP request head for --metrics: see http_request.h. */
#include "http_request.h"

#include <string.h>

static bool starts(const char *p, size_t len, const char *word)
{
	size_t n = strlen(word);

	return len >= n && !memcmp(p, word, n);
}

/* The head ends at a blank line; lenient clients end lines with a bare LF. */
static bool complete(const char *req, size_t len)
{
	for (size_t i = 0; i + 1 < len; i++)
		if (req[i] == '\n' && (req[i + 1] == '\n' ||
				       (req[i + 1] == '\r' && i + 2 < len && req[i + 2] == '\n')))
			return true;
	return false;
}

enum http_route http_route(const char *req, size_t len, bool *head)
{
	const char *path, *end;
	size_t skip, plen;

	*head = false;
	if (!complete(req, len))
		return HTTP_INCOMPLETE;
	if (starts(req, len, "GET ")) {
		skip = 4;
	} else if (starts(req, len, "HEAD ")) {
		skip = 5;
		*head = true;
	} else {
		return memchr(req, ' ', len) ? HTTP_BAD_METHOD : HTTP_BAD;
	}
	path = req + skip;
	end = path;
	while (end < req + len && *end != ' ' && *end != '?' && *end != '\r' && *end != '\n')
		end++;
	plen = (size_t)(end - path);
	if (!plen)
		return HTTP_BAD;
	if ((plen == 8 && !memcmp(path, "/metrics", 8)) || (plen == 1 && path[0] == '/'))
		return HTTP_METRICS;
	return HTTP_NOT_FOUND;
}
