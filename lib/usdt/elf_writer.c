// SPDX-License-Identifier: MIT
/*
 * The provider object, laid out by hand (offsets equal addresses):
 *
 *   r-x PT_LOAD  ELF header, program headers, .note.gnu.build-id (= PT_NOTE),
 *                .hash, .dynsym, .dynstr,
 *                .text (stubs), .stapsdt.base, .note.stapsdt (= PT_NOTE)
 *   rw- PT_LOAD  (next page) .dynamic (= PT_DYNAMIC), .probes (semaphores)
 *   not loaded   .sctusdt.types, .shstrtab, section headers
 *
 * Both PT_LOADs are file-backed to their end (no bss) because the kernel
 * finds a semaphore by its file offset (uprobe ref_ctr_offset).
 * The note layout is the one sys/sdt.h emits: name "stapsdt", type 3, desc
 * = pc, .stapsdt.base address, semaphore address (8 bytes each), then
 * "provider\0probe\0args\0", padded to 4 bytes.
 *
 * A stapsdt note gives sizes and signs only, so each probe also has a record
 * in `.sctusdt.types` laid out as a note (name "sctusdt", type 1, desc = pc
 * (8 bytes), then the probe's type list "i32,str\0"): sctrace reads it from
 * the file to print a str as a string and a ptr in hex. It is a PROGBITS
 * section of its own, not loaded, so that .note.stapsdt and PT_NOTE hold
 * stapsdt notes only, as other consumers expect.
 *
 * Section header order matters to bcc (and so bpftrace 0.17): its note
 * scanner looks for the first executable section, then for ".probes" only
 * after it, then for ".note.stapsdt" only after that, without rewinding. So
 * the table lists .text, then .probes, then .note.stapsdt, as GCC's output
 * does; otherwise bcc silently finds no probes.
 */
#include "elf_writer.h"

#include <elf.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arch.h"
#include "sctrace/usdt.h"

#define NT_STAPSDT 3
#define STAPSDT_NAME "stapsdt"
#define NT_SCTUSDT_TYPES 1
#define BUILD_ID_LEN 20
#define BUILD_ID_NOTE_SIZE (sizeof(Elf64_Nhdr) + 4 + BUILD_ID_LEN) /* name "GNU\0" */
#define SCTUSDT_NAME "sctusdt"

enum {
	SEC_NULL,
	SEC_BUILD_ID,
	SEC_HASH,
	SEC_DYNSYM,
	SEC_DYNSTR,
	SEC_TEXT,
	SEC_BASE,
	SEC_DYNAMIC,
	SEC_PROBES,
	SEC_NOTE, /* after .text and .probes: see the comment at the top */
	SEC_TYPES,
	SEC_SHSTRTAB,
	SEC_COUNT
};

enum { PH_TEXT, PH_RW, PH_DYNAMIC, PH_BUILD_ID, PH_NOTE, PH_STACK, PH_COUNT };

static const char *const sec_names[SEC_COUNT] = {
	"", ".note.gnu.build-id", ".hash", ".dynsym", ".dynstr", ".text", ".stapsdt.base", ".dynamic", ".probes",
	".note.stapsdt", ".sctusdt.types", ".shstrtab",
};

#define SONAME_MAX (SCT_USDT_NAME_MAX + 32)
#define N_DYN 7 /* HASH STRTAB SYMTAB STRSZ SYMENT SONAME NULL */

static uint64_t align_up(uint64_t v, uint64_t a)
{
	return (v + a - 1) & ~(a - 1);
}

/* The System V ABI's symbol hash. */
static uint32_t elf_hash(const char *name)
{
	uint32_t h = 0, g;

	for (; *name; name++) {
		h = (h << 4) + (unsigned char)*name;
		g = h & 0xf0000000u;
		if (g)
			h ^= g >> 24;
		h &= ~g;
	}
	return h;
}

struct layout {
	uint64_t off[SEC_COUNT], size[SEC_COUNT], align[SEC_COUNT];
	uint64_t stub_stride, text_end, rw_start, rw_end, shoff, total;
	uint32_t nbucket, nsyms;
};

