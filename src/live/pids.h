/* SPDX-License-Identifier: MIT */
/* Pids as the live system shows them, for -Y and --pidns-translation (pids.c). */
#ifndef SCT_LIVE_PIDS_H
#define SCT_LIVE_PIDS_H

#include <stdint.h>
#include <sys/types.h>

#include "../decode/decode.h"

/*
 * decode_opts.pid_info from /proc (ctx unused): the pid in sctrace's PID
 * namespace of pid as process tgid sees it (tgid 0: pid is ours already),
 * 0 when no such task is found; comm, when not NULL, gets its name ("" when
 * unreadable).
 */
int live_pid_info(void *ctx, uint32_t tgid, int pid, enum pid_kind kind, char *comm);
/* A task's name (SCT_COMM_LEN bytes, "" when gone) and parent (0 when gone), for TASK_NEW. */
void live_task_name(int tid, char *comm, uint32_t *ppid);

/*
 * sctrace's own PID namespace, against /proc's (the kernel side's ids are the
 * initial namespace's, and sctrace needs /proc to be that one's): how many
 * levels below it we are. 0 but under `unshare -Urpf` and the like, where the
 * ids sctrace prints are its namespace's: the PID_VIEW records say which.
 */
unsigned live_pid_ns_level(void);
/* The inode of our PID namespace (/proc/self/ns/pid), 0 if unknown. */
ino_t live_pid_ns_inode(void);
/* Our own process id as /proc and the kernel side know it. */
pid_t live_self_pid(void);
/* Process or thread id (as our fork and kill know it) as /proc knows it; -errno when gone. */
pid_t live_proc_pid(pid_t ours);
/* A task id as /proc knows it in our namespace (NSpid at our level); 0 when not found. */
pid_t live_view_pid(pid_t proc_pid);

/* --summary-per-process: process tgid's name from /proc (SCT_COMM_LEN bytes); 0 when found. */
int live_comm(uint32_t tgid, char *comm);

#endif
