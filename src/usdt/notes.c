// SPDX-License-Identifier: MIT
/*
 * Reading SystemTap SDT notes from ELF files: see notes.h.
 *
 * A note (owner "stapsdt", type 3) holds pc, base and semaphore addresses
 * (8 bytes each) and "provider\0probe\0args\0". base is the link-time address
 * of section .stapsdt.base; when the file was prelinked the section moved and
 * pc and semaphore move by the same amount. The uprobe wants file offsets, so
 * both addresses are mapped through the PT_LOAD headers.
 *
 * Everything read from the file is checked: counts and sizes are capped,
 * offsets and lengths checked for overflow and against the file size, and
 * strings must end inside the note.
 */
#include "notes.h"

#include <ctype.h>
#include <elf.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../util/unaligned.h"

#define NOTES_MAX_BYTES (16u << 20) /* one note region */
#define SYMTAB_MAX_BYTES (64u << 20)
#define PHNUM_MAX 4096
#define SHNUM_MAX 65536

static int src_read(const struct usdt_elf_src *src, uint64_t off, void *dst, uint64_t len)
{
	if (off > src->size || len > src->size - off)
		return -EIO;
	if (src->fd < 0) {
		memcpy(dst, src->buf + off, len);
		return 0;
	}
	while (len) {
		ssize_t n = pread(src->fd, dst, len, (off_t)off);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -EIO;
		dst = (char *)dst + n;
		off += (uint64_t)n;
		len -= (uint64_t)n;
	}
	return 0;
}

/* A bounded copy of [off, off + len) in a new buffer, or NULL. */
static void *src_dup(const struct usdt_elf_src *src, uint64_t off, uint64_t len, uint64_t max)
{
	void *p;

	if (len > max)
		return NULL;
	p = malloc(len ? len : 1);
	if (p && src_read(src, off, p, len)) {
		free(p);
		return NULL;
	}
	return p;
}

struct elf_file {
	const struct usdt_elf_src *src;
	Elf64_Ehdr eh;
	Elf64_Phdr *ph;
	unsigned phnum;
	Elf64_Shdr *sh;
	unsigned shnum;
};

/* Whether [off, off + len) lies inside the file: a table or note past its end is a cut file. */
static bool in_file(const struct usdt_elf_src *src, uint64_t off, uint64_t len)
{
	return off <= src->size && len <= src->size - off;
}

/* -ENOEXEC: not a 64-bit little-endian ELF file; -EBADMSG: its headers point past its end. */
static int elf_open(struct elf_file *e, const struct usdt_elf_src *src)
{
	memset(e, 0, sizeof(*e));
	e->src = src;
	if (src_read(src, 0, &e->eh, sizeof(e->eh)))
		return src->size >= SELFMAG && !src_read(src, 0, &e->eh, SELFMAG) &&
				       !memcmp(e->eh.e_ident, ELFMAG, SELFMAG) ?
			       -EBADMSG :
			       -ENOEXEC;
	if (memcmp(e->eh.e_ident, ELFMAG, SELFMAG) || e->eh.e_ident[EI_CLASS] != ELFCLASS64 ||
	    e->eh.e_ident[EI_DATA] != ELFDATA2LSB)
		return -ENOEXEC;
	if ((e->eh.e_phnum && !in_file(src, e->eh.e_phoff, (uint64_t)e->eh.e_phnum * e->eh.e_phentsize)) ||
	    (e->eh.e_shoff && !in_file(src, e->eh.e_shoff, (uint64_t)e->eh.e_shnum * e->eh.e_shentsize)))
		return -EBADMSG;
	if (e->eh.e_phnum && e->eh.e_phentsize == sizeof(Elf64_Phdr) &&
	    e->eh.e_phnum <= PHNUM_MAX) {
		e->phnum = e->eh.e_phnum;
		e->ph = src_dup(src, e->eh.e_phoff, (uint64_t)e->phnum * sizeof(Elf64_Phdr),
				PHNUM_MAX * sizeof(Elf64_Phdr));
		if (!e->ph)
			e->phnum = 0;
	}
	if (e->eh.e_shoff && e->eh.e_shentsize == sizeof(Elf64_Shdr)) {
		uint64_t n = e->eh.e_shnum;

		if (!n) { /* more than SHN_LORESERVE sections: the count is in section 0 */
			Elf64_Shdr s0;

			if (!src_read(src, e->eh.e_shoff, &s0, sizeof(s0)))
				n = s0.sh_size;
		}
		if (n && n <= SHNUM_MAX) {
			e->sh = src_dup(src, e->eh.e_shoff, n * sizeof(Elf64_Shdr),
					SHNUM_MAX * sizeof(Elf64_Shdr));
			if (e->sh)
				e->shnum = (unsigned)n;
		}
	}
	return 0;
}

