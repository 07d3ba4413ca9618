/* SPDX-License-Identifier: MIT */
/*
 * SystemTap SDT notes (USDT probes) of an ELF file: the `.note.stapsdt`
 * section (or the PT_NOTE segments when there are no section headers), the
 * `.stapsdt.base` prelink adjustment, file offsets of probe addresses and
 * semaphores, and the argument specs (`-4@%edi`, `8@-16(%rbp)`, `4@$5`,
 * `8@sym(%rip)`), and the argument types libsctusdt providers add in
 * `.sctusdt.types`. Reads untrusted input: every offset and length is checked
 * against the file (tests/fuzz/fuzz_usdt_notes.c). Pure but for pread().
 */
#ifndef SCT_USDT_NOTES_H
#define SCT_USDT_NOTES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../shared/usdt_spec.h"

#define USDT_NAME_MAX 256 /* provider and probe names longer than this are skipped */
#define USDT_ARGS_MAX 512 /* the argument string */

/* Where the ELF bytes come from: a file descriptor or a buffer. */
struct usdt_elf_src {
	int fd; /* -1: use buf */
	const uint8_t *buf;
	uint64_t size;
};

/* One argument as the note gives it (x86-64). */
struct usdt_arg {
	int8_t size; /* bytes, negative when signed */
	uint8_t kind; /* enum sct_usdt_arg_kind; SCT_UARG_ADDR: symbol + val */
	uint16_t reg_off; /* offset in struct pt_regs */
	uint8_t reg_shift;
	int64_t val; /* constant or displacement; for ADDR the symbol's address + offset */
};

struct usdt_note {
	char provider[USDT_NAME_MAX];
	char name[USDT_NAME_MAX];
	char args[USDT_ARGS_MAX]; /* the note's argument string */
	char types[USDT_ARGS_MAX]; /* libsctusdt's type list ("i32,str"), "" if none */
	uint64_t pc; /* probe address (link-time, after the .stapsdt.base adjustment) */
	uint64_t sem; /* semaphore address, 0 if none */
	uint64_t pc_off; /* file offset of pc: the uprobe offset */
	uint64_t sem_off; /* file offset of sem: the uprobe ref_ctr_offset; 0 if none */
	unsigned nargs;
	bool args_ok; /* every argument was understood */
	struct usdt_arg arg[SCT_USDT_MAX_ARGS];
};

struct usdt_elf_info {
	uint16_t e_type; /* ET_EXEC or ET_DYN */
	uint64_t text_vaddr, text_off; /* the first executable PT_LOAD */
};

/* Called for each note; a non-zero return stops the walk and is returned. */
typedef int (*usdt_note_fn)(void *ctx, const struct usdt_note *note);

/*
 * Walk the stapsdt notes of an ELF file. Returns the callback's non-zero
 * return, 0 when all were seen (also when there are none), or -EINVAL /
 * -ENOEXEC / -EIO for files that are not a readable 64-bit little-endian ELF.
 * info (may be NULL) receives the file's type and text segment.
 */
int usdt_notes_walk(const struct usdt_elf_src *src, struct usdt_elf_info *info, usdt_note_fn fn,
		    void *ctx);

/* Parse one argument spec ("-4@%edi"); 0 or -EINVAL. sym is set for "NAME(%rip)". */
int usdt_arg_parse(const char *s, size_t len, struct usdt_arg *out, char *sym, size_t symlen);

#endif
