// SPDX-License-Identifier: MIT
/*
 * libsctusdt tests that need no tracer: errors, the argument type parser,
 * argument conversion (through a recording stub), the generated object's ELF
 * structure read back through /proc/self/map_files, sealing, no leftover fd,
 * several providers, reload, empty and large providers, concurrent firing.
 * Prints "ok N - ..." / "not ok N - ..." and a last line "N passed, N failed".
 */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "argtypes.h"
#include "sctrace/usdt.h"
#include "usdt_internal.h"

#ifndef F_SEAL_EXEC
#define F_SEAL_EXEC 0x0020 /* Linux 6.3 */
#endif

static int n_pass, n_fail;

static void check(bool ok, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void check(bool ok, const char *fmt, ...)
{
	va_list ap;

	printf("%s %d - ", ok ? "ok" : "not ok", n_pass + n_fail + 1);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (ok)
		n_pass++;
	else
		n_fail++;
}

/* ---- errors ---- */

static int add_err(struct sct_usdt_provider *p, const char *name, const char *types)
{
	errno = 0;
	return sct_usdt_probe_add(p, name, types) ? 0 : -errno;
}

static void test_errors(void)
{
	static const int codes[] = { SCT_USDT_EINVAL,   SCT_USDT_ENAME,  SCT_USDT_EEXIST,
				     SCT_USDT_ETOOMANY, SCT_USDT_EARGTYPE, SCT_USDT_ELOADED,
				     SCT_USDT_ENOTLOADED, SCT_USDT_EARCH };
	char long_name[SCT_USDT_NAME_MAX + 2];
	struct sct_usdt_provider *p;
	size_t i, j;

	errno = 0;
	check(!sct_usdt_provider_new("1abc") && errno == -SCT_USDT_ENAME, "provider name 1abc");
	errno = 0;
	check(!sct_usdt_provider_new("") && errno == -SCT_USDT_ENAME, "empty provider name");
	errno = 0;
	check(!sct_usdt_provider_new("a-b") && errno == -SCT_USDT_ENAME, "provider name a-b");
	errno = 0;
	check(!sct_usdt_provider_new(NULL) && errno == -SCT_USDT_EINVAL, "NULL provider name");
	memset(long_name, 'a', sizeof(long_name) - 1);
	long_name[sizeof(long_name) - 1] = '\0';
	errno = 0;
	check(!sct_usdt_provider_new(long_name) && errno == -SCT_USDT_ENAME, "129-char name");
	long_name[SCT_USDT_NAME_MAX] = '\0';
	p = sct_usdt_provider_new(long_name);
	check(p != NULL, "128-char name accepted");
	sct_usdt_provider_free(p);

	p = sct_usdt_provider_new("_Err0r_");
	check(p != NULL, "provider _Err0r_");
	check(add_err(p, "ok", "i32") == 0, "probe ok");
	check(add_err(p, "ok", "") == SCT_USDT_EEXIST, "duplicate probe");
	check(add_err(p, "9x", "") == SCT_USDT_ENAME, "probe name 9x");
	check(add_err(p, "a.b", "") == SCT_USDT_ENAME, "probe name a.b");
	check(add_err(p, "a b", "") == SCT_USDT_ENAME, "probe name 'a b'");
	check(add_err(p, NULL, "") == SCT_USDT_EINVAL, "NULL probe name");
	check(add_err(NULL, "x", "") == SCT_USDT_EINVAL, "NULL provider");
	check(add_err(p, "seven", "i8,i8,i8,i8,i8,i8,i8") == SCT_USDT_ETOOMANY, "7 arg types");
	check(add_err(p, "unknown", "i128") == SCT_USDT_EARGTYPE, "arg type i128");
	check(add_err(p, "empty_item", "i32,,str") == SCT_USDT_EARGTYPE, "empty item");
	check(add_err(p, "trailing", "i32,") == SCT_USDT_EARGTYPE, "trailing comma");
	check(add_err(p, "nocomma", "i32 i64") == SCT_USDT_EARGTYPE, "missing comma");
	check(add_err(p, "upper", "I32") == SCT_USDT_EARGTYPE, "arg type I32");
	check(add_err(p, "six", " u8 , u16,u32 ,u64,\tstr,ptr ") == 0, "six types with spaces");
	check(add_err(p, "none", NULL) == 0, "NULL arg types");
	check(sct_usdt_provider_unload(p) == SCT_USDT_ENOTLOADED, "unload before load");
	check(sct_usdt_provider_load(p) == 0, "load");
	check(sct_usdt_provider_load(p) == SCT_USDT_ELOADED, "load twice");
	check(add_err(p, "late", "") == SCT_USDT_ELOADED, "add after load");
	check(sct_usdt_provider_load(NULL) == SCT_USDT_EINVAL, "load NULL");
	check(sct_usdt_provider_unload(p) == 0, "unload");
	sct_usdt_provider_free(p);
	sct_usdt_provider_free(NULL);
	check(!sct_usdt_enabled(NULL), "NULL probe is disabled");
	sct_usdt_fire(NULL);
	SCT_USDT_FIRE((struct sct_usdt_probe *)NULL, 1);

	for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++) {
		bool distinct = sct_usdt_strerror(codes[i]) && codes[i] < 0;

		for (j = 0; j < i; j++)
			distinct &= strcmp(sct_usdt_strerror(codes[i]), sct_usdt_strerror(codes[j])) != 0;
		check(distinct, "strerror(%d) = %s", codes[i], sct_usdt_strerror(codes[i]));
	}
	check(!strcmp(sct_usdt_strerror(-ENOMEM), "Cannot allocate memory"), "strerror(-ENOMEM)");
	check(!strcmp(sct_usdt_strerror(-99999), "unknown error"), "strerror(unknown)");
}

