// SPDX-License-Identifier: MIT
/*
 * Unit tests for the -y descriptor table (src/decode/fdtable*.c) and its
 * printing through decode_arg/decode_ret: events are built by hand with the
 * x86_64 syscall numbers and the built-in syscall table; the expected texts
 * are strace 6.1's (-y) for the same calls.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/decode/decode.h"
#include "../../src/decode/fdtable.h"
#include "check.h"
#include "event.h"

#define TGID 100
#define AT_FDCWD (-100)
#define O_CLOEXEC 02000000

#define ev_make(nr, ret, a0, a1, a2, a3) test_event(syscall_desc(nr), nr, ret, a0, a1, a2, a3, 0, 0)

static void add_blob(struct sc_event *ev, unsigned arg, unsigned kind, const void *data,
		     unsigned len)
{
	test_blob(ev, arg, kind, 0, data, len, 0);
}

/* What the kernel side reads of a socket after the call (struct sct_fdinfo). */
static void add_fdinfo(struct sc_event *ev, int fd, uint64_t ino, uint16_t family, uint16_t type,
		       uint16_t sport, uint16_t dport)
{
	struct sct_fdinfo fi = { .fd = fd, .mode = 0140000, .ino = ino, .family = family,
				 .type = type, .sport = sport, .dport = dport };

	fi.saddr[0] = fi.daddr[0] = 127; /* 127.0.0.1 */
	fi.saddr[3] = fi.daddr[3] = 1;
	test_blob(ev, 0, SCT_BLOB_MEM, 0, &fi, sizeof(fi), SCT_AUX_FDINFO);
}

/* Apply a finished call as a sink does: before and after printing. */
static void apply(struct fdtable *t, const struct sc_event *ev)
{
	fdtable_apply(t, TGID, ev, false);
	fdtable_apply(t, TGID, ev, true);
}

static void do_open(struct fdtable *t, int dirfd, const char *path, int flags, int ret)
{
	struct sc_event ev = ev_make(257, ret, (uint64_t)(int64_t)dirfd, 1, (uint64_t)flags, 0);

	add_blob(&ev, 1, SCT_BLOB_STR, path, (unsigned)strlen(path));
	apply(t, &ev);
}

static const char *get(struct fdtable *t, int fd)
{
	return fdtable_lookup(t, TGID, fd, 1);
}

static void test_paths(void)
{
	struct fdtable *t = fdtable_new();

	/* cwd unknown: a relative path stays as given */
	do_open(t, AT_FDCWD, "rel/x", 0, 3);
	CHECK_STR(get(t, 3), "rel/x");
	CHECK(fdtable_lookup(t, TGID, AT_FDCWD, 1) == NULL);
	fdtable_set_cwd(t, TGID, "/work/a");
	do_open(t, AT_FDCWD, "./b/../c//d", 0, 4);
	CHECK_STR(get(t, 4), "/work/a/c/d");
	do_open(t, AT_FDCWD, "/etc/./hostname", 0, 5);
	CHECK_STR(get(t, 5), "/etc/hostname");
	do_open(t, AT_FDCWD, "../../../..", 0, 6);
	CHECK_STR(get(t, 6), "/");
	/* relative to a directory descriptor */
	do_open(t, AT_FDCWD, "/tmp/dir", 0, 7);
	do_open(t, 7, "x", 0, 8);
	CHECK_STR(get(t, 8), "/tmp/dir/x");
	/* a failed open changes nothing */
	do_open(t, AT_FDCWD, "/nope", 0, -2);
	CHECK(get(t, 9) == NULL);
	/* chdir then AT_FDCWD; fchdir to a directory descriptor */
	{
		struct sc_event ev = ev_make(80, 0, 1, 0, 0, 0);

		add_blob(&ev, 0, SCT_BLOB_STR, "sub", 3);
		apply(t, &ev);
		CHECK_STR(fdtable_lookup(t, TGID, AT_FDCWD, 1), "/work/a/sub");
		ev = ev_make(81, 0, 7, 0, 0, 0);
		apply(t, &ev);
		CHECK_STR(fdtable_lookup(t, TGID, AT_FDCWD, 1), "/tmp/dir");
	}
	fdtable_free(t);
}

