// SPDX-License-Identifier: MIT
/* The seccomp listener of -e inject= / -e fault=: see inject.h. */
#include "inject.h"

#include <bpf/bpf.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#include "../decode/syscall_table.h"
#include "../live/pids.h"
#include "../util/msg.h"
#include "../util/tidmap.h"
#include "gen/syscall_nr.h"

/* What the listener does with one notified call, now or when its delay is over. */
struct answer_plan {
	uint64_t id, due_ns;
	uint32_t tid, nr;
	int64_t val;
	int32_t error;
	uint32_t resp_flags; /* SECCOMP_USER_NOTIF_FLAG_CONTINUE: the call runs */
	int late_sig; /* sent after the answer */
	bool pending; /* tell the kernel side (inject_pending) first */
	struct sct_injected pend;
	const struct inject_rule *rule; /* its poke_exit= is written just before the answer */
};

/* A call held for its delay_enter=/delay_exit=. */
struct held {
	struct answer_plan plan;
	struct seccomp_notif req;
};

struct injector {
	int listener;
	int stop[2]; /* a pipe: writing stops the thread */
	int pending_map;
	pid_t only_tid; /* without -f: the one thread injected into */
	pid_t exec_tid; /* the command, until its first execve */
	const struct inject_rule *rules;
	const struct inject_watch *watch; /* or NULL */
	struct tidmap counts; /* tid -> uint32_t[SCT_NR_MAX]: calls seen per syscall */
	struct held *held; /* calls waiting for their delay, in no order */
	size_t nheld, cap_held;
	pthread_t thread;
	bool started;
};

static int answer(int listener, uint64_t id, int64_t val, int32_t error, uint32_t flags)
{
	struct seccomp_notif_resp resp;

	memset(&resp, 0, sizeof(resp));
	resp.id = id;
	resp.val = val;
	resp.error = error;
	resp.flags = flags;
	return ioctl(listener, SECCOMP_IOCTL_NOTIF_SEND, &resp) ? -errno : 0;
}

static uint64_t monotonic_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* The n-th call (from 1) of this thread to this syscall. */
static unsigned long count_call(struct injector *inj, uint32_t tid, unsigned nr)
{
	uint32_t *c = tidmap_get(&inj->counts, tid);

	if (!c) {
		c = calloc(SCT_NR_MAX, sizeof(*c));
		if (!c || tidmap_put(&inj->counts, tid, c)) {
			free(c);
			return 0;
		}
	}
	if (c[nr] < UINT32_MAX)
		c[nr]++;
	return c[nr];
}

/* Whether thread tid has a handler for signal sig (SigCgt of /proc/TID/status). */
static bool signal_caught(uint32_t tid, int sig)
{
	char path[64], line[256];
	unsigned long long mask = 0;
	bool found = false;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%u/status", tid);
	f = fopen(path, "re");
	if (!f)
		return false;
	while (!found && fgets(line, sizeof(line), f))
		found = sscanf(line, "SigCgt: %llx", &mask) == 1;
	fclose(f);
	return found && sig >= 1 && sig <= 64 && ((mask >> (sig - 1)) & 1);
}

/* poke_enter=/poke_exit=: write the bytes where the arguments point; false if none was written. */
static bool poke(uint32_t tid, const struct seccomp_notif *req, const struct inject_pokes *p,
		 bool exit)
{
	bool poked = false;

	const struct syscall_desc *d = syscall_desc((unsigned)req->data.nr);

	for (unsigned i = 0; p && d && i < p->n; i++) {
		const struct inject_poke *k = &p->items[i];
		struct iovec local = { (void *)k->data, k->len };
		struct iovec remote;

		if (k->exit != exit)
			continue;
		/* strace's messages, which its users (and its tests) know */
		if (k->arg > d->nargs) {
			msg_warn("Failed to tamper with process %u: requested to tamper with argument "
				 "#%u, but system call '%s' has only %u arguments",
				 tid, k->arg, d->name, d->nargs);
			continue;
		}
		remote.iov_base = (void *)(uintptr_t)req->data.args[k->arg - 1];
		remote.iov_len = k->len;
		if (process_vm_writev((pid_t)tid, &local, 1, &remote, 1, 0) == (ssize_t)k->len)
			poked = true;
		else
			msg_warn("Failed to tamper with process %u: couldn't poke", tid);
	}
	return poked;
}

