// SPDX-License-Identifier: MIT
/* -k: unwinding the captured user stacks with libdwfl (see unwind.h). */
#include "unwind.h"

#include <elfutils/libdwfl.h>
#include <gelf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../util/tidmap.h"

#define MAX_FRAMES 256 /* as strace */
#define MAPS_MAX (16u << 20)

/* One process: the text of its maps, its modules, and the stack being unwound. */
struct proc_unwind {
	uint32_t tgid;
	char *maps; /* /proc/PID/maps as last read (or inherited at fork), NULL: none */
	size_t maps_len;
	bool stale; /* read the maps again before the next stack */
	Dwfl *dwfl; /* from maps; NULL until needed */
	const struct user_stack *st; /* while unwinding */
	bool past_copy; /* the unwinder wanted memory beyond the stack copy */
};

struct unwinder {
	struct tidmap procs;
};

/*
 * No separate debug files: symbols are those of the mapped file itself, as
 * the libunwind-based strace of Debian prints them (CFI is in .eh_frame).
 */
static int no_debuginfo(Dwfl_Module *mod, void **userdata, const char *modname, Dwarf_Addr base,
			const char *file_name, const char *debuglink_file, GElf_Word debuglink_crc,
			char **debuginfo_file_name)
{
	(void)mod, (void)userdata, (void)modname, (void)base, (void)file_name;
	(void)debuglink_file, (void)debuglink_crc, (void)debuginfo_file_name;
	return -1;
}

static const Dwfl_Callbacks proc_callbacks = {
	.find_elf = dwfl_linux_proc_find_elf,
	.find_debuginfo = no_debuginfo,
};

/* A function symbol of a module; the name points into its ELF, open as long as the Dwfl. */
struct func_sym {
	uint64_t addr; /* ELF address */
	size_t order; /* in the file: of several at one address the first wins */
	const char *name;
};

/* A module's function symbols by address (kept in the module's user data). */
struct func_syms {
	size_t n;
	struct func_sym v[];
};

