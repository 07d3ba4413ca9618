// SPDX-License-Identifier: MIT
/* Call assembly: records in time order become calls for the outputs (see calls.h). */
#include "calls.h"

#include <errno.h>
#include <linux/prctl.h>
#include <stdlib.h>
#include <string.h>

#include "../decode/event.h"
#include "../decode/fdtable.h"
#include "../decode/pid_views.h"
#include "gen/syscall_nr.h"
#include "status.h"
#include "../usdt/format.h"
#include "../util/tidmap.h"

struct task {
	uint32_t tid;
	uint32_t new_child; /* created by the call in progress, counted once that call ends */
	bool counted; /* in ntasks: a child is not until its parent's clone ends or it acts */
	bool started; /* the entry went out as CALLS_STARTED */
	bool reprint; /* took the leader's tid in an execve not shown: see on_exec */
	int last_nr; /* the number of its last call, or -1 */
	struct sct_rec_syscall *entry; /* copy of the ENTER record of the call in progress */
	char comm[SCT_COMM_LEN]; /* -Y: its name as the trace tells it ("": not known) */
	bool before_exec; /* the command sctrace started, its program not running yet */
	bool hide_log; /* its first execve failed: sctrace's own code runs, not shown (strace's TCB_HIDE_LOG) */
};

/* A copy of a record that waits (see hold_killed). */
struct held_rec {
	uint32_t tgid;
	struct sct_rec_hdr *rec;
};

struct calls {
	struct calls_config cfg;
	struct decode_opts dec; /* cfg.dec with the -y and -Y hooks; fd_tgid set per call */
	struct fdtable *fds; /* -y, or NULL */
	struct tidmap tasks;
	unsigned ntasks;
	bool names; /* -Y or calls_config.names: task names are kept */
	uint32_t held_tid; /* task whose entry waits for its exit (see on_enter), or 0 */
	uint32_t pre_exec_tid; /* the command's task until its first exec (task.before_exec), or 0 */
	/* records of threads killed by a traced execve, until its EXEC record (hold_killed) */
	struct held_rec *killed;
	size_t nkilled, killed_cap;
};

static void task_free(void *p)
{
	struct task *t = p;

	if (t)
		free(t->entry);
	free(t);
}

/*
 * -Y: names of traced tasks come from the trace itself, as it is decoded
 * (inherited at fork, the file's name at execve, prctl(PR_SET_NAME)), so that
 * a task that has exited by the time its line is printed still has its name;
 * other tasks, and the translation between PID namespaces, from the caller's
 * hook (/proc).
 */
static void task_set_comm(struct task *t, const char *name, size_t len)
{
	if (len >= SCT_COMM_LEN)
		len = SCT_COMM_LEN - 1; /* the kernel's TASK_COMM_LEN, NUL included */
	memcpy(t->comm, name, len);
	t->comm[len] = '\0';
}

/* The kernel names a task after the last part of the path execve was given. */
static void comm_from_exec(struct task *t, const struct sc_event *ev)
{
	const struct sct_blob *b = sc_event_blob(ev, ev->nr == SCT_NR_execveat ? 1 : 0);
	const char *path, *base;

	if (!b || b->kind != SCT_BLOB_STR || (b->flags & SCT_BLOB_FAULT))
		return;
	path = sct_blob_data(b);
	base = memrchr(path, '/', b->len);
	base = base ? base + 1 : path;
	task_set_comm(t, base, b->len - (size_t)(base - path));
}

static void track_comm(struct task *t, const struct sc_event *ev)
{
	const struct sct_blob *b;

	if (!ev->has_ret || ev->ret != 0)
		return;
	if (ev->nr == SCT_NR_execve || ev->nr == SCT_NR_execveat) {
		comm_from_exec(t, ev);
		return;
	}
	if (ev->nr != SCT_NR_prctl || (int)ev->args[0] != PR_SET_NAME)
		return;
	b = sc_event_blob(ev, 1);
	if (b && b->kind == SCT_BLOB_MEM && !(b->flags & SCT_BLOB_FAULT))
		task_set_comm(t, sct_blob_data(b), strnlen(sct_blob_data(b), b->len));
}

void calls_add_comm_calls(uint64_t bits[SCT_NR_MAX / 64])
{
	static const unsigned renaming[] = { SCT_NR_execve, SCT_NR_execveat, SCT_NR_prctl };

	for (size_t i = 0; i < sizeof(renaming) / sizeof(renaming[0]); i++)
		bits[renaming[i] / 64] |= 1ull << (renaming[i] % 64);
}

