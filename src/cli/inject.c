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
#include <time.h>
#include <unistd.h>

#include "../util/msg.h"
#include "../util/tidmap.h"
#include "gen/syscall_nr.h"

struct injector {
	int listener;
	int stop[2]; /* a pipe: writing stops the thread */
	int pending_map;
	pid_t only_tid; /* without -f: the one thread injected into */
	pid_t exec_tid; /* the command, until its first execve */
	const struct inject_rule *rules;
	const struct inject_watch *watch; /* or NULL */
	struct tidmap counts; /* tid -> uint32_t[SCT_NR_MAX]: calls seen per syscall */
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

static void handle(struct injector *inj, const struct seccomp_notif *req)
{
	unsigned nr = (unsigned)req->data.nr;
	const struct inject_rule *r;
	struct sct_injected pend;
	uint32_t tid = req->pid;
	unsigned long n;
	int late_sig;

	if ((pid_t)tid == inj->exec_tid && (nr == SCT_NR_execve || nr == SCT_NR_execveat)) {
		inj->exec_tid = 0; /* the command's start */
		answer(inj->listener, req->id, 0, 0, SECCOMP_USER_NOTIF_FLAG_CONTINUE);
		return;
	}
	if (inj->watch && nr < SCT_NR_MAX && (inj->watch->calls[nr / 64] >> (nr % 64) & 1))
		inj->watch->before(inj->watch->ctx, tid, nr, (const uint64_t *)req->data.args);
	if (nr >= SCT_NR_MAX || (inj->only_tid && (pid_t)tid != inj->only_tid) ||
	    !(n = count_call(inj, tid, nr)) ||
	    !inject_selects(&inj->rules[nr], n)) {
		answer(inj->listener, req->id, 0, 0, SECCOMP_USER_NOTIF_FLAG_CONTINUE);
		return;
	}
	r = &inj->rules[nr];
	/*
	 * A caught signal is sent before the answer, so that it is delivered as
	 * the call returns (the task waits killably, so it does not interrupt the
	 * call). Any other one after: a fatal one would kill the task in its
	 * wait, before its call; it then comes a little later than strace's.
	 * The tid is the notifying task's only while the notification is valid.
	 */
	late_sig = 0;
	if (r->flags & INJECT_SIGNAL) {
		if (!signal_caught(tid, r->signo))
			late_sig = r->signo;
		else if (ioctl(inj->listener, SECCOMP_IOCTL_NOTIF_ID_VALID, &req->id) == 0)
			syscall(SYS_tkill, (pid_t)tid, r->signo);
	}
	if (!(r->flags & (INJECT_ERROR | INJECT_RETVAL))) {
		if (!answer(inj->listener, req->id, 0, 0, SECCOMP_USER_NOTIF_FLAG_CONTINUE) && late_sig)
			syscall(SYS_tkill, (pid_t)tid, late_sig);
		return;
	}
	memset(&pend, 0, sizeof(pend));
	pend.nr = nr;
	pend.enter_ts = monotonic_ns();
	bpf_map_update_elem(inj->pending_map, &tid, &pend, BPF_ANY);
	if (!((r->flags & INJECT_ERROR) ? answer(inj->listener, req->id, 0, -(int32_t)r->value, 0)
					 : answer(inj->listener, req->id, (int64_t)r->value, 0, 0))) {
		if (late_sig)
			syscall(SYS_tkill, (pid_t)tid, late_sig);
		return;
	}
	bpf_map_delete_elem(inj->pending_map, &tid); /* the task is gone or was interrupted */
}

static void *run(void *arg)
{
	struct injector *inj = arg;
	struct seccomp_notif req;

	for (;;) {
		struct pollfd pfd[2] = { { inj->listener, POLLIN, 0 }, { inj->stop[0], POLLIN, 0 } };

		if (poll(pfd, 2, -1) < 0) {
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
	close(inj->stop[0]);
	close(inj->stop[1]);
	close(inj->listener);
	tidmap_free(&inj->counts, free);
	free(inj);
}
