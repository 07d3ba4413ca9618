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
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "../capture/capture.h"
#include "../util/msg.h"
#include "discover.h"
#include "notes.h"
#include "spec.h"
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

struct attachment {
	pid_t pid; /* -1: every process */
	struct object *obj;
	unsigned note;
	uint64_t cookie;
	struct bpf_link *link;
	bool pinned; /* made before exec or system-wide: not tied to a mapping we saw */
	unsigned gen; /* the last scan that saw its mapping */
};

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

static struct attachment *find_att(struct usdt_session *u, pid_t pid, const struct object *o,
				   unsigned idx)
{
	for (size_t i = 0; i < u->natts; i++)
		if (u->atts[i].pid == pid && u->atts[i].obj == o && u->atts[i].note == idx)
			return &u->atts[i];
	return NULL;
}

/*
 * Attach site idx of o in process pid (-1: all) through path (a file or
 * /proc/PID/map_files/START-END). pinned: not tied to a mapping we saw.
 */
static void attach_site(struct usdt_session *u, struct object *o, unsigned idx, pid_t pid,
			const char *path, bool pinned)
{
	const struct usdt_note *n = &o->notes[idx];
	struct sct_usdt_spec spec;
	struct attachment *a;
	struct bpf_link *link;
	uint64_t cookie;
	int err;

	if (u->natts == u->cap_atts) {
		size_t ncap = u->cap_atts ? u->cap_atts * 2 : 64;
		void *p = realloc(u->atts, ncap * sizeof(*u->atts));

		if (!p)
			return;
		u->atts = p;
		u->cap_atts = ncap;
	}
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
		msg_warn("cannot attach to USDT probe %s:%s in %s: %s", n->provider, n->name, o->path,
			 strerror(errno));
		return;
	}
	{
		LIBBPF_OPTS(bpf_uprobe_opts, opts, .ref_ctr_offset = (size_t)n->sem_off,
			    .bpf_cookie = cookie);

		link = bpf_program__attach_uprobe_opts(u->skel->progs.usdt_hit, pid, path,
						       (size_t)n->pc_off, &opts);
	}
	if (!link) {
		err = -errno;
		bpf_map_delete_elem(bpf_map__fd(u->skel->maps.specs), &cookie);
		if (!o->failed[idx])
			msg_warn("cannot attach to USDT probe %s:%s in %s: %s", n->provider, n->name,
				 o->path, strerror(-err));
		o->failed[idx] = true;
		return;
	}
	a = &u->atts[u->natts++];
	memset(a, 0, sizeof(*a));
	a->pid = pid;
	a->obj = o;
	a->note = idx;
	a->cookie = cookie;
	a->link = link;
	a->pinned = pinned;
	a->gen = u->gen;
}

static void detach(struct usdt_session *u, size_t i)
{
	struct attachment *a = &u->atts[i];

	bpf_link__destroy(a->link);
	bpf_map_delete_elem(bpf_map__fd(u->skel->maps.specs), &a->cookie);
	u->atts[i] = u->atts[--u->natts];
}

/* Scanning processes */

static int on_mapping(void *ctx, const struct usdt_mapping *m)
{
	struct usdt_session *u = ctx;
	struct object *o;
	dev_t dev;
	ino_t ino;

	if (usdt_mapping_stat(m, &dev, &ino))
		return 0;
	o = object_get(u, dev, ino, m->map_file, m->path);
	if (!o || !o->nnotes)
		return 0;
	for (unsigned i = 0; i < o->nnotes; i++) {
		struct attachment *a = find_att(u, m->pid, o, i);

		if (a)
			a->gen = u->gen;
		else if (!o->failed[i])
			attach_site(u, o, i, m->pid, m->map_file, false);
	}
	return 0;
}

void usdt_rescan(struct usdt_session *u)
{
	DIR *d;
	struct dirent *e;

	if (!u || u->system_wide)
		return;
	u->scanned = true;
	u->last_scan = now_ns();
	u->gen++;
	d = opendir("/proc");
	if (!d)
		return;
	while ((e = readdir(d))) {
		char *end;
		long pid = strtol(e->d_name, &end, 10);

		if (*end || pid <= 0 || !capture_tgid_traced(u->cap, (pid_t)pid))
			continue;
		usdt_maps_for_each((pid_t)pid, on_mapping, u);
	}
	closedir(d);
	for (size_t i = u->natts; i-- > 0;) {
		struct attachment *a = &u->atts[i];
		bool gone = a->pinned ? (kill(a->pid, 0) && errno == ESRCH) : a->gen != u->gen;

		if (gone)
			detach(u, i);
	}
}

void usdt_tick(struct usdt_session *u)
{
	if (u && !u->system_wide && now_ns() - u->last_scan >= RESCAN_NS)
		usdt_rescan(u);
}

/* Attach every matching site of the file at path for pid (pinned). */
static void attach_file(struct usdt_session *u, const char *path, pid_t pid)
{
	struct object *o;
	struct stat st;

	if (stat(path, &st) || !S_ISREG(st.st_mode))
		return;
	o = object_get(u, st.st_dev, st.st_ino, path, path);
	if (!o)
		return;
	for (unsigned i = 0; i < o->nnotes; i++)
		if (!find_att(u, pid, o, i))
			attach_site(u, o, i, pid, path, true);
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
	if (command && find_command(command, exe, sizeof(exe)))
		attach_file(u, exe, pid);
	for (size_t i = 0; i < u->nspecs; i++)
		if (u->specs[i].real)
			attach_file(u, u->specs[i].real, pid);
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
	u->skel = usdt_bpf__open();
	if (!u->skel) {
		rc = -errno;
		msg_error("cannot trace USDT probes: opening the BPF object failed: %s",
			  strerror(-rc));
		goto fail;
	}
	u->skel->rodata->self_tgid = (uint32_t)getpid();
	u->skel->rodata->str_limit = cfg->str_max < SCT_STR_CAP_MAX ? cfg->str_max : SCT_STR_CAP_MAX;
	u->skel->rodata->ring_wakeup_bytes = cfg->ring_bytes / 4;
	bpf_map__set_max_entries(u->skel->maps.scratch_buf, capture_ncpus(cap));
	rc = bpf_map__reuse_fd(u->skel->maps.rings, capture_rings_fd(cap));
	if (!rc)
		rc = usdt_bpf__load(u->skel);
	if (rc) {
		msg_error("cannot trace USDT probes: the kernel refused the BPF program: %s (run "
			  "with --debug for the verifier's log)",
			  strerror(rc < 0 ? -rc : rc));
		goto fail;
	}
	if (u->system_wide) {
		for (size_t i = 0; i < u->nspecs; i++)
			if (u->specs[i].real)
				attach_file(u, u->specs[i].real, -1);
		u->scanned = true;
	}
	*out = u;
	return 0;
fail:
	usdt_close(u);
	return rc < 0 ? rc : -EINVAL;
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
	free(u);
}
