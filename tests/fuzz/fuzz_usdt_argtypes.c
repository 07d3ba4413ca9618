// SPDX-License-Identifier: MIT
/*
 * libFuzzer target: what applications hand libsctusdt. The input is
 * "provider\nprobe\nargtypes"; the whole input is also parsed as an argument
 * type list. Valid descriptions are turned into an ELF object (elf_writer.c)
 * whose note is then read back and checked.
 */
#include <elf.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arch.h"
#include "argtypes.h"
#include "elf_writer.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void build_and_check(const char *prov, const char *probe, const struct sctusdt_args *a)
{
	struct sctusdt_elf_probe ep = { .name = probe };
	struct sctusdt_elf_image img;
	char spec[128] = "";
	size_t pos = 0;
	unsigned i;
	const Elf64_Ehdr *eh;
	const unsigned char *note;
	uint64_t pc;

	for (i = 0; i < a->count; i++) {
		int n;

		if (i)
			spec[pos++] = ' ';
		n = sctusdt_arch_argspec(spec + pos, sizeof(spec) - pos, i,
					 sctusdt_type_size(a->type[i]), sctusdt_type_signed(a->type[i]));
		if (n < 0)
			abort();
		pos += (size_t)n;
	}
	ep.args = spec;
	if (sctusdt_elf_build(prov, &ep, 1, &img))
		return;
	eh = (const Elf64_Ehdr *)img.data;
	if (eh->e_shoff + (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr) != img.size ||
	    img.text_size > img.rw_start || img.rw_start % sctusdt_arch.page_size)
		abort();
	/* The note is the last thing in the r-x segment. */
	note = img.data + img.text_size -
	       (12 + 8 + ((24 + strlen(prov) + strlen(probe) + strlen(spec) + 3 + 3) & ~(size_t)3));
	memcpy(&pc, note + 20, 8);
	if (memcmp(note + 12, "stapsdt", 8) || pc != ep.pc || img.data[pc] != 0x90 ||
	    strcmp((const char *)note + 44, prov) ||
	    strcmp((const char *)note + 45 + strlen(prov), probe) ||
	    strcmp((const char *)note + 46 + strlen(prov) + strlen(probe), spec))
		abort();
	sctusdt_elf_image_free(&img);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sctusdt_args args;
	char *s, *probe, *types;

	if (size > 4096)
		return 0;
	s = malloc(size + 1);
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (sctusdt_parse_argtypes(s, &args) == 0 && args.count > SCT_USDT_MAX_ARGS)
		abort();
	probe = strchr(s, '\n');
	types = probe ? strchr(probe + 1, '\n') : NULL;
	if (types) {
		*probe++ = '\0';
		*types++ = '\0';
		if (!sctusdt_check_name(s) && !sctusdt_check_name(probe) &&
		    !sctusdt_parse_argtypes(types, &args))
			build_and_check(s, probe, &args);
	}
	free(s);
	return 0;
}
