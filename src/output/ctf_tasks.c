// SPDX-License-Identifier: MIT
/* --ctf's task names: see ctf_tasks.h. */
#include "ctf_tasks.h"

#include <stdlib.h>
#include <string.h>

#include "../shared/record.h"

struct ctf_task {
	char comm[SCT_COMM_LEN];
	char *exec; /* the path of an execve in progress, or NULL */
};

static void task_free(void *p)
{
	struct ctf_task *task = p;

	if (task)
		free(task->exec);
	free(task);
}

void ctf_tasks_init(struct ctf_tasks *t)
{
	tidmap_init(&t->map);
}

void ctf_tasks_free(struct ctf_tasks *t)
{
	tidmap_free(&t->map, task_free);
}

/* NULL when out of memory: the names are then "" (an event is never dropped for one). */
static struct ctf_task *task_get(struct ctf_tasks *t, uint32_t tid)
{
	struct ctf_task *task = tid ? tidmap_get(&t->map, tid) : NULL;

	if (task || !tid)
		return task;
	task = calloc(1, sizeof(*task));
	if (task && tidmap_put(&t->map, tid, task)) {
		free(task);
		return NULL;
	}
	return task;
}

void ctf_tasks_exec_entry(struct ctf_tasks *t, uint32_t tid, const char *path, size_t len)
{
	struct ctf_task *task = task_get(t, tid);

	if (!task)
		return;
	free(task->exec);
	task->exec = strndup(path, len);
}

const char *ctf_tasks_exec(struct ctf_tasks *t, uint32_t tid, uint32_t old_tid)
{
	struct ctf_task *task = task_get(t, old_tid);
	const char *base;
	size_t len;

	if (!task)
		return "";
	if (old_tid != tid) { /* a thread became the leader: it has the leader's tid now */
		task_free(tidmap_del(&t->map, tid));
		tidmap_del(&t->map, old_tid);
		if (tidmap_put(&t->map, tid, task)) {
			task_free(task);
			return "";
		}
	}
	if (!task->exec)
		return "";
	base = strrchr(task->exec, '/');
	base = base ? base + 1 : task->exec;
	len = strnlen(base, SCT_COMM_LEN - 1);
	memcpy(task->comm, base, len);
	task->comm[len] = '\0';
	return task->exec; /* freed at the task's next execve entry or end */
}

void ctf_tasks_fork(struct ctf_tasks *t, uint32_t parent, uint32_t child)
{
	const char *comm = ctf_tasks_comm(t, parent);
	struct ctf_task *task = task_get(t, child);

	if (task)
		memcpy(task->comm, comm, strlen(comm) + 1);
}

void ctf_tasks_name(struct ctf_tasks *t, uint32_t tid, const char *name, size_t len)
{
	struct ctf_task *task = task_get(t, tid);

	if (!task)
		return;
	len = strnlen(name, len < SCT_COMM_LEN - 1 ? len : SCT_COMM_LEN - 1);
	memcpy(task->comm, name, len);
	task->comm[len] = '\0';
}

const char *ctf_tasks_comm(const struct ctf_tasks *t, uint32_t tid)
{
	const struct ctf_task *task = tid ? tidmap_get(&t->map, tid) : NULL;

	return task ? task->comm : "";
}

void ctf_tasks_exit(struct ctf_tasks *t, uint32_t tid)
{
	if (tid)
		task_free(tidmap_del(&t->map, tid));
}