static void elf_close(struct elf_file *e)
{
	free(e->ph);
	free(e->sh);
}

/* The section's name compared with want (read from the section name table). */
static bool section_named(const struct elf_file *e, const Elf64_Shdr *sh, const char *want)
{
	unsigned idx = e->eh.e_shstrndx;
	size_t len = strlen(want) + 1;
	const Elf64_Shdr *strs;
	char buf[64];

	if (idx == SHN_XINDEX && e->shnum)
		idx = e->sh[0].sh_link;
	if (idx >= e->shnum || len > sizeof(buf))
		return false;
	strs = &e->sh[idx];
	if (strs->sh_type != SHT_STRTAB || sh->sh_name >= strs->sh_size ||
	    len > strs->sh_size - sh->sh_name)
		return false;
	if (strs->sh_offset > UINT64_MAX - sh->sh_name ||
	    src_read(e->src, strs->sh_offset + sh->sh_name, buf, len))
		return false;
	return memcmp(buf, want, len) == 0;
}

static const Elf64_Shdr *find_section(const struct elf_file *e, const char *name)
{
	for (unsigned i = 0; i < e->shnum; i++)
		if (section_named(e, &e->sh[i], name))
			return &e->sh[i];
	return NULL;
}

/* File offset of a link-time address inside a PT_LOAD's file bytes; false if none. */
static bool vaddr_to_off(const struct elf_file *e, uint64_t addr, uint64_t *off)
{
	for (unsigned i = 0; i < e->phnum; i++) {
		const Elf64_Phdr *p = &e->ph[i];

		if (p->p_type != PT_LOAD || addr < p->p_vaddr || addr - p->p_vaddr >= p->p_filesz)
			continue;
		if (p->p_offset > UINT64_MAX - (addr - p->p_vaddr))
			return false;
		*off = p->p_offset + (addr - p->p_vaddr);
		return *off < e->src->size;
	}
	return false;
}

/* The value of a symbol from .symtab or .dynsym; false if absent. */
static bool symbol_value(const struct elf_file *e, const char *name, uint64_t *value)
{
	size_t nlen = strlen(name);

	for (int pass = 0; pass < 2; pass++) {
		uint32_t want = pass ? SHT_DYNSYM : SHT_SYMTAB;

		for (unsigned i = 0; i < e->shnum; i++) {
			const Elf64_Shdr *sh = &e->sh[i], *st;
			Elf64_Sym *syms;
			char *strs;
			uint64_t n;
			bool found = false;

			if (sh->sh_type != want || sh->sh_link >= e->shnum)
				continue;
			st = &e->sh[sh->sh_link];
			n = sh->sh_size / sizeof(Elf64_Sym);
			syms = src_dup(e->src, sh->sh_offset, n * sizeof(Elf64_Sym), SYMTAB_MAX_BYTES);
			strs = src_dup(e->src, st->sh_offset, st->sh_size, SYMTAB_MAX_BYTES);
			for (uint64_t j = 0; syms && strs && j < n && !found; j++) {
				uint32_t at = syms[j].st_name;

				if (at >= st->sh_size || nlen >= st->sh_size - at)
					continue;
				if (!memcmp(strs + at, name, nlen) && !strs[at + nlen] &&
				    syms[j].st_shndx != SHN_UNDEF) {
					*value = syms[j].st_value;
					found = true;
				}
			}
			free(syms);
			free(strs);
			if (found)
				return true;
		}
	}
	return false;
}

