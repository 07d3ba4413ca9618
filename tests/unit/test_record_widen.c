// SPDX-License-Identifier: MIT
/*
 * Packed syscall records (as the kernel side writes them and version 3 logs
 * store them) widened to struct sct_rec_syscall: sizes, arguments, blobs, and
 * the damaged ones refused, directly and through reorder_push_packed.
 */
#include <errno.h>
#include <stdint.h>
#include <string.h>

#include "merge/reorder.h"
#include "check.h"

/* A packed record of nargs arguments 1, 2, 3... and, with blob, one 8-byte blob. */
static uint32_t make_packed(uint8_t *buf, uint8_t nargs, int blob)
{
	struct sct_rec_syscall_packed *p = (struct sct_rec_syscall_packed *)buf;
	uint32_t size = sizeof(*p) + 8u * nargs + (blob ? sizeof(struct sct_blob) + 8 : 0);

	memset(buf, 0, size);
	p->hdr.ts = 1000;
	p->hdr.tid = 7;
	p->hdr.tgid = 7;
	p->hdr.type = SCT_REC_SYSCALL;
	p->hdr.size = (uint16_t)size;
	p->enter_ts = 900;
	p->ret = -2;
	p->nr = 0; /* read */
	p->flags = SCT_SC_NORETURN;
	p->nblobs = blob ? 1 : 0;
	p->nargs = nargs;
	for (unsigned i = 0; i < nargs; i++)
		p->args[i] = i + 1;
	if (blob) {
		struct sct_blob *b = (struct sct_blob *)(buf + sizeof(*p) + 8u * nargs);

		b->arg = 1;
		b->kind = SCT_BLOB_MEM;
		b->len = 8;
		memcpy(b + 1, "abcdefgh", 8);
	}
	return size;
}

static void test_widen(void)
{
	uint8_t in[512], out[512];
	const struct sct_rec_syscall *w = (const struct sct_rec_syscall *)out;
	uint32_t size;

	/* getppid: no arguments, 48 bytes -> 96 */
	size = make_packed(in, 0, 0);
	CHECK(size == 48);
	CHECK(sct_rec_widened_size((const struct sct_rec_hdr *)in, size) == 96);
	memset(out, 0xee, sizeof(out));
	sct_rec_widen(out, (const struct sct_rec_hdr *)in, size);
	CHECK(w->hdr.size == 96 && w->hdr.ts == 1000 && w->hdr.tid == 7 && w->enter_ts == 900);
	CHECK(w->ret == -2 && w->nr == 0 && w->flags == SCT_SC_NORETURN && w->nblobs == 0 && w->pad == 0);
	CHECK(w->args[0] == 0 && w->args[5] == 0);

	/* read: three arguments and a blob; the blob comes after the six wide arguments */
	size = make_packed(in, 3, 1);
	CHECK(size == 48 + 24 + 16);
	CHECK(sct_rec_widened_size((const struct sct_rec_hdr *)in, size) == 96 + 16);
	sct_rec_widen(out, (const struct sct_rec_hdr *)in, size);
	CHECK(w->hdr.size == 112 && w->nblobs == 1);
	CHECK(w->args[0] == 1 && w->args[1] == 2 && w->args[2] == 3 && w->args[3] == 0 && w->args[5] == 0);
	CHECK(memcmp(out + 96, in + 72, 16) == 0);

	/* damaged: more than six arguments, shorter than its arguments, too big once widened */
	make_packed(in, 6, 0);
	((struct sct_rec_syscall_packed *)in)->nargs = 7;
	CHECK(sct_rec_widened_size((const struct sct_rec_hdr *)in, 104) == 0);
	make_packed(in, 4, 0);
	CHECK(sct_rec_widened_size((const struct sct_rec_hdr *)in, 72) == 0);
	CHECK(sct_rec_widened_size((const struct sct_rec_hdr *)in, 40) == 0);
	make_packed(in, 0, 0);
	CHECK(sct_rec_widened_size((const struct sct_rec_hdr *)in, 65480) == 65528);
	CHECK(sct_rec_widened_size((const struct sct_rec_hdr *)in, 65496) == 0);

	/* other records pass as they are */
	{
		struct sct_rec_fork f;

		memset(&f, 0, sizeof(f));
		f.hdr.type = SCT_REC_FORK;
		f.hdr.size = sizeof(f);
		f.child_tid = 9;
		CHECK(sct_rec_widened_size(&f.hdr, sizeof(f)) == sizeof(f));
		sct_rec_widen(out, &f.hdr, sizeof(f));
		CHECK(memcmp(out, &f, sizeof(f)) == 0);
	}
}

static int take(void *ctx, const struct sct_rec_hdr *rec)
{
	const struct sct_rec_syscall *w = (const struct sct_rec_syscall *)rec;
	int *ok = ctx;

	*ok = rec->type == SCT_REC_SYSCALL && rec->size == 112 && w->args[2] == 3 && w->args[3] == 0 &&
	      w->nblobs == 1;
	return 0;
}

static void test_reorder_packed(void)
{
	struct reorder *r = reorder_new(2);
	uint8_t in[512];
	uint32_t size = make_packed(in, 3, 1);
	int ok = 0;

	CHECK(r != NULL);
	CHECK(reorder_push_packed(r, 0, in, size) == 0);
	CHECK(reorder_release(r, UINT64_MAX, take, &ok) == 0);
	CHECK(ok);
	((struct sct_rec_syscall_packed *)in)->nargs = 9;
	CHECK(reorder_push_packed(r, 0, in, size) == -EINVAL);
	reorder_free(r);
}

int main(void)
{
	test_widen();
	test_reorder_packed();
	return check_done("record_widen");
}
