// SPDX-License-Identifier: MIT
/*
 * x86_64's register sets as ptrace passes them (PTRACE_GETREGS/SETREGS,
 * GETFPREGS/SETFPREGS, and NT_PRSTATUS/NT_FPREGSET through GETREGSET and
 * SETREGSET's iovec), printed as strace 6.1 prints them: every field in hex,
 * as many as the size given reaches, "..." when it passes the structure.
 */
#include "fmt.h"
#include "ptrace_regs.h"

/* struct user_regs_struct (sys/user.h), 8 bytes a field */
static const char *const prstatus_fields[] = {
	"r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9", "r8", "rax", "rcx", "rdx", "rsi",
	"rdi", "orig_rax", "rip", "cs", "eflags", "rsp", "ss", "fs_base", "gs_base", "ds", "es", "fs",
	"gs",
};

/* struct user_fpregs_struct: its scalar fields, then three arrays of 32-bit words */
static const struct fpreg_field {
	const char *name;
	unsigned off, size;
} fpregs_fields[] = {
	{ "cwd", 0, 2 },   { "swd", 2, 2 },   { "ftw", 4, 2 },	   { "fop", 6, 2 },
	{ "rip", 8, 8 },   { "rdp", 16, 8 },  { "mxcsr", 24, 4 }, { "mxcr_mask", 28, 4 },
};

static const struct fpreg_array {
	const char *name;
	unsigned off, words;
} fpregs_arrays[] = {
	{ "st_space", 32, 32 },
	{ "xmm_space", 160, 64 },
	{ "padding", 416, 24 },
};

static void print_hex_field(struct strbuf *out, bool first, const char *name, uint64_t v)
{
	strbuf_addf(out, first ? "%s=" : ", %s=", name);
	strbuf_addf(out, v ? "%#llx" : "%llu", (unsigned long long)v);
}

/* whether size is one strace decodes: a whole number of 8-byte slots */
static bool regs_size_ok(uint64_t size)
{
	return size && !(size & 7);
}

bool print_prstatus_regs(struct strbuf *out, const char *p, unsigned have, uint64_t size)
{
	unsigned n = size < PTRACE_PRSTATUS_SIZE ? (unsigned)size : PTRACE_PRSTATUS_SIZE;

	if (!p || !regs_size_ok(size) || have < n)
		return false;
	strbuf_addc(out, '{');
	for (unsigned k = 0; k * 8 < n; k++)
		print_hex_field(out, !k, prstatus_fields[k], load_u64(p, k * 8));
	if (size > PTRACE_PRSTATUS_SIZE)
		strbuf_adds(out, ", ...");
	strbuf_addc(out, '}');
	return true;
}

static uint64_t load_field(const char *p, const struct fpreg_field *f)
{
	if (f->size == 2)
		return load_u16(p, f->off);
	return f->size == 4 ? load_u32(p, f->off) : load_u64(p, f->off);
}

/* name=[0x1, 0, ...]: the words that n bytes reach, -s of them unless -v */
static void print_fp_array(struct strbuf *out, const char *p, unsigned n,
			   const struct fpreg_array *a, const struct decode_opts *o)
{
	unsigned words = (n - a->off) / 4;

	if (words > a->words)
		words = a->words;
	strbuf_addf(out, ", %s=[", a->name);
	for (unsigned k = 0; k < words; k++) {
		uint32_t v = load_u32(p, a->off + 4 * k);

		if (k)
			strbuf_adds(out, ", ");
		if (k >= o->str_max && !o->verbose) {
			strbuf_adds(out, "...");
			break;
		}
		strbuf_addf(out, v ? "%#x" : "%u", v);
	}
	strbuf_addc(out, ']');
}

bool print_fpregs(struct strbuf *out, const char *p, unsigned have, uint64_t size,
		  const struct decode_opts *o)
{
	unsigned n = size < PTRACE_FPREGS_SIZE ? (unsigned)size : PTRACE_FPREGS_SIZE;

	if (!p || !regs_size_ok(size) || have < n)
		return false;
	strbuf_addc(out, '{');
	for (unsigned k = 0; k < sizeof(fpregs_fields) / sizeof(fpregs_fields[0]); k++)
		if (n > fpregs_fields[k].off)
			print_hex_field(out, !k, fpregs_fields[k].name,
					load_field(p, &fpregs_fields[k]));
	for (unsigned k = 0; k < sizeof(fpregs_arrays) / sizeof(fpregs_arrays[0]); k++)
		if (n > fpregs_arrays[k].off)
			print_fp_array(out, p, n, &fpregs_arrays[k], o);
	if (size > PTRACE_FPREGS_SIZE)
		strbuf_adds(out, ", ...");
	strbuf_addc(out, '}');
	return true;
}
