// SPDX-License-Identifier: MIT
/*
 * The --metrics HTTP server (see metrics_http.h). The tracing loop never
 * waits for it: the thread takes the aggregates' lock only while rendering,
 * and a client that sends nothing is dropped after CLIENT_TIMEOUT_S.
 */
#include "metrics_http.h"

#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netdb.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include "../util/msg.h"
#include "http_request.h"

#define CLIENT_TIMEOUT_S 5
#define REQUEST_MAX 8192

struct metrics_server {
	struct metrics *m;
	int fd;
	int stop[2]; /* a pipe: writing to it ends the thread */
	unsigned port;
	pthread_t thread;
};

/* "HOST:PORT", ":PORT", "[V6]:PORT" into host (NULL: every address) and port. */
static int split_spec(const char *spec, char *host, size_t hostlen, const char **port)
{
	const char *colon = strrchr(spec, ':');
	const char *h = spec;
	size_t len;

	if (!colon || !colon[1])
		return -1;
	len = (size_t)(colon - spec);
	if (len >= 2 && spec[0] == '[' && spec[len - 1] == ']') {
		h++;
		len -= 2;
	}
	if (len >= hostlen)
		return -1;
	memcpy(host, h, len);
	host[len] = '\0';
	*port = colon + 1;
	for (const char *p = *port; *p; p++)
		if (*p < '0' || *p > '9')
			return -1;
	return 0;
}

static int listen_on(const char *spec, unsigned *port)
{
	struct addrinfo hints = { .ai_socktype = SOCK_STREAM, .ai_flags = AI_PASSIVE };
	struct addrinfo *res = NULL;
	struct sockaddr_storage sa;
	socklen_t salen = sizeof(sa);
	char host[256];
	const char *p;
	int fd = -1, one = 1, rc;

	if (split_spec(spec, host, sizeof(host), &p) || atoi(p) > 65535) {
		msg_error("invalid --metrics '%s': HOST:PORT or :PORT (e.g. :9464, 127.0.0.1:9464)",
			  spec);
		return -1;
	}
	rc = getaddrinfo(host[0] ? host : NULL, p, &hints, &res);
	if (rc) {
		msg_error("--metrics '%s': %s", spec, gai_strerror(rc));
		return -1;
	}
	fd = socket(res->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) ||
	    bind(fd, res->ai_addr, res->ai_addrlen) || listen(fd, 16) ||
	    getsockname(fd, (struct sockaddr *)&sa, &salen)) {
		msg_error("--metrics '%s': cannot listen: %s", spec, strerror(errno));
		if (fd >= 0)
			close(fd);
		freeaddrinfo(res);
		return -1;
	}
	freeaddrinfo(res);
	*port = ntohs(sa.ss_family == AF_INET6 ? ((struct sockaddr_in6 *)&sa)->sin6_port
					       : ((struct sockaddr_in *)&sa)->sin_port);
	return fd;
}

static void send_all(int fd, const char *data, size_t len)
{
	while (len) {
		ssize_t n = send(fd, data, len, MSG_NOSIGNAL);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return;
		data += n;
		len -= (size_t)n;
	}
}

/* Reads up to the end of the request's head (or REQUEST_MAX); what it asks for. */
static enum http_route read_request(int fd, char *buf, size_t size, bool *head)
{
	size_t len = 0;
	enum http_route r = HTTP_INCOMPLETE;

	while (len < size && r == HTTP_INCOMPLETE) {
		ssize_t n = recv(fd, buf + len, size - len, 0);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return HTTP_INCOMPLETE;
		len += (size_t)n;
		r = http_route(buf, len, head);
	}
	return r;
}

static void respond(int fd, const char *status, const char *type, const char *body, size_t len,
		    bool head)
{
	char hdr[256];
	int n = snprintf(hdr, sizeof(hdr),
			 "HTTP/1.1 %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n"
			 "Connection: close\r\n\r\n",
			 status, type, len);

	send_all(fd, hdr, (size_t)n);
	if (!head)
		send_all(fd, body, len);
}

static void serve_client(struct metrics_server *srv, int fd)
{
	static const char usage[] = "GET /metrics\n";
	struct timeval tv = { .tv_sec = CLIENT_TIMEOUT_S };
	char req[REQUEST_MAX];
	struct strbuf body;
	bool head;

	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
	switch (read_request(fd, req, sizeof(req), &head)) {
	case HTTP_INCOMPLETE: /* gone, too slow, or a head larger than REQUEST_MAX */
		return;
	case HTTP_BAD:
		respond(fd, "400 Bad Request", "text/plain", usage, sizeof(usage) - 1, false);
		return;
	case HTTP_BAD_METHOD:
		respond(fd, "405 Method Not Allowed", "text/plain", usage, sizeof(usage) - 1, false);
		return;
	case HTTP_NOT_FOUND:
		respond(fd, "404 Not Found", "text/plain", usage, sizeof(usage) - 1, head);
		return;
	case HTTP_METRICS:
		break;
	}
	strbuf_init(&body);
	metrics_render(srv->m, &body);
	if (body.failed)
		respond(fd, "500 Internal Server Error", "text/plain", "out of memory\n", 14, head);
	else
		respond(fd, "200 OK", "text/plain; version=0.0.4; charset=utf-8", body.data,
			body.len, head);
	strbuf_free(&body);
}

static void *serve(void *arg)
{
	struct metrics_server *srv = arg;
	struct pollfd fds[2] = { { .fd = srv->fd, .events = POLLIN },
				 { .fd = srv->stop[0], .events = POLLIN } };

	for (;;) {
		int c;

		if (poll(fds, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (fds[1].revents)
			break;
		c = accept4(srv->fd, NULL, NULL, SOCK_CLOEXEC);
		if (c < 0)
			continue;
		serve_client(srv, c);
		close(c);
	}
	return NULL;
}

struct metrics_server *metrics_serve(const char *spec, struct metrics *m)
{
	struct metrics_server *srv = calloc(1, sizeof(*srv));
	sigset_t all, old;
	int err;

	if (!srv)
		return NULL;
	srv->m = m;
	srv->fd = listen_on(spec, &srv->port);
	if (srv->fd < 0) {
		free(srv);
		return NULL;
	}
	if (pipe2(srv->stop, O_CLOEXEC)) {
		msg_error("--metrics: %s", strerror(errno));
		goto fail;
	}
	/* The tracing loop, not this thread, must get SIGCHLD, SIGINT and the others. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	err = pthread_create(&srv->thread, NULL, serve, srv);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (err) {
		msg_error("--metrics: cannot start the server: %s", strerror(err));
		close(srv->stop[0]);
		close(srv->stop[1]);
		goto fail;
	}
	return srv;
fail:
	close(srv->fd);
	free(srv);
	return NULL;
}

unsigned metrics_server_port(const struct metrics_server *srv)
{
	return srv->port;
}

void metrics_server_stop(struct metrics_server *srv)
{
	if (!srv)
		return;
	if (write(srv->stop[1], "", 1) == 1)
		pthread_join(srv->thread, NULL);
	close(srv->stop[0]);
	close(srv->stop[1]);
	close(srv->fd);
	free(srv);
}
