// SPDX-License-Identifier: MIT
/*
 * -y of descriptors received over SCM_RIGHTS. A recvmsg (recvmmsg) that receives
 * descriptors creates them in the process; the -y table, which learns
 * descriptors from the calls that make them, names them only when it saw a
 * traced sender send them (src/decode/fdtable_scm.c). As strace reads
 * /proc/PID/fd/N when it prints the line, the raw hook reads them as soon as
 * the record is drained (the process normally still has them) and injects an
 * FD_SNAPSHOT of them alone ahead of the record: the line and a log's replay
 * name them.
 */
#include "scm_rights.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "../decode/fdtable.h"
#include "../shared/record.h"
#include "gen/syscall_nr.h"
#include "statedump.h"

#define RIGHTS_MAX 1024 /* SCM_MAX_FD (253) per message, a few messages */

/* Whether blob b of a successful recvmsg (nr) returning ret is a control buffer it filled. */
static bool is_control(const struct sct_blob *b, unsigned nr, int64_t ret)
{
	if (b->kind != SCT_BLOB_MEM || (b->flags & SCT_BLOB_FAULT))
		return false;
	if (nr == SCT_NR_recvmsg)
		return b->aux == SCT_AUX_MSG_CONTROL;
	/* recvmmsg: the control buffers of the ret messages it received */
	return b->aux >= SCT_AUX_MMSG_CONTROL(0) && b->aux < SCT_AUX_MMSG_CONTROL(SCT_MMSG_MAX_CAPTURED) &&
	       b->aux - SCT_AUX_MMSG_CONTROL(0) < ret;
}

size_t scm_rights_received(const void *rec, size_t size, int *fds, size_t max)
{
	const struct sct_rec_syscall_packed *p = rec;
	const unsigned char *at, *end = (const unsigned char *)rec + size;
	size_t n = 0;

	if (size < sizeof(*p) || p->hdr.size > size ||
	    (p->hdr.type != SCT_REC_EXIT && p->hdr.type != SCT_REC_SYSCALL) ||
	    (p->nr != SCT_NR_recvmsg && p->nr != SCT_NR_recvmmsg) || p->ret < 0 ||
	    p->nargs > SCT_MAX_ARGS)
		return 0;
	at = (const unsigned char *)(p + 1) + 8u * p->nargs;
	for (unsigned k = 0; k < p->nblobs && at + sizeof(struct sct_blob) <= end; k++) {
		const struct sct_blob *b = (const struct sct_blob *)at;

		if ((size_t)(end - at) < sizeof(*b) + b->len)
			break;
		if (is_control(b, p->nr, p->ret))
			n = scm_rights_fds(b + 1, b->len, fds, n, max);
		at += sizeof(*b) + ((b->len + 7u) & ~7u);
	}
	return n;
}

void scm_rights_dump(struct capture *cap, const void *rec, size_t size)
{
	int fds[RIGHTS_MAX];
	size_t n = scm_rights_received(rec, size, fds, RIGHTS_MAX);

	if (n)
		statedump_fd_list(cap, (pid_t)((const struct sct_rec_hdr *)rec)->tgid, fds, n);
}
