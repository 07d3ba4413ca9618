// SPDX-License-Identifier: MIT
/*
 * The USDT session (usdt.h): the BPF object, the objects whose notes were
 * read, and one uprobe link per (process, object, probe site).
 *
 * Objects are keyed by (st_dev, st_ino), so two providers with the same
 * probe name, or a provider unloaded and loaded again (a new memfd, a new
 * inode), are different probes with different ids. A probe id is given to a
 * site of an object the first time we attach to it and announced with a
 * USDT_PROBE record stamped before the attach, so it precedes every hit.
 *
 * The uprobe is attached on /proc/PID/map_files/START-END (the kernel takes
 * the inode from the path, so memfd and deleted objects work) at the file
 * offset of the probe, with ref_ctr_offset = the file offset of the
 * semaphore: the kernel then counts the semaphore up in every process it
 * installs the breakpoint in and down when the link goes (Linux 4.20). The
 * pid filter is the traced process; the uprobe's perf filter compares mm,
 * so every thread of it is covered and an exec ends it.
 */
#include "usdt.h"

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <pthread.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../capture/capture.h"
#include "../live/pids.h"
#include "../util/msg.h"
#include "discover.h"
#include "notes.h"
#include "exechold.h"
#include "execpath.h"
#include "spec.h"
#include "uprobe_multi.h"
#include "usdt.skel.h"

#define RESCAN_NS (200ull * 1000 * 1000)

struct object {
	dev_t dev;
	ino_t ino;
	char *path; /* as first seen */
	struct usdt_elf_info info;
	struct usdt_note *notes; /* the sites some spec matches */
	struct usdt_types *types; /* per note: how its arguments are shown */
	uint32_t *ids; /* per note: probe id, 0 until first attached */
	bool *failed; /* per note: attaching failed once (warned) */
	unsigned nnotes;
};

/* The sites of one object in one process, or in every process (pid 0). */
struct attachment {
	pid_t pid;
	struct object *obj;
	int link_fd; /* the multi-uprobe link, -1 without */
	struct bpf_link **links; /* else one perf_event link per site (NULL: none) */
	uint64_t *cookies; /* per site: its specs' key, 0 when not attached */
	unsigned n; /* sites: obj->nnotes */
	bool pinned; /* made before exec or system-wide: not tied to a mapping we saw */
	unsigned gen; /* the last scan that saw its mapping */
};

#define PENDING_MAX 64

struct usdt_session {
	struct usdt_bpf *skel;
	struct capture *cap;
	struct usdt_spec *specs;
	size_t nspecs;
	char *const *spec_text; /* as given, for messages */
	bool *spec_used; /* per spec: named a probe site in some object */
	bool scanned; /* looked for probes at least once: an unused spec is worth a warning */
	bool system_wide;
	struct object **objs;
	size_t nobjs;
	struct attachment *atts;
	size_t natts, cap_atts;
	uint64_t next_cookie;
	uint32_t next_id;
	unsigned gen;
	uint64_t last_scan;
	bool multi; /* multi-uprobe links (Linux 6.6), else perf_event uprobes per site */
	bool all_procs; /* one attachment per object for every process, filtered in the kernel */
	volatile sig_atomic_t *stop; /* set by a signal: stop attaching */
	unsigned nfailed; /* sites that failed since the last report */
	char first_failure[USDT_NAME_MAX * 3];
	bool raised_nofile;
	pid_t pending[PENDING_MAX]; /* processes to scan now (notify ring) */
	unsigned npending;
	/* usdt_before_exec runs on the seccomp listener's thread */
	pthread_mutex_t lock;
	struct usdt_exechold *exechold; /* -p: execs held by fanotify (exechold.c) */
	void *bss_map; /* the capture's .bss, mapped for exechold's helper to read */
	size_t bss_len;
};

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

int usdt_spec_check(const char *text, bool system_wide, char *err, size_t errlen)
{
	struct usdt_spec s;
	int rc = usdt_spec_parse(&s, text, err, errlen);

	if (rc)
		return rc;
	if (system_wide && !s.path) {
		snprintf(err, errlen,
			 "--usdt '%s' with --system-wide needs the object: PATH:PROVIDER:PROBE", text);
		rc = -EINVAL;
	} else if (system_wide && !s.real) {
		snprintf(err, errlen, "--usdt '%s' with --system-wide: '%s' must name one file",
			 text, s.path);
		rc = -EINVAL;
	}
	usdt_spec_free(&s);
	return rc;
}

