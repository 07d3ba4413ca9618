/* SPDX-License-Identifier: MIT */
/*
 * --metrics ADDR:PORT: the HTTP endpoint Prometheus scrapes, served from a
 * thread of its own while sctrace traces: GET /metrics (or /) answers
 * metrics_render's text, anything else 404 or 405. One connection at a time,
 * each closed after its answer, with a time limit on a slow client.
 */
#ifndef SCT_ANALYZE_METRICS_HTTP_H
#define SCT_ANALYZE_METRICS_HTTP_H

#include "metrics.h"

struct metrics_server;

/*
 * Listens on spec ("HOST:PORT", ":PORT" for every address, "[::1]:PORT";
 * port 0 picks a free one) and serves m. NULL after one error line.
 */
struct metrics_server *metrics_serve(const char *spec, struct metrics *m);
/* The port listened on (the chosen one for port 0). */
unsigned metrics_server_port(const struct metrics_server *srv);
/* Stops the thread and closes the socket; NULL is fine. */
void metrics_server_stop(struct metrics_server *srv);

#endif