struct reg_name {
	const char *name;
	uint16_t off; /* offsetof(struct pt_regs, ...) on x86-64 */
	uint8_t shift;
};

static const struct reg_name regs[] = {
	{ "rax", 80, 0 },	{ "eax", 80, 0 },	{ "ax", 80, 0 },	  { "al", 80, 0 },	   { "ah", 80, 8 },
	{ "rbx", 40, 0 },	{ "ebx", 40, 0 },	{ "bx", 40, 0 },	  { "bl", 40, 0 },	   { "bh", 40, 8 },
	{ "rcx", 88, 0 },	{ "ecx", 88, 0 },	{ "cx", 88, 0 },	  { "cl", 88, 0 },	   { "ch", 88, 8 },
	{ "rdx", 96, 0 },	{ "edx", 96, 0 },	{ "dx", 96, 0 },	  { "dl", 96, 0 },	   { "dh", 96, 8 },
	{ "rsi", 104, 0 }, { "esi", 104, 0 }, { "si", 104, 0 },	  { "sil", 104, 0 },  { "rdi", 112, 0 },
	{ "edi", 112, 0 }, { "di", 112, 0 },	{ "dil", 112, 0 },	  { "rbp", 32, 0 },   { "ebp", 32, 0 },
	{ "bp", 32, 0 },	{ "bpl", 32, 0 },	{ "rsp", 152, 0 },	  { "esp", 152, 0 },  { "sp", 152, 0 },
	{ "spl", 152, 0 }, { "r8", 72, 0 },	{ "r8d", 72, 0 },	  { "r8w", 72, 0 },   { "r8b", 72, 0 },
	{ "r9", 64, 0 },	{ "r9d", 64, 0 },	{ "r9w", 64, 0 },	  { "r9b", 64, 0 },   { "r10", 56, 0 },
	{ "r10d", 56, 0 }, { "r10w", 56, 0 }, { "r10b", 56, 0 },	  { "r11", 48, 0 },   { "r11d", 48, 0 },
	{ "r11w", 48, 0 }, { "r11b", 48, 0 }, { "r12", 24, 0 },	  { "r12d", 24, 0 },  { "r12w", 24, 0 },
	{ "r12b", 24, 0 }, { "r13", 16, 0 },	{ "r13d", 16, 0 },	  { "r13w", 16, 0 },  { "r13b", 16, 0 },
	{ "r14", 8, 0 },	{ "r14d", 8, 0 },	{ "r14w", 8, 0 },	  { "r14b", 8, 0 },   { "r15", 0, 0 },
	{ "r15d", 0, 0 },	{ "r15w", 0, 0 },	{ "r15b", 0, 0 },	  { "rip", 128, 0 },  { "eip", 128, 0 },
};

static const struct reg_name *reg_lookup(const char *s, size_t len)
{
	for (size_t i = 0; i < sizeof(regs) / sizeof(regs[0]); i++)
		if (strlen(regs[i].name) == len && !memcmp(regs[i].name, s, len))
			return &regs[i];
	return NULL;
}

