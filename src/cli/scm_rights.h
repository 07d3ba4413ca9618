/* SPDX-License-Identifier: MIT */
/*
 * -y of descriptors received over SCM_RIGHTS (scm_rights.c): what they refer
 * to, read from /proc as the recvmsg's record is drained, into the trace.
 */
#ifndef SCT_CLI_SCM_RIGHTS_H
#define SCT_CLI_SCM_RIGHTS_H

#include <stddef.h>

#include "../capture/capture.h"

/*
 * The descriptors a successful recvmsg's or recvmmsg's record (packed, as the kernel side
 * writes it; size bytes) says the process received in SCM_RIGHTS messages:
 * at most max of them into fds; their number. 0 for any other record.
 */
size_t scm_rights_received(const void *rec, size_t size, int *fds, size_t max);

/*
 * From the raw hook: for such a record, an FD_SNAPSHOT of those descriptors
 * alone, injected ahead of it, so that -y names them on its line, live and
 * in a log's replay.
 */
void scm_rights_dump(struct capture *cap, const void *rec, size_t size);

#endif
