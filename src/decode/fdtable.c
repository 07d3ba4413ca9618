// SPDX-License-Identifier: MIT
/*
 * The -y / -yy descriptor table. strace asks the kernel (/proc/PID/fd,
 * sock_diag) every time it prints a descriptor; an eBPF tracer prints later,
 * from records, when the process may have moved on or exited, so sctrace
 * rebuilds the table from the calls it decodes. The rules:
 *
 * Keyed by process (tgid): threads share one table. A FORK record to a new
 * tgid copies the parent's table (clone with CLONE_FILES but without
 * CLONE_THREAD, a shared table between processes, is treated as a copy); the
 * last task's exit (TASK_EXIT with SCT_EXIT_GROUP_DEAD) drops it.
 *
 * Updated when a call returns, in one of two phases around the printing of
 * its line, so that the line reads as strace's (which asks /proc at entry for
 * the arguments and at exit for the outputs and the result): close,
 * close_range, dup2, dup3, execve and execveat apply after the line
 * (close(3</a>), dup2(3</a>, 1</dev/pts/0>) = 1</a>: the result is
 * described as oldfd), every other call before it, so that its new
 * descriptors print already (pipe2([3<pipe:[7]>, 4<pipe:[7]>], 0),
 * = 3</etc/hostname>). A call printed in two parts (<unfinished ...>) shows
 * its entry part with the table before the call. Failed calls
 * change nothing, except close, which frees the descriptor whatever it
 * returns (EINTR/EIO included).
 *   open, creat, openat, openat2: the path argument, made absolute against
 *     the directory descriptor or the working directory and cleaned up
 *     lexically ("." and ".." and "//" removed). A relative path whose base is
 *     unknown (a log of an attached process: its cwd was never recorded) is
 *     kept as given, relative. Live, the absolute path is then passed through
 *     realpath(3) so symlinks resolve as the kernel shows them
 *     (/lib/x86_64-linux-gnu/libc.so.6 -> /usr/lib/...); replay cannot (the
 *     files may be gone), so a log prints the lexical path. O_CLOEXEC comes
 *     from the flags (openat2's struct open_how is not captured: not cloexec).
 *   dup, dup2, dup3, fcntl F_DUPFD / F_DUPFD_CLOEXEC: copy the description;
 *     the close-on-exec flag as the call sets it. fcntl F_SETFD sets it.
 *   close: remove. close_range: remove the range, or mark it close-on-exec
 *     with CLOSE_RANGE_CLOEXEC.
 *   pipe, pipe2: "pipe:[INODE]" for both returned descriptors; socket,
 *     socketpair, accept, accept4: "socket:[INODE]". The inode comes from the
 *     kernel side's SCT_AUX_FDINFO blobs (read from the file table after the
 *     call); without them (an older log) live tracing reads /proc/TGID/fd/N
 *     while the descriptor exists, else it prints as "pipe:[?]". With -yy a
 *     socket prints as strace's protocol form (TCP, TCPv6, UDP, UDPv6,
 *     UNIX-STREAM, UNIX (datagram and seqpacket), NETLINK: from the socket()
 *     arguments, the listening socket for accept, or the kernel side):
 *     "TCP:[INODE]", then after bind and connect (applied after their line,
 *     which shows the socket as it was) the endpoints the kernel side read:
 *     "TCP:[127.0.0.1:5000]", "TCP:[127.0.0.1:5000->127.0.0.1:80]" (UDP shows
 *     only its own end, as strace's socket query does); UNIX sockets
 *     "UNIX-STREAM:[INODE->PEER]" and ",@\"name\"" / ",\"path\"" once bound.
 *   eventfd, eventfd2, epoll_create, epoll_create1, signalfd, signalfd4 (new
 *     descriptor only), timerfd_create, inotify_init, inotify_init1,
 *     fanotify_init, pidfd_open, userfaultfd, io_uring_setup,
 *     perf_event_open: the kernel's anon_inode names ("anon_inode:[eventfd]",
 *     "anon_inode:inotify"); memfd_create: "/memfd:NAME (deleted)", printed
 *     as strace does, "</memfd:NAME>(deleted)".
 *   execve, execveat (successful): close-on-exec descriptors go.
 *   chdir, fchdir: the working directory, for relative paths and AT_FDCWD.
 * The calls above are captured even outside -e trace= when -y is given
 * (fdtable_add_calls; the sink applies them without printing them).
 * Not tracked: unlink of an open file (strace then shows "(deleted)"), a
 * descriptor received over SCM_RIGHTS, pidfd_getfd, and fds made by ioctls.
 * These print as a plain number, or with a stale description.
 *
 * The initial table: live_fd_snapshot() (src/live) reads /proc/TGID/fd (and fdinfo
 * for O_CLOEXEC, and cwd) for attached processes, and for the command while it
 * waits to exec (its close-on-exec descriptors, sctrace's own, are dropped
 * then, as its execve may not be in the traced set). The session puts it in
 * the trace as a SCT_REC_FD_SNAPSHOT record, which the sink applies with
 * fdtable_apply_snapshot(): so a log carries it and replay starts from it.
 */
