// SPDX-License-Identifier: MIT
/*
 * The -y / -yy descriptor table. strace asks the kernel (/proc/PID/fd,
 * sock_diag) every time it prints a descriptor; an eBPF tracer prints later,
 * from records, when the process may have moved on or exited, so sctrace
 * rebuilds the table from the calls it decodes. This file is the table:
 * processes, their descriptors and working directory, lookups, fork, exit and
 * snapshots; fdtable_apply.c has what each call does to it (the rules, at its
 * top), fdtable_socket.c the descriptions of pipes and sockets.
 *
 * Keyed by process (tgid): threads share one table. A FORK record to a new
 * tgid copies the parent's table (clone with CLONE_FILES but without
 * CLONE_THREAD, a shared table between processes, is treated as a copy); the
 * last task's exit (TASK_EXIT with SCT_EXIT_GROUP_DEAD) drops it.
 *
 * The initial table: live_fd_snapshot() (src/live) reads /proc/TGID/fd (and fdinfo
 * for O_CLOEXEC, and cwd) for attached processes, and for the command while it
 * waits to exec (its close-on-exec descriptors, sctrace's own, are dropped
 * then, as its execve may not be in the traced set). The session puts it in
 * the trace as a SCT_REC_FD_SNAPSHOT record, which the sink applies with
 * fdtable_apply_snapshot(): so a log carries it and replay starts from it.
 */
#include "fdtable_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>

void fd_entry_clear(struct fd_entry *e)
{
	free(e->desc);
	free(e->detail);
	free(e->proto);
	memset(e, 0, sizeof(*e));
}

static void proc_free(void *p)
{
	struct fdproc *pr = p;

	if (!pr)
		return;
	for (unsigned i = 0; i < pr->nfds; i++)
		fd_entry_clear(&pr->fds[i]);
	free(pr->fds);
	free(pr->cwd);
	free(pr);
}

struct fdtable *fdtable_new(void)
{
	struct fdtable *t = calloc(1, sizeof(*t));

	if (t)
		tidmap_init(&t->procs);
	return t;
}

void fdtable_free(struct fdtable *t)
{
	if (!t)
		return;
	tidmap_free(&t->procs, proc_free);
	fdtable_scm_free(t);
	free(t);
}

void fdtable_set_live(struct fdtable *t, const struct fdtable_live *live)
{
	if (t)
		t->live = live;
}

struct fdproc *fdproc_get(struct fdtable *t, uint32_t tgid, bool create)
{
	struct fdproc *pr = tidmap_get(&t->procs, tgid);

	if (pr || !create || !tgid)
		return pr;
	pr = calloc(1, sizeof(*pr));
	if (pr && tidmap_put(&t->procs, tgid, pr)) {
		free(pr);
		pr = NULL;
	}
	return pr;
}

struct fd_entry *fdproc_entry(struct fdproc *pr, int fd, bool create)
{
	if (!pr || fd < 0 || fd >= FD_LIMIT)
		return NULL;
	if ((unsigned)fd >= pr->nfds) {
		unsigned n = pr->nfds ? pr->nfds : 64;
		struct fd_entry *f;

		if (!create)
			return NULL;
		while (n <= (unsigned)fd)
			n *= 2;
		f = realloc(pr->fds, n * sizeof(*f));
		if (!f)
			return NULL;
		memset(f + pr->nfds, 0, (n - pr->nfds) * sizeof(*f));
		pr->fds = f;
		pr->nfds = n;
	}
	return &pr->fds[fd];
}

/* Take ownership of desc/detail (either may be NULL). */
void fdproc_set(struct fdproc *pr, int fd, char *desc, char *detail, const char *proto,
		bool cloexec)
{
	struct fd_entry *e = fdproc_entry(pr, fd, desc != NULL);

	if (!e) {
		free(desc);
		free(detail);
		return;
	}
	fd_entry_clear(e);
	e->desc = desc;
	e->detail = detail;
	e->proto = dup_or_null(proto);
	e->cloexec = cloexec;
}

void fdproc_set_copy(struct fdproc *pr, int fd, const struct fd_entry *src, bool cloexec)
{
	struct fd_entry *e;

	if (!src || !src->desc) {
		fdproc_set(pr, fd, NULL, NULL, NULL, false);
		return;
	}
	/* src may be in pr's array, which may move as it grows: copy it first. */
	char *desc = strdup(src->desc), *detail = dup_or_null(src->detail);
	char *proto = dup_or_null(src->proto);
	bool deleted = src->deleted;

	fdproc_set(pr, fd, desc, detail, proto, cloexec);
	free(proto);
	if ((e = fdproc_entry(pr, fd, false)) && e->desc)
		e->deleted = deleted;
}

void fdproc_copy(struct fdproc *pr, int from, int to, bool cloexec)
{
	if (from != to)
		fdproc_set_copy(pr, to, fdproc_entry(pr, from, false), cloexec);
}

void fdproc_kernel_form(struct fdproc *pr, int fd)
{
	static const char suffix[] = " (deleted)";
	struct fd_entry *e = fdproc_entry(pr, fd, false);
	size_t n, sl = sizeof(suffix) - 1;

	if (!e || !e->desc)
		return;
	n = strlen(e->desc);
	e->deleted = n > sl && !strcmp(e->desc + n - sl, suffix);
}