/* The descriptor's length without padding (what n_descsz says). */
static size_t note_desc_size(const char *provider, const struct sctusdt_elf_probe *p)
{
	return 3 * 8 + strlen(provider) + 1 + strlen(p->name) + 1 + strlen(p->args) + 1;
}

static size_t note_size(const char *provider, const struct sctusdt_elf_probe *p)
{
	size_t desc = note_desc_size(provider, p);

	return sizeof(Elf64_Nhdr) + align_up(sizeof(STAPSDT_NAME), 4) + align_up(desc, 4);
}

static const char *types_of(const struct sctusdt_elf_probe *p)
{
	return p->types ? p->types : "";
}

static size_t types_desc_size(const struct sctusdt_elf_probe *p)
{
	return 8 + strlen(types_of(p)) + 1;
}

static size_t types_note_size(const struct sctusdt_elf_probe *p)
{
	return sizeof(Elf64_Nhdr) + align_up(sizeof(SCTUSDT_NAME), 4) + align_up(types_desc_size(p), 4);
}

static void place(struct layout *l, uint64_t *cur, int sec, uint64_t align, uint64_t size)
{
	*cur = align_up(*cur, align);
	l->off[sec] = *cur;
	l->size[sec] = size;
	l->align[sec] = align;
	*cur += size;
}

static void compute_layout(struct layout *l, const char *provider, const char *soname,
			   const struct sctusdt_elf_probe *probes, size_t n)
{
	const struct sctusdt_arch *a = &sctusdt_arch;
	uint64_t cur, dynstr = 1 + strlen(soname) + 1, notes = 0, types = 0, shstr = 0;
	size_t i;

	memset(l, 0, sizeof(*l));
	for (i = 0; i < n; i++) {
		dynstr += strlen(probes[i].name) + 1;
		notes += note_size(provider, &probes[i]);
		types += types_note_size(&probes[i]);
	}
	for (i = 0; i < SEC_COUNT; i++)
		shstr += strlen(sec_names[i]) + 1;
	l->nsyms = (uint32_t)n + 1;
	l->nbucket = l->nsyms;
	l->stub_stride = align_up(a->stub_len, a->stub_align);

	cur = sizeof(Elf64_Ehdr) + PH_COUNT * sizeof(Elf64_Phdr);
	place(l, &cur, SEC_BUILD_ID, 4, BUILD_ID_NOTE_SIZE);
	place(l, &cur, SEC_HASH, 8, 4 * (2 + (uint64_t)l->nbucket + l->nsyms));
	place(l, &cur, SEC_DYNSYM, 8, sizeof(Elf64_Sym) * (uint64_t)l->nsyms);
	place(l, &cur, SEC_DYNSTR, 1, dynstr);
	place(l, &cur, SEC_TEXT, a->stub_align, l->stub_stride * n);
	place(l, &cur, SEC_BASE, 1, 1);
	place(l, &cur, SEC_NOTE, 4, notes);
	l->text_end = cur;
	cur = l->rw_start = align_up(cur, a->page_size);
	place(l, &cur, SEC_DYNAMIC, 8, sizeof(Elf64_Dyn) * N_DYN);
	place(l, &cur, SEC_PROBES, 2, 2 * (uint64_t)n);
	l->rw_end = cur;
	place(l, &cur, SEC_TYPES, 4, types);
	place(l, &cur, SEC_SHSTRTAB, 1, shstr);
	l->shoff = align_up(cur, 8);
	l->total = l->shoff + SEC_COUNT * sizeof(Elf64_Shdr);
}

static void put_phdr(Elf64_Phdr *ph, uint32_t type, uint32_t flags, uint64_t off, uint64_t size,
		     uint64_t align)
{
	ph->p_type = type;
	ph->p_flags = flags;
	ph->p_offset = off;
	ph->p_vaddr = off;
	ph->p_paddr = off;
	ph->p_filesz = size;
	ph->p_memsz = size;
	ph->p_align = align;
}

