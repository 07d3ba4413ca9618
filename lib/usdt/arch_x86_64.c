// SPDX-License-Identifier: MIT
/*
 * x86-64: a stub is "endbr64; nop; ret". The probe is the 1-byte nop after the
 * endbr64 (endbr64 keeps the indirect call valid if user-space IBT is ever
 * enforced; it is a nop on CPUs without CET). The stub is called with the
 * SysV calling convention, so argument N sits in rdi, rsi, rdx, rcx, r8, r9,
 * and the note names the register part matching the argument's size, as GCC's
 * sys/sdt.h would: "-1@%dil", "2@%si", "-4@%edx", "8@%rcx".
 */
#ifndef __x86_64__
#error "arch_x86_64.c built for another architecture"
#endif

#include "arch.h"

#include <elf.h>
#include <stdio.h>

static const unsigned char x86_64_stub[] = {
	0xf3, 0x0f, 0x1e, 0xfa, /* endbr64 */
	0x90,                   /* nop: the probe */
	0xc3,                   /* ret */
};

const struct sctusdt_arch sctusdt_arch = {
	.e_machine = EM_X86_64,
	.page_size = 4096,
	.stub = x86_64_stub,
	.stub_len = sizeof(x86_64_stub),
	.stub_align = 16,
	.probe_offset = 4,
	.text_fill = 0xcc, /* int3 */
};

/* Argument registers by position, then by size 8, 4, 2, 1. */
static const char *const regs[6][4] = {
	{ "rdi", "edi", "di", "dil" }, { "rsi", "esi", "si", "sil" },
	{ "rdx", "edx", "dx", "dl" },  { "rcx", "ecx", "cx", "cl" },
	{ "r8", "r8d", "r8w", "r8b" }, { "r9", "r9d", "r9w", "r9b" },
};

int sctusdt_arch_argspec(char *buf, size_t len, unsigned idx, unsigned size, bool is_signed)
{
	unsigned col = size == 8 ? 0 : size == 4 ? 1 : size == 2 ? 2 : 3;
	int n;

	if (idx >= 6)
		return -1;
	n = snprintf(buf, len, "%s%u@%%%s", is_signed ? "-" : "", size, regs[idx][col]);
	return n < 0 || (size_t)n >= len ? -1 : n;
}

typedef void stub_fn(uint64_t, uint64_t, uint64_t, uint64_t, uint64_t, uint64_t);

void sctusdt_arch_call(const void *stub, const uint64_t a[6])
{
	stub_fn *fn = (stub_fn *)(uintptr_t)stub;

	fn(a[0], a[1], a[2], a[3], a[4], a[5]);
}