/* ---- argument conversion, through a stub that records its registers ---- */

static uint64_t rec[6];
static unsigned rec_calls;

static void record(uint64_t a, uint64_t b, uint64_t c, uint64_t d, uint64_t e, uint64_t f)
{
	rec[0] = a, rec[1] = b, rec[2] = c, rec[3] = d, rec[4] = e, rec[5] = f;
	rec_calls++;
}

static bool rec_is(uint64_t a, uint64_t b, uint64_t c, uint64_t d, uint64_t e, uint64_t f)
{
	return rec[0] == a && rec[1] == b && rec[2] == c && rec[3] == d && rec[4] == e &&
	       rec[5] == f;
}

static void test_conversion(void)
{
	struct sct_usdt_provider *p = sct_usdt_provider_new("conv");
	struct sct_usdt_probe *s = sct_usdt_probe_add(p, "s", "i8,i16,i32,i64,i8,i16");
	struct sct_usdt_probe *u = sct_usdt_probe_add(p, "u", "u8,u16,u32,u64,u8,u32");
	struct sct_usdt_probe *q = sct_usdt_probe_add(p, "q", "str,ptr,i32");
	const char *str = "text";
	int minus = -1;

	check(sct_usdt_provider_load(p) == 0, "load conv");
	/* Redirect the stubs (the library calls whatever probe->stub says). */
	s->stub = u->stub = q->stub = (const void *)(uintptr_t)record;

	rec_calls = 0;
	sct_usdt_fire(s, -128, -32768, INT32_MIN, INT64_MIN, 127, 32767);
	check(rec_is((uint64_t)-128, (uint64_t)-32768, (uint64_t)(int64_t)INT32_MIN,
		     (uint64_t)INT64_MIN, 127, 32767),
	      "sct_usdt_fire signed minima/maxima sign-extended");
	sct_usdt_fire(s, 200, 40000, -1, (int64_t)-1, -1, -1);
	check(rec_is((uint64_t)-56, (uint64_t)(40000 - 65536), (uint64_t)-1, (uint64_t)-1,
		     (uint64_t)-1, (uint64_t)-1),
	      "out-of-range values wrap like C conversions");
	sct_usdt_fire(u, 255u, 65535u, UINT32_MAX, UINT64_MAX, 256u, 0u);
	check(rec_is(255, 65535, UINT32_MAX, UINT64_MAX, 0, 0), "unsigned maxima zero-extended");
	sct_usdt_fire(q, str, (const void *)&minus, -7);
	check(rec_is((uint64_t)(uintptr_t)str, (uint64_t)(uintptr_t)&minus, (uint64_t)-7, 0, 0, 0),
	      "str/ptr passed as addresses, unused registers zero");

	/* The macro widens by the C type of each argument. */
	rec_calls = 0;
	SCT_USDT_FIRE(s, 1, 2, 3, 4, 5, 6);
	check(rec_calls == 0, "SCT_USDT_FIRE does nothing while disabled");
	s->head.semaphore = u->head.semaphore = q->head.semaphore = (const unsigned short[]){ 1 };
	check(sct_usdt_enabled(s), "enabled follows the semaphore");
	SCT_USDT_FIRE(s, (signed char)-5, (short)-5, minus, minus, (char)-3, -7L);
	check(rec_calls == 1 && rec_is((uint64_t)-5, (uint64_t)-5, (uint64_t)-1, (uint64_t)-1,
				       (uint64_t)-3, (uint64_t)-7),
	      "SCT_USDT_FIRE: negative int stays negative in every width (an int for an i64 too)");
	SCT_USDT_FIRE(u, -1, -1, -1, minus, 0x1ff, (uint8_t)255);
	check(rec_is(255, 65535, UINT32_MAX, UINT64_MAX, 255, 255),
	      "SCT_USDT_FIRE: -1 into unsigned types");
	SCT_USDT_FIRE(q, "lit", str, INT32_MAX);
	check(rec[1] == (uint64_t)(uintptr_t)str && rec[2] == INT32_MAX &&
		      !strcmp((const char *)(uintptr_t)rec[0], "lit"),
	      "SCT_USDT_FIRE: string literal and pointers");
	sct_usdt_fire64(s, 0x1234567890, 0, 0, 0, 0, 0);
	check(rec[0] == 0xffffffffffffff90ull, "sct_usdt_fire64 narrows to i8");
	s->head.semaphore = u->head.semaphore = q->head.semaphore = &sctusdt_zero_semaphore;
	s->stub = u->stub = q->stub = NULL; /* what unload expects to find is ours */
	sct_usdt_provider_free(p);
}