static int pid_info_hook(void *ctx, uint32_t tgid, int pid, enum pid_kind kind, char *comm)
{
	struct calls *c = ctx;
	const struct decode_opts *d = &c->cfg.dec;
	int ours = d->pid_info(d->pid_ctx, tgid, pid, kind, comm);
	/* tasks are keyed by the kernel side's ids, ours are sctrace's namespace's */
	const struct task *t = ours > 0 ? tidmap_get(&c->tasks, pid_views_kernel((uint32_t)ours)) : NULL;

	if (comm && t && t->comm[0])
		memcpy(comm, t->comm, SCT_COMM_LEN);
	return ours;
}

struct calls *calls_new(const struct calls_config *cfg)
{
	struct calls *c = calloc(1, sizeof(*c));

	if (!c)
		return NULL;
	c->cfg = *cfg;
	c->dec = cfg->dec;
	c->names = cfg->names || (cfg->dec.decode_pids & DECODE_PIDS_COMM);
	tidmap_init(&c->tasks);
	if (cfg->dec.decode_fds || cfg->npaths) {
		c->fds = fdtable_new();
		if (!c->fds) {
			free(c);
			return NULL;
		}
		if (cfg->dec.decode_fds) {
			c->dec.fd_path = fdtable_path_hook;
			c->dec.fd_ctx = c->fds;
		}
	}
	if (cfg->dec.decode_pids && cfg->dec.pid_info) {
		c->dec.pid_info = pid_info_hook;
		c->dec.pid_ctx = c;
	}
	return c;
}

void calls_free(struct calls *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->nkilled; i++)
		free(c->killed[i].rec);
	free(c->killed);
	tidmap_free(&c->tasks, task_free);
	fdtable_free(c->fds);
	free(c);
}

const struct decode_opts *calls_decode_opts(const struct calls *c)
{
	return &c->dec;
}

struct fdtable *calls_fdtable(struct calls *c)
{
	return c ? c->fds : NULL;
}

/* Tasks */

static void task_count(struct calls *c, struct task *t)
{
	if (t && !t->counted) {
		t->counted = true;
		c->ntasks++;
	}
}

/* A task's state; create makes it, counted unless count is false (a child just forked). */
static struct task *task_lookup(struct calls *c, uint32_t tid, bool create, bool count)
{
	struct task *t = tidmap_get(&c->tasks, tid);

	if (!t && create) {
		t = calloc(1, sizeof(*t));
		if (!t)
			return NULL;
		t->tid = tid;
		t->last_nr = -1;
		if (tidmap_put(&c->tasks, tid, t)) {
			free(t);
			return NULL;
		}
	}
	if (count)
		task_count(c, t);
	return t;
}

static struct task *task_get(struct calls *c, uint32_t tid)
{
	return task_lookup(c, tid, true, true);
}

/*
 * strace decides a line's pid prefix when the call starts, so a child counts
 * only after the clone that made it has ended (or once it acts itself).
 */
static void count_new_child(struct calls *c, struct task *parent)
{
	if (parent && parent->new_child) {
		/* Not if it has already gone: it exited before its parent's clone returned. */
		task_count(c, tidmap_get(&c->tasks, parent->new_child));
		parent->new_child = 0;
	}
}

static int keep_entry(struct task *t, const struct sct_rec_syscall *rec)
{
	free(t->entry);
	t->started = false;
	t->entry = malloc(rec->hdr.size);
	if (!t->entry)
		return -ENOMEM;
	memcpy(t->entry, rec, rec->hdr.size);
	return 0;
}

static void drop_entry(struct task *t)
{
	free(t->entry);
	t->entry = NULL;
	t->started = false;
}

/* Emitting */

static int emit_to(struct calls *c, const struct calls_event *e, bool to_all, bool to_shown)
{
	int err = 0;

	for (unsigned i = 0; i < c->cfg.noutputs; i++) {
		const struct calls_output *o = &c->cfg.outputs[i];
		int r;

		if (!(o->all_calls ? to_all : to_shown))
			continue;
		r = o->event(o->impl, e);
		if (r && !err)
			err = r;
	}
	return err;
}

static int emit_record(struct calls *c, const struct sct_rec_hdr *rec)
{
	const struct task *t = rec->tid ? tidmap_get(&c->tasks, rec->tid) : NULL;
	struct calls_event e = {
		.type = CALLS_RECORD, .rec = rec, .ntasks = c->ntasks, .nr = t ? t->last_nr : -1,
		.comm = t ? t->comm : ""
	};

	return emit_to(c, &e, true, true);
}