static void test_dup_close_exec(void)
{
	struct fdtable *t = fdtable_new();
	struct sc_event ev;

	do_open(t, AT_FDCWD, "/a", 0, 3);
	do_open(t, AT_FDCWD, "/b", O_CLOEXEC, 4);
	ev = ev_make(32, 5, 3, 0, 0, 0); /* dup */
	apply(t, &ev);
	CHECK_STR(get(t, 5), "/a");
	ev = ev_make(33, 6, 4, 6, 0, 0); /* dup2 drops O_CLOEXEC */
	apply(t, &ev);
	CHECK_STR(get(t, 6), "/b");
	ev = ev_make(292, 7, 3, 7, O_CLOEXEC, 0); /* dup3 */
	apply(t, &ev);
	ev = ev_make(72, 10, 3, 1030, 10, 0); /* F_DUPFD_CLOEXEC */
	apply(t, &ev);
	CHECK_STR(get(t, 10), "/a");
	ev = ev_make(72, 11, 4, 0, 11, 0); /* F_DUPFD */
	apply(t, &ev);
	ev = ev_make(72, 0, 11, 2, 1, 0); /* F_SETFD FD_CLOEXEC */
	apply(t, &ev);
	ev = ev_make(3, 0, 5, 0, 0, 0); /* close */
	apply(t, &ev);
	CHECK(get(t, 5) == NULL);
	/* fork copies; exec in the child drops the close-on-exec ones */
	fdtable_fork(t, TGID, TGID + 1);
	CHECK_STR(fdtable_lookup(t, TGID + 1, 3, 1), "/a");
	ev = ev_make(59, 0, 0, 0, 0, 0);
	fdtable_apply(t, TGID + 1, &ev, false);
	fdtable_apply(t, TGID + 1, &ev, true);
	CHECK_STR(fdtable_lookup(t, TGID + 1, 3, 1), "/a");
	CHECK(fdtable_lookup(t, TGID + 1, 4, 1) == NULL);
	CHECK_STR(fdtable_lookup(t, TGID + 1, 6, 1), "/b");
	CHECK(fdtable_lookup(t, TGID + 1, 7, 1) == NULL);
	CHECK(fdtable_lookup(t, TGID + 1, 10, 1) == NULL);
	CHECK(fdtable_lookup(t, TGID + 1, 11, 1) == NULL);
	CHECK_STR(get(t, 4), "/b"); /* the parent keeps its own */
	fdtable_exit(t, TGID + 1);
	CHECK(fdtable_lookup(t, TGID + 1, 3, 1) == NULL);
	/* close_range, and its CLOSE_RANGE_CLOEXEC form */
	ev = ev_make(436, 0, 6, 7, 4, 0);
	apply(t, &ev);
	CHECK_STR(get(t, 6), "/b");
	ev = ev_make(436, 0, 4, ~0u, 0, 0);
	apply(t, &ev);
	CHECK_STR(get(t, 3), "/a");
	CHECK(get(t, 4) == NULL && get(t, 6) == NULL && get(t, 10) == NULL);
	fdtable_free(t);
}

static void test_anon_pipe_socket(void)
{
	struct fdtable *t = fdtable_new();
	struct sc_event ev;
	int fds[2] = { 5, 6 };

	ev = ev_make(293, 0, 0x1000, O_CLOEXEC, 0, 0); /* pipe2 */
	add_blob(&ev, 0, SCT_BLOB_MEM, fds, 8);
	apply(t, &ev);
	CHECK_STR(get(t, 5), "pipe:[?]");
	CHECK_STR(get(t, 6), "pipe:[?]");
	ev = ev_make(41, 7, 10, 1, 0, 0); /* socket(AF_INET6, SOCK_STREAM, 0) */
	apply(t, &ev);
	CHECK_STR(get(t, 7), "socket:[?]");
	CHECK_STR(fdtable_lookup(t, TGID, 7, 2), "TCPv6:[?]");
	ev = ev_make(43, 8, 7, 0, 0, 0); /* accept: the listener's protocol */
	apply(t, &ev);
	CHECK_STR(fdtable_lookup(t, TGID, 8, 2), "TCPv6:[?]");
	ev = ev_make(53, 0, 1, 2, 0, 0x2000); /* socketpair(AF_UNIX, SOCK_DGRAM) */
	fds[0] = 9;
	fds[1] = 12;
	add_blob(&ev, 3, SCT_BLOB_MEM, fds, 8);
	apply(t, &ev);
	CHECK_STR(fdtable_lookup(t, TGID, 12, 2), "UNIX:[?->?]");
	ev = ev_make(290, 13, 0, 0, 0, 0);
	apply(t, &ev);
	CHECK_STR(get(t, 13), "anon_inode:[eventfd]");
	ev = ev_make(319, 14, 1, 0, 0, 0);
	add_blob(&ev, 0, SCT_BLOB_STR, "mine", 4);
	apply(t, &ev);
	CHECK_STR(get(t, 14), "/memfd:mine (deleted)");
	fdtable_free(t);
}

