/* SPDX-License-Identifier: MIT */
/* A task as /proc shows it, for the state dump (procstate.c). */
#ifndef SCT_LIVE_PROCSTATE_H
#define SCT_LIVE_PROCSTATE_H

#include <stdint.h>

#include "../util/strbuf.h"

/*
 * Task tid of process tgid: its parent's pid and pid namespace inode, and
 * in out its comm NUL-terminated then the process's command line (each
 * argument NUL-terminated, at most 4 KiB). Returns 0 or -errno (gone).
 */
int live_proc_state(uint32_t tgid, uint32_t tid, uint32_t *ppid, uint64_t *pid_ns,
		    struct strbuf *out);

#endif