static bool nr_in(const uint64_t *set, unsigned nr)
{
	return nr < SCT_NR_MAX && (set[nr / 64] >> (nr % 64) & 1);
}

/*
 * A call with what every output needs; the decode options name process
 * tgid's descriptors and follow -e abbrev= and -e raw= for its number.
 */
static void call_init(struct calls *c, struct call *call, const struct sc_event *ev,
		      const struct sct_rec_syscall *entry, const struct sct_rec_syscall *exit,
		      uint32_t tid, uint32_t tgid)
{
	memset(call, 0, sizeof(*call));
	call->ev = ev;
	call->entry = entry;
	call->exit = exit;
	call->tid = tid;
	call->tgid = tgid;
	call->start_ts = entry ? sct_call_start(entry) : 0;
	call->end_ts = exit ? exit->hdr.ts : 0;
	call->dec = &c->dec;
	c->dec.fd_tgid = tgid;
	if (ev) {
		c->dec.verbose = c->cfg.dec.verbose || (c->cfg.abbrev && !nr_in(c->cfg.abbrev, ev->nr));
		c->dec.raw = c->cfg.dec.raw || (c->cfg.raw && nr_in(c->cfg.raw, ev->nr));
		c->dec.nonverbose = c->cfg.verbose && !nr_in(c->cfg.verbose, ev->nr);
	}
}

static bool path_selected(const struct calls *c, const char *path, size_t len)
{
	for (size_t i = 0; i < c->cfg.npaths; i++)
		if (strlen(c->cfg.paths[i]) == len && !memcmp(c->cfg.paths[i], path, len))
			return true;
	return false;
}

static bool fd_selected(const struct calls *c, uint32_t tgid, int fd)
{
	const char *desc = fd >= 0 ? fdtable_lookup(c->fds, tgid, fd, DECODE_FDS_PATH) : NULL;

	return desc && path_selected(c, desc, strlen(desc));
}

/* The argument's memory as read at entry (the first blob; one cut by a page counts). */
static const struct sct_blob *entry_mem(const struct sc_event *ev, unsigned i)
{
	const struct sct_blob *b = sc_event_blob(ev, i);

	if (!b || b->kind != SCT_BLOB_MEM ||
	    ((b->flags & SCT_BLOB_FAULT) && !(b->flags & SCT_BLOB_SHORT)))
		return NULL;
	return b;
}

/*
 * sysdec: the descriptors inside poll's pollfd array and select's fd_sets
 * (strace's pathtrace looks at them too).
 */
static bool fd_array_match(const struct calls *c, const struct sc_event *ev, unsigned i,
			   uint32_t tgid)
{
	const struct sct_blob *b = entry_mem(ev, i);
	const unsigned char *p;

	if (!b || !ev->args[i])
		return false;
	p = (const unsigned char *)sct_blob_data(b);
	if (ev->desc->arg[i] == AT_POLLFD) {
		for (unsigned k = 0; k + 8 <= b->len && k / 8 < (unsigned)ev->args[i + 1]; k += 8) {
			int fd;

			memcpy(&fd, p + k, sizeof(fd));
			if (fd_selected(c, tgid, fd))
				return true;
		}
		return false;
	}
	for (unsigned fd = 0; fd < (unsigned)ev->args[0] && fd / 8 < b->len; fd++)
		if ((p[fd / 8] >> (fd % 8) & 1) && fd_selected(c, tgid, (int)fd))
			return true;
	return false;
}

/* sysdec: fsconfig names a path or a descriptor by its command only (strace's pathtrace) */
static bool fsconfig_match(const struct calls *c, const struct sc_event *ev, uint32_t tgid)
{
	const struct sct_blob *b;
	const char *nul;

	switch ((uint32_t)ev->args[1]) {
	case 3: /* FSCONFIG_SET_PATH */
	case 4: /* FSCONFIG_SET_PATH_EMPTY */
		if (fd_selected(c, tgid, (int)ev->args[4]))
			return true;
		b = entry_mem(ev, 3);
		nul = b ? memchr(sct_blob_data(b), 0, b->len) : NULL;
		return nul && path_selected(c, sct_blob_data(b), (size_t)(nul - sct_blob_data(b)));
	case 5: /* FSCONFIG_SET_FD */
		return fd_selected(c, tgid, (int)ev->args[4]);
	}
	return false;
}