/* The printed forms, through the decoder with the table as its hook. */
static void test_printing(void)
{
	struct fdtable *t = fdtable_new();
	struct decode_opts o = { .str_max = 32, .decode_fds = 1, .fd_path = fdtable_path_hook,
				 .fd_tgid = TGID };
	struct strbuf sb;
	struct sc_event ev;
	int fds[2] = { 3, 4 };

	o.fd_ctx = t;
	strbuf_init(&sb);
	fdtable_set_cwd(t, TGID, "/tmp/fdy");
	ev = ev_make(257, 3, (uint64_t)-100, 1, 0, 0);
	add_blob(&ev, 1, SCT_BLOB_STR, "a<b>", 4);
	fdtable_apply(t, TGID, &ev, false);
	decode_args(&sb, &ev, DECODE_ALL, &o);
	strbuf_adds(&sb, " = ");
	decode_ret(&sb, &ev, &o);
	CHECK_STR(sb.data, "AT_FDCWD</tmp/fdy>, \"a<b>\", O_RDONLY = 3</tmp/fdy/a\\74b\\76>");
	strbuf_reset(&sb);
	ev = ev_make(33, 1, 3, 1, 0, 0); /* dup2(3, 1): 1 was unknown */
	fdtable_apply(t, TGID, &ev, false);
	decode_args(&sb, &ev, DECODE_ALL, &o);
	strbuf_adds(&sb, " = ");
	decode_ret(&sb, &ev, &o);
	fdtable_apply(t, TGID, &ev, true);
	CHECK_STR(sb.data, "3</tmp/fdy/a\\74b\\76>, 1 = 1</tmp/fdy/a\\74b\\76>");
	strbuf_reset(&sb);
	fdtable_set(t, TGID, 5, "/memfd:x (deleted)", false);
	ev = ev_make(3, 0, 5, 0, 0, 0);
	decode_args(&sb, &ev, DECODE_ALL, &o);
	CHECK_STR(sb.data, "5</memfd:x>(deleted)");
	strbuf_reset(&sb);
	ev = ev_make(22, 0, 0x1000, 0, 0, 0);
	add_blob(&ev, 0, SCT_BLOB_MEM, fds, 8);
	fdtable_apply(t, TGID, &ev, false);
	decode_args(&sb, &ev, DECODE_ALL, &o);
	CHECK_STR(sb.data, "[3<pipe:[?]>, 4<pipe:[?]>]");
	strbuf_reset(&sb);
	o.decode_fds = 0; /* without -y: numbers */
	decode_args(&sb, &ev, DECODE_ALL, &o);
	CHECK_STR(sb.data, "[3, 4]");
	strbuf_free(&sb);
	fdtable_free(t);
}