#include "fdtable.h"


#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <linux/close_range.h>
#include <linux/perf_event.h>
#include <netinet/in.h>
#include <sys/fanotify.h>
#include <sys/mman.h>
#include <sys/socket.h>

#include "../util/tidmap.h"
#include "gen/syscall_nr.h"

#define FD_LIMIT FDTABLE_FD_LIMIT
#define OCLOEXEC O_CLOEXEC /* = SOCK_CLOEXEC, EFD_CLOEXEC, ... on x86_64 */
#define SOCK_TYPE_BITS 0xf /* the kernel's SOCK_TYPE_MASK, not in the uapi headers */

/* The calls that change the table (SCT_NR_*: x86_64 numbers, gen/syscall_nr.h). */
enum {
	NR_open = SCT_NR_open, NR_close = SCT_NR_close, NR_pipe = SCT_NR_pipe, NR_dup = SCT_NR_dup,
	NR_dup2 = SCT_NR_dup2, NR_socket = SCT_NR_socket, NR_connect = SCT_NR_connect,
	NR_accept = SCT_NR_accept, NR_bind = SCT_NR_bind, NR_socketpair = SCT_NR_socketpair,
	NR_execve = SCT_NR_execve, NR_fcntl = SCT_NR_fcntl, NR_chdir = SCT_NR_chdir,
	NR_fchdir = SCT_NR_fchdir, NR_creat = SCT_NR_creat, NR_epoll_create = SCT_NR_epoll_create,
	NR_inotify_init = SCT_NR_inotify_init, NR_openat = SCT_NR_openat,
	NR_signalfd = SCT_NR_signalfd, NR_timerfd_create = SCT_NR_timerfd_create,
	NR_eventfd = SCT_NR_eventfd, NR_accept4 = SCT_NR_accept4, NR_signalfd4 = SCT_NR_signalfd4,
	NR_eventfd2 = SCT_NR_eventfd2, NR_epoll_create1 = SCT_NR_epoll_create1,
	NR_dup3 = SCT_NR_dup3, NR_pipe2 = SCT_NR_pipe2, NR_inotify_init1 = SCT_NR_inotify_init1,
	NR_perf_event_open = SCT_NR_perf_event_open, NR_fanotify_init = SCT_NR_fanotify_init,
	NR_memfd_create = SCT_NR_memfd_create, NR_execveat = SCT_NR_execveat,
	NR_userfaultfd = SCT_NR_userfaultfd, NR_io_uring_setup = SCT_NR_io_uring_setup,
	NR_pidfd_open = SCT_NR_pidfd_open, NR_close_range = SCT_NR_close_range,
	NR_openat2 = SCT_NR_openat2,
};

static const unsigned short table_calls[] = {
	NR_open, NR_close, NR_pipe, NR_dup, NR_dup2, NR_socket, NR_connect, NR_accept, NR_bind,
	NR_socketpair, NR_execve, NR_fcntl, NR_chdir, NR_fchdir, NR_creat, NR_epoll_create,
	NR_inotify_init, NR_openat, NR_signalfd, NR_timerfd_create, NR_eventfd, NR_accept4,
	NR_signalfd4, NR_eventfd2, NR_epoll_create1, NR_dup3, NR_pipe2, NR_inotify_init1,
	NR_perf_event_open, NR_fanotify_init, NR_memfd_create, NR_execveat, NR_userfaultfd,
	NR_io_uring_setup, NR_pidfd_open, NR_close_range, NR_openat2,
};

void fdtable_add_calls(uint64_t bits[SCT_NR_MAX / 64])
{
	for (size_t i = 0; i < sizeof(table_calls) / sizeof(table_calls[0]); i++)
		bits[table_calls[i] / 64] |= 1ull << (table_calls[i] % 64);
}

struct fd_entry {
	char *desc; /* -y text; NULL: not open (or unknown) */
	char *detail; /* -yy text for sockets, or NULL */
	char *proto; /* socket protocol name ("TCP"), kept for accept */
	bool cloexec;
};

struct fdproc {
	char *cwd;
	struct fd_entry *fds;
	unsigned nfds; /* allocated entries */
};

