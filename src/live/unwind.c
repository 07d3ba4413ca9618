// SPDX-License-Identifier: MIT
/* -k: unwinding the captured user stacks with libdwfl (see unwind.h). */
#include "unwind.h"

#include <elfutils/libdwfl.h>
#include <gelf.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "../util/tidmap.h"

#define MAX_FRAMES 256 /* as strace */
#define MAPS_MAX (16u << 20)

/* The maps of a process as read at one time, and the modules made of them when needed. */
struct maps_snap {
	struct maps_snap *next; /* the next newer one */
	uint64_t ts; /* CLOCK_MONOTONIC when read: the same clock as the records' */
	char *text;
	size_t len;
	Dwfl *dwfl;
};

/* One process: its snapshots, oldest first, and the stack being unwound. */
struct proc_unwind {
	uint32_t tgid;
	struct maps_snap *snaps;
	const struct user_stack *st; /* while unwinding */
	bool past_copy; /* the unwinder wanted memory beyond the stack copy */
};

struct unwinder {
	pthread_mutex_t lock; /* snapshots come from the seccomp listener's thread too */
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

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static char *read_file(const char *path, size_t *len)
{
	char *buf = NULL;
	size_t cap = 0;
	ssize_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

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
		n = read(fd, buf + *len, cap - *len - 1);
		if (n <= 0)
			break;
		*len += (size_t)n;
	}
	close(fd);
	if (!buf || !*len) {
		free(buf);
		return NULL;
	}
	buf[*len] = 0;
	return buf;
}

static void snap_free(struct maps_snap *m)
{
	if (m->dwfl) {
		dwfl_getmodules(m->dwfl, free_module_syms, NULL, 0);
		dwfl_end(m->dwfl);
	}
	free(m->text);
	free(m);
}