/* Objects */

struct collect {
	struct usdt_session *u;
	struct object *obj;
	int err;
};

static int collect_note(void *ctx, const struct usdt_note *n)
{
	struct collect *c = ctx;
	struct object *o = c->obj;
	bool want = false;
	void *p;

	for (size_t i = 0; i < c->u->nspecs; i++)
		if (usdt_spec_object_matches(&c->u->specs[i], o->path) &&
		    usdt_spec_probe_matches(&c->u->specs[i], n->provider, n->name)) {
			c->u->spec_used[i] = true;
			want = true;
		}
	if (!want)
		return 0;
	p = realloc(o->notes, (o->nnotes + 1) * sizeof(*o->notes));
	if (!p)
		return -ENOMEM;
	o->notes = p;
	o->notes[o->nnotes++] = *n;
	return 0;
}

/*
 * How note idx of o shows its arguments: the args= of the first SPEC that
 * names it and has one, else the provider's own types (libsctusdt), else
 * as the note says (USDT_FORM_NOTE).
 */
static void note_types(const struct usdt_session *u, const struct object *o, unsigned idx,
		       struct usdt_types *out)
{
	const struct usdt_note *n = &o->notes[idx];

	for (size_t i = 0; i < u->nspecs; i++) {
		const struct usdt_spec *s = &u->specs[i];

		if (s->types.n && usdt_spec_object_matches(s, o->path) &&
		    usdt_spec_probe_matches(s, n->provider, n->name)) {
			*out = s->types;
			return;
		}
	}
	if (usdt_types_parse(n->types, strlen(n->types), out))
		memset(out, 0, sizeof(*out));
}

/* The object (dev, ino), read through path the first time. NULL when out of memory. */
static struct object *object_get(struct usdt_session *u, dev_t dev, ino_t ino, const char *path,
				 const char *display)
{
	struct usdt_elf_src src = { .fd = -1 };
	struct collect c = { .u = u };
	struct object *o, **objs;

	for (size_t i = 0; i < u->nobjs; i++)
		if (u->objs[i]->dev == dev && u->objs[i]->ino == ino)
			return u->objs[i];
	o = calloc(1, sizeof(*o));
	objs = realloc(u->objs, (u->nobjs + 1) * sizeof(*objs));
	if (!o || !objs) {
		free(o);
		if (objs)
			u->objs = objs;
		return NULL;
	}
	u->objs = objs;
	o->dev = dev;
	o->ino = ino;
	o->path = strdup(display);
	c.obj = o;
	src.fd = open(path, O_RDONLY | O_CLOEXEC);
	if (src.fd >= 0 && o->path) {
		if (usdt_notes_walk(&src, &o->info, collect_note, &c) < 0)
			o->nnotes = 0;
		close(src.fd);
	}
	if (o->nnotes) {
		o->ids = calloc(o->nnotes, sizeof(*o->ids));
		o->failed = calloc(o->nnotes, sizeof(*o->failed));
		o->types = calloc(o->nnotes, sizeof(*o->types));
		if (!o->ids || !o->failed || !o->types)
			o->nnotes = 0;
		for (unsigned i = 0; i < o->nnotes; i++)
			note_types(u, o, i, &o->types[i]);
	}
	u->objs[u->nobjs++] = o;
	return o;
}

static void object_free(struct object *o)
{
	if (!o)
		return;
	free(o->path);
	free(o->notes);
	free(o->ids);
	free(o->failed);
	free(o->types);
	free(o);
}

/*
 * The size argument i is read with, negative when signed: the note's (it
 * says how wide the location is), narrowed to the type's when that is
 * smaller, with the type's sign.
 */
static int8_t arg_size(const struct usdt_note *n, const struct usdt_types *t, unsigned i)
{
	struct usdt_type ty = usdt_types_get(t, i);
	int size = n->arg[i].size < 0 ? -n->arg[i].size : n->arg[i].size;

	if (ty.form == USDT_FORM_NOTE)
		return n->arg[i].size;
	if (ty.size && ty.size < size)
		size = ty.size;
	return (int8_t)(ty.form == USDT_FORM_SIGNED ? -size : size);
}

