// SPDX-License-Identifier: MIT
/*
 * With -p there is no seccomp filter to hold a traced process's execve (it
 * cannot be installed into a running process), so a program exec'd there ran
 * for a millisecond or more before its probes were attached: a short-lived
 * one was over first. A fanotify permission event for opening a file to
 * execute it (FAN_OPEN_EXEC_PERM, Linux 5.0) stops the exec before the file
 * is mapped, in any process, until the listener answers: the callback
 * attaches to the file's probes, then we allow the open. Nothing is visible
 * to the process (no signal, no ptrace), and when the listener dies the
 * kernel allows whatever waits (closing the group answers its events).
 *
 * The helper skips, without asking, the processes the capture's traced_bits
 * (shared memory, mapped before the fork) do not name, so an exec elsewhere
 * costs one wakeup of the helper, not a round trip through sctrace.
 *
 * The events are read by a helper process, not a thread of ours: the kernel
 * puts each event's file in the reader's descriptor table and denies the
 * exec (EPERM, on the whole machine) when that table is full, and ours fills
 * up with uprobe links. The helper's table holds its two descriptors and one
 * event's file at a time. It sends (pid, its fd number) over a socketpair;
 * our thread attaches through /proc/HELPER/fd/N and acknowledges. If we do
 * not answer within HOLD_MS (sctrace stopped, ^Z), the helper lets execs go
 * unheld until we catch up, so the machine never waits on a stopped sctrace
 * for long.
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
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/fanotify.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#define HOLD_MS 200 /* the longest an exec waits for us */

struct usdt_exechold {
	pid_t helper;
	int sock; /* to the helper */
	int stop_fd; /* eventfd: written by usdt_exechold_stop */
	pthread_t thread;
	usdt_exec_fn fn;
	void *ctx;
};