/*
 * -P: whether the call names a selected path, as strace decides it: only
 * file, descriptor and network calls, by their path arguments (the string
 * the program passed) and descriptor arguments (what the table says the
 * descriptor refers to).
 */
static bool path_match(const struct calls *c, const struct sc_event *ev, uint32_t tgid)
{
	unsigned n;

	if (!c->cfg.npaths)
		return true;
	if (!ev->desc || !(ev->desc->classes & (TC_FILE | TC_DESC | TC_NETWORK)))
		return false;
	if (ev->nr == SCT_NR_fsconfig)
		return fsconfig_match(c, ev, tgid);
	n = ev->desc->nargs < SCT_MAX_ARGS ? ev->desc->nargs : SCT_MAX_ARGS;
	for (unsigned i = 0; i < n; i++) {
		const struct sct_blob *b;
		const char *desc;
		int fd = (int)ev->args[i];

		switch (ev->desc->arg[i]) {
		case AT_PATH:
			b = sc_event_blob(ev, i);
			if (b && b->kind == SCT_BLOB_STR && !(b->flags & SCT_BLOB_FAULT) &&
			    path_selected(c, sct_blob_data(b), b->len))
				return true;
			break;
		case AT_FD:
		case AT_DIRFD:
			desc = fd >= 0 ? fdtable_lookup(c->fds, tgid, fd, DECODE_FDS_PATH) : NULL;
			if (desc && path_selected(c, desc, strlen(desc)))
				return true;
			break;
		case AT_POLLFD:
		case AT_FDSET:
			if (fd_array_match(c, ev, i, tgid))
				return true;
			break;
		}
	}
	return false;
}

static int emit_started(struct calls *c, struct task *t, const struct sc_event *ev)
{
	struct call call;
	struct calls_event e = {
		.type = CALLS_STARTED, .call = &call, .ntasks = c->ntasks, .nr = (int)ev->nr,
		.comm = t->comm
	};

	if (!path_match(c, ev, t->entry->hdr.tgid))
		return 0; /* -P: shown whole at its end if it matches then */
	call_init(c, &call, ev, t->entry, NULL, t->tid, t->entry->hdr.tgid);
	t->started = true;
	return emit_to(c, &e, false, true);
}

/*
 * Whether the outputs that apply -e status= see the end of this call: it
 * passes -e status=, and -P unless its start was shown already.
 */
static bool done_shown(const struct calls *c, const struct call *call)
{
	unsigned st;

	if (!call->ev)
		return false;
	/* a call the trace ended inside is "detached" to -e status=, not "unfinished" */
	st = call->end == CALL_DETACHED ? STATUS_DETACHED :
	     status_of(call->end == CALL_RETURNED, call->ev->noreturn, call->ev->ret);
	return (c->cfg.status & st) &&
	       (call->started || path_match(c, call->ev, call->tgid)) &&
	       (!c->cfg.filter || c->cfg.filter(c->cfg.filter_ctx, call));
}

/* A call ended: the outputs that apply -e status= see it only when it passes; all, --filter. */
static int emit_done(struct calls *c, const struct call *call)
{
	const struct sct_rec_syscall *r = call->entry ? call->entry : call->exit;
	const struct task *t = tidmap_get(&c->tasks, call->tid);
	struct calls_event e = {
		.type = CALLS_DONE, .call = call, .ntasks = c->ntasks, .nr = (int)r->nr,
		.comm = t ? t->comm : ""
	};
	bool to_all = call->end == CALL_RETURNED &&
		      (!c->cfg.filter || c->cfg.filter(c->cfg.filter_ctx, call));

	return emit_to(c, &e, to_all, done_shown(c, call));
}

/*
 * A call of task t that returned, decoded or not: -y's table changes around
 * it (fdtable_apply).
 */
static int finish_call(struct calls *c, struct task *t, const struct sct_rec_syscall *entry,
		       const struct sct_rec_syscall *exit, bool started)
{
	struct sc_event ev;
	struct call call;
	bool decoded = !sc_event_init(&ev, entry == exit ? NULL : entry, exit);
	int err;

	call_init(c, &call, decoded ? &ev : NULL, entry, exit, exit->hdr.tid, exit->hdr.tgid);
	call.started = started;
	call.reprint = t->reprint;
	if (done_shown(c, &call))
		t->reprint = false;
	if (decoded && c->fds)
		fdtable_apply(c->fds, exit->hdr.tgid, &ev, false);
	err = emit_done(c, &call);
	if (decoded && c->names)
		track_comm(t, &ev);
	if (decoded && c->fds)
		fdtable_apply(c->fds, exit->hdr.tgid, &ev, true);
	return err;
}