/* ---- the object, read back through /proc/self/map_files ---- */

struct obj {
	unsigned char *d;
	size_t size;
	char path[128];
	unsigned long start, end; /* the r-x mapping */
	int maps_rx, maps_rw;
};

static int read_obj(struct sct_usdt_provider *p, struct obj *o)
{
	char line[512], want[64];
	FILE *f = fopen("/proc/self/maps", "r");
	struct stat st;
	int fd;

	memset(o, 0, sizeof(*o));
	snprintf(want, sizeof(want), "/memfd:sctusdt:%s (deleted)", p->name);
	while (f && fgets(line, sizeof(line), f)) {
		unsigned long s, e, off;
		char perms[8];

		if (!strstr(line, want) ||
		    sscanf(line, "%lx-%lx %7s %lx", &s, &e, perms, &off) != 4)
			continue;
		if (s < (uintptr_t)p->base || s >= (uintptr_t)p->base + p->map_len)
			continue;
		if (!strcmp(perms, "r-xp") && off == 0) {
			o->maps_rx++;
			o->start = s;
			o->end = e;
		} else if (!strcmp(perms, "rw-p") && off != 0) {
			o->maps_rw++;
		}
	}
	if (f)
		fclose(f);
	if (!o->start)
		return -1;
	snprintf(o->path, sizeof(o->path), "/proc/self/map_files/%lx-%lx", o->start, o->end);
	fd = open(o->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0 || fstat(fd, &st) < 0)
		return -1;
	o->size = (size_t)st.st_size;
	o->d = malloc(o->size);
	if (!o->d || pread(fd, o->d, o->size, 0) != (ssize_t)o->size) {
		close(fd);
		return -1;
	}
	check(fcntl(fd, F_GET_SEALS) ==
		      (F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE |
		       (fcntl(fd, F_GET_SEALS) & F_SEAL_EXEC)),
	      "%s: memfd sealed against write, grow, shrink and more seals", p->name);
	close(fd);
	return 0;
}

static const Elf64_Shdr *find_sec(const struct obj *o, const char *name)
{
	const Elf64_Ehdr *eh = (const Elf64_Ehdr *)o->d;
	const Elf64_Shdr *sh = (const Elf64_Shdr *)(o->d + eh->e_shoff);
	const char *names = (const char *)o->d + sh[eh->e_shstrndx].sh_offset;
	int i;

	for (i = 0; i < eh->e_shnum; i++) {
		if (!strcmp(names + sh[i].sh_name, name))
			return &sh[i];
	}
	return NULL;
}

static uint32_t sysv_hash(const char *s)
{
	uint32_t h = 0, g;

	for (; *s; s++) {
		h = (h << 4) + (unsigned char)*s;
		g = h & 0xf0000000u;
		h ^= g >> 24;
		h &= ~g;
	}
	return h;
}