/* The USDT_PROBE record saying what id means, stamped now (before the attach). */
static void announce_probe(struct usdt_session *u, const struct object *o, unsigned idx,
			   uint32_t id, pid_t pid)
{
	const struct usdt_note *n = &o->notes[idx];
	char types[SCT_USDT_MAX_ARGS * 4 + 1];
	size_t lp, ln, la, lo, lt, strs, size;
	struct sct_rec_usdt_probe *rec;
	char *p;

	usdt_types_format(&o->types[idx], types, sizeof(types));
	lp = strlen(n->provider) + 1;
	ln = strlen(n->name) + 1;
	la = strlen(n->args) + 1;
	lo = strlen(o->path) + 1;
	lt = strlen(types) + 1;
	strs = lp + ln + la + lo + lt;
	size = (sizeof(struct sct_rec_usdt_probe) + strs + 7) & ~(size_t)7;
	if (size > UINT16_MAX)
		return;
	rec = calloc(1, size);
	if (!rec)
		return;
	rec->hdr.type = SCT_REC_USDT_PROBE;
	rec->hdr.size = (uint16_t)size;
	rec->hdr.tgid = pid > 0 ? (uint32_t)pid : 0;
	rec->probe_id = id;
	rec->nargs = (uint16_t)n->nargs;
	rec->strs_len = (uint16_t)strs;
	for (unsigned i = 0; i < n->nargs; i++)
		rec->arg_size[i] = n->arg[i].kind == SCT_UARG_NONE ? 0 : arg_size(n, &o->types[idx], i);
	p = (char *)(rec + 1);
	memcpy(p, n->provider, lp);
	memcpy(p + lp, n->name, ln);
	memcpy(p + lp + ln, n->args, la);
	memcpy(p + lp + ln + la, o->path, lo);
	memcpy(p + lp + ln + la + lo, types, lt);
	capture_inject(u->cap, &rec->hdr);
	free(rec);
}

/* Attachments */

static bool stopping(const struct usdt_session *u)
{
	return u->stop && *u->stop;
}

/* A failure to attach n sites of o (site idx names the first), reported by report_failures. */
static void note_failure(struct usdt_session *u, const struct object *o, unsigned idx, unsigned n,
			 int err)
{
	if (!u->nfailed)
		snprintf(u->first_failure, sizeof(u->first_failure), "%s:%s in %s: %s",
			 o->notes[idx].provider, o->notes[idx].name, o->path, strerror(-err));
	u->nfailed += n;
}

/* One line for the failures since the last report: a thousand probes do not make a thousand lines. */
static void report_failures(struct usdt_session *u)
{
	if (!u->nfailed)
		return;
	if (u->nfailed == 1)
		msg_warn("cannot attach to USDT probe %s", u->first_failure);
	else
		msg_warn("cannot attach to %u USDT probe sites (the first: %s)", u->nfailed,
			 u->first_failure);
	u->nfailed = 0;
}

/*
 * Each link takes descriptors (two per perf_event uprobe): the soft limit on
 * open files goes up to the hard one before the first attach. Not earlier:
 * a command spawned by sctrace must not inherit it (it exists by then).
 */
