/* SPDX-License-Identifier: MIT */
/*
 * Everything that depends on the CPU architecture, implemented once per
 * architecture (arch_x86_64.c): the machine code of a probe stub, how the
 * tracer finds argument N (the register in the note's argument string) and
 * the call that puts the arguments there.
 */
#ifndef SCT_USDT_ARCH_H
#define SCT_USDT_ARCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct sctusdt_arch {
	uint16_t e_machine;        /* ELF machine (64-bit little-endian objects) */
	uint32_t page_size;        /* largest page size; segment alignment */
	const unsigned char *stub; /* a probe's function body */
	uint32_t stub_len;
	uint32_t stub_align;       /* stubs start at multiples of this */
	uint32_t probe_offset;     /* offset of the probed instruction in the stub */
	unsigned char text_fill;   /* padding between stubs (a trapping byte) */
};

extern const struct sctusdt_arch sctusdt_arch;

/*
 * Write the note's description of argument IDX (0-based) of SIZE bytes, e.g.
 * "-4@%edi", into BUF. Returns the length, or -1 if LEN is too small.
 */
int sctusdt_arch_argspec(char *buf, size_t len, unsigned idx, unsigned size, bool is_signed);

/* Call the stub at STUB with the six 64-bit arguments where the notes say. */
void sctusdt_arch_call(const void *stub, const uint64_t a[6]);

#endif