/* Records */

static int on_syscall(struct calls *c, const struct sct_rec_syscall *rec)
{
	struct task *t = task_get(c, rec->hdr.tid);
	int err = 0;

	if (!t)
		return -ENOMEM;
	t->last_nr = (int)rec->nr;
	if (t->entry) {
		/* A call that never ended: its exit was lost (a damaged log). */
		struct sc_event ev;
		struct call call;

		if (!sc_event_init(&ev, t->entry, NULL)) {
			call_init(c, &call, &ev, t->entry, NULL, t->tid, t->entry->hdr.tgid);
			call.end = CALL_LOST;
			call.started = t->started;
			err = emit_done(c, &call);
		}
		drop_entry(t);
	}
	if (!err)
		err = finish_call(c, t, rec, rec, false);
	count_new_child(c, t);
	return err;
}

static bool event_has_fault(const struct sc_event *ev)
{
	for (unsigned i = 0; i < ev->nblobs; i++)
		if (ev->blobs[i]->flags & SCT_BLOB_FAULT)
			return true;
	return false;
}

/* Anything else is to be shown: the held entry goes first, as it is. */
static int show_held(struct calls *c)
{
	struct task *t = c->held_tid ? tidmap_get(&c->tasks, c->held_tid) : NULL;
	struct sc_event ev;

	c->held_tid = 0;
	if (!t || !t->entry || t->started || sc_event_init(&ev, t->entry, NULL))
		return 0;
	return emit_started(c, t, &ev);
}

static int on_enter(struct calls *c, const struct sct_rec_syscall *rec)
{
	struct task *t = task_get(c, rec->hdr.tid);
	struct sc_event ev;

	if (!t || keep_entry(t, rec))
		return -ENOMEM;
	t->last_nr = (int)rec->nr;
	/* With a status filter (or --filter) the whole line waits for the exit, as in strace. */
	if (c->cfg.status != STATUS_ALL || c->cfg.filter || sc_event_init(&ev, t->entry, NULL))
		return 0;
	/*
	 * An argument the kernel side could not read yet (the call slept in its
	 * own page fault on it) comes again with the exit: hold the entry for it,
	 * until anything else is to be shown (not at a drain: the exit is usually
	 * in the next one). calls_record showed any entry held before.
	 */
	if (event_has_fault(&ev)) {
		c->held_tid = rec->hdr.tid;
		return 0;
	}
	return emit_started(c, t, &ev);
}

static int on_exit_rec(struct calls *c, const struct sct_rec_syscall *rec)
{
	struct task *t = task_get(c, rec->hdr.tid);
	int err;

	if (!t)
		return -ENOMEM;
	t->last_nr = (int)rec->nr;
	if (c->held_tid == rec->hdr.tid)
		c->held_tid = 0; /* shown whole */
	if (!t->entry || t->entry->nr != rec->nr) {
		/* The entry happened before we attached: only -c counts it. */
		struct call call;

		call_init(c, &call, NULL, NULL, rec, rec->hdr.tid, rec->hdr.tgid);
		return emit_done(c, &call);
	}
	err = finish_call(c, t, t->entry, rec, t->started);
	count_new_child(c, t);
	drop_entry(t);
	return err;
}

static int on_fork(struct calls *c, const struct sct_rec_fork *rec)
{
	struct task *parent = task_get(c, rec->hdr.tid), *child;

	if (!parent)
		return -ENOMEM;
	if (c->fds)
		fdtable_fork(c->fds, rec->hdr.tgid, rec->child_tgid);
	count_new_child(c, parent);
	child = task_lookup(c, rec->child_tid, true, false);
	if (!child)
		return -ENOMEM;
	memcpy(child->comm, parent->comm, SCT_COMM_LEN);
	parent->new_child = rec->child_tid;
	return emit_record(c, &rec->hdr);
}

