// SPDX-License-Identifier: MIT
/*
 * openat2's struct open_how as strace 6.1 prints it: {flags=O_RDONLY|O_CLOEXEC,
 * resolve=RESOLVE_NO_SYMLINKS}, with mode=0644 between them when the flags
 * create a file or the mode is not zero, and any non-zero bytes the caller
 * passed past the 24 known ones. A size below 24 (the kernel's first version)
 * prints the address, as strace does.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>

#include "flags.h"
#include "fmt.h"

#define OPEN_HOW_SIZE 24 /* the kernel's OPEN_HOW_SIZE_VER0, not in the uapi headers */
#define KERNEL___O_TMPFILE 020000000 /* glibc's __O_TMPFILE includes O_DIRECTORY */

/* 64-bit open flags: the access mode, then the bits (O_RDWR|0x10000000000). */
static void print_how_flags(struct strbuf *out, uint64_t flags, int xlat)
{
	struct strbuf names;
	char raw[24];

	strbuf_init(&names);
	strbuf_adds(&names, flag_lookup(&open_accmode_names, flags & O_ACCMODE));
	print_flag_bits(&names, &open_flag_names, flags & ~(uint64_t)O_ACCMODE, true);
	snprintf(raw, sizeof(raw), "%#llx", (unsigned long long)flags);
	print_xlat_text(out, xlat, raw, names.data);
	strbuf_free(&names);
}

bool fmt_open_how(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	uint64_t usize = i + 1 < SCT_MAX_ARGS ? ev->args[i + 1] : 0;
	bool cut;
	const struct sct_blob *b = fmt_mem_upto(ev, i, OPEN_HOW_SIZE, &cut);
	const char *p;
	uint64_t flags, mode;

	if (usize < OPEN_HOW_SIZE || !b || !ev->args[i]) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	p = sct_blob_data(b);
	flags = load_u64(p, 0);
	mode = load_u64(p, 8);
	strbuf_adds(out, "{flags=");
	print_how_flags(out, flags, o->xlat);
	if (mode || (flags & (O_CREAT | KERNEL___O_TMPFILE)))
		strbuf_addf(out, ", mode=%#03llo", (unsigned long long)mode);
	strbuf_adds(out, ", resolve=");
	print_flags_x(out, &resolve_flag_names, load_u64(p, 16), o->xlat);
	if (cut) /* the bytes past the first page could not be read */
		strbuf_adds(out, ", ???");
	else
		print_struct_tail(out, p, b->len, OPEN_HOW_SIZE, usize,
				  ev->has_ret && ev->ret == -E2BIG, o);
	strbuf_addc(out, '}');
	return true;
}
