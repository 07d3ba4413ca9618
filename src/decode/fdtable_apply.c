// SPDX-License-Identifier: MIT
/*
 * What each call does to the -y / -yy descriptor table (fdtable.c): the rules.
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
 *   open, creat, openat, openat2, open_tree: the path argument, made absolute against
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
 *     perf_event_open, bpf (maps, programs, links, BTF): the kernel's anon_inode names ("anon_inode:[eventfd]",
 *     "anon_inode:inotify"); memfd_create: "/memfd:NAME (deleted)", printed
 *     as strace does, "</memfd:NAME>(deleted)".
 *   execve, execveat (successful): close-on-exec descriptors go.
 *   chdir, fchdir: the working directory, for relative paths and AT_FDCWD.
 * The calls above are captured even outside -e trace= when -y is given
 * (fdtable_add_calls; the sink applies them without printing them).
 *   ioctl KVM_CREATE_VM, KVM_CREATE_VCPU (when ioctl is traced):
 *     "anon_inode:kvm-vm", "anon_inode:kvm-vcpu:N".
 *   pidfd_getfd: the target descriptor's description in the pidfd's process
 *     (known when that process's table is: forked by a traced one).
 *   unlink, unlinkat, rmdir (successful): descriptors open on that name, in
 *     every process, print as strace shows a deleted file, "</path>(deleted)".
 *   open, openat with O_TMPFILE: "DIR/#INODE (deleted)", the inode from the
 *     kernel side, as the kernel names an unnamed file (linkat does not
 *     change it).
 *   rename, renameat, renameat2: descriptors on the old name (or under it,
 *     a directory) follow it to the new one; those on a name it replaced are
 *     deleted; RENAME_EXCHANGE swaps the two. (fdtable_names.c)
 *   sendmsg, recvmsg, sendmmsg, recvmmsg (when traced): descriptors received
 *     over SCM_RIGHTS get the descriptions the sender's table gave them
 *     (fdtable_scm.c), or from the FD_SNAPSHOT ahead of the call (/proc,
 *     src/cli/scm_rights.c).
 * Not tracked: fds made by other ioctls, a name removed or renamed by an
 * untraced process.
 * These print as a plain number, or with a stale description.
 */
#include "fdtable_internal.h"

#include <errno.h>
#include <stdio.h>
#include <linux/close_range.h>
#include <linux/fs.h>
#include <linux/kvm.h>
#include <linux/sched.h>
#include <linux/perf_event.h>
#include <sys/fanotify.h>
#include <sys/mman.h>

#include "fmt.h"
#include "gen/syscall_nr.h"

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
	NR_openat2 = SCT_NR_openat2, NR_clone = SCT_NR_clone,
	NR_landlock_create_ruleset = SCT_NR_landlock_create_ruleset,
	NR_ioctl = SCT_NR_ioctl, /* not in table_calls: every ioctl captured under -y costs too much */
	NR_bpf = SCT_NR_bpf, NR_open_tree = SCT_NR_open_tree, NR_pidfd_getfd = SCT_NR_pidfd_getfd,
	NR_unlink = SCT_NR_unlink, NR_unlinkat = SCT_NR_unlinkat, NR_rmdir = SCT_NR_rmdir,
	NR_rename = SCT_NR_rename, NR_renameat = SCT_NR_renameat, NR_renameat2 = SCT_NR_renameat2,
	/* vlimits: SCM_RIGHTS (fdtable_scm.c), when traced */
	NR_sendmsg = SCT_NR_sendmsg, NR_recvmsg = SCT_NR_recvmsg, NR_sendmmsg = SCT_NR_sendmmsg,
	NR_recvmmsg = SCT_NR_recvmmsg,
};

static const unsigned short table_calls[] = {
	NR_open, NR_close, NR_pipe, NR_dup, NR_dup2, NR_socket, NR_connect, NR_accept, NR_bind,
	NR_socketpair, NR_execve, NR_fcntl, NR_chdir, NR_fchdir, NR_creat, NR_epoll_create,
	NR_inotify_init, NR_openat, NR_signalfd, NR_timerfd_create, NR_eventfd, NR_accept4,
	NR_signalfd4, NR_eventfd2, NR_epoll_create1, NR_dup3, NR_pipe2, NR_inotify_init1,
	NR_perf_event_open, NR_fanotify_init, NR_memfd_create, NR_execveat, NR_userfaultfd,
	NR_io_uring_setup, NR_pidfd_open, NR_close_range, NR_openat2, NR_clone,
	NR_landlock_create_ruleset, NR_bpf, NR_open_tree, NR_pidfd_getfd, NR_unlink, NR_unlinkat,
	NR_rmdir, NR_rename, NR_renameat, NR_renameat2,
};

