// SPDX-License-Identifier: MIT
/*
 * Descriptors in flight over SCM_RIGHTS, for -y. A sendmsg (sendmmsg) on a
 * UNIX socket whose peer the table knows (a socketpair, or the peer the
 * kernel side named) queues the descriptions of the descriptors it sends,
 * as the sender's table has them, for the peer; a recvmsg (recvmmsg) on that
 * socket takes them in order and gives them to the descriptors it received,
 * which the table has not seen made. Deterministic, and the same on replay;
 * received descriptors whose sender was not traced come from /proc instead
 * (src/cli/scm_rights.c). The kernel delivers SCM_RIGHTS in the order sent on
 * a socket, so a FIFO per receiving socket pairs them; a message whose data
 * is read in several pieces still carries its rights once.
 */
#include "fdtable_internal.h"
#include "fmt.h"
#include "gen/syscall_nr.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define FLIGHT_MAX 1024 /* queued messages in all: beyond it the oldest are forgotten */
#define RIGHTS_MAX 253 /* SCM_MAX_FD */

/* One SCM_RIGHTS message on its way to the socket of inode peer. */
struct scm_flight {
	struct scm_flight *next;
	unsigned long long peer;
	unsigned n;
	struct fd_entry fds[];
};

size_t scm_rights_fds(const void *control, size_t len, int *fds, size_t n, size_t max)
{
	const unsigned char *data = control;
	size_t off = 0;

	while (off + sizeof(struct cmsghdr) <= len) {
		struct cmsghdr h;
		size_t end, step;

		memcpy(&h, data + off, sizeof(h));
		if (h.cmsg_len < sizeof(h))
			break;
		end = h.cmsg_len > len - off ? len : off + h.cmsg_len; /* the bytes captured */
		if (h.cmsg_level == SOL_SOCKET && h.cmsg_type == SCM_RIGHTS)
			for (size_t at = off + sizeof(h); at + 4 <= end && n < max; at += 4)
				memcpy(&fds[n++], data + at, 4);
		step = (h.cmsg_len + 7) & ~(size_t)7; /* CMSG_ALIGN; a log's huge cmsg_len wraps */
		if (step < h.cmsg_len || step > len - off)
			break;
		off += step;
	}
	return n;
}

/* The descriptors of an event's SCM_RIGHTS messages: msghdr's, or those of the ret mmsghdrs. */
static size_t event_rights(const struct sc_event *ev, int *fds, size_t max)
{
	size_t n = 0;

	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = ev->blobs[k];
		bool mine = ev->nr == SCT_NR_sendmsg || ev->nr == SCT_NR_recvmsg ?
				    b->aux == SCT_AUX_MSG_CONTROL :
				    b->aux >= SCT_AUX_MMSG_CONTROL(0) &&
					    b->aux < SCT_AUX_MMSG_CONTROL(SCT_MMSG_MAX_CAPTURED) &&
					    (int64_t)(b->aux - SCT_AUX_MMSG_CONTROL(0)) < ev->ret;

		if (mine && b->kind == SCT_BLOB_MEM && !(b->flags & SCT_BLOB_FAULT))
			n = scm_rights_fds(sct_blob_data(b), b->len, fds, n, max);
	}
	return n;
}

/* The inode of a socket's "socket:[123]", 0 if none. */
static unsigned long long sock_ino(const struct fd_entry *e)
{
	unsigned long long ino = 0;

	if (!e || !e->desc || sscanf(e->desc, "socket:[%llu]", &ino) != 1)
		return 0;
	return ino;
}

/* The peer of a UNIX socket, "UNIX-STREAM:[123->124...", 0 if unknown. */
static unsigned long long peer_ino(const struct fd_entry *e)
{
	const char *arrow = e && e->detail && !strncmp(e->detail, "UNIX", 4) ? strstr(e->detail, "->") : NULL;

	return arrow ? strtoull(arrow + 2, NULL, 10) : 0;
}

static void flight_free(struct scm_flight *f)
{
	for (unsigned i = 0; i < f->n; i++)
		fd_entry_clear(&f->fds[i]);
	free(f);
}

/* Keep the queue bounded: a receiver never traced would let it grow. */
static void queue_trim(struct fdtable *t)
{
	unsigned n = 0;

	for (struct scm_flight **p = &t->scm; *p; p = &(*p)->next)
		if (++n > FLIGHT_MAX) {
			struct scm_flight *f = t->scm;

			t->scm = f->next;
			flight_free(f);
			return;
		}
}

static void scm_send(struct fdtable *t, struct fdproc *pr, const struct sc_event *ev)
{
	const struct fd_entry *s = fdproc_entry(pr, (int)ev->args[0], false);
	unsigned long long peer = peer_ino(s);
	int fds[RIGHTS_MAX];
	size_t n = peer ? event_rights(ev, fds, RIGHTS_MAX) : 0;
	struct scm_flight *f, **tail;

	if (!n || !(f = calloc(1, sizeof(*f) + n * sizeof(f->fds[0]))))
		return;
	f->peer = peer;
	f->n = (unsigned)n;
	for (size_t i = 0; i < n; i++) {
		const struct fd_entry *e = fdproc_entry(pr, fds[i], false);

		if (!e || !e->desc)
			continue; /* not known: the receiver's stays unknown */
		f->fds[i].desc = strdup(e->desc);
		f->fds[i].detail = dup_or_null(e->detail);
		f->fds[i].proto = dup_or_null(e->proto);
		f->fds[i].deleted = e->deleted;
	}
	for (tail = &t->scm; *tail; tail = &(*tail)->next)
		;
	*tail = f;
	queue_trim(t);
}

static void scm_recv(struct fdtable *t, struct fdproc *pr, const struct sc_event *ev)
{
	unsigned long long ino = sock_ino(fdproc_entry(pr, (int)ev->args[0], false));
	int fds[RIGHTS_MAX];
	size_t n = ino ? event_rights(ev, fds, RIGHTS_MAX) : 0, i = 0;
	struct scm_flight **p = &t->scm;

	/* each message queued for this socket, in order, until the received are named */
	while (i < n && *p) {
		struct scm_flight *f = *p;

		if (f->peer != ino) {
			p = &f->next;
			continue;
		}
		for (unsigned k = 0; k < f->n && i < n; k++, i++) {
			struct fd_entry *e = fdproc_entry(pr, fds[i], false);

			if (f->fds[k].desc && (!e || !e->desc)) /* /proc's answer (scm_rights.c) first */
				fdproc_set_copy(pr, fds[i], &f->fds[k], ev->args[2] & MSG_CMSG_CLOEXEC);
			fd_entry_clear(&f->fds[k]);
		}
		*p = f->next;
		flight_free(f);
	}
}

void fdtable_scm_apply(struct fdtable *t, struct fdproc *pr, const struct sc_event *ev)
{
	if (ev->nr == SCT_NR_sendmsg || ev->nr == SCT_NR_sendmmsg)
		scm_send(t, pr, ev);
	else
		scm_recv(t, pr, ev);
}

void fdtable_scm_free(struct fdtable *t)
{
	while (t->scm) {
		struct scm_flight *f = t->scm;

		t->scm = f->next;
		flight_free(f);
	}
}