static void put_shdrs(unsigned char *d, const struct layout *l)
{
	static const struct {
		uint32_t type;
		uint64_t flags;
		uint32_t link, info;
		uint64_t entsize;
	} meta[SEC_COUNT] = {
		[SEC_NULL] = { SHT_NULL, 0, 0, 0, 0 },
		[SEC_BUILD_ID] = { SHT_NOTE, SHF_ALLOC, 0, 0, 0 },
		[SEC_HASH] = { SHT_HASH, SHF_ALLOC, SEC_DYNSYM, 0, 4 },
		[SEC_DYNSYM] = { SHT_DYNSYM, SHF_ALLOC, SEC_DYNSTR, 1, sizeof(Elf64_Sym) },
		[SEC_DYNSTR] = { SHT_STRTAB, SHF_ALLOC, 0, 0, 0 },
		[SEC_TEXT] = { SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, 0, 0, 0 },
		[SEC_BASE] = { SHT_PROGBITS, SHF_ALLOC, 0, 0, 0 },
		[SEC_NOTE] = { SHT_NOTE, SHF_ALLOC, 0, 0, 0 },
		[SEC_TYPES] = { SHT_PROGBITS, 0, 0, 0, 0 }, /* notes inside, but eu-elflint flags unknown ones */
		[SEC_DYNAMIC] = { SHT_DYNAMIC, SHF_ALLOC | SHF_WRITE, SEC_DYNSTR, 0,
				  sizeof(Elf64_Dyn) },
		[SEC_PROBES] = { SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, 0, 0, 0 },
		[SEC_SHSTRTAB] = { SHT_STRTAB, 0, 0, 0, 0 },
	};
	Elf64_Shdr *sh = (Elf64_Shdr *)(d + l->shoff);
	char *names = (char *)d + l->off[SEC_SHSTRTAB];
	uint32_t name_off = 0;
	int i;

	for (i = 0; i < SEC_COUNT; i++) {
		size_t len = strlen(sec_names[i]) + 1;

		memcpy(names + name_off, sec_names[i], len);
		if (i != SEC_NULL) {
			sh[i].sh_name = name_off;
			sh[i].sh_type = meta[i].type;
			sh[i].sh_flags = meta[i].flags;
			sh[i].sh_addr = (meta[i].flags & SHF_ALLOC) ? l->off[i] : 0;
			sh[i].sh_offset = l->off[i];
			sh[i].sh_size = l->size[i];
			sh[i].sh_link = meta[i].link;
			sh[i].sh_info = meta[i].info;
			sh[i].sh_addralign = l->align[i];
			sh[i].sh_entsize = meta[i].entsize;
		}
		name_off += (uint32_t)len;
	}
}

static void put_headers(unsigned char *d, const struct layout *l)
{
	Elf64_Ehdr *eh = (Elf64_Ehdr *)d;
	Elf64_Phdr *ph = (Elf64_Phdr *)(d + sizeof(*eh));
	uint64_t page = sctusdt_arch.page_size;

	memcpy(eh->e_ident, ELFMAG, SELFMAG);
	eh->e_ident[EI_CLASS] = ELFCLASS64;
	eh->e_ident[EI_DATA] = ELFDATA2LSB;
	eh->e_ident[EI_VERSION] = EV_CURRENT;
	eh->e_ident[EI_OSABI] = ELFOSABI_SYSV;
	eh->e_type = ET_DYN;
	eh->e_machine = sctusdt_arch.e_machine;
	eh->e_version = EV_CURRENT;
	eh->e_phoff = sizeof(*eh);
	eh->e_shoff = l->shoff;
	eh->e_ehsize = sizeof(*eh);
	eh->e_phentsize = sizeof(*ph);
	eh->e_phnum = PH_COUNT;
	eh->e_shentsize = sizeof(Elf64_Shdr);
	eh->e_shnum = SEC_COUNT;
	eh->e_shstrndx = SEC_SHSTRTAB;

	put_phdr(&ph[PH_TEXT], PT_LOAD, PF_R | PF_X, 0, l->text_end, page);
	put_phdr(&ph[PH_RW], PT_LOAD, PF_R | PF_W, l->rw_start, l->rw_end - l->rw_start, page);
	put_phdr(&ph[PH_DYNAMIC], PT_DYNAMIC, PF_R | PF_W, l->off[SEC_DYNAMIC],
		 l->size[SEC_DYNAMIC], 8);
	put_phdr(&ph[PH_BUILD_ID], PT_NOTE, PF_R, l->off[SEC_BUILD_ID], l->size[SEC_BUILD_ID], 4);
	put_phdr(&ph[PH_NOTE], PT_NOTE, PF_R, l->off[SEC_NOTE], l->size[SEC_NOTE], 4);
	put_phdr(&ph[PH_STACK], PT_GNU_STACK, PF_R | PF_W, 0, 0, 16);
}