struct fdtable {
	struct tidmap procs;
	const struct fdtable_live *live; /* live tracing's answers from the system, or NULL */
};

static void entry_clear(struct fd_entry *e)
{
	free(e->desc);
	free(e->detail);
	free(e->proto);
	memset(e, 0, sizeof(*e));
}

static void proc_free(void *p)
{
	struct fdproc *pr = p;

	if (!pr)
		return;
	for (unsigned i = 0; i < pr->nfds; i++)
		entry_clear(&pr->fds[i]);
	free(pr->fds);
	free(pr->cwd);
	free(pr);
}

struct fdtable *fdtable_new(void)
{
	struct fdtable *t = calloc(1, sizeof(*t));

	if (t)
		tidmap_init(&t->procs);
	return t;
}

void fdtable_free(struct fdtable *t)
{
	if (!t)
		return;
	tidmap_free(&t->procs, proc_free);
	free(t);
}

void fdtable_set_live(struct fdtable *t, const struct fdtable_live *live)
{
	if (t)
		t->live = live;
}

static struct fdproc *proc_get(struct fdtable *t, uint32_t tgid, bool create)
{
	struct fdproc *pr = tidmap_get(&t->procs, tgid);

	if (pr || !create || !tgid)
		return pr;
	pr = calloc(1, sizeof(*pr));
	if (pr && tidmap_put(&t->procs, tgid, pr)) {
		free(pr);
		pr = NULL;
	}
	return pr;
}

static struct fd_entry *entry_at(struct fdproc *pr, int fd, bool create)
{
	if (!pr || fd < 0 || fd >= FD_LIMIT)
		return NULL;
	if ((unsigned)fd >= pr->nfds) {
		unsigned n = pr->nfds ? pr->nfds : 64;
		struct fd_entry *f;

		if (!create)
			return NULL;
		while (n <= (unsigned)fd)
			n *= 2;
		f = realloc(pr->fds, n * sizeof(*f));
		if (!f)
			return NULL;
		memset(f + pr->nfds, 0, (n - pr->nfds) * sizeof(*f));
		pr->fds = f;
		pr->nfds = n;
	}
	return &pr->fds[fd];
}

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

/* Take ownership of desc/detail (either may be NULL). */
static void entry_set(struct fdproc *pr, int fd, char *desc, char *detail, const char *proto,
		      bool cloexec)
{
	struct fd_entry *e = entry_at(pr, fd, desc != NULL);

	if (!e) {
		free(desc);
		free(detail);
		return;
	}
	entry_clear(e);
	e->desc = desc;
	e->detail = detail;
	e->proto = dup_or_null(proto);
	e->cloexec = cloexec;
}

static void entry_copy(struct fdproc *pr, int from, int to, bool cloexec)
{
	struct fd_entry *src = entry_at(pr, from, false);

	if (from == to)
		return;
	if (!src || !src->desc) {
		entry_set(pr, to, NULL, NULL, NULL, false);
		return;
	}
	/* src may move when the array grows: copy its strings first. */
	char *desc = strdup(src->desc), *detail = dup_or_null(src->detail);
	char *proto = dup_or_null(src->proto);

	entry_set(pr, to, desc, detail, proto, cloexec);
	free(proto);
}

int fdtable_set(struct fdtable *t, uint32_t tgid, int fd, const char *desc, bool cloexec)
{
	struct fdproc *pr = proc_get(t, tgid, desc != NULL);
	char *d = dup_or_null(desc);

	if (desc && !d)
		return -ENOMEM;
	entry_set(pr, fd, d, NULL, NULL, cloexec);
	return 0;
}

int fdtable_set_cwd(struct fdtable *t, uint32_t tgid, const char *cwd)
{
	struct fdproc *pr = proc_get(t, tgid, true);
	char *c = dup_or_null(cwd);

	if (!pr || (cwd && !c)) {
		free(c);
		return -ENOMEM;
	}
	free(pr->cwd);
	pr->cwd = c;
	return 0;
}

const char *fdtable_lookup(const struct fdtable *t, uint32_t tgid, int fd, int level)
{
	struct fdproc *pr = t ? tidmap_get(&t->procs, tgid) : NULL;
	struct fd_entry *e;

	if (!pr)
		return NULL;
	if (fd == AT_FDCWD)
		return pr->cwd;
	e = entry_at(pr, fd, false);
	if (!e || !e->desc)
		return NULL;
	return level >= 2 && e->detail ? e->detail : e->desc;
}

const char *fdtable_path_hook(void *ctx, uint32_t tgid, int fd, int level)
{
	return fdtable_lookup(ctx, tgid, fd, level);
}