/* Look NAME up through .hash, as the dynamic loader would. */
static const Elf64_Sym *hash_lookup(const struct obj *o, const char *name)
{
	const Elf64_Shdr *hs = find_sec(o, ".hash"), *ss = find_sec(o, ".dynsym"),
			 *st = find_sec(o, ".dynstr");
	const uint32_t *h = (const uint32_t *)(o->d + hs->sh_offset);
	const Elf64_Sym *sym = (const Elf64_Sym *)(o->d + ss->sh_offset);
	const char *str = (const char *)o->d + st->sh_offset;
	uint32_t i;

	for (i = h[2 + sysv_hash(name) % h[0]]; i; i = h[2 + h[0] + i]) {
		if (!strcmp(str + sym[i].st_name, name))
			return &sym[i];
	}
	return NULL;
}

static bool contains(const Elf64_Phdr *ph, uint64_t addr, uint64_t size)
{
	return addr >= ph->p_vaddr && addr + size <= ph->p_vaddr + ph->p_filesz;
}

static void check_elf(struct sct_usdt_provider *p, const char *const *argspecs)
{
	const Elf64_Ehdr *eh;
	const Elf64_Phdr *ph, *load_rx = NULL, *load_rw = NULL, *dyn = NULL, *note = NULL;
	const Elf64_Shdr *text, *probes, *base, *notes, *dynamic, *dynsym;
	struct sct_usdt_probe *pr;
	size_t nprobes = 0, off;
	bool ok = true;
	struct obj o;
	int i;

	if (read_obj(p, &o)) {
		check(false, "%s: object readable through /proc/self/map_files", p->name);
		return;
	}
	check(o.maps_rx == 1 && o.maps_rw == 1, "%s: one r-xp and one rw-p memfd mapping (%s)",
	      p->name, o.path);
	eh = (const Elf64_Ehdr *)o.d;
	check(!memcmp(eh->e_ident, ELFMAG, SELFMAG) && eh->e_ident[EI_CLASS] == ELFCLASS64 &&
		      eh->e_type == ET_DYN && eh->e_machine == EM_X86_64 &&
		      eh->e_phentsize == sizeof(Elf64_Phdr) &&
		      eh->e_shoff + (uint64_t)eh->e_shnum * sizeof(Elf64_Shdr) <= o.size,
	      "%s: ELF64 ET_DYN x86-64 header", p->name);
	ph = (const Elf64_Phdr *)(o.d + eh->e_phoff);
	for (i = 0; i < eh->e_phnum; i++) {
		if (ph[i].p_type == PT_LOAD && ph[i].p_flags == (PF_R | PF_X))
			load_rx = &ph[i];
		else if (ph[i].p_type == PT_LOAD && ph[i].p_flags == (PF_R | PF_W))
			load_rw = &ph[i];
		else if (ph[i].p_type == PT_DYNAMIC)
			dyn = &ph[i];
		else if (ph[i].p_type == PT_NOTE)
			note = &ph[i];
		else if (ph[i].p_type == PT_LOAD)
			ok = false;
		if (ph[i].p_type == PT_LOAD)
			ok &= ph[i].p_align == 4096 && ph[i].p_offset % 4096 == ph[i].p_vaddr % 4096 &&
			      ph[i].p_filesz == ph[i].p_memsz;
	}
	check(ok && load_rx && load_rw && dyn && note && load_rx->p_offset == 0 &&
		      load_rw->p_vaddr >= load_rx->p_vaddr + load_rx->p_memsz,
	      "%s: PT_LOAD r-x at 0, PT_LOAD rw- after it, 4 KiB aligned, no bss", p->name);
	if (!load_rx || !load_rw || !dyn || !note)
		goto out;
	text = find_sec(&o, ".text");
	probes = find_sec(&o, ".probes");
	base = find_sec(&o, ".stapsdt.base");
	notes = find_sec(&o, ".note.stapsdt");
	dynamic = find_sec(&o, ".dynamic");
	dynsym = find_sec(&o, ".dynsym");
	check(text && probes && base && notes && dynamic && dynsym && find_sec(&o, ".hash") &&
		      find_sec(&o, ".dynstr") && find_sec(&o, ".shstrtab"),
	      "%s: all sections present", p->name);
	if (!text || !probes || !base || !notes || !dynamic || !dynsym)
		goto out;
	check(text->sh_type == SHT_PROGBITS && text->sh_flags == (SHF_ALLOC | SHF_EXECINSTR) &&
		      contains(load_rx, text->sh_addr, text->sh_size) &&
		      probes->sh_flags == (SHF_ALLOC | SHF_WRITE) &&
		      contains(load_rw, probes->sh_addr, probes->sh_size) &&
		      contains(load_rw, dynamic->sh_addr, dynamic->sh_size) &&
		      dyn->p_vaddr == dynamic->sh_addr && notes->sh_type == SHT_NOTE &&
		      note->p_offset == notes->sh_offset && note->p_filesz == notes->sh_size &&
		      contains(load_rx, base->sh_addr, 1),
	      "%s: .text/.stapsdt.base/.note.stapsdt in r-x, .dynamic/.probes in rw-", p->name);
	check(text < probes && probes < notes,
	      "%s: section table lists .text, .probes, .note.stapsdt in that order", p->name);
	{
		const Elf64_Dyn *d = (const Elf64_Dyn *)(o.d + dynamic->sh_offset);
		unsigned seen = 0;

		for (; d->d_tag != DT_NULL; d++) {
			if (d->d_tag == DT_HASH && d->d_un.d_ptr == find_sec(&o, ".hash")->sh_addr)
				seen |= 1;
			if (d->d_tag == DT_STRTAB && d->d_un.d_ptr == find_sec(&o, ".dynstr")->sh_addr)
				seen |= 2;
			if (d->d_tag == DT_SYMTAB && d->d_un.d_ptr == dynsym->sh_addr)
				seen |= 4;
			if (d->d_tag == DT_STRSZ && d->d_un.d_val == find_sec(&o, ".dynstr")->sh_size)
				seen |= 8;
			if (d->d_tag == DT_SYMENT && d->d_un.d_val == sizeof(Elf64_Sym))
				seen |= 16;
		}
		check(seen == 31, "%s: DT_HASH DT_STRTAB DT_SYMTAB DT_STRSZ DT_SYMENT right",
		      p->name);
	}
	{
		const uint32_t *h = (const uint32_t *)(o.d + find_sec(&o, ".hash")->sh_offset);

		check(h[1] == dynsym->sh_size / sizeof(Elf64_Sym),
		      "%s: .hash nchain (%u) = .dynsym entries", p->name, h[1]);
	}

	/* Notes, one per probe, in probe order. */
	off = 0;
	for (pr = p->probes; pr; pr = pr->next, nprobes++) {
		const unsigned char *n = o.d + notes->sh_offset + off;
		Elf64_Nhdr nh;
		uint64_t pc, nbase, sem;
		const char *prov, *name, *args;
		const Elf64_Sym *sym;
		const unsigned char *code = (const unsigned char *)pr->stub;

		memcpy(&nh, n, sizeof(nh));
		memcpy(&pc, n + 20, 8);
		memcpy(&nbase, n + 28, 8);
		memcpy(&sem, n + 36, 8);
		prov = (const char *)n + 44;
		name = prov + strlen(prov) + 1;
		args = name + strlen(name) + 1;
		ok = nh.n_type == 3 && nh.n_namesz == 8 && !memcmp(n + 12, "stapsdt", 8) &&
		     nh.n_descsz == 24 + strlen(prov) + strlen(name) + strlen(args) + 3 &&
		     !strcmp(prov, p->name) && !strcmp(name, pr->name) &&
		     (!argspecs || !strcmp(args, argspecs[nprobes]));
		ok &= nbase == base->sh_addr && pc == pr->pc &&
		      pc >= text->sh_addr && pc < text->sh_addr + text->sh_size &&
		      sem == pr->semaphore && sem >= probes->sh_addr &&
		      sem + 2 <= probes->sh_addr + probes->sh_size;
		/* In memory: the semaphore SCT_USDT_FIRE reads is the note's. */
		ok &= (const unsigned char *)pr->head.semaphore == p->base + sem &&
		      *pr->head.semaphore == 0 && code == p->base + (pc - 4);
		ok &= code[0] == 0xf3 && code[1] == 0x0f && code[2] == 0x1e && code[3] == 0xfa &&
		      code[4] == 0x90 && code[5] == 0xc3 && o.d[pc] == 0x90;
		sym = hash_lookup(&o, pr->name);
		ok &= sym && sym->st_value == pc - 4 && ELF64_ST_TYPE(sym->st_info) == STT_FUNC;
		if (!ok || (nprobes < 3 || !pr->next))
			check(ok, "%s:%s note (pc %#" PRIx64 ", semaphore %#" PRIx64 ", \"%s\"), stub, symbol",
			      p->name, pr->name, pc, sem, args);
		if (!ok)
			break;
		off += sizeof(nh) + 8 + ((nh.n_descsz + 3) & ~3u);
	}
	check(off == notes->sh_size, "%s: %zu notes fill .note.stapsdt exactly", p->name, nprobes);
out:
	free(o.d);
}