/* A signed decimal or 0x hex number filling [s, s + len) exactly. */
static int parse_num(const char *s, size_t len, int64_t *out)
{
	bool neg = false;
	uint64_t v = 0;
	unsigned base = 10;
	size_t i = 0;

	if (i < len && (s[i] == '-' || s[i] == '+'))
		neg = s[i++] == '-';
	if (len - i > 2 && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
		base = 16;
		i += 2;
	}
	if (i >= len)
		return -EINVAL;
	for (; i < len; i++) {
		unsigned d;

		if (s[i] >= '0' && s[i] <= '9')
			d = (unsigned)(s[i] - '0');
		else if (base == 16 && isxdigit((unsigned char)s[i]))
			d = (unsigned)(tolower((unsigned char)s[i]) - 'a' + 10);
		else
			return -EINVAL;
		if (v > (UINT64_MAX - d) / base)
			return -EINVAL;
		v = v * base + d;
	}
	*out = neg ? (int64_t)(0 - v) : (int64_t)v;
	return 0;
}

static bool is_sym_char(char c)
{
	return isalnum((unsigned char)c) || c == '_' || c == '.' || c == '$' || c == '@';
}

int usdt_arg_parse(const char *s, size_t len, struct usdt_arg *out, char *sym, size_t symlen)
{
	const char *at = memchr(s, '@', len), *loc = s, *open, *close;
	int64_t size = 8, v;
	size_t loclen = len;
	const struct reg_name *r;

	memset(out, 0, sizeof(*out));
	if (sym && symlen)
		sym[0] = 0;
	if (at) {
		if (parse_num(s, (size_t)(at - s), &size))
			return -EINVAL;
		if (size != 1 && size != 2 && size != 4 && size != 8 && size != -1 && size != -2 &&
		    size != -4 && size != -8)
			return -EINVAL;
		loc = at + 1;
		loclen = len - (size_t)(loc - s);
	}
	out->size = (int8_t)size;
	if (!loclen)
		return -EINVAL;
	if (loc[0] == '$') { /* constant */
		if (parse_num(loc + 1, loclen - 1, &v))
			return -EINVAL;
		out->kind = SCT_UARG_CONST;
		out->val = v;
		return 0;
	}
	if (loc[0] == '%') { /* register */
		r = reg_lookup(loc + 1, loclen - 1);
		if (!r || r->off == 128)
			return -EINVAL;
		out->kind = SCT_UARG_REG;
		out->reg_off = r->off;
		out->reg_shift = r->shift;
		return 0;
	}
	/* [disp](%reg) or sym[+-disp](%rip) */
	open = memchr(loc, '(', loclen);
	close = loc + loclen - 1;
	if (!open || *close != ')' || open[1] != '%' || close <= open + 2)
		return -EINVAL;
	r = reg_lookup(open + 2, (size_t)(close - open - 2));
	if (!r)
		return -EINVAL;
	if (r->off == 128) { /* rip-relative: [OFF+]SYM[+-OFF](%rip), a symbol is needed */
		const char *name = loc, *p, *plus = memchr(loc, '+', (size_t)(open - loc));
		int64_t pre = 0;
		size_t n;

		/* GCC writes a field of a global as "40+CheckpointStats(%rip)". */
		if (plus && (isdigit((unsigned char)loc[0]) || loc[0] == '-')) {
			if (parse_num(loc, (size_t)(plus - loc), &pre))
				return -EINVAL;
			name = plus + 1;
		}
		for (p = name; p < open && is_sym_char(*p);)
			p++;
		n = (size_t)(p - name);
		if (!n || isdigit((unsigned char)name[0]) || !sym || n >= symlen)
			return -EINVAL;
		memcpy(sym, name, n);
		sym[n] = 0;
		v = 0;
		if (p < open && parse_num(p, (size_t)(open - p), &v))
			return -EINVAL;
		out->kind = SCT_UARG_ADDR;
		out->val = (int64_t)((uint64_t)v + (uint64_t)pre);
		return 0;
	}
	if (r->shift)
		return -EINVAL; /* (%ah) is no address */
	v = 0;
	if (open > loc && parse_num(loc, (size_t)(open - loc), &v))
		return -EINVAL;
	out->kind = SCT_UARG_DEREF;
	out->reg_off = r->off;
	out->val = v;
	return 0;
}