struct hold_msg {
	int32_t pid; /* the opener's thread group */
	int32_t fd; /* the file, in the helper's table */
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

/* The helper (a forked child of a threaded process: system calls only) */

static void helper_allow(int fan_fd, int fd)
{
	struct fanotify_response r = { .fd = fd, .response = FAN_ALLOW };

	while (write(fan_fd, &r, sizeof(r)) < 0 && errno == EINTR)
		;
}

/*
 * Ask sctrace about one event; false when it is gone. *behind counts the
 * answers still owed after timeouts: while it is not 0, we do not ask.
 */
static bool helper_ask(int sock, const struct hold_msg *m, unsigned *behind)
{
	struct pollfd p = { .fd = sock, .events = POLLIN };
	char acks[64];
	ssize_t n;

	while (*behind && (n = recv(sock, acks, sizeof(acks), MSG_DONTWAIT)) > 0)
		*behind -= (unsigned)n < *behind ? (unsigned)n : *behind;
	if (*behind)
		return true;
	if (send(sock, m, sizeof(*m), MSG_NOSIGNAL) != sizeof(*m))
		return false;
	while (poll(&p, 1, HOLD_MS) < 0 && errno == EINTR)
		;
	if (!(p.revents & POLLIN)) {
		*behind = 1;
		return true;
	}
	return recv(sock, acks, 1, 0) == 1;
}

/* What the helper needs besides its two descriptors. */
struct helper_cfg {
	pid_t parent;
	const uint64_t *bits; /* NULL: ask about every process */
	size_t nwords;
};

/* Whether sctrace may trace pid: false saves a round trip on every other exec. */
static bool maybe_traced(const struct helper_cfg *cfg, pid_t pid)
{
	uint32_t id = (uint32_t)pid;

	if (pid == cfg->parent)
		return false;
	if (!cfg->bits)
		return true;
	return (__atomic_load_n(&cfg->bits[(id >> 6) & (cfg->nwords - 1)], __ATOMIC_RELAXED) >>
		(id & 63)) & 1;
}

static __attribute__((noreturn)) void helper_main(int fan_fd, int sock,
						  const struct helper_cfg *cfg)
{
	/* One event at a time: one file in our table at a time. */
	char buf[sizeof(struct fanotify_event_metadata)]
		__attribute__((aligned(__alignof__(struct fanotify_event_metadata))));
	struct pollfd p[2] = { { .fd = fan_fd, .events = POLLIN }, { .fd = sock, .events = POLLIN } };
	static const int ignored[] = { SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGHUP, SIGPIPE };
	unsigned behind = 0;

	prctl(PR_SET_PDEATHSIG, SIGKILL);
	if (getppid() != cfg->parent)
		_exit(0);
	for (size_t i = 0; i < sizeof(ignored) / sizeof(ignored[0]); i++)
		signal(ignored[i], SIG_IGN);
	for (;;) {
		const struct fanotify_event_metadata *m = (const void *)buf;
		ssize_t len;

		if (poll(p, 2, -1) < 0 && errno != EINTR)
			_exit(1);
		if (p[1].revents) {
			/* Only a late answer is expected here; anything else: sctrace is gone. */
			char acks[64];
			ssize_t n = behind ? recv(sock, acks, sizeof(acks), MSG_DONTWAIT) : 0;

			if (n <= 0)
				_exit(0);
			behind -= (unsigned)n < behind ? (unsigned)n : behind;
		}
		if (!(p[0].revents & POLLIN))
			continue;
		len = read(fan_fd, buf, sizeof(buf));
		if (len < 0 && (errno == EINTR || errno == EAGAIN))
			continue;
		if (len <= 0 || !FAN_EVENT_OK(m, len))
			_exit(1);
		if (m->vers == FANOTIFY_METADATA_VERSION && m->fd >= 0) {
			struct hold_msg q = { m->pid, m->fd };
			bool ok = !maybe_traced(cfg, m->pid) || helper_ask(sock, &q, &behind);

			helper_allow(fan_fd, m->fd);
			close(m->fd);
			if (!ok)
				_exit(0);
		}
	}
}

/* Our side */

pid_t usdt_exechold_helper(const struct usdt_exechold *h)
{
	return h ? h->helper : 0;
}

static void *listen_thread(void *arg)
{
	struct usdt_exechold *h = arg;
	struct pollfd pfd[2] = { { .fd = h->sock, .events = POLLIN },
				 { .fd = h->stop_fd, .events = POLLIN } };
	char path[64];

	for (;;) {
		struct hold_msg m;
		ssize_t n;

		if (poll(pfd, 2, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (pfd[1].revents)
			break;
		n = recv(h->sock, &m, sizeof(m), 0);
		if (n < 0 && errno == EINTR)
			continue;
		if (n != sizeof(m))
			break; /* the helper is gone */
		snprintf(path, sizeof(path), "/proc/%d/fd/%d", (int)h->helper, (int)m.fd);
		h->fn(h->ctx, (pid_t)m.pid, path);
		if (send(h->sock, "", 1, MSG_NOSIGNAL) != 1)
			break;
	}
	return NULL;
}

/* Fork the helper with fan_fd and sv[1]; every other descriptor closed there. */
static pid_t start_helper(int fan_fd, int sock, const struct helper_cfg *cfg)
{
	pid_t pid = fork();
	int lo = fan_fd < sock ? fan_fd : sock, hi = fan_fd < sock ? sock : fan_fd;

	if (pid)
		return pid;
	/* Our BPF links and maps must not live on in the helper. */
	if (lo > 0)
		close_range(0, (unsigned)lo - 1, 0);
	if (hi > lo + 1)
		close_range((unsigned)lo + 1, (unsigned)hi - 1, 0);
	close_range((unsigned)hi + 1, ~0u, 0);
	helper_main(fan_fd, sock, cfg);
}

int usdt_exechold_start(struct usdt_exechold **out, usdt_exec_fn fn, void *ctx,
			const uint64_t *bits, size_t nwords)
{
	const struct helper_cfg cfg = { getpid(), nwords ? bits : NULL, nwords };
	struct usdt_exechold *h = calloc(1, sizeof(*h));
	int fan_fd = -1, sv[2] = { -1, -1 }, rc = 0;
	sigset_t all, old;

	*out = NULL;
	if (!h)
		return -ENOMEM;
	h->fn = fn;
	h->ctx = ctx;
	h->helper = -1;
	h->stop_fd = eventfd(0, EFD_CLOEXEC);
	fan_fd = fanotify_init(FAN_CLASS_CONTENT | FAN_CLOEXEC | FAN_NONBLOCK,
			       O_RDONLY | O_CLOEXEC | O_LARGEFILE);
	if (h->stop_fd < 0 || fan_fd < 0 || socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv))
		rc = -errno;
	if (!rc && !mark_mounts(fan_fd))
		rc = -ENODEV;
	if (!rc) {
		/* The helper and the thread take no signals of ours (SIGINT stops us in main). */
		sigfillset(&all);
		pthread_sigmask(SIG_SETMASK, &all, &old);
		h->helper = start_helper(fan_fd, sv[1], &cfg);
		if (h->helper < 0)
			rc = -errno;
		h->sock = sv[0];
		if (!rc)
			rc = -pthread_create(&h->thread, NULL, listen_thread, h);
		pthread_sigmask(SIG_SETMASK, &old, NULL);
	}
	if (fan_fd >= 0)
		close(fan_fd); /* the helper's now */
	if (sv[1] >= 0)
		close(sv[1]);
	if (rc) {
		if (sv[0] >= 0)
			close(sv[0]); /* the helper sees the end and exits */
		if (h->helper > 0)
			waitpid(h->helper, NULL, 0);
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
	close(h->sock); /* the helper exits; the kernel allows what it held */
	waitpid(h->helper, NULL, 0);
	close(h->stop_fd);
	free(h);
}