static void raise_nofile(struct usdt_session *u)
{
	struct rlimit rl;

	if (u->raised_nofile || getrlimit(RLIMIT_NOFILE, &rl))
		return;
	u->raised_nofile = true;
	if (rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
}

/*
 * libbpf turns running out of descriptors into other errors (it cannot read
 * the uprobe PMU's type and tries the legacy interface): say EMFILE when
 * that is what happened.
 */
static int attach_error(int err)
{
	int fd;

	if (err == -EMFILE)
		return err;
	fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return errno == EMFILE ? -EMFILE : err;
	close(fd);
	return err;
}

static struct attachment *find_att(struct usdt_session *u, pid_t pid, const struct object *o)
{
	for (size_t i = 0; i < u->natts; i++)
		if (u->atts[i].pid == pid && u->atts[i].obj == o)
			return &u->atts[i];
	return NULL;
}

/* The argument specs of site idx under a new cookie in the specs map; 0 on failure. */
static uint64_t add_spec(struct usdt_session *u, struct object *o, unsigned idx, pid_t pid)
{
	const struct usdt_note *n = &o->notes[idx];
	struct sct_usdt_spec spec;
	uint64_t cookie;

	if (!o->ids[idx]) {
		o->ids[idx] = ++u->next_id;
		announce_probe(u, o, idx, o->ids[idx], pid);
	}
	memset(&spec, 0, sizeof(spec));
	spec.probe_id = o->ids[idx];
	spec.nargs = (uint16_t)n->nargs;
	for (unsigned i = 0; i < n->nargs; i++) {
		const struct usdt_arg *ar = &n->arg[i];
		struct sct_usdt_arg_spec *s = &spec.args[i];

		s->kind = ar->kind;
		s->size = arg_size(n, &o->types[idx], i);
		s->reg_off = ar->reg_off;
		s->reg_shift = ar->reg_shift;
		s->val = ar->val;
		s->str = usdt_types_get(&o->types[idx], i).form == USDT_FORM_STR &&
			 ar->kind != SCT_UARG_NONE;
		if (ar->kind == SCT_UARG_ADDR) {
			/*
			 * A symbol: relative to the probe address, which is
			 * regs->ip when the uprobe handler runs (handle_swbp
			 * sets it before calling the handlers).
			 */
			s->kind = SCT_UARG_DEREF;
			s->reg_off = 128; /* offsetof(struct pt_regs, ip) */
			s->val = (int64_t)((uint64_t)ar->val - n->pc);
		}
	}
	cookie = ++u->next_cookie;
	if (bpf_map_update_elem(bpf_map__fd(u->skel->maps.specs), &cookie, &spec, BPF_ANY)) {
		note_failure(u, o, idx, 1, -errno);
		return 0;
	}
	return cookie;
}

static void drop_specs(struct usdt_session *u, struct attachment *a)
{
	for (unsigned i = 0; i < a->n; i++)
		if (a->cookies[i])
			bpf_map_delete_elem(bpf_map__fd(u->skel->maps.specs), &a->cookies[i]);
}

/* Every site of a in one multi-uprobe link; -errno on failure (nothing attached then). */
static int attach_multi(struct usdt_session *u, struct attachment *a, const char *path)
{
	const struct object *o = a->obj;
	uint64_t *off = calloc(a->n, sizeof(*off)), *ref = calloc(a->n, sizeof(*ref));
	uint64_t *cookies = calloc(a->n, sizeof(*cookies));
	uint32_t cnt = 0;
	int fd = -ENOMEM;

	if (off && ref && cookies) {
		for (unsigned i = 0; i < a->n; i++)
			if (a->cookies[i]) {
				off[cnt] = o->notes[i].pc_off;
				ref[cnt] = o->notes[i].sem_off;
				cookies[cnt++] = a->cookies[i];
			}
		fd = 0;
		if (cnt)
			fd = usdt_uprobe_multi_link(bpf_program__fd(u->skel->progs.usdt_hit_multi),
						    path, off, ref, cookies, cnt, a->pid);
	}
	free(off);
	free(ref);
	free(cookies);
	if (fd > 0)
		a->link_fd = fd;
	return fd < 0 ? fd : 0;
}

/* Each site of a on its own perf_event uprobe (kernels without multi-uprobe links). */
static void attach_each(struct usdt_session *u, struct attachment *a, const char *path)
{
	const struct object *o = a->obj;

	a->links = calloc(a->n, sizeof(*a->links));
	for (unsigned i = 0; a->links && i < a->n && !stopping(u); i++) {
		const struct usdt_note *n = &o->notes[i];
		LIBBPF_OPTS(bpf_uprobe_opts, opts, .ref_ctr_offset = (size_t)n->sem_off,
			    .bpf_cookie = a->cookies[i]);
		int err;

		if (!a->cookies[i])
			continue;
		a->links[i] = bpf_program__attach_uprobe_opts(u->skel->progs.usdt_hit,
							      a->pid ? a->pid : -1, path,
							      (size_t)n->pc_off, &opts);
		err = a->links[i] ? 0 : attach_error(-errno);
		if (err) {
			note_failure(u, o, i, 1, err);
			a->obj->failed[i] = true;
			bpf_map_delete_elem(bpf_map__fd(u->skel->maps.specs), &a->cookies[i]);
			a->cookies[i] = 0;
		}
	}
}

/*
 * Attach the sites of o in process pid (0: every process) through path (a
 * file or /proc/PID/map_files/START-END). pinned: not tied to a mapping we saw.
 */
static void attach_object(struct usdt_session *u, struct object *o, pid_t pid, const char *path,
			  bool pinned)
{
	struct attachment *a;
	unsigned want = 0;

	for (unsigned i = 0; i < o->nnotes; i++)
		want += !o->failed[i];
	if (!want)
		return;
	raise_nofile(u);
	if (u->natts == u->cap_atts) {
		size_t ncap = u->cap_atts ? u->cap_atts * 2 : 16;
		void *p = realloc(u->atts, ncap * sizeof(*u->atts));

		if (!p)
			return;
		u->atts = p;
		u->cap_atts = ncap;
	}
	a = &u->atts[u->natts];
	memset(a, 0, sizeof(*a));
	a->pid = pid;
	a->obj = o;
	a->link_fd = -1;
	a->n = o->nnotes;
	a->pinned = pinned;
	a->gen = u->gen;
	a->cookies = calloc(a->n, sizeof(*a->cookies));
	if (!a->cookies)
		return;
	for (unsigned i = 0; i < a->n; i++)
		if (!o->failed[i])
			a->cookies[i] = add_spec(u, o, i, pid);
	if (u->multi) {
		int err = attach_multi(u, a, path);

		if (err) {
			err = attach_error(err);
			/* The link is all or nothing: say so once, for all its sites. */
			note_failure(u, o, 0, want, err);
			for (unsigned i = 0; i < a->n; i++)
				o->failed[i] = true;
			drop_specs(u, a);
			free(a->cookies);
			return;
		}
	} else {
		attach_each(u, a, path);
	}
	u->natts++;
}

static void detach(struct usdt_session *u, size_t i)
{
	struct attachment *a = &u->atts[i];

	if (a->link_fd >= 0)
		close(a->link_fd);
	for (unsigned k = 0; a->links && k < a->n; k++)
		bpf_link__destroy(a->links[k]);
	drop_specs(u, a);
	free(a->links);
	free(a->cookies);
	u->atts[i] = u->atts[--u->natts];
}

/* Scanning processes */

static int on_mapping(void *ctx, const struct usdt_mapping *m)
{
	struct usdt_session *u = ctx;
	struct attachment *a;
	struct object *o;
	dev_t dev;
	ino_t ino;

	if (usdt_mapping_stat(m, &dev, &ino))
		return 0;
	o = object_get(u, dev, ino, m->map_file, m->path);
	if (!o || !o->nnotes)
		return 0;
	a = find_att(u, u->all_procs ? 0 : m->pid, o);
	if (a)
		a->gen = u->gen;
	else
		attach_object(u, o, u->all_procs ? 0 : m->pid, m->map_file, false);
	return stopping(u);
}

static void rescan(struct usdt_session *u)
{
	DIR *d;
	struct dirent *e;

	u->scanned = true;
	u->last_scan = now_ns();
	u->gen++;
	d = opendir("/proc");
	if (!d)
		return;
	while ((e = readdir(d)) && !stopping(u)) {
		char *end;
		long pid = strtol(e->d_name, &end, 10);

		if (*end || pid <= 0 || !capture_tgid_traced(u->cap, (pid_t)pid))
			continue;
		usdt_maps_for_each((pid_t)pid, on_mapping, u);
	}
	closedir(d);
	report_failures(u);
	if (stopping(u))
		return; /* a partial scan: gen says nothing about what is gone */
	for (size_t i = u->natts; i-- > 0;) {
		struct attachment *a = &u->atts[i];
		bool gone = a->pinned ? a->pid > 0 && kill(a->pid, 0) && errno == ESRCH :
					a->gen != u->gen;

		if (gone)
			detach(u, i);
	}
}

void usdt_rescan(struct usdt_session *u)
{
	if (!u || u->system_wide)
		return;
	pthread_mutex_lock(&u->lock);
	rescan(u);
	pthread_mutex_unlock(&u->lock);
}

/* Records of the notify ring: a tgid that mapped an executable file or exec'd. */
static int on_notify(void *ctx, void *data, size_t size)
{
	struct usdt_session *u = ctx;
	uint32_t tgid;

	if (size < sizeof(tgid))
		return 0;
	memcpy(&tgid, data, sizeof(tgid));
	for (unsigned i = 0; i < u->npending; i++)
		if (u->pending[i] == (pid_t)tgid)
			return 0;
	if (u->npending < PENDING_MAX)
		u->pending[u->npending++] = (pid_t)tgid;
	else
		u->last_scan = 0; /* too many at once: a full scan */
	return 0;
}

/* Scan the processes the notify ring named, now. */
static void scan_pending(struct usdt_session *u)
{
	for (unsigned i = 0; i < u->npending && !stopping(u); i++)
		if (capture_tgid_traced(u->cap, u->pending[i]))
			usdt_maps_for_each(u->pending[i], on_mapping, u);
	u->npending = 0;
	report_failures(u);
}

void usdt_tick(struct usdt_session *u)
{
	if (!u || u->system_wide)
		return;
	pthread_mutex_lock(&u->lock);
	if (now_ns() - u->last_scan >= RESCAN_NS)
		rescan(u);
	if (u->npending)
		scan_pending(u);
	pthread_mutex_unlock(&u->lock);
}

/*
 * Attach every matching site of the file at path (shown as display) for pid
 * (0: all; pinned).
 */
static void attach_path(struct usdt_session *u, const char *path, const char *display, pid_t pid)
{
	struct object *o;
	struct stat st;

	if (stat(path, &st) || !S_ISREG(st.st_mode))
		return;
	o = object_get(u, st.st_dev, st.st_ino, path, display);
	if (o && o->nnotes && !find_att(u, pid, o))
		attach_object(u, o, pid, path, true);
}

static void attach_file(struct usdt_session *u, const char *path, pid_t pid)
{
	attach_path(u, path, path, pid);
}

/* The file at path (one of /proc/TID/...) under its real name, for pid. */
static void attach_exec_file(struct usdt_session *u, const char *path, pid_t pid)
{
	char real[PATH_MAX];

	attach_path(u, path, realpath(path, real) ? real : path, pid);
}

/* The thread group of tid (tid itself if unknown). */
static pid_t tgid_of(pid_t tid)
{
	char path[64], line[128];
	pid_t tgid = tid;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)tid);
	f = fopen(path, "re");
	if (!f)
		return tid;
	while (fgets(line, sizeof(line), f) && sscanf(line, "Tgid: %d", &tgid) != 1)
		;
	fclose(f);
	return tgid;
}

