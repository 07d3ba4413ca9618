/* SPDX-License-Identifier: MIT */
/*
 * --ctf's task names: what LTTng's process events say of a task (comm,
 * sched_process_exec's filename), from the trace itself so that replay
 * writes what live tracing wrote. A task's name is the last part of the path
 * its execve was given (as the kernel sets it), a child's its parent's; a
 * task traced from before its first execve in the trace has "" (records do
 * not carry names).
 */
#ifndef SCT_OUTPUT_CTF_TASKS_H
#define SCT_OUTPUT_CTF_TASKS_H

#include <stddef.h>
#include <stdint.h>

#include "../util/tidmap.h"

struct ctf_tasks {
	struct tidmap map;
};

void ctf_tasks_init(struct ctf_tasks *t);
void ctf_tasks_free(struct ctf_tasks *t);
/* An execve's entry: the path it was given (len bytes), for its EXEC record. */
void ctf_tasks_exec_entry(struct ctf_tasks *t, uint32_t tid, const char *path, size_t len);
/*
 * The EXEC record: old_tid's pending path names the task, now tid; returns
 * that path ("" if the execve's entry was not seen), valid until the next call.
 */
const char *ctf_tasks_exec(struct ctf_tasks *t, uint32_t tid, uint32_t old_tid);
void ctf_tasks_fork(struct ctf_tasks *t, uint32_t parent, uint32_t child);
/* A task's name from the state dump (PROC_STATE): len bytes or up to a NUL. */
void ctf_tasks_name(struct ctf_tasks *t, uint32_t tid, const char *name, size_t len);
/* The task's name, "" when not known. */
const char *ctf_tasks_comm(const struct ctf_tasks *t, uint32_t tid);
/* The task ended: forget it. */
void ctf_tasks_exit(struct ctf_tasks *t, uint32_t tid);

#endif