/* "." ".." and repeated slashes out of an absolute path, in place. */
static void clean_path(char *p)
{
	char *out = p, *in = p;

	while (*in) {
		char *seg;
		size_t n;

		while (*in == '/')
			in++;
		seg = in;
		while (*in && *in != '/')
			in++;
		n = (size_t)(in - seg);
		if (!n || (n == 1 && seg[0] == '.'))
			continue;
		if (n == 2 && seg[0] == '.' && seg[1] == '.') {
			while (out > p && *--out != '/')
				;
			continue;
		}
		*out++ = '/';
		memmove(out, seg, n);
		out += n;
	}
	if (out == p)
		*out++ = '/';
	*out = '\0';
}

/* The path an open of (dirfd, path) refers to, as well as the table knows it. */
static char *resolve(struct fdtable *t, struct fdproc *pr, int dirfd, const char *path,
		     unsigned len)
{
	const char *base = NULL;
	char *r, *real;
	size_t blen;

	if (len && path[0] != '/') {
		if (dirfd == AT_FDCWD) {
			base = pr->cwd;
		} else {
			struct fd_entry *e = entry_at(pr, dirfd, false);

			base = e ? e->desc : NULL;
		}
		if (!base || base[0] != '/')
			return strndup(path, len); /* base unknown: as given */
	}
	blen = base ? strlen(base) : 0;
	r = malloc(blen + 1 + len + 1);
	if (!r)
		return NULL;
	memcpy(r, base ? base : "", blen);
	r[blen] = '/';
	memcpy(r + blen + 1, path, len);
	r[blen + 1 + len] = '\0';
	clean_path(r);
	if (t->live && (real = t->live->real_path(t->live->ctx, r))) {
		free(r);
		r = real;
	}
	return r;
}

static const struct sct_blob *str_blob(const struct sc_event *ev, unsigned arg)
{
	const struct sct_blob *b = sc_event_blob(ev, arg);

	if (!b || b->kind != SCT_BLOB_STR || (b->flags & SCT_BLOB_FAULT))
		return NULL;
	return b;
}

static bool fd_pair(const struct sc_event *ev, unsigned arg, int fds[2])
{
	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = ev->blobs[k];

		if (b->arg == arg && b->kind == SCT_BLOB_MEM && !(b->flags & SCT_BLOB_FAULT) &&
		    !SCT_AUX_TAGGED(b->aux) && b->len >= 8) {
			memcpy(fds, sct_blob_data(b), 8);
			return true;
		}
	}
	return false;
}

static void add_open(struct fdtable *t, struct fdproc *pr, const struct sc_event *ev, int dirfd,
		     unsigned path_arg, bool cloexec)
{
	const struct sct_blob *b = str_blob(ev, path_arg);
	int fd = (int)ev->ret;

	if (!b) {
		entry_set(pr, fd, NULL, NULL, NULL, false);
		return;
	}
	entry_set(pr, fd, resolve(t, pr, dirfd, sct_blob_data(b), b->len), NULL, NULL, cloexec);
}

/* Live: the inode of a new pipe or socket, "pipe:[123]", if the process still has it. */
static char *live_link(struct fdtable *t, uint32_t tgid, int fd, const char *prefix)
{
	char *link = t->live ? t->live->fd_link(t->live->ctx, tgid, fd) : NULL;

	if (link && strncmp(link, prefix, strlen(prefix)) != 0) {
		free(link);
		return NULL;
	}
	return link;
}

/* "123" out of "socket:[123]", or "?". */
static const char *link_inode(const char *link, char *buf, size_t size)
{
	const char *o = link ? strchr(link, '[') : NULL;
	size_t n = o ? strcspn(o + 1, "]") : 0;

	if (!o || !n || n >= size)
		return "?";
	memcpy(buf, o + 1, n);
	buf[n] = '\0';
	return buf;
}

static char *make_desc(const char *kind, const char *ino)
{
	char *s = NULL;

	if (asprintf(&s, "%s:[%s]", kind, ino) < 0)
		return NULL;
	return s;
}

/* The kernel side's description of fd after the call (struct sct_fdinfo), if it made one. */
static bool kernel_fdinfo(const struct sc_event *ev, int fd, struct sct_fdinfo *fi)
{
	for (unsigned k = 0; ev && k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = ev->blobs[k];

		if (b->kind != SCT_BLOB_MEM || b->aux != SCT_AUX_FDINFO || b->len < sizeof(*fi))
			continue;
		memcpy(fi, sct_blob_data(b), sizeof(*fi));
		if (fi->fd == fd)
			return true;
	}
	return false;
}