void usdt_before_mmap(struct usdt_session *u, pid_t tid, int fd)
{
	char path[64], shown[PATH_MAX];
	pid_t tgid;
	ssize_t n;

	if (!u || u->system_wide || fd < 0)
		return;
	snprintf(path, sizeof(path), "/proc/%d/fd/%d", (int)tid, fd);
	n = readlink(path, shown, sizeof(shown) - 1); /* as /proc/PID/maps will show it */
	if (n <= 0)
		return;
	shown[n] = 0;
	tgid = tgid_of(tid);
	pthread_mutex_lock(&u->lock);
	if (u->all_procs || capture_tgid_traced(u->cap, tgid)) {
		attach_path(u, path, shown, u->all_procs ? 0 : tgid);
		report_failures(u);
	}
	pthread_mutex_unlock(&u->lock);
}

void usdt_before_exec(struct usdt_session *u, pid_t tid, long nr, const uint64_t *args)
{
	char path[PATH_MAX], interp[PATH_MAX];
	pid_t pid;

	if (!u || u->system_wide || usdt_exec_path(tid, nr, args, path, sizeof(path)))
		return;
	pthread_mutex_lock(&u->lock);
	/* After the exec, tid is its thread group's id (the kernel makes it the leader). */
	pid = u->all_procs ? 0 : tid;
	if (u->all_procs || capture_tgid_traced(u->cap, tgid_of(tid))) {
		attach_exec_file(u, path, pid);
		if (!usdt_script_interpreter(tid, path, interp, sizeof(interp)))
			attach_exec_file(u, interp, pid);
		report_failures(u);
	}
	pthread_mutex_unlock(&u->lock);
}