static void put_dynamic(unsigned char *d, const struct layout *l, uint32_t soname)
{
	const Elf64_Dyn dyn[N_DYN] = {
		{ DT_HASH, { l->off[SEC_HASH] } },     { DT_STRTAB, { l->off[SEC_DYNSTR] } },
		{ DT_SYMTAB, { l->off[SEC_DYNSYM] } }, { DT_STRSZ, { l->size[SEC_DYNSTR] } },
		{ DT_SYMENT, { sizeof(Elf64_Sym) } },  { DT_SONAME, { soname } },
		{ DT_NULL, { 0 } },
	};

	memcpy(d + l->off[SEC_DYNAMIC], dyn, sizeof(dyn));
}

/* Symbols (one STT_FUNC per stub) with their .hash table. */
static void put_symbols(unsigned char *d, const struct layout *l, const char *soname,
			struct sctusdt_elf_probe *probes, size_t n)
{
	Elf64_Sym *sym = (Elf64_Sym *)(d + l->off[SEC_DYNSYM]);
	char *str = (char *)d + l->off[SEC_DYNSTR];
	uint32_t *hash = (uint32_t *)(d + l->off[SEC_HASH]);
	uint32_t *bucket = hash + 2, *chain = bucket + l->nbucket;
	size_t pos = 1, len;
	uint32_t i;

	len = strlen(soname) + 1;
	memcpy(str + pos, soname, len);
	pos += len;
	hash[0] = l->nbucket;
	hash[1] = l->nsyms;
	for (i = 1; i < l->nsyms; i++) {
		const struct sctusdt_elf_probe *p = &probes[i - 1];
		uint32_t b = elf_hash(p->name) % l->nbucket;

		len = strlen(p->name) + 1;
		memcpy(str + pos, p->name, len);
		sym[i].st_name = (uint32_t)pos;
		pos += len;
		sym[i].st_info = ELF64_ST_INFO(STB_GLOBAL, STT_FUNC);
		sym[i].st_other = STV_DEFAULT;
		sym[i].st_shndx = SEC_TEXT;
		sym[i].st_value = p->stub;
		sym[i].st_size = sctusdt_arch.stub_len;
		chain[i] = bucket[b];
		bucket[b] = i;
	}
	(void)n;
}

static void put_notes(unsigned char *d, const struct layout *l, const char *provider,
		      const struct sctusdt_elf_probe *probes, size_t n)
{
	unsigned char *p = d + l->off[SEC_NOTE];
	uint64_t base = l->off[SEC_BASE];
	size_t i;

	for (i = 0; i < n; i++) {
		const char *strs[3] = { provider, probes[i].name, probes[i].args };
		Elf64_Nhdr nh;
		unsigned char *desc;
		size_t j;

		nh.n_namesz = sizeof(STAPSDT_NAME);
		nh.n_descsz = (uint32_t)note_desc_size(provider, &probes[i]);
		nh.n_type = NT_STAPSDT;
		desc = p + sizeof(nh) + align_up(sizeof(STAPSDT_NAME), 4);
		memcpy(p, &nh, sizeof(nh));
		memcpy(p + sizeof(nh), STAPSDT_NAME, sizeof(STAPSDT_NAME));
		memcpy(desc, &probes[i].pc, 8);
		memcpy(desc + 8, &base, 8);
		memcpy(desc + 16, &probes[i].semaphore, 8);
		desc += 24;
		for (j = 0; j < 3; j++) {
			size_t len = strlen(strs[j]) + 1;

			memcpy(desc, strs[j], len);
			desc += len;
		}
		p += note_size(provider, &probes[i]);
	}
}