/*
 * The inode of a new pipe or socket as text: from the kernel side's record,
 * else (live) from /proc while the descriptor exists, else "?".
 */
static const char *new_inode(struct fdtable *t, uint32_t tgid, const struct sc_event *ev, int fd,
			     const char *prefix, char *buf, size_t size)
{
	struct sct_fdinfo fi;
	char *link;
	const char *ino;

	if (kernel_fdinfo(ev, fd, &fi)) {
		snprintf(buf, size, "%llu", (unsigned long long)fi.ino);
		return buf;
	}
	link = live_link(t, tgid, fd, prefix);
	ino = link_inode(link, buf, size);
	free(link);
	return ino;
}

static void add_pipe(struct fdtable *t, struct fdproc *pr, uint32_t tgid, const struct sc_event *ev,
		     const int fds[2], bool cloexec)
{
	for (int i = 0; i < 2; i++) {
		char ino[32];

		entry_set(pr, fds[i], make_desc("pipe", new_inode(t, tgid, ev, fds[i], "pipe:[", ino,
								  sizeof(ino))),
			  NULL, NULL, cloexec);
	}
}

/* strace's -yy protocol name of a socket(domain, type, protocol), or NULL. */
static const char *sock_proto(uint64_t domain, uint64_t type, uint64_t protocol)
{
	unsigned ty = (unsigned)type & SOCK_TYPE_BITS;
	unsigned pr = (unsigned)protocol;

	switch ((unsigned)domain) {
	case AF_UNIX:
		/* strace 6.1 names only stream sockets by type */
		return ty == SOCK_STREAM ? "UNIX-STREAM" :
		       ty == SOCK_DGRAM || ty == SOCK_SEQPACKET ? "UNIX" : NULL;
	case AF_INET:
		if (ty == SOCK_STREAM && (pr == 0 || pr == IPPROTO_TCP))
			return "TCP";
		if (ty == SOCK_DGRAM && (pr == 0 || pr == IPPROTO_UDP))
			return "UDP";
		return NULL;
	case AF_INET6:
		if (ty == SOCK_STREAM && (pr == 0 || pr == IPPROTO_TCP))
			return "TCPv6";
		if (ty == SOCK_DGRAM && (pr == 0 || pr == IPPROTO_UDP))
			return "UDPv6";
		return NULL;
	case AF_NETLINK:
		return "NETLINK";
	}
	return NULL;
}

/* An address and port as strace's -yy shows them: 127.0.0.1:80, [::1]:80. */
static void endpoint(char *buf, size_t size, uint16_t family, const uint8_t *addr, uint16_t port)
{
	char a[INET6_ADDRSTRLEN] = "?";

	inet_ntop(family == AF_INET6 ? AF_INET6 : AF_INET, addr, a, sizeof(a));
	snprintf(buf, size, family == AF_INET6 ? "[%s]:%u" : "%s:%u", a, port);
}

/* UNIX-STREAM:[INODE->PEER,"path"] (@"name" for an abstract one), the parts known. */
static char *unix_detail(const char *proto, const char *ino, const struct sct_fdinfo *fi)
{
	struct strbuf sb;
	unsigned len = fi->unix_len < sizeof(fi->unix_path) ? fi->unix_len : sizeof(fi->unix_path);
	const char *path = (const char *)fi->unix_path;

	strbuf_init(&sb);
	strbuf_addf(&sb, "%s:[%s", proto, ino);
	if (fi->peer_ino)
		strbuf_addf(&sb, "->%llu", (unsigned long long)fi->peer_ino);
	if (len) {
		bool abstract = path[0] == '\0';
		size_t n = abstract ? len - 1 : strnlen(path, len);

		strbuf_adds(&sb, abstract ? ",@" : ",");
		format_quoted(&sb, path + abstract, (unsigned)n, false, NULL);
	}
	strbuf_addc(&sb, ']');
	if (sb.failed || !sb.data) {
		strbuf_free(&sb);
		return NULL;
	}
	return sb.data;
}

/*
 * strace's -yy form of a socket: "TCP:[src->dst]" once connected, "TCP:[src]"
 * once bound (UDP shows only its own end, as strace's query does), UNIX
 * "[INODE->PEER]" when the kernel side named the peer, else "PROTO:[INODE]".
 */
