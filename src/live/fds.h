/* SPDX-License-Identifier: MIT */
/* Descriptors as the live system shows them, for -y (fds.c). */
#ifndef SCT_LIVE_FDS_H
#define SCT_LIVE_FDS_H

#include <stdbool.h>
#include <stdint.h>

#include "../decode/fdtable.h"
#include "../util/strbuf.h"

/* realpath(3) and /proc/TGID/fd/N, for fdtable_set_live(). */
const struct fdtable_live *live_fd_source(void);
/*
 * Process tgid's table from /proc/TGID/fd, fdinfo (the close-on-exec flag),
 * cwd and, for sockets, /proc/TGID/net, in the form of a SCT_REC_FD_SNAPSHOT
 * record (see fdtable_apply_snapshot); exec_pending (the command, stopped
 * before its execve) leaves out the close-on-exec ones. Returns the number
 * of descriptors or -errno.
 */
int live_fd_snapshot(uint32_t tgid, bool exec_pending, struct strbuf *out);
/*
 * The same record's payload for the n descriptors fds of tgid alone, and no
 * cwd (the table keeps the rest): those a recvmsg just received. Returns how
 * many of them tgid still has.
 */
int live_fd_entries(uint32_t tgid, const int *fds, size_t n, struct strbuf *out);

#endif