static int on_task_exit(struct calls *c, const struct sct_rec_task_exit *rec)
{
	struct task *t = tidmap_get(&c->tasks, rec->hdr.tid);
	struct sc_event ev;
	int err = 0;

	if (t && t->entry && !sc_event_init(&ev, t->entry, NULL)) {
		struct call call;

		call_init(c, &call, &ev, t->entry, NULL, t->tid, t->entry->hdr.tgid);
		call.end = CALL_DIED;
		call.end_ts = rec->hdr.ts;
		call.started = t->started;
		call.reprint = t->reprint;
		err = emit_done(c, &call);
	}
	if (!err)
		err = emit_record(c, &rec->hdr);
	if (c->fds && (rec->flags & SCT_EXIT_GROUP_DEAD))
		fdtable_exit(c->fds, rec->hdr.tgid);
	count_new_child(c, t);
	if (t && sct_exit_superseded(rec)) {
		/* strace counts it until the execve'ing thread takes its place (on_exec) */
		drop_entry(t);
		return err;
	}
	if (t) {
		tidmap_del(&c->tasks, t->tid);
		if (t->counted)
			c->ntasks--;
		task_free(t);
	}
	return err;
}

static bool hidden(const struct calls *c, const struct sct_rec_hdr *rec);

/*
 * A traced task's execve succeeded. A thread other than the leader that
 * called it (old_tid) takes the leader's tid: the leader, killed by the
 * execve, leaves strace's count now, and the thread's call in progress (the
 * execve, shown under old_tid) ends under the new tid. Without -f, a thread
 * whose leader was not traced is not traced further (SCT_EXEC_DETACHED), nor
 * is any process that -b execve lets go: its execve ends as at the end of a
 * trace.
 */
static int on_exec(struct calls *c, const struct sct_rec_exec *rec)
{
	uint32_t tid = rec->hdr.tid, old = rec->old_tid;
	struct task *t = tidmap_get(&c->tasks, old ? old : tid), *leader;
	int err = 0;

	if (t && t->before_exec)
		c->pre_exec_tid = 0;
	if (t)
		t->before_exec = t->hide_log = false;
	if ((old == tid || !old) && !(rec->flags & SCT_EXEC_DETACHED))
		return emit_record(c, &rec->hdr);
	t = tidmap_del(&c->tasks, old ? old : tid);
	if (rec->flags & SCT_EXEC_DETACHED) {
		struct sc_event ev;
		struct call call;

		if (t && t->entry && !sc_event_init(&ev, t->entry, NULL)) {
			call_init(c, &call, &ev, t->entry, NULL, t->tid, t->entry->hdr.tgid);
			call.end = CALL_DETACHED;
			call.started = t->started;
			err = emit_done(c, &call);
		}
		if (t && t->counted)
			c->ntasks--;
		task_free(t);
		return err ? err : emit_record(c, &rec->hdr);
	}
	leader = tidmap_del(&c->tasks, tid);
	if (leader) {
		if (leader->counted)
			c->ntasks--;
		task_free(leader);
	}
	if (t) {
		/*
		 * strace's TCB_REPRINT: the next call shown of the thread, unless it
		 * is this execve's end, prints its entry " <unfinished ...>" and
		 * then "<... name resumed>", even with nothing between.
		 */
		t->reprint = !t->entry || hidden(c, &t->entry->hdr);
		t->tid = tid;
		if (tidmap_put(&c->tasks, tid, t)) {
			if (t->counted)
				c->ntasks--;
			task_free(t);
			return -ENOMEM;
		}
	} else if (!task_get(c, tid)) {
		return -ENOMEM;
	}
	return emit_record(c, &rec->hdr);
}

/* Any other record: the task it names is known from now on. */
static int on_other(struct calls *c, const struct sct_rec_hdr *rec)
{
	switch (rec->type) {
	case SCT_REC_TASK_NEW: {
		const struct sct_rec_task_new *tn = (const struct sct_rec_task_new *)rec;
		struct task *t = task_get(c, rec->tid);

		if (!t)
			return -ENOMEM;
		t->before_exec = rec->size >= SCT_TASK_NEW_MIN_SIZE && !(tn->flags & SCT_TASK_ATTACHED);
		if (t->before_exec)
			c->pre_exec_tid = rec->tid;
		if (rec->size >= sizeof(*tn) && tn->comm[0])
			task_set_comm(t, tn->comm, strnlen(tn->comm, SCT_COMM_LEN));
		break;
	}
	case SCT_REC_PROC_STATE: { /* a task met under --system-wide: its name then */
		const struct sct_rec_proc_state *ps = (const struct sct_rec_proc_state *)rec;
		struct task *t = task_get(c, rec->tid);

		if (!t)
			return -ENOMEM;
		if (rec->size >= sizeof(*ps) && ps->len && ps->len <= rec->size - sizeof(*ps) &&
		    !t->comm[0])
			task_set_comm(t, (const char *)(ps + 1),
				      strnlen((const char *)(ps + 1), ps->len < SCT_COMM_LEN ? ps->len :
											SCT_COMM_LEN - 1));
		break;
	}
	case SCT_REC_SIGNAL:
	case SCT_REC_USDT:
		if (!task_get(c, rec->tid))
			return -ENOMEM;
		break;
	case SCT_REC_FD_SNAPSHOT: {
		const struct sct_rec_fd_snapshot *fs = (const struct sct_rec_fd_snapshot *)rec;

		if (c->fds && fs->len <= rec->size - sizeof(*fs))
			fdtable_apply_snapshot(c->fds, rec->tgid, (const char *)(fs + 1), fs->len);
		break;
	}
	case SCT_REC_USDT_PROBE:
		usdt_registry_learn(rec);
		break;
	case SCT_REC_PID_VIEW:
		pid_views_learn(rec);
		break;
	}
	return emit_record(c, rec);
}