/* Inodes and endpoints from the kernel side's blobs (-yy on a log): socket, bind, connect. */
static void test_kernel_fdinfo(void)
{
	struct fdtable *t = fdtable_new();
	struct sc_event ev;

	ev = ev_make(41, 20, 2, 1, 0, 0); /* socket(AF_INET, SOCK_STREAM) = 20 */
	add_fdinfo(&ev, 20, 555, 2, 1, 0, 0);
	apply(t, &ev);
	CHECK_STR(get(t, 20), "socket:[555]");
	CHECK_STR(fdtable_lookup(t, TGID, 20, 2), "TCP:[555]");
	ev = ev_make(49, 0, 20, 0, 16, 0); /* bind */
	add_fdinfo(&ev, 20, 555, 2, 1, 5000, 0);
	apply(t, &ev);
	CHECK_STR(fdtable_lookup(t, TGID, 20, 2), "TCP:[127.0.0.1:5000]");
	ev = ev_make(42, -115, 20, 0, 16, 0); /* connect in progress: the endpoints already */
	add_fdinfo(&ev, 20, 555, 2, 1, 5000, 80);
	apply(t, &ev);
	CHECK_STR(fdtable_lookup(t, TGID, 20, 2), "TCP:[127.0.0.1:5000->127.0.0.1:80]");
	ev = ev_make(42, -111, 20, 0, 16, 0); /* a refused connect changes nothing */
	add_fdinfo(&ev, 20, 555, 2, 1, 5000, 0);
	apply(t, &ev);
	CHECK_STR(fdtable_lookup(t, TGID, 20, 2), "TCP:[127.0.0.1:5000->127.0.0.1:80]");
	ev = ev_make(42, 0, 21, 0, 16, 0); /* a socket made before the trace: learnt at connect */
	add_fdinfo(&ev, 21, 777, 2, 2, 6000, 53);
	apply(t, &ev);
	CHECK_STR(fdtable_lookup(t, TGID, 21, 2), "UDP:[127.0.0.1:6000]");
	CHECK_STR(get(t, 21), "socket:[777]");
	fdtable_free(t);
}

/* A sendmsg/recvmsg (nr) on fd returning ret whose control buffer holds SCM_RIGHTS [fd]. */
static void scm(struct fdtable *t, unsigned nr, int sock, int fd)
{
	struct sc_event ev = ev_make(nr, 1, (uint64_t)sock, 0x1000, 0, 0);
	struct {
		uint64_t len;
		int32_t level, type, fd, pad;
	} c = { 20, 1 /* SOL_SOCKET */, 1 /* SCM_RIGHTS */, fd, 0 };

	test_blob(&ev, 1, SCT_BLOB_MEM, 0, &c, sizeof(c), SCT_AUX_MSG_CONTROL);
	apply(t, &ev);
}

/* SCM_RIGHTS: what a received descriptor refers to, from the sender's table (fdtable_scm.c). */
static void test_scm_rights(void)
{
	struct fdtable *t = fdtable_new();
	struct sc_event ev = ev_make(53, 0, 1, 1, 0, 0x2000); /* socketpair(AF_UNIX, SOCK_STREAM) */
	int fds[2] = { 3, 4 };

	add_blob(&ev, 3, SCT_BLOB_MEM, fds, 8);
	add_fdinfo(&ev, 3, 1001, 1, 1, 0, 0);
	add_fdinfo(&ev, 4, 1002, 1, 1, 0, 0);
	apply(t, &ev);
	CHECK_STR(fdtable_lookup(t, TGID, 4, 2), "UNIX-STREAM:[1002->1001]");
	do_open(t, AT_FDCWD, "/etc/hostname", 0, 5);
	do_open(t, AT_FDCWD, "/etc/passwd", 0, 6);
	scm(t, 46, 3, 5); /* sendmsg on 3: for 1002 */
	scm(t, 46, 3, 6);
	scm(t, 47, 3, 7); /* recvmsg on 3: nothing was sent to 1001 */
	CHECK(get(t, 7) == NULL);
	scm(t, 47, 4, 8); /* in the order sent */
	CHECK_STR(get(t, 8), "/etc/hostname");
	scm(t, 47, 4, 9);
	CHECK_STR(get(t, 9), "/etc/passwd");
	scm(t, 47, 4, 10); /* the queue is empty */
	CHECK(get(t, 10) == NULL);
	fdtable_free(t); /* with a message still queued: freed with the table */
	t = fdtable_new();
	apply(t, &ev);
	do_open(t, AT_FDCWD, "/etc/hostname", 0, 5);
	scm(t, 46, 4, 5);
	fdtable_free(t);
}

int main(void)
{
	test_scm_rights();
	test_kernel_fdinfo();
	test_paths();
	test_dup_close_exec();
	test_anon_pipe_socket();
	test_printing();
	return check_done("test_fdtable");
}