static char *socket_detail(const char *proto, const char *ino, const struct sct_fdinfo *fi)
{
	char src[64], dst[64], *s = NULL;
	bool inet = fi && (fi->family == AF_INET || fi->family == AF_INET6);

	if (!proto)
		return NULL;
	if (inet && fi->sport) {
		endpoint(src, sizeof(src), fi->family, fi->saddr, fi->sport);
		endpoint(dst, sizeof(dst), fi->family, fi->daddr, fi->dport);
		if (fi->dport && !strncmp(proto, "TCP", 3)) {
			if (asprintf(&s, "%s:[%s->%s]", proto, src, dst) < 0)
				s = NULL;
		} else if (asprintf(&s, "%s:[%s]", proto, src) < 0) {
			s = NULL;
		}
		return s;
	}
	if (fi && fi->family == AF_UNIX && (fi->peer_ino || fi->unix_len))
		return unix_detail(proto, ino, fi);
	return make_desc(proto, ino);
}

static void add_socket(struct fdtable *t, struct fdproc *pr, uint32_t tgid, const struct sc_event *ev,
		       int fd, const char *proto, bool cloexec)
{
	char ino[32];
	struct sct_fdinfo fi;
	bool known = kernel_fdinfo(ev, fd, &fi);
	const char *i = new_inode(t, tgid, ev, fd, "socket:[", ino, sizeof(ino));

	if (!proto && known)
		proto = sock_proto(fi.family, fi.type, fi.protocol);
	entry_set(pr, fd, make_desc("socket", i), socket_detail(proto, i, known ? &fi : NULL), proto,
		  cloexec);
}

/* bind, connect: the socket's new endpoints, as the kernel side read them after the call. */
static void set_endpoints(struct fdproc *pr, const struct sc_event *ev, int fd)
{
	struct fd_entry *e = entry_at(pr, fd, false);
	struct sct_fdinfo fi;
	char ino[32], *proto;
	bool cloexec = e && e->cloexec;

	if (!kernel_fdinfo(ev, fd, &fi))
		return;
	/* A socket made before the trace started (or outside -e trace=) is learnt here. */
	proto = dup_or_null(e && e->proto ? e->proto : sock_proto(fi.family, fi.type, fi.protocol));
	snprintf(ino, sizeof(ino), "%llu", (unsigned long long)fi.ino);
	entry_set(pr, fd, make_desc("socket", ino), socket_detail(proto, ino, &fi), proto, cloexec);
	free(proto); /* entry_set freed the entry's own copy first */
}

static void add_socketpair(struct fdtable *t, struct fdproc *pr, uint32_t tgid,
			   const struct sc_event *ev, const int fds[2])
{
	const char *proto = sock_proto(ev->args[0], ev->args[1], ev->args[2]);
	bool cloexec = ev->args[1] & OCLOEXEC;
	char ino[2][32];
	const char *i[2];

	for (int k = 0; k < 2; k++) {
		i[k] = new_inode(t, tgid, ev, fds[k], "socket:[", ino[k], sizeof(ino[k]));
		if (i[k] != ino[k]) /* "?" */
			i[k] = strcpy(ino[k], "?");
	}
	for (int k = 0; k < 2; k++) {
		char *detail = NULL;

		/* UNIX pairs print their peer; the others as any socket. */
		if (proto && !strncmp(proto, "UNIX", 4)) {
			if (asprintf(&detail, "%s:[%s->%s]", proto, i[k], i[1 - k]) < 0)
				detail = NULL;
		} else if (proto) {
			detail = make_desc(proto, i[k]);
		}
		entry_set(pr, fds[k], make_desc("socket", i[k]), detail, proto, cloexec);
	}
}

static void add_anon(struct fdproc *pr, int fd, const char *name, bool cloexec)
{
	entry_set(pr, fd, strdup(name), NULL, NULL, cloexec);
}

static void close_range_apply(struct fdproc *pr, uint64_t first, uint64_t last, uint64_t flags)
{
	if (first >= pr->nfds)
		return;
	if (last >= pr->nfds)
		last = pr->nfds - 1;
	for (uint64_t fd = first; fd <= last; fd++) {
		if (flags & CLOSE_RANGE_CLOEXEC)
			pr->fds[fd].cloexec = true;
		else
			entry_clear(&pr->fds[fd]);
	}
}

static void exec_apply(struct fdproc *pr)
{
	for (unsigned fd = 0; fd < pr->nfds; fd++)
		if (pr->fds[fd].cloexec)
			entry_clear(&pr->fds[fd]);
}

static void chdir_apply(struct fdtable *t, struct fdproc *pr, const struct sc_event *ev)
{
	const struct sct_blob *b = str_blob(ev, 0);
	char *cwd = NULL;

	if (ev->nr == NR_chdir) {
		if (b)
			cwd = resolve(t, pr, AT_FDCWD, sct_blob_data(b), b->len);
	} else {
		struct fd_entry *e = entry_at(pr, (int)ev->args[0], false);

		if (e && e->desc)
			cwd = strdup(e->desc);
	}
	/* A relative result (base unknown) is no better than nothing. */
	if (cwd && cwd[0] != '/') {
		free(cwd);
		cwd = NULL;
	}
	free(pr->cwd);
	pr->cwd = cwd;
}

