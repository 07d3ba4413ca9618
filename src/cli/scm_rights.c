// SPDX-License-Identifier: MIT
/*
 * -y of descriptors received over SCM_RIGHTS. A recvmsg that receives
 * descriptors creates them in the process; the -y table, which learns
 * descriptors from the calls that make them, cannot tell what they refer
 * to (the sender may be untraced). As strace reads /proc/PID/fd/N when it
 * prints the line, the raw hook reads them as soon as the record is
 * drained (the process normally still has them) and injects an FD_SNAPSHOT
 * of them alone ahead of the record: the line and a log's replay name them.
 */
#include "scm_rights.h"

#include <string.h>
#include <sys/socket.h>

#include "../shared/record.h"
#include "gen/syscall_nr.h"
#include "statedump.h"

#define RIGHTS_MAX 253 /* SCM_MAX_FD: the kernel passes at most this many per message */

/* The control buffer's blob of a packed recvmsg record, or NULL. */
static const struct sct_blob *control_blob(const void *rec, size_t size)
{
	const struct sct_rec_syscall_packed *p = rec;
	const unsigned char *at, *end = (const unsigned char *)rec + size;

	if (size < sizeof(*p) || p->hdr.size > size ||
	    (p->hdr.type != SCT_REC_EXIT && p->hdr.type != SCT_REC_SYSCALL) ||
	    p->nr != SCT_NR_recvmsg || p->ret < 0 || p->nargs > SCT_MAX_ARGS)
		return NULL;
	at = (const unsigned char *)(p + 1) + 8u * p->nargs;
	for (unsigned k = 0; k < p->nblobs && at + sizeof(struct sct_blob) <= end; k++) {
		const struct sct_blob *b = (const struct sct_blob *)at;

		if ((size_t)(end - at) < sizeof(*b) + b->len)
			return NULL;
		if (b->aux == SCT_AUX_MSG_CONTROL && b->kind == SCT_BLOB_MEM &&
		    !(b->flags & SCT_BLOB_FAULT))
			return b;
		at += sizeof(*b) + ((b->len + 7u) & ~7u);
	}
	return NULL;
}

size_t scm_rights_received(const void *rec, size_t size, int *fds, size_t max)
{
	const struct sct_blob *b = control_blob(rec, size);
	const unsigned char *data = b ? (const unsigned char *)(b + 1) : NULL;
	size_t off = 0, n = 0, len = b ? b->len : 0;

	while (off + sizeof(struct cmsghdr) <= len) {
		struct cmsghdr h;
		size_t end;

		memcpy(&h, data + off, sizeof(h));
		if (h.cmsg_len < sizeof(h))
			break;
		end = h.cmsg_len > len - off ? len : off + h.cmsg_len; /* the bytes captured */
		if (h.cmsg_level == SOL_SOCKET && h.cmsg_type == SCM_RIGHTS)
			for (size_t at = off + sizeof(h); at + 4 <= end && n < max; at += 4)
				memcpy(&fds[n++], data + at, 4);
		off += (h.cmsg_len + 7) & ~(size_t)7; /* CMSG_ALIGN */
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
