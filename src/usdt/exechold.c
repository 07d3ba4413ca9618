// SPDX-License-Identifier: MIT
/*
 * With -p there is no seccomp filter to hold a traced process's execve (it
 * cannot be installed into a running process), so a program exec'd there ran
 * for a millisecond or more before its probes were attached: a short-lived
 * one was over first. A fanotify permission event for opening a file to
 * execute it (FAN_OPEN_EXEC_PERM, Linux 5.0) stops the exec before the file
 * is mapped, in any process, until the listener answers: the callback
 * attaches to the file's probes, then we allow the open. Nothing is visible
 * to the process (no signal, no ptrace), and when sctrace dies the kernel
 * allows whatever waits (closing the group answers its pending events).
 *
 * The marks are per filesystem (FAN_MARK_FILESYSTEM, else per mount), for the
 * mounts of sctrace's own mount namespace; pseudo filesystems that hold no
 * programs are skipped.
 */
#include "exechold.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/fanotify.h>
#include <unistd.h>

struct usdt_exechold {
	int fan_fd;
	int stop_fd; /* eventfd: written by usdt_exechold_stop */
	pthread_t thread;
	usdt_exec_fn fn;
	void *ctx;
	pid_t self;
};

/* Filesystems without programs to run: marking them would only cost. */
static const char *const skip_fstypes[] = {
	"proc", "sysfs", "cgroup", "cgroup2", "devpts", "mqueue", "bpf", "tracefs", "debugfs",
	"securityfs", "pstore", "configfs", "fusectl", "hugetlbfs", "binfmt_misc", "efivarfs",
	"autofs", "rpc_pipefs", "nsfs",
};

static bool skipped_fstype(const char *type)
{
	for (size_t i = 0; i < sizeof(skip_fstypes) / sizeof(skip_fstypes[0]); i++)
		if (!strcmp(type, skip_fstypes[i]))
			return true;
	return false;
}

/* mountinfo escapes space, tab, newline and backslash as \ooo: undo it in place. */
static void unescape_octal(char *s)
{
	char *out = s;

	for (; *s; s++) {
		if (s[0] == '\\' && s[1] >= '0' && s[1] <= '3' && s[2] >= '0' && s[2] <= '7' &&
		    s[3] >= '0' && s[3] <= '7') {
			*out++ = (char)((s[1] - '0') * 64 + (s[2] - '0') * 8 + (s[3] - '0'));
			s += 3;
		} else {
			*out++ = *s;
		}
	}
	*out = 0;
}

static bool mark(int fan_fd, const char *dir)
{
	const uint64_t mask = FAN_OPEN_EXEC_PERM;

	return !fanotify_mark(fan_fd, FAN_MARK_ADD | FAN_MARK_FILESYSTEM, mask, AT_FDCWD, dir) ||
	       !fanotify_mark(fan_fd, FAN_MARK_ADD | FAN_MARK_MOUNT, mask, AT_FDCWD, dir);
}

/* Mark every mount of /proc/self/mountinfo but pseudo filesystems; how many were marked. */
static unsigned mark_mounts(int fan_fd)
{
	FILE *f = fopen("/proc/self/mountinfo", "re");
	char *line = NULL;
	size_t cap = 0;
	unsigned n = 0;

	if (!f)
		return 0;
	while (getline(&line, &cap, f) > 0) {
		/* ID PARENT MAJ:MIN ROOT MOUNTPOINT OPTIONS [OPTIONAL...] - FSTYPE SOURCE SUPER */
		char mp[4096], type[64];
		const char *dash = strstr(line, " - ");

		if (!dash || sscanf(line, "%*s %*s %*s %*s %4095s", mp) != 1 ||
		    sscanf(dash + 3, "%63s", type) != 1 || skipped_fstype(type))
			continue;
		unescape_octal(mp);
		n += mark(fan_fd, mp);
	}
	free(line);
	fclose(f);
	return n;
}

static void answer(int fan_fd, int fd, uint32_t verdict)
{
	struct fanotify_response r = { .fd = fd, .response = verdict };

	while (write(fan_fd, &r, sizeof(r)) < 0 && errno == EINTR)
		;
}

/* One buffer of events: run the callback for a process other than ours, then allow. */
static void handle(struct usdt_exechold *h, const char *buf, ssize_t len)
{
	const struct fanotify_event_metadata *m = (const void *)buf;

	for (; FAN_EVENT_OK(m, len); m = FAN_EVENT_NEXT(m, len)) {
		if (m->vers != FANOTIFY_METADATA_VERSION || m->fd < 0)
			continue;
		if ((m->mask & FAN_OPEN_EXEC_PERM) && m->pid != h->self)
			h->fn(h->ctx, m->pid, m->fd);
		if (m->mask & FAN_OPEN_EXEC_PERM)
			answer(h->fan_fd, m->fd, FAN_ALLOW);
		close(m->fd);
	}
}

static void *listen_thread(void *arg)
{
	struct usdt_exechold *h = arg;
	char buf[4096] __attribute__((aligned(__alignof__(struct fanotify_event_metadata))));
	struct pollfd pfd[2] = { { .fd = h->fan_fd, .events = POLLIN },
				 { .fd = h->stop_fd, .events = POLLIN } };

	for (;;) {
		ssize_t len;

		if (poll(pfd, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (pfd[1].revents)
			break;
		len = read(h->fan_fd, buf, sizeof(buf));
		if (len < 0 && (errno == EINTR || errno == EAGAIN))
			continue;
		if (len <= 0)
			break;
		handle(h, buf, len);
	}
	return NULL;
}

int usdt_exechold_start(struct usdt_exechold **out, usdt_exec_fn fn, void *ctx)
{
	struct usdt_exechold *h = calloc(1, sizeof(*h));
	sigset_t all, old;
	int rc;

	*out = NULL;
	if (!h)
		return -ENOMEM;
	h->fn = fn;
	h->ctx = ctx;
	h->self = getpid();
	h->stop_fd = eventfd(0, EFD_CLOEXEC);
	h->fan_fd = fanotify_init(FAN_CLASS_CONTENT | FAN_CLOEXEC | FAN_NONBLOCK | FAN_UNLIMITED_QUEUE,
				  O_RDONLY | O_CLOEXEC | O_LARGEFILE);
	rc = h->fan_fd < 0 || h->stop_fd < 0 ? -errno : 0;
	if (!rc && !mark_mounts(h->fan_fd))
		rc = -ENODEV;
	if (!rc) {
		/* Signals go to the main thread (SIGINT stops the session there). */
		sigfillset(&all);
		pthread_sigmask(SIG_SETMASK, &all, &old);
		rc = -pthread_create(&h->thread, NULL, listen_thread, h);
		pthread_sigmask(SIG_SETMASK, &old, NULL);
	}
	if (rc) {
		if (h->fan_fd >= 0)
			close(h->fan_fd);
		if (h->stop_fd >= 0)
			close(h->stop_fd);
		free(h);
		return rc;
	}
	*out = h;
	return 0;
}

void usdt_exechold_stop(struct usdt_exechold *h)
{
	uint64_t one = 1;

	if (!h)
		return;
	/* An eventfd write of 1 cannot fail here (the counter is far from its limit). */
	(void)!write(h->stop_fd, &one, sizeof(one));
	pthread_join(h->thread, NULL);
	close(h->fan_fd); /* the kernel allows the events no one answered */
	close(h->stop_fd);
	free(h);
}