/*
 * The fanotify listener (-p): process tgid opens fd to execute it (a program,
 * its ELF interpreter, a script's interpreter) and waits until we return.
 */
static void on_exec_open(void *ctx, pid_t tgid, const char *path)
{
	struct usdt_session *u = ctx;
	char shown[PATH_MAX];
	ssize_t n;

	if (!capture_tgid_traced(u->cap, tgid))
		return;
	n = readlink(path, shown, sizeof(shown) - 1);
	if (n <= 0)
		return;
	shown[n] = 0;
	pthread_mutex_lock(&u->lock);
	/* The exec keeps the thread group's id, which the link filters on. */
	attach_path(u, path, shown, u->all_procs ? 0 : tgid);
	report_failures(u);
	pthread_mutex_unlock(&u->lock);
}

/* The file execvp would run for command, resolved; false if none. */
static bool find_command(const char *command, char *out, size_t len)
{
	const char *path = getenv("PATH"), *p;
	char buf[PATH_MAX];

	if (strchr(command, '/'))
		return realpath(command, out) != NULL && len >= PATH_MAX;
	if (!path)
		path = "/usr/local/bin:/usr/bin:/bin";
	for (p = path; *p;) {
		const char *colon = strchr(p, ':');
		size_t n = colon ? (size_t)(colon - p) : strlen(p);

		if (n && n + strlen(command) + 2 < sizeof(buf)) {
			memcpy(buf, p, n);
			buf[n] = '/';
			strcpy(buf + n + 1, command);
			if (!access(buf, X_OK) && len >= PATH_MAX && realpath(buf, out))
				return true;
		}
		p += n;
		if (*p == ':')
			p++;
	}
	return false;
}