/*
 * inject_pending's key: the kernel side's id of a notifying task, the initial
 * namespace's. The notification's is ours, another under `unshare -Urpf`:
 * /proc's then (live_proc_pid), read while the task waits in its call.
 */
static uint32_t kernel_tid(uint32_t tid)
{
	pid_t proc = live_proc_pid((pid_t)tid);

	return proc > 0 ? (uint32_t)proc : tid;
}

static void execute(struct injector *inj, struct answer_plan *a, const struct seccomp_notif *req)
{
	uint32_t key = a->pending ? kernel_tid(a->tid) : 0;

	if (a->rule && req && poke(a->tid, req, a->rule->pokes, true))
		a->pend.flags |= SCT_SC_POKED;
	if (a->pending)
		bpf_map_update_elem(inj->pending_map, &key, &a->pend, BPF_ANY);
	if (answer(inj->listener, a->id, a->val, a->error, a->resp_flags)) {
		if (a->pending) /* the task is gone or was interrupted */
			bpf_map_delete_elem(inj->pending_map, &key);
		return;
	}
	if (a->late_sig)
		syscall(SYS_tkill, (pid_t)a->tid, a->late_sig);
}

/* Keep a call until its delay is over (the thread goes on answering the others). */
static void hold(struct injector *inj, struct answer_plan *a, const struct seccomp_notif *req)
{
	struct held *h;

	if (inj->nheld == inj->cap_held) {
		size_t cap = inj->cap_held ? 2 * inj->cap_held : 8;
		struct held *n = realloc(inj->held, cap * sizeof(*n));

		if (!n) { /* no memory to wait in: answer now */
			execute(inj, a, req);
			return;
		}
		inj->held = n;
		inj->cap_held = cap;
	}
	h = &inj->held[inj->nheld++];
	h->plan = *a;
	h->req = *req;
}

static void handle(struct injector *inj, const struct seccomp_notif *req)
{
	unsigned nr = (unsigned)req->data.nr;
	const struct inject_rule *r;
	struct answer_plan a;
	uint32_t tid = req->pid;
	uint64_t delay;
	unsigned long n;

	memset(&a, 0, sizeof(a));
	a.id = req->id;
	a.tid = tid;
	a.nr = nr;
	a.resp_flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE;
	if ((pid_t)tid == inj->exec_tid && (nr == SCT_NR_execve || nr == SCT_NR_execveat)) {
		inj->exec_tid = 0; /* the command's start */
		execute(inj, &a, NULL);
		return;
	}
	if (inj->watch && nr < SCT_NR_MAX && (inj->watch->calls[nr / 64] >> (nr % 64) & 1))
		inj->watch->before(inj->watch->ctx, tid, nr, (const uint64_t *)req->data.args);
	if (nr >= SCT_NR_MAX || (inj->only_tid && (pid_t)tid != inj->only_tid) ||
	    !(n = count_call(inj, tid, nr)) || !inject_selects(&inj->rules[nr], n)) {
		execute(inj, &a, NULL);
		return;
	}
	r = &inj->rules[nr];
	a.pend.nr = nr;
	a.pend.enter_ts = monotonic_ns();
	/*
	 * A caught signal is sent before the answer, so that it is delivered as
	 * the call returns (the task waits killably, so it does not interrupt the
	 * call). Any other one after: a fatal one would kill the task in its
	 * wait, before its call; it then comes a little later than strace's.
	 * The tid is the notifying task's only while the notification is valid.
	 */
	if (r->flags & INJECT_SIGNAL) {
		if (!signal_caught(tid, r->signo))
			a.late_sig = r->signo;
		else if (ioctl(inj->listener, SECCOMP_IOCTL_NOTIF_ID_VALID, &req->id) == 0)
			syscall(SYS_tkill, (pid_t)tid, r->signo);
	}
	if ((r->flags & INJECT_POKE_ENTER) && poke(tid, req, r->pokes, false))
		a.pend.flags |= SCT_SC_POKED;
	if (r->flags & (INJECT_ERROR | INJECT_RETVAL)) {
		a.resp_flags = 0;
		a.error = (r->flags & INJECT_ERROR) ? -(int32_t)r->value : 0;
		a.val = (r->flags & INJECT_ERROR) ? 0 : (int64_t)r->value;
		a.pending = true;
		if (r->flags & INJECT_RETVAL)
			a.pend.flags |= SCT_SC_INJ_RETVAL;
		if (r->flags & INJECT_POKE_EXIT) /* the answer is the call's end */
			a.rule = r;
	}
	delay = r->delay_enter_ns + ((r->flags & (INJECT_ERROR | INJECT_RETVAL)) ? r->delay_exit_ns : 0);
	if (delay)
		a.pend.flags |= SCT_SC_DELAYED;
	if (a.pend.flags && !a.pending) { /* runs, poked or delayed: its sys_enter takes the flags */
		a.pend.runs = 1;
		a.pending = true;
	}
	if (!delay) {
		execute(inj, &a, req);
		return;
	}
	a.due_ns = a.pend.enter_ts + delay;
	hold(inj, &a, req);
}

