/* SPDX-License-Identifier: MIT */
/*
 * The state dump (statedump.c): what processes exist and hold when tracing
 * meets them, as records in the trace (and the log), so that -y names
 * descriptors opened before tracing, live and on replay.
 */
#ifndef SCT_CLI_STATEDUMP_H
#define SCT_CLI_STATEDUMP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "../capture/capture.h"
#include "../util/tidmap.h"

/*
 * Process tgid's descriptors and cwd from /proc as an FD_SNAPSHOT record,
 * injected now (exec_pending: the command, stopped before its execve, keeps
 * only what survives it), or with before, ahead of the record the raw hook
 * is being given (capture_inject_before).
 */
void statedump_fds(struct capture *cap, pid_t tgid, bool exec_pending, bool before);

/*
 * Descriptors fds[0..n) of tgid alone (no cwd) as an FD_SNAPSHOT record,
 * ahead of the record the raw hook is being given: those it received.
 */
void statedump_fd_list(struct capture *cap, pid_t tgid, const int *fds, size_t n);

/* Task tid of tgid as /proc shows it (parent, comm, command line) as a PROC_STATE record. */
void statedump_task(struct capture *cap, pid_t tid, pid_t tgid, bool before);
/* The same for every thread of process tgid. */
void statedump_process(struct capture *cap, pid_t tgid, bool before);

/* --system-wide: the processes seen so far, to dump each the first time. */
struct statedump {
	struct tidmap seen; /* tgid -> (void *)1 */
};

void statedump_init(struct statedump *d);
void statedump_free(struct statedump *d);
/*
 * A kernel record, as drained: the tgid of a process this is the first
 * record of (to dump now, before the record is merged), or 0. Children of
 * seen processes inherit their tables through FORK and are not dumped.
 */
uint32_t statedump_first_sight(struct statedump *d, const struct sct_rec_hdr *rec);

#endif