void usdt_preattach(struct usdt_session *u, pid_t pid, const char *command)
{
	char exe[PATH_MAX];

	if (!u)
		return;
	pthread_mutex_lock(&u->lock);
	if (u->all_procs)
		pid = 0;
	if (command && find_command(command, exe, sizeof(exe)))
		attach_file(u, exe, pid);
	for (size_t i = 0; i < u->nspecs && !stopping(u); i++)
		if (u->specs[i].real)
			attach_file(u, u->specs[i].real, pid);
	report_failures(u);
	pthread_mutex_unlock(&u->lock);
}

/* Open and load the BPF object, with the multi-uprobe program or the per-site one. */
static int load_bpf(struct usdt_session *u, const struct usdt_config *cfg, bool multi)
{
	struct usdt_bpf *skel;
	size_t bss_size, traced_off;
	bool by_tgid;
	int bss_fd = capture_traced_map(u->cap, &bss_size, &traced_off, &by_tgid), rc;

	usdt_bpf__destroy(u->skel);
	u->skel = skel = usdt_bpf__open();
	if (!skel)
		return -errno;
	u->multi = multi;
	u->all_procs = u->system_wide || by_tgid;
	skel->rodata->self_tgid = (uint32_t)live_self_pid();
	skel->rodata->str_limit = cfg->str_max < SCT_STR_CAP_MAX ? cfg->str_max : SCT_STR_CAP_MAX;
	skel->rodata->ring_wakeup_bytes = cfg->ring_bytes / 4;
	skel->rodata->filter_tgid = by_tgid && !u->system_wide;
	skel->rodata->traced_off = (uint32_t)traced_off;
	bpf_map__set_max_entries(skel->maps.scratch_buf, capture_ncpus(u->cap));
	bpf_program__set_autoload(skel->progs.usdt_hit, !multi);
	bpf_program__set_autoload(skel->progs.usdt_hit_multi, multi);
	if (multi)
		bpf_program__set_expected_attach_type(skel->progs.usdt_hit_multi,
						      (enum bpf_attach_type)USDT_ATTACH_UPROBE_MULTI);
	/*
	 * --system-wide attaches by file: nothing to notice. A command's code
	 * mmaps are held by the seccomp listener instead: the sys_exit program
	 * costs about 100 ns on every system call of the machine, so -p only.
	 */
	bpf_program__set_autoload(skel->progs.usdt_mmap, !u->system_wide && !cfg->command);
	bpf_program__set_autoload(skel->progs.usdt_exec, !u->system_wide);
	rc = bpf_map__set_value_size(skel->maps.capture_bss, (uint32_t)bss_size);
	if (!rc)
		rc = bpf_map__reuse_fd(skel->maps.capture_bss, bss_fd);
	if (!rc)
		rc = bpf_map__reuse_fd(skel->maps.rings, capture_rings_fd(u->cap));
	if (!rc)
		rc = usdt_bpf__load(skel);
	if (!rc && !u->system_wide) {
		/* Only faster: without them (no fexit on this kernel) the rescans still find all. */
		if (!cfg->command)
			skel->links.usdt_mmap = bpf_program__attach(skel->progs.usdt_mmap);
		skel->links.usdt_exec = bpf_program__attach(skel->progs.usdt_exec);
		if ((!cfg->command && !skel->links.usdt_mmap) || !skel->links.usdt_exec)
			msg_debug("usdt: not woken by mmap and exec (%s): rescans every 200 ms only",
				  strerror(errno));
	}
	return rc;
}

/*
 * The capture's traced_bits, mapped shared (read-only) so that exechold's
 * helper, forked with the mapping, sees them change; NULL if it cannot be,
 * or when they are by tid (-p without -f): fanotify names the exec'ing
 * process by its tgid, so the helper then asks about every exec.
 */
static const uint64_t *map_traced_bits(struct usdt_session *u)
{
	size_t size, off, page = (size_t)sysconf(_SC_PAGESIZE);
	bool by_tgid;
	int fd = capture_traced_map(u->cap, &size, &off, &by_tgid);
	void *m;

	if (!by_tgid)
		return NULL;
	size = (size + page - 1) & ~(page - 1);
	if (off + SCT_PID_MAX / 8 > size)
		return NULL;
	m = mmap(NULL, size, PROT_READ, MAP_SHARED, fd, 0);
	if (m == MAP_FAILED)
		return NULL;
	u->bss_map = m;
	u->bss_len = size;
	return (const uint64_t *)((const char *)m + off);
}

