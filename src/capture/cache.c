// SPDX-License-Identifier: MIT
/*
 * The keeper of verified BPF objects between runs (cache.h): the socket
 * protocol, a run's take and give, and the keeper's own loop. One keeper
 * holds up to CACHE_ENTRIES_MAX objects by key; a run that gives one when
 * no keeper listens starts one with it. Descriptors travel in one
 * SOCK_SEQPACKET message with SCM_RIGHTS, and an object is given out once:
 * two runs never share one.
 */
#include "cache.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include "../log/crc32c.h"
#include "../util/msg.h"

#define CACHE_MAGIC 0x53435444u /* "SCTD": links too */
/*
 * Abstract, and named after the protocol (change it with CACHE_MAGIC): the
 * keeper of an sctrace that speaks another one (before an upgrade) keeps its
 * own socket until it expires, instead of turning every request of this
 * sctrace away.
 */
#define CACHE_SOCKET_NAME "sctrace-cache.SCTD"
#define CACHE_DEFAULT_SECONDS 300
#define CACHE_MAX_SECONDS 86400

/* IDLE: a run has attached; the links the keeper holds only cost its calls now */
enum cache_op { CACHE_OP_TAKE = 1, CACHE_OP_GIVE, CACHE_OP_IDLE };

/* A run's request; GIVE's descriptors come with it. The keeper answers TAKE with one. */
struct cache_msg {
	uint32_t magic;
	uint32_t op;
	uint64_t key;
	uint32_t nfds; /* the descriptors that come with it (TAKE's answer: 0 when none kept) */
	uint32_t seconds; /* GIVE: how long to keep them; TAKE's answer without any: 1 = lent out */
	uint32_t nlinks; /* the last nlinks of the descriptors are links */
	uint32_t pad;
};

union cache_control {
	char buf[CMSG_SPACE(CACHE_FDS_MAX * sizeof(int))];
	struct cmsghdr align;
};

unsigned cache_seconds(void)
{
	const char *env = getenv("SCTRACE_CACHE");
	char *end;
	unsigned long v;

	if (!env || !*env)
		return CACHE_DEFAULT_SECONDS;
	errno = 0;
	v = strtoul(env, &end, 10);
	if (errno || *end || env[0] == '-')
		return 0; /* not a number of seconds: no keeping rather than a guess */
	return v > CACHE_MAX_SECONDS ? CACHE_MAX_SECONDS : (unsigned)v;
}

uint64_t cache_key(const struct cache_block *blocks, unsigned n)
{
	uint32_t lo = 0, hi = 0x9e3779b9u;

	for (unsigned i = 0; i < n; i++) {
		lo = crc32c(lo, blocks[i].data, blocks[i].size);
		hi = crc32c(hi, blocks[i].data, blocks[i].size);
		hi = crc32c(hi, &lo, sizeof(lo)); /* the two halves differ in more than their seed */
	}
	return (uint64_t)hi << 32 | lo;
}

static uint64_t monotonic_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static socklen_t keeper_address(struct sockaddr_un *sa)
{
	memset(sa, 0, sizeof(*sa));
	sa->sun_family = AF_UNIX;
	memcpy(sa->sun_path + 1, CACHE_SOCKET_NAME, sizeof(CACHE_SOCKET_NAME) - 1);
	return (socklen_t)(offsetof(struct sockaddr_un, sun_path) + sizeof(CACHE_SOCKET_NAME));
}

/* Whether the other end of s is root: a keeper is trusted only then, and trusts only that. */
static bool peer_is_root(int s)
{
	struct ucred cred;
	socklen_t len = sizeof(cred);

	return getsockopt(s, SOL_SOCKET, SO_PEERCRED, &cred, &len) == 0 && cred.uid == 0;
}

/* A peer that stops answering must not stop a run, nor hold the keeper. */
static void set_timeouts(int s)
{
	struct timeval tv = { .tv_sec = 1 };

	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
}

