/* SPDX-License-Identifier: MIT */
/* Pids as the live system shows them, for -Y and --pidns-translation (pids.c). */
#ifndef SCT_LIVE_PIDS_H
#define SCT_LIVE_PIDS_H

#include <stdint.h>

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

/* --summary-per-process: process tgid's name from /proc (SCT_COMM_LEN bytes); 0 when found. */
int live_comm(uint32_t tgid, char *comm);

#endif