int usdt_open(struct usdt_session **out, struct capture *cap, const struct usdt_config *cfg)
{
	struct usdt_session *u;
	char err[512];
	int rc;

	*out = NULL;
	u = calloc(1, sizeof(*u));
	if (!u)
		return -ENOMEM;
	u->cap = cap;
	u->system_wide = cfg->system_wide;
	pthread_mutex_init(&u->lock, NULL);
	u->specs = calloc(cfg->nspecs ? cfg->nspecs : 1, sizeof(*u->specs));
	u->spec_used = calloc(cfg->nspecs ? cfg->nspecs : 1, sizeof(*u->spec_used));
	u->spec_text = cfg->specs;
	if (!u->specs || !u->spec_used) {
		rc = -ENOMEM;
		goto fail;
	}
	for (size_t i = 0; i < cfg->nspecs; i++) {
		rc = usdt_spec_parse(&u->specs[i], cfg->specs[i], err, sizeof(err));
		if (rc) {
			msg_error("%s", err);
			goto fail;
		}
		u->nspecs++;
	}
	u->stop = cfg->stop;
	/* Multi-uprobe links where the kernel has them (6.6), else perf_event uprobes. */
	rc = -EINVAL;
	if (!getenv("SCTRACE_USDT_NO_MULTI"))
		rc = load_bpf(u, cfg, true);
	if (rc)
		rc = load_bpf(u, cfg, false);
	if (rc) {
		msg_error("cannot trace USDT probes: the kernel refused the BPF program: %s (run "
			  "with --debug for the verifier's log)",
			  strerror(rc < 0 ? -rc : rc));
		goto fail;
	}
	if (!u->system_wide) {
		rc = capture_add_ring(cap, bpf_map__fd(u->skel->maps.notify), on_notify, u);
		if (rc) {
			msg_error("cannot trace USDT probes: %s", strerror(-rc));
			goto fail;
		}
	}
	if (!u->system_wide && !cfg->command) {
		const uint64_t *bits = map_traced_bits(u);

		rc = usdt_exechold_start(&u->exechold, on_exec_open, u, bits,
					 bits ? SCT_PID_MAX / 64 : 0);
		if (rc)
			msg_debug("usdt: execs not held (fanotify: %s): a program exec'd by a traced "
				  "process is attached when sctrace is woken",
				  strerror(-rc));
	}
	if (u->system_wide) {
		for (size_t i = 0; i < u->nspecs && !stopping(u); i++)
			if (u->specs[i].real)
				attach_file(u, u->specs[i].real, 0);
		report_failures(u);
		u->scanned = true;
	}
	*out = u;
	return 0;
fail:
	usdt_close(u);
	return rc < 0 ? rc : -EINVAL;
}

pid_t usdt_own_child(const struct usdt_session *u)
{
	return u ? usdt_exechold_helper(u->exechold) : 0;
}

void usdt_add_stats(const struct usdt_session *u, struct usdt_stats *st)
{
	if (!u || !u->skel || !u->skel->bss)
		return;
	st->events += u->skel->bss->usdt_events;
	st->lost += u->skel->bss->usdt_lost;
	st->unreadable += u->skel->bss->usdt_unreadable;
}

void usdt_close(struct usdt_session *u)
{
	if (!u)
		return;
	usdt_exechold_stop(u->exechold); /* before the session it calls goes */
	if (u->bss_map)
		munmap(u->bss_map, u->bss_len);
	capture_remove_ring(u->cap, u);
	while (u->natts)
		detach(u, u->natts - 1);
	for (size_t i = 0; i < u->nspecs && u->scanned; i++)
		if (!u->spec_used[i])
			msg_warn("--usdt '%s' matched no probe in the %s", u->spec_text[i],
				 u->system_wide ? "file it names" : "traced processes");
	usdt_bpf__destroy(u->skel);
	for (size_t i = 0; i < u->nobjs; i++)
		object_free(u->objs[i]);
	free(u->objs);
	free(u->atts);
	for (size_t i = 0; i < u->nspecs; i++)
		usdt_spec_free(&u->specs[i]);
	free(u->specs);
	free(u->spec_used);
	pthread_mutex_destroy(&u->lock);
	free(u);
}