/* A connected socket to the keeper, or -errno (-ENOENT: none listens). */
static int keeper_connect(void)
{
	struct sockaddr_un sa;
	socklen_t len = keeper_address(&sa);
	int s = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0), err;

	if (s < 0)
		return -errno;
	set_timeouts(s);
	if (connect(s, (struct sockaddr *)&sa, len) == 0) {
		if (peer_is_root(s))
			return s;
		errno = EPERM;
	}
	err = errno == ECONNREFUSED ? -ENOENT : -errno;
	close(s);
	return err;
}

static int send_msg(int s, const struct cache_msg *m, const int *fds)
{
	union cache_control control;
	struct iovec iov = { (void *)m, sizeof(*m) };
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1 };

	if (m->nfds) {
		struct cmsghdr *cm;

		memset(&control, 0, sizeof(control));
		mh.msg_control = control.buf;
		mh.msg_controllen = CMSG_SPACE(m->nfds * sizeof(int));
		cm = CMSG_FIRSTHDR(&mh);
		cm->cmsg_level = SOL_SOCKET;
		cm->cmsg_type = SCM_RIGHTS;
		cm->cmsg_len = CMSG_LEN(m->nfds * sizeof(int));
		memcpy(CMSG_DATA(cm), fds, m->nfds * sizeof(int));
	}
	return sendmsg(s, &mh, MSG_NOSIGNAL) == sizeof(*m) ? 0 : errno ? -errno : -EPROTO;
}

/* One message and the descriptors it says it carries (O_CLOEXEC), or -errno. */
static int recv_msg(int s, struct cache_msg *m, int *fds)
{
	union cache_control control;
	struct iovec iov = { m, sizeof(*m) };
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control.buf,
			     .msg_controllen = sizeof(control.buf) };
	struct cmsghdr *cm;
	ssize_t got = recvmsg(s, &mh, MSG_CMSG_CLOEXEC);
	unsigned nfds = 0;

	if (got < 0)
		return -errno;
	cm = CMSG_FIRSTHDR(&mh);
	if (cm && cm->cmsg_level == SOL_SOCKET && cm->cmsg_type == SCM_RIGHTS)
		nfds = (unsigned)((cm->cmsg_len - CMSG_LEN(0)) / sizeof(int));
	if (nfds)
		memcpy(fds, CMSG_DATA(cm), nfds * sizeof(int));
	if (got != sizeof(*m) || m->magic != CACHE_MAGIC || m->nfds != nfds ||
	    (mh.msg_flags & MSG_CTRUNC)) {
		for (unsigned i = 0; i < nfds; i++)
			close(fds[i]);
		return -EPROTO;
	}
	return 0;
}

int cache_take(uint64_t key, int *fds, unsigned n, unsigned *nlinks)
{
	struct cache_msg m = { CACHE_MAGIC, CACHE_OP_TAKE, key, 0, 0, 0, 0 };
	int s = keeper_connect(), err;

	*nlinks = 0;
	if (s < 0)
		return s;
	err = send_msg(s, &m, NULL);
	if (!err)
		err = recv_msg(s, &m, fds);
	close(s);
	if (err)
		return err;
	if (m.nfds == 0)
		return m.seconds == 1 ? -EBUSY : -ENOENT;
	if (m.key != key || m.nlinks > m.nfds || m.nfds - m.nlinks != n) {
		for (unsigned i = 0; i < m.nfds; i++)
			close(fds[i]);
		return -EPROTO;
	}
	*nlinks = m.nlinks;
	return 0;
}

void cache_detach_idle(void)
{
	struct cache_msg m = { CACHE_MAGIC, CACHE_OP_IDLE, 0, 0, 0, 0, 0 };
	int s = keeper_connect();

	if (s < 0)
		return;
	send_msg(s, &m, NULL);
	close(s);
}