/* A syscall record outside -e trace=. */
static bool hidden(const struct calls *c, const struct sct_rec_hdr *rec)
{
	unsigned nr;

	if (!c->cfg.shown || (rec->type != SCT_REC_SYSCALL && rec->type != SCT_REC_ENTER &&
			      rec->type != SCT_REC_EXIT))
		return false;
	nr = ((const struct sct_rec_syscall *)rec)->nr;
	return !nr_in(c->cfg.shown, nr);
}

/* The whole effect of a call on the descriptor table and the task's name, nothing shown. */
static void apply_hidden(struct calls *c, struct task *t, const struct sct_rec_syscall *entry,
			 const struct sct_rec_syscall *exit)
{
	struct sc_event ev;

	if (sc_event_init(&ev, entry, exit))
		return;
	if (c->fds) {
		fdtable_apply(c->fds, exit->hdr.tgid, &ev, false);
		fdtable_apply(c->fds, exit->hdr.tgid, &ev, true);
	}
	if (c->names)
		track_comm(t, &ev);
}

/*
 * A call outside -e trace=: with -y it keeps the descriptor table current,
 * with -Y the task's name, and that is all.
 */
static int on_hidden(struct calls *c, const struct sct_rec_hdr *rec)
{
	const struct sct_rec_syscall *sc = (const struct sct_rec_syscall *)rec;
	struct task *t;

	if (!c->fds && !c->names)
		return 0;
	t = task_get(c, rec->tid);
	if (!t)
		return -ENOMEM;
	if (rec->type == SCT_REC_SYSCALL) {
		apply_hidden(c, t, NULL, sc);
		return 0;
	}
	if (rec->type == SCT_REC_ENTER) /* kept for its exit, never shown */
		return keep_entry(t, sc);
	if (t->entry && t->entry->nr == sc->nr)
		apply_hidden(c, t, t->entry, sc);
	drop_entry(t);
	return 0;
}

static bool is_exec_nr(unsigned nr)
{
	return nr == SCT_NR_execve || nr == SCT_NR_execveat;
}

/*
 * As strace: when the command's first execve fails, the calls that follow
 * (sctrace's child reporting the error and exiting) are not shown, up to an
 * execve; the failed execve and the exit are.
 */
static bool after_failed_exec(struct calls *c, const struct sct_rec_hdr *rec)
{
	const struct sct_rec_syscall *sc = (const struct sct_rec_syscall *)rec;
	struct task *t;

	/* one compare for every other record: only the command's, before its exec, are looked at */
	if (!c->pre_exec_tid || rec->tid != c->pre_exec_tid || !sct_rec_is_syscall(rec->type) ||
	    !(t = tidmap_get(&c->tasks, rec->tid)) || !t->before_exec)
		return false;
	if (!is_exec_nr(sc->nr))
		return t->hide_log;
	if (rec->type == SCT_REC_SYSCALL && sc->ret < 0)
		t->hide_log = true; /* from the next record on */
	return false;
}

static int dispatch(struct calls *c, const struct sct_rec_hdr *rec)
{
	int err;

	if (hidden(c, rec) || after_failed_exec(c, rec))
		return on_hidden(c, rec);
	if (c->held_tid && !(rec->type == SCT_REC_EXIT && rec->tid == c->held_tid)) {
		err = show_held(c);
		if (err)
			return err;
	}
	switch (rec->type) {
	case SCT_REC_SYSCALL:
		return on_syscall(c, (const struct sct_rec_syscall *)rec);
	case SCT_REC_ENTER:
		return on_enter(c, (const struct sct_rec_syscall *)rec);
	case SCT_REC_EXIT:
		return on_exit_rec(c, (const struct sct_rec_syscall *)rec);
	case SCT_REC_FORK:
		return on_fork(c, (const struct sct_rec_fork *)rec);
	case SCT_REC_TASK_EXIT:
		return on_task_exit(c, (const struct sct_rec_task_exit *)rec);
	case SCT_REC_EXEC:
		return on_exec(c, (const struct sct_rec_exec *)rec);
	default:
		return on_other(c, rec);
	}
}