/*
 * The memfds open in this process (a loaded provider keeps its own open, so
 * that bcc finds it through /proc/PID/fd); *last: the last one named
 * "memfd:sctusdt:NAME" (NULL: any).
 */
static int count_memfds(const char *name, int *last)
{
	char path[64], target[256], want[128];
	int fd, n = 0;

	snprintf(want, sizeof(want), "/memfd:sctusdt:%s (deleted)", name ? name : "");
	for (fd = 0; fd < 1024; fd++) {
		ssize_t len;

		snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
		len = readlink(path, target, sizeof(target) - 1);
		if (len <= 0)
			continue;
		target[len] = '\0';
		if (!strstr(target, "memfd:sctusdt") || (name && strcmp(target, want)))
			continue;
		n++;
		if (last)
			*last = fd;
	}
	return n;
}

static void test_objects(void)
{
	static const char *const specs[] = {
		"-1@%dil -2@%si -4@%edx -8@%rcx 1@%r8b 2@%r9w",
		"4@%edi 8@%rsi 8@%rdx 8@%rcx -1@%r8b -4@%r9d",
		"",
		"-4@%edi",
	};
	struct sct_usdt_provider *a = sct_usdt_provider_new("alpha");
	struct sct_usdt_provider *b = sct_usdt_provider_new("beta");
	struct sct_usdt_provider *e = sct_usdt_provider_new("empty");
	struct sct_usdt_provider *big = sct_usdt_provider_new("big");
	struct sct_usdt_probe *at, *bt;
	char name[32];
	int i;

	sct_usdt_probe_add(a, "p1", "i8,i16,i32,i64,u8,u16");
	sct_usdt_probe_add(a, "p2", "u32,u64,str,ptr,i8,i32");
	sct_usdt_probe_add(a, "p3", "");
	at = sct_usdt_probe_add(a, "tick", "i32");
	bt = sct_usdt_probe_add(b, "tick", "i32");
	check(sct_usdt_provider_load(a) == 0 && sct_usdt_provider_load(b) == 0 &&
		      sct_usdt_provider_load(e) == 0,
	      "load alpha, beta (same probe name) and an empty provider");
	check(count_memfds(NULL, NULL) == 3, "each loaded provider keeps its memfd open");
	check_elf(a, specs);
	check_elf(b, specs + 3);
	check_elf(e, NULL);
	check(at->head.semaphore != bt->head.semaphore && at->stub != bt->stub,
	      "alpha:tick and beta:tick have their own stub and semaphore");
	{
		struct obj oa, ob;
		struct stat sa, sb;

		read_obj(a, &oa);
		read_obj(b, &ob);
		check(!stat(oa.path, &sa) && !stat(ob.path, &sb) && sa.st_ino != sb.st_ino,
		      "alpha and beta are distinct memfd objects");
		free(oa.d);
		free(ob.d);
	}

	/* Reload: unload, add, load again: a new object with all probes. */
	check(sct_usdt_provider_unload(a) == 0, "unload alpha");
	check(count_memfds(NULL, NULL) == 2 && count_memfds("alpha", NULL) == 0,
	      "unload closes alpha's memfd");
	{
		struct obj o;

		check(read_obj(a, &o) != 0 && !sct_usdt_enabled(at) && at->stub == NULL,
		      "after unload: no mapping, probe disabled, firing is a no-op");
		free(o.d);
	}
	SCT_USDT_FIRE(at, 1);
	sct_usdt_fire(at, 1);
	check(sct_usdt_probe_add(a, "added", "-") == NULL && errno == -SCT_USDT_EARGTYPE,
	      "add with a bad type after unload still checked");
	check(sct_usdt_probe_add(a, "added", "str") != NULL, "add after unload");
	check(sct_usdt_provider_load(a) == 0, "load alpha again");
	check_elf(a, NULL);
	sct_usdt_fire(at, -1);
	check(a->nprobes == 5, "reloaded alpha has 5 probes");

	/* Many probes: text spans several pages. */
	for (i = 0; i < 600; i++) {
		snprintf(name, sizeof(name), "probe_%d", i);
		sct_usdt_probe_add(big, name, i % 2 ? "u64,str" : "i32");
	}
	check(sct_usdt_provider_load(big) == 0, "load a provider with 600 probes");
	check_elf(big, NULL);
	check(count_memfds(NULL, NULL) == 4, "four providers loaded, four memfds open");
	{
		/* The application closes the memfd and the number is reused: unload leaves it alone. */
		int fd = -1, other;

		count_memfds("beta", &fd);
		other = open("/dev/null", O_RDONLY | O_CLOEXEC);
		check(fd >= 0 && other >= 0 && close(fd) == 0 && dup2(other, fd) == fd &&
			      sct_usdt_provider_unload(b) == 0 && fcntl(fd, F_GETFD) >= 0,
		      "unload does not close a descriptor that no longer is its memfd");
		close(fd);
		close(other);
		check(count_memfds(NULL, NULL) == 3, "unloaded beta's memfd is not counted");
	}

	sct_usdt_provider_free(a);
	sct_usdt_provider_free(b);
	sct_usdt_provider_free(e);
	sct_usdt_provider_free(big);
	{
		FILE *f = fopen("/proc/self/maps", "r");
		char line[512];
		bool left = false;

		while (f && fgets(line, sizeof(line), f))
			left |= strstr(line, "memfd:sctusdt") != NULL;
		if (f)
			fclose(f);
		check(!left && count_memfds(NULL, NULL) == 0, "free unmaps every object, closes every memfd");
	}
}