/* Split the argument string and parse each; symbols are resolved in e. */
static void parse_args(const struct elf_file *e, struct usdt_note *n)
{
	const char *p = n->args;
	char sym[USDT_NAME_MAX];

	n->nargs = 0;
	n->args_ok = true;
	while (*p) {
		const char *start;
		struct usdt_arg *a;
		uint64_t value;

		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		start = p;
		while (*p && *p != ' ' && *p != '\t')
			p++;
		if (n->nargs >= SCT_USDT_MAX_ARGS) {
			n->args_ok = false;
			break;
		}
		a = &n->arg[n->nargs++];
		if (usdt_arg_parse(start, (size_t)(p - start), a, sym, sizeof(sym))) {
			a->kind = SCT_UARG_NONE;
			n->args_ok = false;
			continue;
		}
		if (a->kind == SCT_UARG_ADDR) {
			if (e && symbol_value(e, sym, &value)) {
				a->val = (int64_t)((uint64_t)a->val + value);
			} else {
				a->kind = SCT_UARG_NONE;
				n->args_ok = false;
			}
		}
	}
}

/* Copy the NUL-terminated string at *p (inside [*p, end)) and step past it. */
static bool take_str(const char **p, const char *end, char *dst, size_t cap)
{
	const char *nul = memchr(*p, 0, (size_t)(end - *p));
	size_t len;

	if (!nul)
		return false;
	len = (size_t)(nul - *p);
	if (len >= cap)
		return false;
	memcpy(dst, *p, len + 1);
	*p = nul + 1;
	return true;
}

/*
 * The type list libsctusdt wrote for the probe at pc in its .sctusdt.types
 * notes (name "sctusdt", type 1, desc = pc, "i32,str\0"), copied to out;
 * "" when there is none.
 */
static void find_types(const uint8_t *buf, uint64_t size, uint64_t pc, char *out, size_t cap)
{
	uint64_t pos = 0;

	out[0] = 0;
	while (buf && size - pos >= 12) {
		uint32_t namesz = load_u32(buf, pos), descsz = load_u32(buf, pos + 4);
		uint64_t name_at = pos + 12;
		uint64_t desc_at = name_at + (((uint64_t)namesz + 3) & ~3ull);
		uint64_t next = desc_at + (((uint64_t)descsz + 3) & ~3ull);

		if (desc_at > size || descsz > size - desc_at || next <= pos)
			return;
		if (load_u32(buf, pos + 8) == 1 && namesz == 8 && !memcmp(buf + name_at, "sctusdt", 8) &&
		    descsz > 8 && load_u64(buf, desc_at) == pc) {
			const char *p = (const char *)buf + desc_at + 8;

			take_str(&p, (const char *)buf + desc_at + descsz, out, cap);
			return;
		}
		pos = next;
	}
}