/* Answer the held calls whose delay is over; the time until the next one, or -1. */
static int64_t release_due(struct injector *inj)
{
	uint64_t now = monotonic_ns();
	int64_t next = -1;

	for (size_t i = 0; i < inj->nheld;) {
		struct held *h = &inj->held[i];

		if (h->plan.due_ns > now) {
			int64_t left = (int64_t)(h->plan.due_ns - now);

			if (next < 0 || left < next)
				next = left;
			i++;
			continue;
		}
		execute(inj, &h->plan, &h->req);
		*h = inj->held[--inj->nheld];
	}
	return next;
}

static void *run(void *arg)
{
	struct injector *inj = arg;
	struct seccomp_notif req;

	for (;;) {
		struct pollfd pfd[2] = { { inj->listener, POLLIN, 0 }, { inj->stop[0], POLLIN, 0 } };
		int64_t wait_ns = release_due(inj);
		struct timespec ts = { wait_ns / 1000000000, wait_ns % 1000000000 };

		if (ppoll(pfd, 2, wait_ns < 0 ? NULL : &ts, NULL) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (pfd[1].revents)
			break;
		if (pfd[0].revents & POLLIN) {
			memset(&req, 0, sizeof(req));
			if (ioctl(inj->listener, SECCOMP_IOCTL_NOTIF_RECV, &req) == 0)
				handle(inj, &req);
			continue;
		}
		if (pfd[0].revents & (POLLHUP | POLLERR | POLLNVAL))
			break; /* no task uses the filter any more */
	}
	return NULL;
}

void injector_settle(int listener)
{
	struct seccomp_notif req;
	struct pollfd pfd = { listener, POLLIN, 0 };

	while (poll(&pfd, 1, 0) > 0 && (pfd.revents & POLLIN)) {
		memset(&req, 0, sizeof(req));
		if (ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, &req) == 0)
			answer(listener, req.id, 0, 0, SECCOMP_USER_NOTIF_FLAG_CONTINUE);
	}
}

int injector_start(struct injector **out, int listener, const struct inject_rule *rules,
		   int pending_map, pid_t child, bool only_child, const struct inject_watch *watch)
{
	struct injector *inj = calloc(1, sizeof(*inj));
	sigset_t all, old;
	int err;

	*out = NULL;
	if (!inj) {
		close(listener);
		return -ENOMEM;
	}
	inj->listener = listener;
	inj->rules = rules;
	inj->watch = watch;
	inj->pending_map = pending_map;
	inj->only_tid = only_child ? child : 0;
	inj->exec_tid = child;
	tidmap_init(&inj->counts);
	if (pipe2(inj->stop, O_CLOEXEC)) {
		err = -errno;
		close(listener);
		free(inj);
		return err;
	}
	/* Signals go to the main thread, whose handlers stop the trace. */
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	err = -pthread_create(&inj->thread, NULL, run, inj);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	inj->started = !err;
	*out = inj;
	if (err) {
		msg_error("cannot inject: thread: %s", strerror(-err));
		injector_stop(inj);
		*out = NULL;
	}
	return err;
}

void injector_stop(struct injector *inj)
{
	char c = 1;

	if (!inj)
		return;
	if (inj->started) {
		if (write(inj->stop[1], &c, 1) != 1)
			pthread_cancel(inj->thread);
		pthread_join(inj->thread, NULL);
	}
	/* Calls still held for a delay: answered now, never failed by the closing listener. */
	for (size_t i = 0; i < inj->nheld; i++)
		execute(inj, &inj->held[i].plan, &inj->held[i].req);
	close(inj->stop[0]);
	close(inj->stop[1]);
	close(inj->listener);
	tidmap_free(&inj->counts, free);
	free(inj->held);
	free(inj);
}
