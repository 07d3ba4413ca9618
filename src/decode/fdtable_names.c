// SPDX-License-Identifier: MIT
/*
 * What unlink and rename do to the names the -y table shows. The kernel
 * names an open file by the path it was opened with, follows a rename of it
 * or of a directory above it, and appends " (deleted)" once that name is
 * unlinked (or replaced by a rename); strace reads that from /proc at each
 * call. The table follows the same calls, in every process it knows: a
 * name is the same file for all of them (one mount namespace).
 */
#include "fdtable_internal.h"

#include <stdio.h>

static const char deleted_suffix[] = " (deleted)";

static void mark_deleted(struct fd_entry *e)
{
	char *d;

	if (asprintf(&d, "%s%s", e->desc, deleted_suffix) < 0)
		return;
	free(e->desc);
	e->desc = d;
	e->deleted = true;
}

/* desc with the name from (or a directory of it) replaced by to, or NULL if it is not under from. */
static char *renamed_desc(const char *desc, const char *from, const char *to)
{
	size_t n = strlen(from);
	char *d;

	if (strncmp(desc, from, n) || (desc[n] && desc[n] != '/'))
		return NULL;
	return asprintf(&d, "%s%s", to, desc + n) < 0 ? NULL : d;
}

/* Each live (not deleted) path entry of every process, to fn. */
static void each_entry(struct fdtable *t, void (*fn)(struct fd_entry *e, const char *a, const char *b, bool x),
		       const char *a, const char *b, bool x)
{
	for (size_t i = 0; i < t->procs.cap; i++) {
		struct fdproc *pr = t->procs.slots[i].tid ? t->procs.slots[i].value : NULL;

		for (unsigned fd = 0; pr && fd < pr->nfds; fd++) {
			struct fd_entry *e = &pr->fds[fd];

			if (e->desc && e->desc[0] == '/' && !e->deleted)
				fn(e, a, b, x);
		}
	}
}

static void unlink_one(struct fd_entry *e, const char *path, const char *unused, bool x)
{
	(void)unused;
	(void)x;
	if (!strcmp(e->desc, path))
		mark_deleted(e);
}

void fdtable_unlinked(struct fdtable *t, const char *path)
{
	if (t)
		each_entry(t, unlink_one, path, NULL, false);
}

/* One entry's new name; with exchange the names under to move to from, too. */
static void rename_one(struct fd_entry *e, const char *from, const char *to, bool exchange)
{
	char *d = renamed_desc(e->desc, from, to);

	if (!d && exchange)
		d = renamed_desc(e->desc, to, from);
	if (d) {
		free(e->desc);
		e->desc = d;
		free(e->detail); /* a device's -yy form named the old path */
		e->detail = NULL;
	} else if (!exchange && !strcmp(e->desc, to)) {
		mark_deleted(e); /* the file the rename replaced */
	}
}

void fdtable_renamed(struct fdtable *t, const char *from, const char *to, bool exchange)
{
	if (t)
		each_entry(t, rename_one, from, to, exchange);
}
