// SPDX-License-Identifier: MIT
/*
 * scm_rights_received (src/cli/scm_rights.c): the descriptors a recvmsg or
 * recvmmsg record says were received, from packed records built here: two SCM_RIGHTS
 * messages around an SCM_CREDENTIALS one, a failed call, another call, a
 * cut control buffer and a blob longer than its record.
 */
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

#include "gen/syscall_nr.h"
#include "cli/scm_rights.h"
#include "shared/record.h"
#include "check.h"

static union {
	uint64_t align;
	unsigned char b[1024];
} rec;

/* A packed EXIT record with 3 argument registers, a msghdr blob, then control (aux). */
static size_t build_aux(uint16_t nr, int64_t ret, const void *control, uint16_t len, uint16_t aux)
{
	struct sct_rec_syscall_packed *p = (void *)rec.b;
	unsigned char *at = rec.b + sizeof(*p) + 3 * 8;
	struct sct_blob *b = (void *)at;

	memset(rec.b, 0, sizeof(rec.b));
	p->hdr.type = SCT_REC_EXIT;
	p->nr = nr;
	p->ret = ret;
	p->nargs = 3;
	p->nblobs = 2;
	*b = (struct sct_blob){ .arg = 1, .kind = SCT_BLOB_MEM, .len = 56, .aux = SCT_AUX_MSGHDR };
	at += sizeof(*b) + 56;
	b = (void *)at;
	*b = (struct sct_blob){ .arg = 1, .kind = SCT_BLOB_MEM, .len = len, .aux = aux };
	memcpy(b + 1, control, len);
	at += sizeof(*b) + ((len + 7u) & ~7u);
	p->hdr.size = (uint16_t)(at - rec.b);
	return p->hdr.size;
}

static size_t build(uint16_t nr, int64_t ret, const void *control, uint16_t len)
{
	return build_aux(nr, ret, control, len, SCT_AUX_MSG_CONTROL);
}

/* recvmmsg: message j's control buffer; those of messages past the return value are not read. */
static void test_mmsg(const unsigned char *ctl, size_t len)
{
	struct sct_rec_syscall_packed *p = (void *)rec.b;
	unsigned char *end;
	int fds[8];
	size_t size = build_aux(SCT_NR_recvmmsg, 1, ctl, (uint16_t)len, SCT_AUX_MMSG_CONTROL(0));
	struct sct_blob *b = (void *)(rec.b + size);

	/* a second message's control buffer after the first */
	*b = (struct sct_blob){ .arg = 1, .kind = SCT_BLOB_MEM, .len = (uint16_t)len,
				.aux = SCT_AUX_MMSG_CONTROL(1) };
	memcpy(b + 1, ctl, len);
	end = (unsigned char *)(b + 1) + ((len + 7) & ~(size_t)7);
	p->nblobs = 3;
	p->hdr.size = (uint16_t)(end - rec.b);
	CHECK(scm_rights_received(rec.b, p->hdr.size, fds, 8) == 3); /* ret 1: the first message */
	p->ret = 2;
	CHECK(scm_rights_received(rec.b, p->hdr.size, fds, 8) == 6);
	CHECK(fds[3] == 4 && fds[5] == 9);
	/* recvmsg's tag in a recvmmsg record is no control buffer of it */
	size = build_aux(SCT_NR_recvmmsg, 1, ctl, (uint16_t)len, SCT_AUX_MSG_CONTROL);
	CHECK(scm_rights_received(rec.b, size, fds, 8) == 0);
}

/* A cmsghdr at off of buf; the offset after it (aligned). */
static size_t cmsg(unsigned char *buf, size_t off, int type, const int *v, size_t n)
{
	struct cmsghdr h = { .cmsg_len = CMSG_LEN(n * 4), .cmsg_level = SOL_SOCKET, .cmsg_type = type };

	memcpy(buf + off, &h, sizeof(h));
	memcpy(buf + off + sizeof(h), v, n * 4);
	return off + CMSG_SPACE(n * 4);
}

int main(void)
{
	static const int a[] = { 4, 5 }, creds[] = { 42, 0, 0 }, b[] = { 9 };
	unsigned char ctl[256];
	int fds[8];
	size_t len = 0, size;

	len = cmsg(ctl, len, SCM_RIGHTS, a, 2);
	len = cmsg(ctl, len, SCM_CREDENTIALS, creds, 3);
	len = cmsg(ctl, len, SCM_RIGHTS, b, 1);
	size = build(SCT_NR_recvmsg, 1, ctl, (uint16_t)len);
	CHECK(scm_rights_received(rec.b, size, fds, 8) == 3);
	CHECK(fds[0] == 4 && fds[1] == 5 && fds[2] == 9);
	CHECK(scm_rights_received(rec.b, size, fds, 2) == 2); /* at most max */
	CHECK(scm_rights_received(rec.b, size - 8, fds, 8) == 0); /* the record cut */

	size = build(SCT_NR_recvmsg, -11, ctl, (uint16_t)len);
	CHECK(scm_rights_received(rec.b, size, fds, 8) == 0); /* failed: nothing received */
	size = build(SCT_NR_sendmsg, 1, ctl, (uint16_t)len);
	CHECK(scm_rights_received(rec.b, size, fds, 8) == 0); /* sent, not received */

	test_mmsg(ctl, len);

	/* the control buffer captured short: the whole ints it holds */
	size = build(SCT_NR_recvmsg, 1, ctl, (uint16_t)(CMSG_LEN(4) + 2));
	CHECK(scm_rights_received(rec.b, size, fds, 8) == 1 && fds[0] == 4);
	/*
	 * A cmsg_len whose alignment wraps (a crafted log): one message, then
	 * the walk stops (it once stepped 0 bytes, for ever).
	 */
	{
		struct cmsghdr h = { .cmsg_len = ~(size_t)0 - 3, .cmsg_level = SOL_SOCKET,
				     .cmsg_type = SCM_RIGHTS };

		memcpy(ctl, &h, sizeof(h));
		size = build(SCT_NR_recvmsg, 1, ctl, (uint16_t)len);
		CHECK(scm_rights_received(rec.b, size, fds, 8) > 0);
		memcpy(ctl, &(struct cmsghdr){ .cmsg_len = CMSG_LEN(8), .cmsg_level = SOL_SOCKET,
					       .cmsg_type = SCM_RIGHTS },
		       sizeof(h));
	}
	/* a cmsg_len below its header stops the walk */
	memset(ctl, 0, 16);
	size = build(SCT_NR_recvmsg, 1, ctl, (uint16_t)len);
	CHECK(scm_rights_received(rec.b, size, fds, 8) == 0);
	return check_done("test_scm_rights");
}