/* A new keeper holding fds under key from the start (as descriptors 3...). */
static int spawn_keeper(uint64_t key, const int *fds, unsigned n, unsigned nlinks, unsigned seconds)
{
	char key_arg[24], n_arg[16], sec_arg[16], links_arg[16];
	char *argv[] = { "sctrace", "--cache-keeper", key_arg, n_arg, sec_arg, links_arg, NULL };
	char *envp[] = { NULL };
	int high[CACHE_FDS_MAX], base = 3 + (int)n, err = 0;
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	sigset_t none, all;
	unsigned made = 0;
	pid_t pid;

	for (unsigned i = 0; i < n; i++)
		if (fds[i] >= base)
			base = fds[i] + 1;
	/* Above every source and every target: the spawn's dup2s cannot overwrite a source. */
	for (; made < n && !err; made++) {
		high[made] = fcntl(fds[made], F_DUPFD_CLOEXEC, base);
		if (high[made] < 0)
			err = -errno;
	}
	snprintf(key_arg, sizeof(key_arg), "%016llx", (unsigned long long)key);
	snprintf(n_arg, sizeof(n_arg), "%u", n);
	snprintf(sec_arg, sizeof(sec_arg), "%u", seconds);
	snprintf(links_arg, sizeof(links_arg), "%u", nlinks);
	sigemptyset(&none);
	sigfillset(&all);
	posix_spawn_file_actions_init(&fa);
	posix_spawnattr_init(&attr);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
	posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
	for (unsigned i = 0; i < made && !err; i++)
		posix_spawn_file_actions_adddup2(&fa, high[i], 3 + (int)i);
	posix_spawn_file_actions_addclosefrom_np(&fa, 3 + (int)n);
	/* its own session: no terminal's signals, no process group's kill */
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSID | POSIX_SPAWN_SETSIGMASK |
						POSIX_SPAWN_SETSIGDEF);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setsigdefault(&attr, &all);
	if (!err)
		err = -posix_spawn(&pid, "/proc/self/exe", &fa, &attr, argv, envp);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&attr);
	for (unsigned i = 0; i < made; i++)
		if (high[i] >= 0)
			close(high[i]);
	return err;
}

static int give_to_keeper(uint64_t key, const int *fds, unsigned n, unsigned nlinks,
			  unsigned seconds)
{
	struct cache_msg m = { CACHE_MAGIC, CACHE_OP_GIVE, key, n, seconds, nlinks, 0 };
	int s = keeper_connect(), err;

	if (s < 0)
		return s;
	err = send_msg(s, &m, fds);
	close(s);
	return err;
}

void cache_give(uint64_t key, const int *fds, unsigned n, unsigned nlinks, unsigned seconds)
{
	int err;

	if (!seconds || n == 0 || n > CACHE_FDS_MAX || nlinks > n)
		return;
	err = give_to_keeper(key, fds, n, nlinks, seconds);
	if (err == -ENOENT)
		err = spawn_keeper(key, fds, n, nlinks, seconds);
	if (err)
		msg_debug("keeping the verified BPF object failed: %s", strerror(-err));
}

/* ---- the keeper ---- */

#define CACHE_ENTRIES_MAX 4 /* objects kept at once: the oldest goes first */
/*
 * Objects of one key at most: two runs with the same options at once (strace's
 * suite runs two tests at a time) give two back, and the next two both start warm.
 */
#define CACHE_SAME_KEY_MAX 2

struct entry {
	uint64_t key;
	uint64_t given_ns, expires_ns;
	uint64_t detach_ns; /* when its links go: the programs detach */
	unsigned nfds; /* 0: a free slot */
	unsigned nlinks; /* the last nlinks of fds */
	int fds[CACHE_FDS_MAX];
};

/*
 * Keys whose object a run has taken and not given back yet, with when: a
 * run that cannot load (in a user namespace) waits for it rather than fail.
 */
#define CACHE_LENT_MAX 8
#define CACHE_LENT_NS (60 * 1000000000ull) /* a run that died with it: forgotten after this */
static struct {
	uint64_t key, since_ns;
} lent[CACHE_LENT_MAX];

