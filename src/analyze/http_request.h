/* SPDX-License-Identifier: MIT */
/*
 * The one thing --metrics's server reads from the network: an HTTP request's
 * head, from an untrusted client. Pure, for the fuzzer (tests/fuzz).
 */
#ifndef SCT_ANALYZE_HTTP_REQUEST_H
#define SCT_ANALYZE_HTTP_REQUEST_H

#include <stdbool.h>
#include <stddef.h>

enum http_route {
	HTTP_INCOMPLETE, /* no blank line ending the head yet */
	HTTP_METRICS, /* GET or HEAD of /metrics or / (a query string ignored) */
	HTTP_NOT_FOUND, /* another path */
	HTTP_BAD_METHOD, /* another method */
	HTTP_BAD, /* no request line */
};

/* What the len bytes of head ask for; *head: the method is HEAD (no body in the answer). */
enum http_route http_route(const char *req, size_t len, bool *head);

#endif