int fdtable_set(struct fdtable *t, uint32_t tgid, int fd, const char *desc, bool cloexec)
{
	struct fdproc *pr = fdproc_get(t, tgid, desc != NULL);
	char *d = dup_or_null(desc);

	if (desc && !d)
		return -ENOMEM;
	fdproc_set(pr, fd, d, NULL, NULL, cloexec);
	fdproc_kernel_form(pr, fd);
	return 0;
}

int fdtable_set_cwd(struct fdtable *t, uint32_t tgid, const char *cwd)
{
	struct fdproc *pr = fdproc_get(t, tgid, true);
	char *c = dup_or_null(cwd);

	if (!pr || (cwd && !c)) {
		free(c);
		return -ENOMEM;
	}
	free(pr->cwd);
	pr->cwd = c;
	return 0;
}

/* Which -e decode-fds= item shows an entry's detail (sockets, devices, pidfds). */
static unsigned detail_kind(const struct fd_entry *e)
{
	if (e->proto || !strncmp(e->desc, "socket:", 7))
		return DECODE_FDS_SOCKET;
	if (!strcmp(e->desc, "anon_inode:[pidfd]"))
		return DECODE_FDS_PIDFD;
	return DECODE_FDS_DEV;
}

const char *fdtable_lookup(const struct fdtable *t, uint32_t tgid, int fd, unsigned what)
{
	struct fdproc *pr = t ? tidmap_get(&t->procs, tgid) : NULL;
	struct fd_entry *e;

	if (!pr)
		return NULL;
	if (fd == AT_FDCWD)
		return what & DECODE_FDS_PATH ? pr->cwd : NULL;
	e = fdproc_entry(pr, fd, false);
	if (!e || !e->desc)
		return NULL;
	if (what == DECODE_FDS_DELETED)
		return e->deleted ? e->desc : NULL;
	/* as strace: the detail when its kind is asked for, else the path if paths are */
	if (e->detail && (what & detail_kind(e)))
		return e->detail;
	return what & DECODE_FDS_PATH ? e->desc : NULL;
}

const char *fdtable_path_hook(void *ctx, uint32_t tgid, int fd, unsigned what)
{
	return fdtable_lookup(ctx, tgid, fd, what);
}

void fdtable_fork(struct fdtable *t, uint32_t parent_tgid, uint32_t child_tgid)
{
	struct fdproc *parent, *child;

	if (!t || parent_tgid == child_tgid)
		return; /* a thread: same table */
	parent = fdproc_get(t, parent_tgid, false);
	proc_free(tidmap_del(&t->procs, child_tgid));
	if (!parent)
		return;
	child = fdproc_get(t, child_tgid, true);
	if (!child)
		return;
	parent = fdproc_get(t, parent_tgid, false); /* the map may have grown */
	child->cwd = dup_or_null(parent->cwd);
	for (unsigned fd = 0; fd < parent->nfds; fd++) {
		struct fd_entry *e = &parent->fds[fd];

		if (e->desc)
			fdproc_set_copy(child, (int)fd, e, e->cloexec);
	}
}

void fdtable_exit(struct fdtable *t, uint32_t tgid)
{
	if (t)
		proc_free(tidmap_del(&t->procs, tgid));
}

/*
 * "socket:[123]\tTCP:[...]" or "/dev/null\t/dev/null<char 1:3>": the -yy form
 * after the tab, and a socket's protocol.
 */
static void snapshot_entry(struct fdproc *pr, int fd, const char *text, bool cloexec)
{
	const char *tab = strchr(text, '\t');
	bool socket = !strncmp(text, "socket:[", 8);
	const char *bracket = tab && socket ? strstr(tab + 1, ":[") : NULL;
	char *proto = bracket ? strndup(tab + 1, (size_t)(bracket - tab - 1)) : NULL;

	if (!tab)
		fdproc_set(pr, fd, strdup(text), NULL, NULL, cloexec);
	else
		fdproc_set(pr, fd, strndup(text, (size_t)(tab - text)), strdup(tab + 1), proto, cloexec);
	free(proto);
	fdproc_kernel_form(pr, fd);
}

int fdtable_apply_snapshot(struct fdtable *t, uint32_t tgid, const char *data, size_t len)
{
	const char *p = data, *end = data + len;
	struct fdproc *pr;
	const char *nul;

	if (!t)
		return 0;
	nul = memchr(p, '\0', (size_t)(end - p));
	if (!nul)
		return -EINVAL; /* from a log: untrusted */
	pr = fdproc_get(t, tgid, true);
	if (!pr)
		return -ENOMEM;
	if (nul > p)
		fdtable_set_cwd(t, tgid, p);
	for (p = nul + 1; p < end; p = nul + 1) {
		int fd, cloexec, used = 0;

		nul = memchr(p, '\0', (size_t)(end - p));
		if (!nul)
			break;
		if (sscanf(p, "%d %d %n", &fd, &cloexec, &used) != 2 || !used || fd < 0 ||
		    fd >= FD_LIMIT)
			continue;
		snapshot_entry(pr, fd, p + used, cloexec != 0);
	}
	return 0;
}

