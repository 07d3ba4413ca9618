// SPDX-License-Identifier: MIT
/*
 * libFuzzer target for the USDT note reader (src/usdt/notes.c): the input is
 * an ELF file (seeds: small objects with stapsdt notes); the note walk must
 * never read outside it, and every argument spec string it finds, and the
 * input itself as one, goes through the argument parser.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "usdt/notes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int on_note(void *ctx, const struct usdt_note *n)
{
	size_t *count = ctx;

	/* Touch everything the walk produced. */
	*count += strlen(n->provider) + strlen(n->name) + strlen(n->args) + n->nargs;
	return *count > 1000000;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct usdt_elf_src src = { .fd = -1, .buf = data, .size = size };
	struct usdt_elf_info info;
	struct usdt_arg arg;
	char sym[64];
	size_t count = 0;

	usdt_notes_walk(&src, &info, on_note, &count);
	if (size < 256)
		usdt_arg_parse((const char *)data, size, &arg, sym, sizeof(sym));
	return 0;
}