/* Calls applied after their line is printed: their arguments show the old table. */
static bool applies_late(unsigned nr)
{
	return nr == NR_close || nr == NR_close_range || nr == NR_dup2 || nr == NR_dup3 ||
	       nr == NR_execve || nr == NR_execveat || nr == NR_bind || nr == NR_connect;
}

void fdtable_apply(struct fdtable *t, uint32_t tgid, const struct sc_event *ev, bool after_print)
{
	struct fdproc *pr;
	int ret = (int)ev->ret, fds[2];
	const struct sct_blob *b;
	const uint64_t *a = ev->args;

	if (!t || !ev->has_ret || ev->noreturn || applies_late(ev->nr) != after_print)
		return;
	/* close frees whatever it returns; a connect in progress already has its endpoints */
	if (sc_event_failed(ev) && ev->nr != NR_close &&
	    !(ev->nr == NR_connect && ev->ret == -EINPROGRESS))
		return;
	pr = proc_get(t, tgid, true);
	if (!pr)
		return;
	switch (ev->nr) {
	case NR_open:
		add_open(t, pr, ev, AT_FDCWD, 0, a[1] & OCLOEXEC);
		break;
	case NR_creat:
		add_open(t, pr, ev, AT_FDCWD, 0, false);
		break;
	case NR_openat:
		add_open(t, pr, ev, (int)a[0], 1, a[2] & OCLOEXEC);
		break;
	case NR_openat2:
		add_open(t, pr, ev, (int)a[0], 1, false);
		break;
	case NR_dup:
		entry_copy(pr, (int)a[0], ret, false);
		break;
	case NR_dup2:
		entry_copy(pr, (int)a[0], (int)a[1], false);
		break;
	case NR_dup3:
		entry_copy(pr, (int)a[0], (int)a[1], a[2] & OCLOEXEC);
		break;
	case NR_fcntl:
		switch ((unsigned)a[1]) {
		case F_DUPFD:
		case F_DUPFD_CLOEXEC:
			entry_copy(pr, (int)a[0], ret, (unsigned)a[1] == F_DUPFD_CLOEXEC);
			break;
		case F_SETFD: {
			struct fd_entry *e = entry_at(pr, (int)a[0], false);

			if (e)
				e->cloexec = a[2] & FD_CLOEXEC;
			break;
		}
		}
		break;
	case NR_close:
		if (ev->ret != -EBADF) /* nothing was open */
			entry_set(pr, (int)a[0], NULL, NULL, NULL, false);
		break;
	case NR_close_range:
		close_range_apply(pr, (unsigned)a[0], (unsigned)a[1], a[2]);
		break;
	case NR_pipe:
		if (fd_pair(ev, 0, fds))
			add_pipe(t, pr, tgid, ev, fds, false);
		break;
	case NR_pipe2:
		if (fd_pair(ev, 0, fds))
			add_pipe(t, pr, tgid, ev, fds, a[1] & OCLOEXEC);
		break;
	case NR_socket:
		add_socket(t, pr, tgid, ev, ret, sock_proto(a[0], a[1], a[2]), a[1] & OCLOEXEC);
		break;
	case NR_bind:
	case NR_connect:
		set_endpoints(pr, ev, (int)a[0]);
		break;
	case NR_socketpair:
		if (fd_pair(ev, 3, fds))
			add_socketpair(t, pr, tgid, ev, fds);
		break;
	case NR_accept:
	case NR_accept4: {
		struct fd_entry *l = entry_at(pr, (int)a[0], false);
		char *proto = l ? dup_or_null(l->proto) : NULL;

		add_socket(t, pr, tgid, ev, ret, proto, ev->nr == NR_accept4 && (a[3] & OCLOEXEC));
		free(proto);
		break;
	}
	case NR_eventfd:
		add_anon(pr, ret, "anon_inode:[eventfd]", false);
		break;
	case NR_eventfd2:
		add_anon(pr, ret, "anon_inode:[eventfd]", a[1] & OCLOEXEC);
		break;
	case NR_epoll_create:
		add_anon(pr, ret, "anon_inode:[eventpoll]", false);
		break;
	case NR_epoll_create1:
		add_anon(pr, ret, "anon_inode:[eventpoll]", a[0] & OCLOEXEC);
		break;
	case NR_signalfd:
	case NR_signalfd4:
		if ((int)a[0] == -1)
			add_anon(pr, ret, "anon_inode:[signalfd]",
				 ev->nr == NR_signalfd4 && (a[3] & OCLOEXEC));
		break;
	case NR_timerfd_create:
		add_anon(pr, ret, "anon_inode:[timerfd]", a[1] & OCLOEXEC);
		break;
	case NR_inotify_init:
		add_anon(pr, ret, "anon_inode:inotify", false);
		break;
	case NR_inotify_init1:
		add_anon(pr, ret, "anon_inode:inotify", a[0] & OCLOEXEC);
		break;
	case NR_fanotify_init:
		add_anon(pr, ret, "anon_inode:[fanotify]", a[0] & FAN_CLOEXEC);
		break;
	case NR_pidfd_open:
		add_anon(pr, ret, "anon_inode:[pidfd]", true);
		break;
	case NR_userfaultfd:
		add_anon(pr, ret, "anon_inode:[userfaultfd]", a[0] & OCLOEXEC);
		break;
	case NR_io_uring_setup:
		add_anon(pr, ret, "anon_inode:[io_uring]", true);
		break;
	case NR_perf_event_open:
		add_anon(pr, ret, "anon_inode:[perf_event]", a[4] & PERF_FLAG_FD_CLOEXEC);
		break;
	case NR_memfd_create: {
		char *d = NULL;

		b = str_blob(ev, 0);
		if (b && asprintf(&d, "/memfd:%.*s (deleted)", (int)b->len, sct_blob_data(b)) < 0)
			d = NULL;
		entry_set(pr, ret, d, NULL, NULL, a[1] & MFD_CLOEXEC);
		break;
	}
	case NR_execve:
	case NR_execveat:
		exec_apply(pr);
		break;
	case NR_chdir:
	case NR_fchdir:
		chdir_apply(t, pr, ev);
		break;
	}
}