static void lent_set(uint64_t key, bool out)
{
	unsigned slot = 0;

	for (unsigned i = 0; i < CACHE_LENT_MAX; i++) {
		if (lent[i].since_ns && lent[i].key == key) {
			lent[i].since_ns = 0;
			slot = i;
		} else if (lent[i].since_ns < lent[slot].since_ns) {
			slot = i; /* the free one, or the oldest */
		}
	}
	if (out) {
		lent[slot].key = key;
		lent[slot].since_ns = monotonic_ns();
	}
}

static bool lent_out(uint64_t key)
{
	uint64_t now = monotonic_ns();

	for (unsigned i = 0; i < CACHE_LENT_MAX; i++)
		if (lent[i].since_ns && lent[i].key == key && now - lent[i].since_ns < CACHE_LENT_NS)
			return true;
	return false;
}

static struct entry entries[CACHE_ENTRIES_MAX];
/* Empty, the keeper still waits this long: a run that took an object gives it back at its end. */
static uint64_t linger_until_ns;

static void entry_drop(struct entry *e)
{
	for (unsigned i = 0; i < e->nfds; i++)
		close(e->fds[i]);
	e->nfds = 0;
	e->nlinks = 0;
}

/* The last link closed detaches the programs (in the kernel, at the tracepoints). */
static void entry_detach(struct entry *e)
{
	while (e->nlinks) {
		close(e->fds[--e->nfds]);
		e->nlinks--;
	}
}

/*
 * The newest object under key (its links the likeliest to be attached still),
 * or NULL; how many there are in *count when count is not NULL.
 */
static struct entry *entry_newest(uint64_t key, unsigned *count)
{
	struct entry *newest = NULL;
	unsigned n = 0;

	for (unsigned i = 0; i < CACHE_ENTRIES_MAX; i++) {
		struct entry *e = &entries[i];

		if (!e->nfds || e->key != key)
			continue;
		n++;
		if (!newest || e->given_ns > newest->given_ns)
			newest = e;
	}
	if (count)
		*count = n;
	return newest;
}

/*
 * The slot for a new object under key: the key's older one when it has
 * CACHE_SAME_KEY_MAX already, else a free one, else the oldest.
 */
static struct entry *entry_slot(uint64_t key)
{
	struct entry *oldest = NULL;
	unsigned same;

	entry_newest(key, &same);
	for (unsigned i = 0; i < CACHE_ENTRIES_MAX; i++) {
		struct entry *e = &entries[i];

		if (same >= CACHE_SAME_KEY_MAX && (!e->nfds || e->key != key))
			continue;
		if (!e->nfds)
			return e;
		if (!oldest || e->given_ns < oldest->given_ns)
			oldest = e;
	}
	return oldest;
}

static void entry_keep(uint64_t key, const int *fds, unsigned n, unsigned nlinks, unsigned seconds)
{
	struct entry *e = entry_slot(key);
	uint64_t now = monotonic_ns();

	entry_drop(e);
	e->key = key;
	e->nfds = n;
	e->nlinks = nlinks < n ? nlinks : 0;
	e->detach_ns = now + CACHE_ATTACHED_MS * 1000000ull;
	e->given_ns = now;
	e->expires_ns = now + (uint64_t)seconds * 1000000000ull;
	if (e->expires_ns > linger_until_ns)
		linger_until_ns = e->expires_ns;
	memcpy(e->fds, fds, n * sizeof(int));
}

/* Drops what expired; when to look again, 0 when the keeper's work is over. */
static uint64_t entries_expire(uint64_t now)
{
	uint64_t next = 0;

	for (unsigned i = 0; i < CACHE_ENTRIES_MAX; i++) {
		struct entry *e = &entries[i];

		if (e->nfds && e->expires_ns <= now)
			entry_drop(e);
		if (e->nlinks && e->detach_ns <= now)
			entry_detach(e);
		if (e->nfds && (!next || e->expires_ns < next))
			next = e->expires_ns;
		if (e->nlinks && e->detach_ns < next)
			next = e->detach_ns;
	}
	if (!next && linger_until_ns > now)
		next = linger_until_ns;
	return next;
}