/* Modules from the maps text; the process's own files are opened by their paths. */
static Dwfl *make_dwfl(struct proc_unwind *p, const struct maps_snap *m)
{
	FILE *f = fmemopen(m->text, m->len, "r");
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

static void proc_free(void *v)
{
	struct proc_unwind *p = v;

	while (p->snaps) {
		struct maps_snap *m = p->snaps;

		p->snaps = m->next;
		snap_free(m);
	}
	free(p);
}

/* With the lock held. */
static struct proc_unwind *proc_get(struct unwinder *u, uint32_t tgid)
{
	struct proc_unwind *p = tidmap_get(&u->procs, tgid);

	if (p)
		return p;
	p = calloc(1, sizeof(*p));
	if (!p)
		return NULL;
	p->tgid = tgid;
	if (tidmap_put(&u->procs, tgid, p)) {
		free(p);
		return NULL;
	}
	return p;
}

/*
 * Read process tgid's maps now and keep them in time order; the same text as
 * the newest snapshot only moves its time (and keeps its modules).
 */
static struct maps_snap *take_snapshot(struct unwinder *u, uint32_t tgid)
{
	struct maps_snap *m = calloc(1, sizeof(*m)), **pos, *last = NULL;
	struct proc_unwind *p;
	char path[64];

	if (!m)
		return NULL;
	snprintf(path, sizeof(path), "/proc/%u/maps", tgid);
	m->text = read_file(path, &m->len);
	m->ts = now_ns();
	if (!m->text) {
		free(m);
		return NULL;
	}
	pthread_mutex_lock(&u->lock);
	p = proc_get(u, tgid);
	for (pos = p ? &p->snaps : NULL; pos && *pos; pos = &(*pos)->next)
		last = *pos;
	if (last && last->len == m->len && !memcmp(last->text, m->text, m->len)) {
		last->ts = m->ts;
		snap_free(m);
		m = last;
	} else if (pos) {
		*pos = m;
	} else {
		snap_free(m);
		m = NULL;
	}
	pthread_mutex_unlock(&u->lock);
	return m;
}

/* The process of thread tid (Tgid: of its status), or 0. */
static uint32_t tgid_of(uint32_t tid)
{
	char path[64], *status, *line;
	unsigned tgid = 0;
	size_t len;

	snprintf(path, sizeof(path), "/proc/%u/status", tid);
	status = read_file(path, &len);
	line = status ? strstr(status, "\nTgid:") : NULL;
	if (line && sscanf(line, "\nTgid: %u", &tgid) != 1)
		tgid = 0;
	free(status);
	return tgid;
}

struct unwinder *unwinder_new(void)
{
	struct unwinder *u = calloc(1, sizeof(*u));

	if (!u)
		return NULL;
	pthread_mutex_init(&u->lock, NULL);
	tidmap_init(&u->procs);
	return u;
}

void unwinder_free(struct unwinder *u)
{
	if (!u)
		return;
	tidmap_free(&u->procs, proc_free);
	pthread_mutex_destroy(&u->lock);
	free(u);
}

void unwinder_fork(struct unwinder *u, uint32_t parent, uint32_t child)
{
	struct proc_unwind *pp, *cp;
	struct maps_snap *m, *copy;

	if (!u)
		return;
	pthread_mutex_lock(&u->lock);
	pp = tidmap_get(&u->procs, parent);
	if (!pp || !pp->snaps) { /* none yet: the parent is likely still there */
		pthread_mutex_unlock(&u->lock);
		take_snapshot(u, parent);
		pthread_mutex_lock(&u->lock);
		pp = tidmap_get(&u->procs, parent);
	}
	for (m = pp ? pp->snaps : NULL; m && m->next; m = m->next)
		;
	cp = m ? proc_get(u, child) : NULL;
	copy = cp && !cp->snaps ? calloc(1, sizeof(*copy)) : NULL;
	if (copy) {
		copy->text = malloc(m->len + 1);
		if (copy->text) {
			memcpy(copy->text, m->text, m->len + 1);
			copy->len = m->len;
			copy->ts = 0; /* older than any stack: used only when nothing newer is known */
			cp->snaps = copy;
		} else {
			free(copy);
		}
	}
	pthread_mutex_unlock(&u->lock);
}

void unwinder_snapshot(struct unwinder *u, uint32_t tid)
{
	uint32_t tgid = tgid_of(tid);

	if (tgid)
		take_snapshot(u, tgid);
}

/*
 * The maps a stack taken at ts is unwound with: the first read at or after
 * ts (the process's image cannot have changed since, or a snapshot taken
 * before its execve would come first), else read now, else the newest known.
 * Older ones are dropped: later stacks of the process are not older.
 */
static struct maps_snap *maps_for(struct unwinder *u, struct proc_unwind *p, uint64_t ts)
{
	struct maps_snap *m;

	pthread_mutex_lock(&u->lock);
	for (m = p->snaps; m && m->ts < ts; m = m->next)
		;
	pthread_mutex_unlock(&u->lock);
	if (!m)
		m = take_snapshot(u, p->tgid);
	pthread_mutex_lock(&u->lock);
	if (!m)
		for (m = p->snaps; m && m->next; m = m->next)
			;
	while (m && p->snaps != m) {
		struct maps_snap *old = p->snaps;

		p->snaps = old->next;
		snap_free(old);
	}
	pthread_mutex_unlock(&u->lock);
	return m;
}

struct walk {
	struct strbuf *out;
	int left;
	bool at_entry;
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
		strbuf_addf(w->out, " > %s(%s) [0x%llx]\n", name ? name : "", w->at_entry ? "+0x0" : "",
			    (unsigned long long)rel);
	return --w->left > 0 ? DWARF_CB_OK : DWARF_CB_ABORT;
}

void unwinder_print(struct unwinder *u, uint32_t tgid, uint32_t tid, uint64_t ts,
		    const struct user_stack *st, bool at_entry, struct strbuf *out)
{
	struct walk w = { .out = out, .left = MAX_FRAMES, .at_entry = at_entry };
	struct proc_unwind *p;
	struct maps_snap *m;
	int r;

	if (!u || !st->regs)
		return;
	pthread_mutex_lock(&u->lock);
	p = proc_get(u, tgid);
	pthread_mutex_unlock(&u->lock);
	m = p ? maps_for(u, p, ts) : NULL;
	if (!m) {
		strbuf_addf(out, " > cannot read the maps of process %u [0x%llx]\n", tgid,
			    (unsigned long long)st->regs->r[SCT_USER_REG_IP]);
		return;
	}
	if (!m->dwfl)
		m->dwfl = make_dwfl(p, m);
	if (!m->dwfl) {
		strbuf_addf(out, " > %s\n", dwfl_errmsg(-1));
		return;
	}
	p->st = st;
	p->past_copy = false;
	r = dwfl_getthread_frames(m->dwfl, (pid_t)tid, on_frame, &w);
	p->st = NULL;
	/* The end of the copy ends the chain quietly; strace, reading live memory, goes on. */
	if (r > 0)
		strbuf_adds(out, " > too many stack frames\n");
	else if (r < 0 && !p->past_copy)
		strbuf_addf(out, " > %s\n", dwfl_errmsg(-1));
}
