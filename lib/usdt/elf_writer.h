/* SPDX-License-Identifier: MIT */
/*
 * Builds the provider object in memory: a small ELF64 ET_DYN with one stub
 * function, one .note.stapsdt note, one .sctusdt.types type note and one
 * semaphore per probe. Pure code
 * (no system calls), so the fuzzer exercises it too. Layout: see README.md.
 */
#ifndef SCT_USDT_ELF_WRITER_H
#define SCT_USDT_ELF_WRITER_H

#include <stddef.h>
#include <stdint.h>

struct sctusdt_elf_probe {
	const char *name; /* in: probe name (note and symbol) */
	const char *args; /* in: the note's argument string, "" for none */
	const char *types; /* in: the type list, "i32,str"; NULL or "" for none */
	uint64_t stub;    /* out: address of the stub function */
	uint64_t pc;      /* out: address of the probed instruction */
	uint64_t semaphore; /* out: address of the unsigned short semaphore */
};

/* Addresses equal file offsets: the object is linked at 0. */
struct sctusdt_elf_image {
	unsigned char *data;
	size_t size;
	uint64_t text_size; /* the r-x PT_LOAD: [0, text_size) */
	uint64_t rw_start;  /* the rw- PT_LOAD: [rw_start, rw_start + rw_size) */
	uint64_t rw_size;
};

/* 0 or -ENOMEM. N may be 0. */
int sctusdt_elf_build(const char *provider, struct sctusdt_elf_probe *probes, size_t n,
		      struct sctusdt_elf_image *img);
void sctusdt_elf_image_free(struct sctusdt_elf_image *img);

#endif