static void serve(int a)
{
	struct cache_msg m, answer = { CACHE_MAGIC, CACHE_OP_TAKE, 0, 0, 0, 0, 0 };
	int fds[CACHE_FDS_MAX];
	struct entry *e;

	if (!peer_is_root(a) || recv_msg(a, &m, fds))
		return;
	if (m.op == CACHE_OP_GIVE && m.nfds) {
		entry_keep(m.key, fds, m.nfds, m.nlinks,
			   m.seconds > CACHE_MAX_SECONDS ? CACHE_MAX_SECONDS : m.seconds);
		lent_set(m.key, false);
		return;
	}
	for (unsigned i = 0; i < m.nfds; i++)
		close(fds[i]);
	if (m.op == CACHE_OP_IDLE) {
		for (unsigned i = 0; i < CACHE_ENTRIES_MAX; i++)
			entry_detach(&entries[i]);
		return;
	}
	if (m.op != CACHE_OP_TAKE)
		return;
	answer.key = m.key;
	e = entry_newest(m.key, NULL);
	if (!e) {
		answer.seconds = lent_out(m.key);
		send_msg(a, &answer, NULL);
		return;
	}
	answer.nfds = e->nfds;
	answer.nlinks = e->nlinks;
	if (send_msg(a, &answer, e->fds) == 0) {
		entry_drop(e); /* given once: the run owns it now */
		lent_set(m.key, true);
	}
}

static bool parse_u64(const char *s, int base, unsigned long long max, unsigned long long *out)
{
	char *end;

	errno = 0;
	*out = strtoull(s, &end, base);
	return s[0] && s[0] != '-' && !*end && !errno && *out <= max;
}

int cache_keeper_main(int argc, char **argv)
{
	unsigned long long key, n, seconds, nlinks;
	int fds[CACHE_FDS_MAX], s;
	struct sockaddr_un sa;
	socklen_t len;

	if (argc != 6 || !parse_u64(argv[2], 16, UINT64_MAX, &key) ||
	    !parse_u64(argv[3], 10, CACHE_FDS_MAX, &n) || n == 0 ||
	    !parse_u64(argv[4], 10, CACHE_MAX_SECONDS, &seconds) ||
	    !parse_u64(argv[5], 10, n - 1, &nlinks)) {
		fprintf(stderr, "sctrace: --cache-keeper is sctrace's own (KEY N SECONDS NLINKS)\n");
		return 2;
	}
	for (int i = 0; i < (int)n; i++) {
		fds[i] = 3 + i;
		if (fcntl(fds[i], F_SETFD, FD_CLOEXEC)) {
			fprintf(stderr, "sctrace: --cache-keeper: descriptor %d is not open\n", fds[i]);
			return 2;
		}
	}
	prctl(PR_SET_NAME, "sctrace-cache");
	signal(SIGPIPE, SIG_IGN);
	if (chdir("/")) /* hold no directory of the run that started it (an unmount) */
		return 0;
	s = socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
	len = keeper_address(&sa);
	if (s < 0 || bind(s, (struct sockaddr *)&sa, len) || listen(s, 16)) {
		/* another run's keeper started first: it keeps this object too */
		give_to_keeper(key, fds, (unsigned)n, (unsigned)nlinks, (unsigned)seconds);
		return 0;
	}
	entry_keep(key, fds, (unsigned)n, (unsigned)nlinks, (unsigned)seconds);
	for (;;) {
		uint64_t now = monotonic_ns(), next = entries_expire(now);
		struct pollfd p = { s, POLLIN, 0 };
		int a;

		if (!next)
			return 0; /* nothing left to keep */
		if (poll(&p, 1, (int)((next - now) / 1000000 + 1)) <= 0)
			continue;
		a = accept4(s, NULL, NULL, SOCK_CLOEXEC);
		if (a < 0)
			continue;
		set_timeouts(a);
		serve(a);
		close(a);
	}
}