static int walk_region(const struct elf_file *e, uint64_t off, uint64_t size, bool have_base,
		       uint64_t base_addr, const uint8_t *types, uint64_t types_size, usdt_note_fn fn,
		       void *ctx)
{
	uint8_t *buf = src_dup(e->src, off, size, NOTES_MAX_BYTES);
	struct usdt_note *n = malloc(sizeof(*n));
	uint64_t pos = 0;
	int ret = 0;

	if (!buf || !n)
		goto out;
	while (size - pos >= 12) {
		uint32_t namesz, descsz, type;
		uint64_t name_at, desc_at, next;
		const char *p, *end;
		uint64_t note_base;

		namesz = load_u32(buf, pos);
		descsz = load_u32(buf, pos + 4);
		type = load_u32(buf, pos + 8);
		name_at = pos + 12;
		desc_at = name_at + (((uint64_t)namesz + 3) & ~3ull);
		next = desc_at + (((uint64_t)descsz + 3) & ~3ull);
		if (desc_at > size || descsz > size - desc_at)
			break;
		if (type != 3 || namesz != 8 || memcmp(buf + name_at, "stapsdt", 8) || descsz < 24)
			goto next;
		memset(n, 0, sizeof(*n));
		n->pc = load_u64(buf, desc_at);
		note_base = load_u64(buf, desc_at + 8);
		n->sem = load_u64(buf, desc_at + 16);
		p = (const char *)buf + desc_at + 24;
		end = (const char *)buf + desc_at + descsz;
		if (!take_str(&p, end, n->provider, sizeof(n->provider)) ||
		    !take_str(&p, end, n->name, sizeof(n->name)))
			goto next;
		if (p < end && !take_str(&p, end, n->args, sizeof(n->args)))
			goto next;
		find_types(types, types_size, n->pc, n->types, sizeof(n->types));
		if (have_base && note_base) {
			n->pc += base_addr - note_base;
			if (n->sem)
				n->sem += base_addr - note_base;
		}
		if (!vaddr_to_off(e, n->pc, &n->pc_off))
			goto next;
		if (n->sem && !vaddr_to_off(e, n->sem, &n->sem_off))
			goto next; /* a semaphore outside the file: the kernel could not count it */
		parse_args(e, n);
		ret = fn(ctx, n);
		if (ret)
			break;
next:
		if (next <= pos || next > size)
			break;
		pos = next;
	}
out:
	free(buf);
	free(n);
	return ret;
}

int usdt_notes_walk(const struct usdt_elf_src *src, struct usdt_elf_info *info, usdt_note_fn fn,
		    void *ctx)
{
	struct usdt_elf_src s = *src;
	const Elf64_Shdr *notes, *base, *types_sec;
	uint8_t *types = NULL;
	struct elf_file e;
	int ret = 0;

	if (s.fd >= 0) {
		struct stat st;

		if (fstat(s.fd, &st))
			return -errno;
		s.size = (uint64_t)st.st_size;
	}
	ret = elf_open(&e, &s);
	if (ret)
		return ret;
	if (info) {
		memset(info, 0, sizeof(*info));
		info->e_type = e.eh.e_type;
		for (unsigned i = 0; i < e.phnum; i++)
			if (e.ph[i].p_type == PT_LOAD && (e.ph[i].p_flags & PF_X)) {
				info->text_vaddr = e.ph[i].p_vaddr;
				info->text_off = e.ph[i].p_offset;
				break;
			}
	}
	notes = find_section(&e, ".note.stapsdt");
	base = find_section(&e, ".stapsdt.base");
	types_sec = find_section(&e, ".sctusdt.types");
	if (types_sec && types_sec->sh_type != SHT_NOBITS)
		types = src_dup(&s, types_sec->sh_offset, types_sec->sh_size, NOTES_MAX_BYTES);
	if (notes && notes->sh_type == SHT_NOTE && !in_file(&s, notes->sh_offset, notes->sh_size)) {
		ret = -EBADMSG; /* a file cut short */
	} else if (notes && notes->sh_type == SHT_NOTE) {
		ret = walk_region(&e, notes->sh_offset, notes->sh_size, base != NULL,
				  base ? base->sh_addr : 0, types, types ? types_sec->sh_size : 0, fn,
				  ctx);
	} else if (!e.shnum) {
		/* No section headers: the notes are in PT_NOTE segments with all others. */
		for (unsigned i = 0; i < e.phnum && !ret; i++)
			if (e.ph[i].p_type == PT_NOTE && !in_file(&s, e.ph[i].p_offset, e.ph[i].p_filesz))
				ret = -EBADMSG;
			else if (e.ph[i].p_type == PT_NOTE)
				ret = walk_region(&e, e.ph[i].p_offset, e.ph[i].p_filesz, false, 0,
						  NULL, 0, fn, ctx);
	}
	free(types);
	elf_close(&e);
	return ret;
}
