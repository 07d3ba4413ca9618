// SPDX-License-Identifier: MIT
/*
 * strace's printstr_ex over bytes captured from user memory: a string or a
 * buffer of len bytes at most (UINT32_MAX: NUL-terminated, -s at most), read
 * as strace reads it (-s + 1 bytes, or up to the NUL), shown to -s bytes.
 */
#include "fmt.h"

void print_user_strn(struct strbuf *out, uint64_t addr, const char *q, unsigned have, uint32_t len,
		     bool zero_term, const struct decode_opts *o)
{
	bool asciiz = len == UINT32_MAX;
	unsigned size, look, shown;
	const char *nul;

	if (!addr || !q) {
		fmt_addr(out, addr);
		return;
	}
	size = asciiz || len > o->str_max ? o->str_max + 1 : len;
	look = size < have ? size : have;
	nul = zero_term ? memchr(q, 0, look) : NULL;
	if (!nul && have < size) { /* the read faulted before the NUL or the end */
		fmt_addr(out, addr);
		return;
	}
	if (nul) {
		format_quoted(out, q, (unsigned)(nul - q), false, o);
		return;
	}
	shown = size < o->str_max ? size : o->str_max;
	format_quoted(out, q, shown, len && (zero_term || len > o->str_max), o);
}
