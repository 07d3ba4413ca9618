// SPDX-License-Identifier: MIT
/*
 * libFuzzer target: bpf(2)'s union bpf_attr decoder (src/decode/bpf.c) on
 * captured memory of any content and length: the attribute at entry and at
 * exit, what its words point to and the parts of SCT_CAP_BPF_ATTR (the
 * instructions, an info structure and its arrays, kprobe_multi's names),
 * under -v, -X and small -s, with the descriptor a map, a program or
 * unknown. Nothing may read past a blob or crash.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "decode/decode.h"
#include "decode/fmt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The commands with more than plain fields (the rest come from the input). */
static const uint8_t cmds[] = { 5, 15, 28, 16, 20, 24, 0, 10 };

static const char *fd_kind;

static const char *fd_path(void *ctx, uint32_t tgid, int fd, unsigned what)
{
	(void)ctx, (void)tgid, (void)fd, (void)what;
	return fd_kind;
}

static void put(struct sc_event *ev, char *buf, size_t *off, uint16_t aux, uint8_t flags,
		const uint8_t *p, size_t n)
{
	struct sct_blob *b = (struct sct_blob *)(buf + *off);

	if (ev->nblobs >= SC_EVENT_MAX_BLOBS)
		return;
	b->arg = 1;
	b->kind = SCT_BLOB_MEM;
	b->flags = flags;
	b->len = (uint16_t)n;
	b->aux = aux;
	memcpy(b + 1, p, n);
	*off += (sizeof(*b) + n + 7) & ~(size_t)7;
	ev->blobs[ev->nblobs++] = b;
}

/* The input: 8 bytes of settings, then blobs of (tag byte, flags byte, length byte) and data. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *kinds[] = { NULL, "anon_inode:bpf-map", "anon_inode:bpf-prog" };
	static char buf[64 * 1024];
	struct decode_opts o = { .fd_path = fd_path };
	struct sc_event ev = { 0 };
	struct strbuf out;
	size_t off = 0;

	if (size < 8 || size > 16384)
		return 0;
	o.verbose = data[0] & 1;
	o.xlat = (data[0] >> 1) % 3;
	o.str_max = data[0] & 8 ? 32 : (data[0] >> 4) % 4;
	o.decode_fds = data[1] & 1;
	fd_kind = kinds[(data[1] >> 1) % 3];
	ev.nr = 321; /* bpf */
	ev.has_ret = data[1] & 8;
	ev.ret = data[1] & 16 ? -14 : 3;
	ev.args[0] = data[2] < 0x80 ? cmds[data[2] % sizeof(cmds)] : data[2] & 0x3f;
	ev.args[1] = 0x7f0000001000ull + data[3];
	ev.args[2] = (uint32_t)data[4] | (uint32_t)data[5] << 8;
	data += 8;
	size -= 8;
	while (size >= 3) {
		/* tag: 0 the attribute, 1-16 a word's pointee, 17-20 parts 0-3 */
		uint8_t tag = data[0] % 21, flags = data[1] & 7;
		size_t n = data[2] * 8u + (data[1] >> 3);

		data += 3;
		size -= 3;
		if (n > size)
			n = size;
		put(&ev, buf, &off, tag > 16 ? (uint16_t)SCT_AUX_BPF_PART(tag - 17) : tag, flags, data, n);
		data += n;
		size -= n;
	}
	strbuf_init(&out);
	fmt_bpf_attr(&out, &ev, 1, &o);
	strbuf_free(&out);
	return 0;
}