/* ---- many threads firing at once while another loads and checks ---- */

static struct sct_usdt_probe *mt_probe;

static void *fire_thread(void *arg)
{
	int i;

	for (i = 0; i < 200000; i++) {
		SCT_USDT_FIRE(mt_probe, i, "thread");
		sct_usdt_fire(mt_probe, i, "thread");
	}
	return arg;
}

static void test_threads(void)
{
	struct sct_usdt_provider *p = sct_usdt_provider_new("threads");
	pthread_t t[4];
	int i, ok = 0;

	mt_probe = sct_usdt_probe_add(p, "work", "i32,str");
	for (i = 0; i < 4; i++)
		pthread_create(&t[i], NULL, fire_thread, NULL);
	ok += sct_usdt_provider_load(p) == 0; /* load while the threads fire */
	for (i = 0; i < 4; i++)
		pthread_join(t[i], NULL);
	check(ok == 1, "4 threads fire 1.6M times while the provider loads");
	sct_usdt_provider_free(p);
}

static void test_parser(void)
{
	struct sctusdt_args a;

	check(sctusdt_parse_argtypes("", &a) == 0 && a.count == 0, "parse \"\"");
	check(sctusdt_parse_argtypes("  ", &a) == 0 && a.count == 0, "parse blanks");
	check(sctusdt_parse_argtypes("ptr", &a) == 0 && a.count == 1 && a.type[0] == SCTUSDT_PTR,
	      "parse ptr");
	check(sctusdt_parse_argtypes("i8,u64,str", &a) == 0 && a.count == 3 &&
		      a.type[1] == SCTUSDT_U64 && a.type[2] == SCTUSDT_STR,
	      "parse i8,u64,str");
	check(sctusdt_parse_argtypes(",", &a) == SCT_USDT_EARGTYPE, "parse ,");
	check(sctusdt_parse_argtypes("i32,i32,i32,i32,i32,i32,bogus", &a) == SCT_USDT_ETOOMANY ||
		      sctusdt_parse_argtypes("i32,i32,i32,i32,i32,i32,bogus", &a) == SCT_USDT_EARGTYPE,
	      "parse 7 items");
	check(sctusdt_normalize(SCTUSDT_I16, 0xffff8000u) == (uint64_t)-32768 &&
		      sctusdt_normalize(SCTUSDT_U16, (uint64_t)-1) == 65535 &&
		      sctusdt_normalize(SCTUSDT_I64, 5) == 5,
	      "normalize");
}

int main(void)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	test_parser();
	test_errors();
	test_conversion();
	test_objects();
	test_threads();
	printf("%d passed, %d failed\n", n_pass, n_fail);
	return n_fail ? 1 : 0;
}