static int by_addr(const void *a, const void *b)
{
	const struct func_sym *x = a, *y = b;

	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* Every defined STT_FUNC of .symtab and .dynsym, in section order, sorted by address. */
static struct func_syms *load_syms(Elf *elf)
{
	struct func_syms *fs = NULL;
	size_t cap = 0, n = 0;
	Elf_Scn *scn = NULL;

	while ((scn = elf_nextscn(elf, scn))) {
		GElf_Shdr sh;
		Elf_Data *data;

		if (!gelf_getshdr(scn, &sh) || (sh.sh_type != SHT_SYMTAB && sh.sh_type != SHT_DYNSYM) ||
		    !sh.sh_entsize || !(data = elf_getdata(scn, NULL)))
			continue;
		for (size_t i = 0; i < sh.sh_size / sh.sh_entsize; i++) {
			GElf_Sym sym;
			const char *name;

			if (!gelf_getsym(data, (int)i, &sym) || GELF_ST_TYPE(sym.st_info) != STT_FUNC ||
			    sym.st_shndx == SHN_UNDEF)
				continue;
			name = elf_strptr(elf, sh.sh_link, sym.st_name);
			if (!name || !*name)
				continue;
			if (n == cap) {
				struct func_syms *grown;

				cap = cap ? cap * 2 : 256;
				grown = realloc(fs, sizeof(*fs) + cap * sizeof(fs->v[0]));
				if (!grown) {
					free(fs);
					return NULL;
				}
				fs = grown;
			}
			fs->v[n] = (struct func_sym){ sym.st_value, n, name };
			n++;
		}
	}
	if (!fs)
		fs = calloc(1, sizeof(*fs));
	if (!fs)
		return NULL;
	fs->n = n;
	qsort(fs->v, n, sizeof(fs->v[0]), by_addr);
	return fs;
}

/* The nearest function at or below addr (libunwind's rule: no size check), or NULL. */
static const struct func_sym *nearest_func(const struct func_syms *fs, uint64_t addr)
{
	size_t lo = 0, hi = fs->n;

	while (lo < hi) { /* the first symbol above addr */
		size_t mid = lo + (hi - lo) / 2;

		if (fs->v[mid].addr <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo)
		return NULL;
	lo--;
	while (lo > 0 && fs->v[lo - 1].addr == fs->v[lo].addr)
		lo--;
	return &fs->v[lo];
}

static const struct func_syms *module_syms(Dwfl_Module *mod)
{
	void **userdata;
	GElf_Addr bias;
	Elf *elf;

	dwfl_module_info(mod, &userdata, NULL, NULL, NULL, NULL, NULL, NULL);
	if (!*userdata && (elf = dwfl_module_getelf(mod, &bias)))
		*userdata = load_syms(elf);
	return *userdata;
}

static int free_module_syms(Dwfl_Module *mod, void **userdata, const char *name, Dwarf_Addr start,
			    void *arg)
{
	(void)mod, (void)name, (void)start, (void)arg;
	free(*userdata);
	*userdata = NULL;
	return DWARF_CB_OK;
}

static pid_t next_thread(Dwfl *dwfl, void *arg, void **thread_argp)
{
	if (*thread_argp)
		return 0;
	*thread_argp = arg;
	return dwfl_pid(dwfl);
}

/* Any thread of the process: the registers and stack are the call's. */
static bool get_thread(Dwfl *dwfl, pid_t tid, void *arg, void **thread_argp)
{
	(void)dwfl;
	(void)tid;
	*thread_argp = arg;
	return true;
}

/* Words of the stack copy; nothing else of the process is readable after the fact. */
static bool memory_read(Dwfl *dwfl, Dwarf_Addr addr, Dwarf_Word *result, void *arg)
{
	struct proc_unwind *p = arg;
	uint64_t sp = p->st->regs->r[SCT_USER_REG_SP];

	(void)dwfl;
	if (addr < sp || addr - sp > p->st->len || p->st->len - (addr - sp) < sizeof(*result)) {
		p->past_copy = true;
		return false;
	}
	memcpy(result, p->st->data + (addr - sp), sizeof(*result));
	return true;
}

static bool set_initial_registers(Dwfl_Thread *thread, void *arg)
{
	struct proc_unwind *p = arg;
	Dwarf_Word regs[SCT_USER_REGS_N];

	for (unsigned i = 0; i < SCT_USER_REGS_N; i++)
		regs[i] = p->st->regs->r[i];
	return dwfl_thread_state_registers(thread, 0, SCT_USER_REGS_N, regs);
}

static const Dwfl_Thread_Callbacks thread_callbacks = {
	.next_thread = next_thread,
	.get_thread = get_thread,
	.memory_read = memory_read,
	.set_initial_registers = set_initial_registers,
};

static char *read_maps(uint32_t tgid, size_t *len)
{
	char path[64], *buf = NULL;
	size_t cap = 0;
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "/proc/%u/maps", tgid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	*len = 0;
	for (;;) {
		if (cap - *len < 4096) {
			char *grown = cap < MAPS_MAX ? realloc(buf, cap + 65536) : NULL;

			if (!grown)
				break;
			buf = grown;
			cap += 65536;
		}
		n = read(fd, buf + *len, cap - *len);
		if (n <= 0)
			break;
		*len += (size_t)n;
	}
	close(fd);
	if (!buf || !*len) {
		free(buf);
		return NULL;
	}
	return buf;
}

static void drop_dwfl(struct proc_unwind *p)
{
	if (!p->dwfl)
		return;
	dwfl_getmodules(p->dwfl, free_module_syms, NULL, 0);
	dwfl_end(p->dwfl);
	p->dwfl = NULL;
}

/* Modules from the maps text; the process's own files are opened by their paths. */
static Dwfl *make_dwfl(struct proc_unwind *p)
{
	FILE *f = fmemopen(p->maps, p->maps_len, "r");
	Dwfl *dwfl;

	if (!f)
		return NULL;
	dwfl = dwfl_begin(&proc_callbacks);
	if (dwfl) {
		dwfl_report_begin(dwfl);
		if (dwfl_linux_proc_maps_report(dwfl, f) != 0 ||
		    dwfl_report_end(dwfl, NULL, NULL) != 0 ||
		    !dwfl_attach_state(dwfl, NULL, (pid_t)p->tgid, &thread_callbacks, p)) {
			dwfl_end(dwfl);
			dwfl = NULL;
		}
	}
	fclose(f);
	return dwfl;
}

static void refresh(struct proc_unwind *p)
{
	size_t len = 0;
	char *maps = read_maps(p->tgid, &len);

	p->stale = false;
	if (!maps)
		return; /* gone: keep what was read before */
	free(p->maps);
	p->maps = maps;
	p->maps_len = len;
	drop_dwfl(p);
}

static void proc_free(void *v)
{
	struct proc_unwind *p = v;

	drop_dwfl(p);
	free(p->maps);
	free(p);
}

static struct proc_unwind *proc_get(struct unwinder *u, uint32_t tgid)
{
	struct proc_unwind *p = tidmap_get(&u->procs, tgid);

	if (p)
		return p;
	p = calloc(1, sizeof(*p));
	if (!p)
		return NULL;
	p->tgid = tgid;
	p->stale = true;
	if (tidmap_put(&u->procs, tgid, p)) {
		free(p);
		return NULL;
	}
	return p;
}

struct unwinder *unwinder_new(void)
{
	struct unwinder *u = calloc(1, sizeof(*u));

	if (u)
		tidmap_init(&u->procs);
	return u;
}

void unwinder_free(struct unwinder *u)
{
	if (!u)
		return;
	tidmap_free(&u->procs, proc_free);
	free(u);
}

void unwinder_forget(struct unwinder *u, uint32_t tgid)
{
	struct proc_unwind *p = u ? tidmap_get(&u->procs, tgid) : NULL;

	if (!p)
		return;
	/* The old image's maps would name the wrong files: none rather than those. */
	drop_dwfl(p);
	free(p->maps);
	p->maps = NULL;
	p->maps_len = 0;
	p->stale = true;
}

struct walk {
	struct strbuf *out;
	int left;
	bool unknown_pc; /* a frame outside every module: the maps may be old */
};

/*
 * One frame as strace prints it: the return address (the call's next
 * instruction), the function found at the call itself (the byte before) and
 * the offset from it to the return address, as libunwind's get_proc_name.
 */
static int on_frame(Dwfl_Frame *frame, void *arg)
{
	struct walk *w = arg;
	Dwarf_Addr pc, rel;
	bool activation;
	Dwfl_Module *mod;
	const struct func_syms *fs;
	const struct func_sym *sym = NULL;
	const char *name;
	GElf_Addr bias = 0;

	if (!dwfl_frame_pc(frame, &pc, &activation))
		return -1;
	mod = dwfl_addrmodule(dwfl_thread_dwfl(dwfl_frame_thread(frame)), activation ? pc : pc - 1);
	if (!mod) {
		w->unknown_pc = true;
		strbuf_addf(w->out, " > unexpected_backtracing_error [0x%llx]\n", (unsigned long long)pc);
		return --w->left > 0 ? DWARF_CB_OK : DWARF_CB_ABORT;
	}
	name = dwfl_module_info(mod, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
	fs = module_syms(mod);
	if (fs && dwfl_module_getelf(mod, &bias))
		sym = nearest_func(fs, (activation ? pc : pc - 1) - bias);
	rel = pc;
	dwfl_module_relocate_address(mod, &rel);
	if (sym)
		strbuf_addf(w->out, " > %s(%s+0x%llx) [0x%llx]\n", name ? name : "", sym->name,
			    (unsigned long long)(pc - bias - sym->addr), (unsigned long long)rel);
	else
		strbuf_addf(w->out, " > %s() [0x%llx]\n", name ? name : "", (unsigned long long)rel);
	return --w->left > 0 ? DWARF_CB_OK : DWARF_CB_ABORT;
}

void unwinder_print(struct unwinder *u, uint32_t tgid, uint32_t tid, const struct user_stack *st,
		    struct strbuf *out)
{
	struct proc_unwind *p = u ? proc_get(u, tgid) : NULL;
	struct walk w = { .out = out, .left = MAX_FRAMES };
	int r;

	if (!st->regs)
		return;
	if (!p) {
		strbuf_adds(out, " > out of memory\n");
		return;
	}
	if (p->stale)
		refresh(p);
	if (!p->maps) {
		strbuf_addf(out, " > cannot read the maps of process %u [0x%llx]\n", tgid,
			    (unsigned long long)st->regs->r[SCT_USER_REG_IP]);
		return;
	}
	if (!p->dwfl)
		p->dwfl = make_dwfl(p);
	if (!p->dwfl) {
		strbuf_addf(out, " > %s\n", dwfl_errmsg(-1));
		return;
	}
	p->st = st;
	p->past_copy = false;
	r = dwfl_getthread_frames(p->dwfl, (pid_t)tid, on_frame, &w);
	p->st = NULL;
	/* The end of the copy ends the chain quietly; strace, reading live memory, goes on. */
	if (r > 0)
		strbuf_adds(out, " > too many stack frames\n");
	else if (r < 0 && !p->past_copy)
		strbuf_addf(out, " > %s\n", dwfl_errmsg(-1));
	if (w.unknown_pc)
		p->stale = true;
}
