/* SPDX-License-Identifier: MIT */
/*
 * Internal to the -y / -yy descriptor table, shared by its three files:
 * fdtable.c (the table: processes, entries, lookup, fork, exit, snapshots),
 * fdtable_apply.c (what each call does to it) and fdtable_socket.c (pipe and
 * socket descriptions, -yy). Other code uses fdtable.h only.
 */
#ifndef SCT_DECODE_FDTABLE_INTERNAL_H
#define SCT_DECODE_FDTABLE_INTERNAL_H

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

#include "../util/tidmap.h"
#include "fdtable.h"

#define FD_LIMIT FDTABLE_FD_LIMIT
#define OCLOEXEC O_CLOEXEC /* = SOCK_CLOEXEC, EFD_CLOEXEC, ... on x86_64 */

struct fd_entry {
	char *desc; /* -y text; NULL: not open (or unknown) */
	char *detail; /* -yy text for sockets, or NULL */
	char *proto; /* socket protocol name ("TCP"), kept for accept */
	bool cloexec;
	bool deleted; /* its file was unlinked: desc ends in the kernel's " (deleted)" */
};

struct fdproc {
	char *cwd;
	struct fd_entry *fds;
	unsigned nfds; /* allocated entries */
};

struct fdtable {
	struct tidmap procs;
	const struct fdtable_live *live; /* live tracing's answers from the system, or NULL */
	struct scm_flight *scm; /* SCM_RIGHTS messages sent, not yet received (fdtable_scm.c) */
};

static inline char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

/* fdtable.c */
/* The table of process tgid, made if create (and tgid is not 0); NULL if none. */
struct fdproc *fdproc_get(struct fdtable *t, uint32_t tgid, bool create);
/* The entry of fd, the array grown to it if create; NULL past it or FD_LIMIT. */
struct fd_entry *fdproc_entry(struct fdproc *pr, int fd, bool create);
/* Set fd, taking ownership of desc and detail (either may be NULL: desc NULL closes). */
void fdproc_set(struct fdproc *pr, int fd, char *desc, char *detail, const char *proto,
		bool cloexec);
/* fd gets a copy of entry src (which may be NULL or closed: fd is closed), its deleted mark too. */
void fdproc_set_copy(struct fdproc *pr, int fd, const struct fd_entry *src, bool cloexec);
/* dup: to gets from's description (to closed if from is not open). */
void fdproc_copy(struct fdproc *pr, int from, int to, bool cloexec);
void fd_entry_clear(struct fd_entry *e);
/* fd's description came from the kernel (/proc, memfd): a " (deleted)" ending says it was unlinked. */
void fdproc_kernel_form(struct fdproc *pr, int fd);

/* fdtable_names.c: unlink and rename, applied to every process's descriptors */
void fdtable_unlinked(struct fdtable *t, const char *path);
void fdtable_renamed(struct fdtable *t, const char *from, const char *to, bool exchange);

/* fdtable_socket.c: new pipes and sockets, and bind/connect's endpoints */
/* The kernel side's description of fd after the call (struct sct_fdinfo), if it made one. */
bool kernel_fdinfo(const struct sc_event *ev, int fd, struct sct_fdinfo *fi);
void fdproc_add_pipe(struct fdtable *t, struct fdproc *pr, uint32_t tgid, const struct sc_event *ev,
		     const int fds[2], bool cloexec);
void fdproc_add_socket(struct fdtable *t, struct fdproc *pr, uint32_t tgid,
		       const struct sc_event *ev, int fd, const char *proto, bool cloexec);
void fdproc_add_socketpair(struct fdtable *t, struct fdproc *pr, uint32_t tgid,
			   const struct sc_event *ev, const int fds[2]);
void fdproc_set_endpoints(struct fdproc *pr, const struct sc_event *ev, int fd);
/* fdtable_scm.c: SCM_RIGHTS; send*msg queues what it sends, recv*msg names what it received */
void fdtable_scm_apply(struct fdtable *t, struct fdproc *pr, const struct sc_event *ev);
void fdtable_scm_free(struct fdtable *t);
/* strace's -yy protocol name of a socket(domain, type, protocol) ("TCP"), or NULL. */
const char *sock_proto_name(uint64_t domain, uint64_t type, uint64_t protocol);

#endif