void fdtable_add_calls(uint64_t bits[SCT_NR_MAX / 64])
{
	for (size_t i = 0; i < sizeof(table_calls) / sizeof(table_calls[0]); i++)
		bits[table_calls[i] / 64] |= 1ull << (table_calls[i] % 64);
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
			struct fd_entry *e = fdproc_entry(pr, dirfd, false);

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

/* Live: a device file's -yy form, "/dev/null<char 1:3>", or NULL. */
static char *dev_detail(const struct fdtable *t, const char *path)
{
	char *kind = path && t->live && t->live->dev_kind ? t->live->dev_kind(t->live->ctx, path)
							  : NULL;
	char *detail;

	if (!kind)
		return NULL;
	if (asprintf(&detail, "%s<%s>", path, kind) < 0)
		detail = NULL;
	free(kind);
	return detail;
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

/*
 * O_TMPFILE: an unnamed file in the directory opened, which the kernel names
 * "DIR/#INODE (deleted)" (the inode from the kernel side's description), even
 * once linkat has given it a name.
 */
static char *tmpfile_name(const struct sc_event *ev, int fd, const char *dir)
{
	struct sct_fdinfo fi;
	char *d;

	if (!kernel_fdinfo(ev, fd, &fi) || !dir || dir[0] != '/' ||
	    asprintf(&d, "%s/#%llu (deleted)", strcmp(dir, "/") ? dir : "",
		     (unsigned long long)fi.ino) < 0)
		return NULL;
	return d;
}

static void add_open(struct fdtable *t, struct fdproc *pr, const struct sc_event *ev, int dirfd,
		     unsigned path_arg, bool cloexec)
{
	const struct sct_blob *b = str_blob(ev, path_arg);
	uint64_t flags = ev->args[path_arg + 1];
	int fd = (int)ev->ret;
	char *path, *tmp;

	if (!b) {
		fdproc_set(pr, fd, NULL, NULL, NULL, false);
		return;
	}
	path = resolve(t, pr, dirfd, sct_blob_data(b), b->len);
	if ((ev->nr == NR_open || ev->nr == NR_openat) && (flags & SCT_O_TMPFILE_BIT) &&
	    (tmp = tmpfile_name(ev, fd, path))) {
		free(path);
		fdproc_set(pr, fd, tmp, NULL, NULL, cloexec);
		fdproc_kernel_form(pr, fd);
		return;
	}
	fdproc_set(pr, fd, path, dev_detail(t, path), NULL, cloexec);
}

/* The pid a pidfd of process tgid refers to (its -yy detail "pid:N"), or 0. */
static int pidfd_target_pid_in(const struct fdtable *t, uint32_t tgid, int pidfd)
{
	struct decode_opts o = { .fd_path = fdtable_path_hook, .fd_ctx = (void *)t };

	return pidfd_target_pid(&o, tgid, pidfd);
}

static void add_anon(struct fdproc *pr, int fd, const char *name, bool cloexec)
{
	fdproc_set(pr, fd, strdup(name), NULL, NULL, cloexec);
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
			fd_entry_clear(&pr->fds[fd]);
	}
}

static void exec_apply(struct fdproc *pr)
{
	for (unsigned fd = 0; fd < pr->nfds; fd++)
		if (pr->fds[fd].cloexec)
			fd_entry_clear(&pr->fds[fd]);
}

static void chdir_apply(struct fdtable *t, struct fdproc *pr, const struct sc_event *ev)
{
	const struct sct_blob *b = str_blob(ev, 0);
	char *cwd = NULL;

	if (ev->nr == NR_chdir) {
		if (b)
			cwd = resolve(t, pr, AT_FDCWD, sct_blob_data(b), b->len);
	} else {
		struct fd_entry *e = fdproc_entry(pr, (int)ev->args[0], false);

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

/*
 * The name (dirfd, path arg) of a call that removes or renames it, resolved
 * as far as its directory: the name itself may be a symbolic link, which
 * unlink and rename act on, not on its target.
 */
static char *resolve_name(struct fdtable *t, struct fdproc *pr, const struct sc_event *ev,
			  int dirfd, unsigned arg)
{
	const struct sct_blob *b = str_blob(ev, arg);
	const char *path, *base;
	char *dir, *full;
	size_t len;

	if (!b || !b->len)
		return NULL;
	path = sct_blob_data(b);
	len = b->len;
	while (len > 1 && path[len - 1] == '/') /* "dir/" names dir */
		len--;
	base = memrchr(path, '/', len);
	if (!base)
		dir = resolve(t, pr, dirfd, ".", 1);
	else
		dir = resolve(t, pr, dirfd, path, base == path ? 1 : (unsigned)(base - path));
	base = base ? base + 1 : path;
	if (!dir || dir[0] != '/' ||
	    asprintf(&full, "%s/%.*s", strcmp(dir, "/") ? dir : "", (int)(path + len - base), base) < 0)
		full = NULL;
	free(dir);
	return full;
}

static void unlink_apply(struct fdtable *t, struct fdproc *pr, const struct sc_event *ev, int dirfd,
			 unsigned arg)
{
	char *path = resolve_name(t, pr, ev, dirfd, arg);

	if (path)
		fdtable_unlinked(t, path);
	free(path);
}

static void rename_apply(struct fdtable *t, struct fdproc *pr, const struct sc_event *ev,
			 int olddirfd, unsigned oldarg, int newdirfd, unsigned newarg, unsigned flags)
{
	char *from = resolve_name(t, pr, ev, olddirfd, oldarg);
	char *to = resolve_name(t, pr, ev, newdirfd, newarg);

	if (from && to && strcmp(from, to))
		fdtable_renamed(t, from, to, flags & RENAME_EXCHANGE);
	free(from);
	free(to);
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

	/* an injected call never ran: its descriptors are what they were (as /proc shows strace) */
	if (!t || !ev->has_ret || ev->noreturn || ev->injected || applies_late(ev->nr) != after_print)
		return;
	/* close frees whatever it returns; a connect in progress already has its endpoints */
	if (sc_event_failed(ev) && ev->nr != NR_close &&
	    !(ev->nr == NR_connect && ev->ret == -EINPROGRESS))
		return;
	pr = fdproc_get(t, tgid, true);
	if (!pr)
		return;
	switch (ev->nr) {
	case NR_sendmsg:
	case NR_recvmsg:
	case NR_sendmmsg:
	case NR_recvmmsg:
		fdtable_scm_apply(t, pr, ev);
		break;
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
	case NR_open_tree: /* the path it opens; "" (AT_EMPTY_PATH) names the directory descriptor */
		b = str_blob(ev, 1);
		if (b && !b->len && (int)a[0] >= 0)
			fdproc_copy(pr, (int)a[0], ret, a[2] & OCLOEXEC);
		else
			add_open(t, pr, ev, (int)a[0], 1, a[2] & OCLOEXEC);
		break;
	case NR_dup:
		fdproc_copy(pr, (int)a[0], ret, false);
		break;
	case NR_dup2:
		fdproc_copy(pr, (int)a[0], (int)a[1], false);
		break;
	case NR_dup3:
		fdproc_copy(pr, (int)a[0], (int)a[1], a[2] & OCLOEXEC);
		break;
	case NR_fcntl:
		switch ((unsigned)a[1]) {
		case F_DUPFD:
		case F_DUPFD_CLOEXEC:
			fdproc_copy(pr, (int)a[0], ret, (unsigned)a[1] == F_DUPFD_CLOEXEC);
			break;
		case F_SETFD: {
			struct fd_entry *e = fdproc_entry(pr, (int)a[0], false);

			if (e)
				e->cloexec = a[2] & FD_CLOEXEC;
			break;
		}
		}
		break;
	case NR_close:
		if (ev->ret != -EBADF) /* nothing was open */
			fdproc_set(pr, (int)a[0], NULL, NULL, NULL, false);
		break;
	case NR_close_range:
		close_range_apply(pr, (unsigned)a[0], (unsigned)a[1], a[2]);
		break;
	case NR_pipe:
		if (fd_pair(ev, 0, fds))
			fdproc_add_pipe(t, pr, tgid, ev, fds, false);
		break;
	case NR_pipe2:
		if (fd_pair(ev, 0, fds))
			fdproc_add_pipe(t, pr, tgid, ev, fds, a[1] & OCLOEXEC);
		break;
	case NR_socket:
		fdproc_add_socket(t, pr, tgid, ev, ret, sock_proto_name(a[0], a[1], a[2]), a[1] & OCLOEXEC);
		break;
	case NR_bind:
	case NR_connect:
		fdproc_set_endpoints(pr, ev, (int)a[0]);
		break;
	case NR_socketpair:
		if (fd_pair(ev, 3, fds))
			fdproc_add_socketpair(t, pr, tgid, ev, fds);
		break;
	case NR_accept:
	case NR_accept4: {
		struct fd_entry *l = fdproc_entry(pr, (int)a[0], false);
		char *proto = l ? dup_or_null(l->proto) : NULL;

		fdproc_add_socket(t, pr, tgid, ev, ret, proto, ev->nr == NR_accept4 && (a[3] & OCLOEXEC));
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
	case NR_ioctl: /* KVM's descriptors (close-on-exec), when ioctl is traced */
		if ((uint32_t)a[1] == KVM_CREATE_VM) {
			add_anon(pr, ret, "anon_inode:kvm-vm", true);
		} else if ((uint32_t)a[1] == KVM_CREATE_VCPU) {
			char name[48];

			snprintf(name, sizeof(name), "anon_inode:kvm-vcpu:%u", (uint32_t)a[2]);
			add_anon(pr, ret, name, true);
		}
		break;
	case NR_pidfd_open: { /* -yy: the process it refers to, <pid:N> */
		char *d = NULL;

		if (asprintf(&d, "pid:%d", (int)a[0]) < 0)
			d = NULL;
		fdproc_set(pr, ret, strdup("anon_inode:[pidfd]"), d, NULL, true);
		break;
	}
	case NR_clone: /* CLONE_PIDFD: the pidfd is where parent_tid points */
		/*
		 * An untraced child (no -f, so no FORK record) still has the
		 * parent's descriptors, which pidfd_getfd may take from it.
		 */
		if (ret > 0 && !(a[0] & CLONE_THREAD) && !fdproc_get(t, (uint32_t)ret, false)) {
			fdtable_fork(t, tgid, (uint32_t)ret);
			pr = fdproc_get(t, tgid, true); /* the map may have moved */
			if (!pr)
				break;
		}
		b = sc_event_blob(ev, 2);
		if ((a[0] & CLONE_PIDFD) && b && b->kind == SCT_BLOB_MEM &&
		    !(b->flags & SCT_BLOB_FAULT) && b->len >= 4) {
			char *d = NULL;

			memcpy(&fds[0], sct_blob_data(b), 4);
			if (asprintf(&d, "pid:%d", (int)ret) < 0) /* the child, -yy's <pid:N> */
				d = NULL;
			fdproc_set(pr, fds[0], strdup("anon_inode:[pidfd]"), d, NULL, true);
		}
		break;
	case NR_userfaultfd:
		add_anon(pr, ret, "anon_inode:[userfaultfd]", a[0] & OCLOEXEC);
		break;
	case NR_io_uring_setup:
		add_anon(pr, ret, "anon_inode:[io_uring]", true);
		break;
	case NR_landlock_create_ruleset: /* not with LANDLOCK_CREATE_RULESET_VERSION: no descriptor */
		if (!(a[2] & 1))
			add_anon(pr, ret, "anon_inode:[landlock-ruleset]", true);
		break;
	case NR_perf_event_open:
		add_anon(pr, ret, "anon_inode:[perf_event]", a[4] & PERF_FLAG_FD_CLOEXEC);
		break;
	case NR_pidfd_getfd: { /* a copy of the pidfd's process's descriptor, close-on-exec */
		int pid = pidfd_target_pid_in(t, tgid, (int)a[0]);
		struct fdproc *src = pid ? fdproc_get(t, (uint32_t)pid, false) : NULL;

		fdproc_set_copy(pr, ret, src ? fdproc_entry(src, (int)a[1], false) : NULL, true);
		break;
	}
	case NR_bpf: /* the descriptors it makes are close-on-exec */
		if (bpf_fd_name(ev))
			add_anon(pr, ret, bpf_fd_name(ev), true);
		break;
	case NR_memfd_create: {
		char *d = NULL;

		b = str_blob(ev, 0);
		if (b && asprintf(&d, "/memfd:%.*s (deleted)", (int)b->len, sct_blob_data(b)) < 0)
			d = NULL;
		fdproc_set(pr, ret, d, NULL, NULL, a[1] & MFD_CLOEXEC);
		fdproc_kernel_form(pr, ret);
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
	case NR_unlink:
	case NR_rmdir:
		unlink_apply(t, pr, ev, AT_FDCWD, 0);
		break;
	case NR_unlinkat:
		unlink_apply(t, pr, ev, (int)a[0], 1);
		break;
	case NR_rename:
		rename_apply(t, pr, ev, AT_FDCWD, 0, AT_FDCWD, 1, 0);
		break;
	case NR_renameat:
		rename_apply(t, pr, ev, (int)a[0], 1, (int)a[2], 3, 0);
		break;
	case NR_renameat2:
		rename_apply(t, pr, ev, (int)a[0], 1, (int)a[2], 3, (unsigned)a[4]);
		break;
	}
}
