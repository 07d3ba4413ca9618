// SPDX-License-Identifier: MIT
/*
 * Task ids in sctrace's PID namespace, from PID_VIEW records. /proc can say
 * the same only while the task lives, and tracing lags behind the traced
 * program: a short-lived child is often gone by the time its lines print.
 * Three lookups: a task (the kernel side's tid) to its view and its own
 * namespace, per namespace a number there to the view, and back from a view
 * to the kernel side's id (what the descriptor tables are keyed by).
 */
#include "pid_views.h"

#include <stdbool.h>
#include <stdlib.h>

#include "../util/tidmap.h"

struct task_view {
	uint32_t view_tid;
	uint32_t ns_inum;
};

struct ns_numbers {
	uint32_t inum;
	struct tidmap views; /* number in that namespace -> view + 0 (never 0) */
};

static struct tidmap tasks; /* tid -> struct task_view * */
static struct tidmap kernel_ids; /* view tid or tgid -> the kernel side's + 0 (never 0) */
static struct ns_numbers *spaces;
static size_t nspaces;

static struct ns_numbers *space(uint32_t inum, bool create)
{
	struct ns_numbers *grown;

	for (size_t i = 0; i < nspaces; i++)
		if (spaces[i].inum == inum)
			return &spaces[i];
	if (!create)
		return NULL;
	grown = realloc(spaces, (nspaces + 1) * sizeof(*spaces));
	if (!grown)
		return NULL;
	spaces = grown;
	spaces[nspaces].inum = inum;
	tidmap_init(&spaces[nspaces].views);
	return &spaces[nspaces++];
}

void pid_views_learn(const struct sct_rec_hdr *rec)
{
	const struct sct_rec_pid_view *v = (const struct sct_rec_pid_view *)rec;
	struct task_view *t;
	struct ns_numbers *ns;

	if (rec->type != SCT_REC_PID_VIEW || rec->size < sizeof(*v) || !rec->tid || !v->view_tid)
		return;
	t = tidmap_get(&tasks, rec->tid);
	if (!t) {
		t = malloc(sizeof(*t));
		if (!t || tidmap_put(&tasks, rec->tid, t)) {
			free(t);
			return;
		}
	}
	t->view_tid = v->view_tid;
	t->ns_inum = v->ns_inum;
	tidmap_put(&kernel_ids, v->view_tid, (void *)(uintptr_t)rec->tid);
	if (v->view_tgid && rec->tgid)
		tidmap_put(&kernel_ids, v->view_tgid, (void *)(uintptr_t)rec->tgid);
	ns = v->ns_inum && v->ns_tid ? space(v->ns_inum, true) : NULL;
	if (!ns)
		return;
	tidmap_put(&ns->views, v->ns_tid, (void *)(uintptr_t)v->view_tid);
	if (v->ns_tgid && v->view_tgid)
		tidmap_put(&ns->views, v->ns_tgid, (void *)(uintptr_t)v->view_tgid);
}

uint32_t pid_views_shown(uint32_t tid)
{
	const struct task_view *t = tasks.used ? tidmap_get(&tasks, tid) : NULL;

	return t ? t->view_tid : tid;
}

uint32_t pid_views_kernel(uint32_t view)
{
	uint32_t id = kernel_ids.used ? (uint32_t)(uintptr_t)tidmap_get(&kernel_ids, view) : 0;

	return id ? id : view;
}

int pid_views_translate(uint32_t tid, int pid)
{
	const struct task_view *t = tasks.used ? tidmap_get(&tasks, tid) : NULL;
	const struct ns_numbers *ns = t ? space(t->ns_inum, false) : NULL;

	if (!ns || pid <= 0)
		return 0;
	return (int)(uintptr_t)tidmap_get(&ns->views, (uint32_t)pid);
}

void pid_views_reset(void)
{
	tidmap_free(&tasks, free);
	tidmap_free(&kernel_ids, NULL);
	for (size_t i = 0; i < nspaces; i++)
		tidmap_free(&spaces[i].views, NULL);
	free(spaces);
	spaces = NULL;
	nspaces = 0;
	tidmap_init(&tasks);
	tidmap_init(&kernel_ids);
}