void fdtable_fork(struct fdtable *t, uint32_t parent_tgid, uint32_t child_tgid)
{
	struct fdproc *parent, *child;

	if (!t || parent_tgid == child_tgid)
		return; /* a thread: same table */
	parent = proc_get(t, parent_tgid, false);
	proc_free(tidmap_del(&t->procs, child_tgid));
	if (!parent)
		return;
	child = proc_get(t, child_tgid, true);
	if (!child)
		return;
	parent = proc_get(t, parent_tgid, false); /* the map may have grown */
	child->cwd = dup_or_null(parent->cwd);
	for (unsigned fd = 0; fd < parent->nfds; fd++) {
		struct fd_entry *e = &parent->fds[fd];

		if (e->desc)
			entry_set(child, (int)fd, strdup(e->desc), dup_or_null(e->detail), e->proto,
				  e->cloexec);
	}
}

void fdtable_exit(struct fdtable *t, uint32_t tgid)
{
	if (t)
		proc_free(tidmap_del(&t->procs, tgid));
}

/* "socket:[123]\tTCP:[...]": the -yy form and the protocol after the tab (a socket only). */
static void snapshot_entry(struct fdproc *pr, int fd, const char *text, bool cloexec)
{
	const char *tab = strncmp(text, "socket:[", 8) ? NULL : strchr(text, '\t');
	const char *bracket = tab ? strstr(tab + 1, ":[") : NULL;
	char *proto = bracket ? strndup(tab + 1, (size_t)(bracket - tab - 1)) : NULL;

	if (!tab) {
		entry_set(pr, fd, strdup(text), NULL, NULL, cloexec);
		return;
	}
	entry_set(pr, fd, strndup(text, (size_t)(tab - text)), strdup(tab + 1), proto, cloexec);
	free(proto);
}

int fdtable_apply_snapshot(struct fdtable *t, uint32_t tgid, const char *data, size_t len)
{
	const char *p = data, *end = data + len;
	struct fdproc *pr;
	const char *nul;

	if (!t)
		return 0;
	nul = memchr(p, '\0', (size_t)(end - p));
	if (!nul)
		return -EINVAL; /* from a log: untrusted */
	pr = proc_get(t, tgid, true);
	if (!pr)
		return -ENOMEM;
	if (nul > p)
		fdtable_set_cwd(t, tgid, p);
	for (p = nul + 1; p < end; p = nul + 1) {
		int fd, cloexec, used = 0;

		nul = memchr(p, '\0', (size_t)(end - p));
		if (!nul)
			break;
		if (sscanf(p, "%d %d %n", &fd, &cloexec, &used) != 2 || !used || fd < 0 ||
		    fd >= FD_LIMIT)
			continue;
		snapshot_entry(pr, fd, p + used, cloexec != 0);
	}
	return 0;
}