static void put_types(unsigned char *d, const struct layout *l,
		      const struct sctusdt_elf_probe *probes, size_t n)
{
	unsigned char *p = d + l->off[SEC_TYPES];

	for (size_t i = 0; i < n; i++) {
		Elf64_Nhdr nh = { sizeof(SCTUSDT_NAME), (uint32_t)types_desc_size(&probes[i]),
				  NT_SCTUSDT_TYPES };
		unsigned char *desc = p + sizeof(nh) + align_up(sizeof(SCTUSDT_NAME), 4);

		memcpy(p, &nh, sizeof(nh));
		memcpy(p + sizeof(nh), SCTUSDT_NAME, sizeof(SCTUSDT_NAME));
		memcpy(desc, &probes[i].pc, 8);
		memcpy(desc + 8, types_of(&probes[i]), strlen(types_of(&probes[i])) + 1);
		p += types_note_size(&probes[i]);
	}
}

/*
 * The GNU build-id note (perf keys its symbol cache by it): 20 bytes that
 * depend on every other byte of the object, three FNV-1a hashes of it made
 * while the id is still zero. Two providers with the same probes get the
 * same id, as two builds of the same source do.
 */
static void put_build_id(unsigned char *d, const struct layout *l)
{
	Elf64_Nhdr nh = { 4, BUILD_ID_LEN, NT_GNU_BUILD_ID };
	unsigned char *p = d + l->off[SEC_BUILD_ID], id[24];

	memcpy(p, &nh, sizeof(nh));
	memcpy(p + sizeof(nh), "GNU", 4);
	for (unsigned k = 0; k < 3; k++) {
		uint64_t h = 0xcbf29ce484222325ull ^ (0x9e3779b97f4a7c15ull * k);

		for (uint64_t i = 0; i < l->total; i++)
			h = (h ^ d[i]) * 0x100000001b3ull;
		memcpy(id + 8 * k, &h, 8);
	}
	memcpy(p + sizeof(nh) + 4, id, BUILD_ID_LEN);
}

int sctusdt_elf_build(const char *provider, struct sctusdt_elf_probe *probes, size_t n,
		      struct sctusdt_elf_image *img)
{
	const struct sctusdt_arch *a = &sctusdt_arch;
	char soname[SONAME_MAX];
	struct layout l;
	unsigned char *d;
	size_t i;

	memset(img, 0, sizeof(*img));
	snprintf(soname, sizeof(soname), "libsctusdt-%s.so", provider);
	compute_layout(&l, provider, soname, probes, n);
	d = calloc(1, l.total);
	if (!d)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		uint64_t stub = l.off[SEC_TEXT] + i * l.stub_stride;

		probes[i].stub = stub;
		probes[i].pc = stub + a->probe_offset;
		probes[i].semaphore = l.off[SEC_PROBES] + 2 * i;
		memset(d + stub, a->text_fill, l.stub_stride);
		memcpy(d + stub, a->stub, a->stub_len);
	}
	put_headers(d, &l);
	put_symbols(d, &l, soname, probes, n);
	put_notes(d, &l, provider, probes, n);
	put_types(d, &l, probes, n);
	put_dynamic(d, &l, 1);
	put_shdrs(d, &l);
	put_build_id(d, &l); /* last: it hashes the rest */

	img->data = d;
	img->size = l.total;
	img->text_size = l.text_end;
	img->rw_start = l.rw_start;
	img->rw_size = l.rw_end - l.rw_start;
	return 0;
}

void sctusdt_elf_image_free(struct sctusdt_elf_image *img)
{
	if (!img)
		return;
	free(img->data);
	memset(img, 0, sizeof(*img));
}
