// SPDX-License-Identifier: MIT
/*
 * libFuzzer target: the ioctl argument decoders (src/decode/ioctl*.c) on
 * captured memory of any content and length: the argument's bytes, what
 * its structure points to and the 8 bytes read at entry, under -v, -X and
 * small -s, for a failed or a successful call. What the structure points to
 * comes as two pointee blobs with a string blob between them (SG_IO has up
 * to four buffers and iovec data). Nothing may read past a blob or crash.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "decode/decode.h"
#include "decode/fmt.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Requests with structures, from each area decoder (the rest come from the input). */
static const uint32_t reqs[] = {
	0x4b46, 0x4b47, 0x4b48, 0x4b49, 0x4b4a, 0x4b4b, 0x4bfa, 0x4bfb, 0x4b66, 0x4b67,
	0x4b6b, 0x4b6c, 0x4b72, 0x4b40, 0x4b69, 0x4b6a, 0x4b60, 0x4b70, 0x4b4c, 0x4b52,
	0x5000940a, 0x50009417, 0x50009418, 0xc0109428, 0xc4009420, 0xc0389423, 0xc0389424,
	0x40489426, 0xd0009411, 0xc0709411, 0xc400941b, 0xc4089434, 0xc0409410, 0x84009420,
	0x8912, 0x8916, 0x8927, 0x8913, 0x89a2, 0xc018aa3f, 0xc020aa00, 0xc028aa03,
	0xc018240a, 0x4008240b, 0x40082406, 0xc01cb401, 0xc16cb403, 0xc250b407,
	/* ioctl3: block, TEE, SG_IO, UBI, device mapper */
	0x1269, 0xc0481273, 0x1277, 0x8010a402, 0x8010a403, 0x8010a406, 0x8010a407, 0xc010a401,
	0xc018a409, 0x800ca400, 0x2285, 0x40986f00, 0x51106f03, 0x40186f40, 0x40044f02,
	0xc138fd09, 0xc138fd02, 0xc138fd0d, 0xc138fd0b, 0xc138fd0e, 0xc138fd05, 0xc138fd0c,
};

static struct sct_blob *put(char *buf, size_t *off, uint16_t aux, const uint8_t *p, size_t n)
{
	struct sct_blob *b = (struct sct_blob *)(buf + *off);

	b->arg = 2;
	b->kind = SCT_BLOB_MEM;
	b->flags = 0;
	b->len = (uint16_t)n;
	b->aux = aux;
	memcpy(b + 1, p, n);
	*off += (sizeof(*b) + n + 7) & ~(size_t)7;
	return b;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char buf[3 * 8192];
	struct decode_opts o = { 0 };
	struct sc_event ev = { 0 };
	struct strbuf out;
	size_t off = 0, main_len, rest, third;
	uint32_t req;

	if (size < 6 || size > 8192)
		return 0;
	req = data[0] < sizeof(reqs) / sizeof(reqs[0]) ? reqs[data[0]] :
							  (uint32_t)data[1] | (uint32_t)data[2] << 8 |
								  (uint32_t)data[3] << 16 | 0x80000000u;
	o.verbose = data[4] & 1;
	o.xlat = (data[4] >> 1) % 3;
	o.str_max = data[4] & 8 ? 32 : (data[4] >> 4) % 4;
	ev.nr = 16; /* ioctl */
	ev.has_ret = true;
	ev.ret = data[5] & 1 ? -14 : 0;
	ev.args[0] = 3;
	ev.args[1] = req;
	ev.args[2] = 0x7f0000001000ull + (data[5] >> 1);
	data += 6;
	size -= 6;
	main_len = size / 2;
	rest = size - main_len;
	ev.blobs[ev.nblobs++] = put(buf, &off, SCT_AUX_IOCTL_EARLY, data, main_len < 8 ? main_len : 8);
	ev.blobs[ev.nblobs++] = put(buf, &off, 0, data, main_len);
	third = rest / 3;
	ev.blobs[ev.nblobs++] = put(buf, &off, SCT_AUX_POINTEE, data + main_len, rest - 2 * third);
	ev.blobs[ev.nblobs++] = put(buf, &off, SCT_AUX_IOCTL_STR, data + size - 2 * third, third);
	ev.blobs[ev.nblobs++] = put(buf, &off, SCT_AUX_POINTEE, data + size - third, third);
	strbuf_init(&out);
	fmt_ioctl_arg(&out, &ev, 2, &o);
	strbuf_free(&out);
	return 0;
}