/*
 * The kernel kills the other threads of a process whose thread calls execve
 * before the new image runs, and writes that execve's entry only once it
 * runs (sched_process_exec). strace shows the entry first (it stops the
 * thread at the call's entry), then the killed threads' "= ?" and exits: so
 * their records wait here until the EXEC record, after the entry. They also
 * go out if the execve'ing thread dies instead, or at the end.
 */
static bool killed_by_exec(const struct sct_rec_hdr *rec)
{
	if (sct_rec_is_syscall(rec->type))
		return ((const struct sct_rec_syscall *)rec)->flags & SCT_SC_EXEC_ZAPPED;
	return rec->type == SCT_REC_TASK_EXIT &&
	       (((const struct sct_rec_task_exit *)rec)->flags & SCT_EXIT_EXEC_ZAPPED);
}

static int hold_killed(struct calls *c, const struct sct_rec_hdr *rec)
{
	struct sct_rec_hdr *copy;

	if (c->nkilled == c->killed_cap) {
		size_t cap = c->killed_cap ? 2 * c->killed_cap : 8;
		struct held_rec *k = realloc(c->killed, cap * sizeof(*k));

		if (!k)
			return -ENOMEM;
		c->killed = k;
		c->killed_cap = cap;
	}
	copy = malloc(rec->size);
	if (!copy)
		return -ENOMEM;
	memcpy(copy, rec, rec->size);
	c->killed[c->nkilled].tgid = rec->tgid;
	c->killed[c->nkilled++].rec = copy;
	return 0;
}

/* The held records of process tgid (0: all), in their order. */
static int release_killed(struct calls *c, uint32_t tgid)
{
	size_t kept = 0;
	int err = 0;

	for (size_t i = 0; i < c->nkilled; i++) {
		struct held_rec *k = &c->killed[i];

		if (tgid && k->tgid != tgid) {
			c->killed[kept++] = *k;
			continue;
		}
		if (!err)
			err = dispatch(c, k->rec);
		free(k->rec);
	}
	c->nkilled = kept;
	return err;
}

int calls_record(void *calls, const struct sct_rec_hdr *rec)
{
	struct calls *c = calls;
	int err;

	if (!sct_record_valid(rec))
		return 0;
	if (killed_by_exec(rec))
		return hold_killed(c, rec);
	if (c->nkilled && (rec->type == SCT_REC_EXEC || rec->type == SCT_REC_TASK_EXIT)) {
		/* after the execve's entry; before the execve'ing thread's end if it died instead */
		err = release_killed(c, rec->tgid);
		if (err)
			return err;
	}
	return dispatch(c, rec);
}

static int by_start(const void *a, const void *b)
{
	const struct task *x = *(const struct task *const *)a, *y = *(const struct task *const *)b;
	uint64_t tx = sct_call_start(x->entry), ty = sct_call_start(y->entry);

	if (tx != ty)
		return tx < ty ? -1 : 1;
	return x->tid < y->tid ? -1 : x->tid > y->tid;
}

int calls_finish(struct calls *c)
{
	struct task **open;
	size_t n = 0;
	int err = release_killed(c, 0);

	if (!err)
		err = show_held(c);

	open = calloc(c->tasks.used + 1, sizeof(*open));
	if (!open)
		return -ENOMEM;
	for (size_t i = 0; i < c->tasks.cap; i++) {
		struct task *t = c->tasks.slots[i].value;

		if (c->tasks.slots[i].tid && t && t->entry)
			open[n++] = t;
	}
	qsort(open, n, sizeof(*open), by_start);
	for (size_t i = 0; i < n; i++) {
		struct task *t = open[i];
		struct sc_event ev;
		struct call call;
		int r;

		if (sc_event_init(&ev, t->entry, NULL))
			continue;
		call_init(c, &call, &ev, t->entry, NULL, t->tid, t->entry->hdr.tgid);
		call.end = CALL_DETACHED;
		call.started = t->started;
		r = emit_done(c, &call);
		if (r && !err)
			err = r;
		drop_entry(t);
	}
	free(open);
	return err;
}
