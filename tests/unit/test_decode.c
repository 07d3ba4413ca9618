// SPDX-License-Identifier: MIT
/*
 * Unit tests for the decoder (src/decode): every expected string below was
 * copied from strace 6.1 output (Debian 12, /usr/bin/strace) for a small C
 * program in /tmp making the same call, mostly through syscall(2) so the
 * arguments are exactly the ones given here. Events and syscall descriptors
 * are built by hand, so the test does not depend on syscall_table.c.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/decode/decode.h"
#include "../../src/decode/flags.h"
#include "check.h"
#include "event.h"

#define make_ev test_event

static void add_blob(struct sc_event *ev, unsigned arg, unsigned kind, unsigned flags,
		     const void *data, unsigned len, unsigned aux)
{
	test_blob(ev, arg, kind, flags, data, len, aux);
}

static void add_str(struct sc_event *ev, unsigned arg, const char *s)
{
	add_blob(ev, arg, SCT_BLOB_STR, 0, s, (unsigned)strlen(s), 0);
}

static struct decode_opts opts = { .str_max = 32, .xstrings = 0 };
static struct strbuf sb;

static const char *args_of(const struct sc_event *ev, enum decode_part part)
{
	strbuf_reset(&sb);
	decode_args(&sb, ev, part, &opts);
	return sb.data ? sb.data : "";
}

static const char *line_of(const struct sc_event *ev)
{
	return test_line(ev, &opts);
}

static const char *ret_of(const struct sc_event *ev)
{
	strbuf_reset(&sb);
	decode_ret(&sb, ev, &opts);
	return sb.data;
}

static const char *quoted(const char *s, unsigned len, bool trunc, int x)
{
	struct decode_opts o = { .str_max = 32, .xstrings = x };

	strbuf_reset(&sb);
	format_quoted(&sb, s, len, trunc, &o);
	return sb.data;
}

static const char *flags_of(const struct flag_table *t, uint64_t v)
{
	strbuf_reset(&sb);
	print_flags(&sb, t, v);
	return sb.data;
}

static const char *enum_of(const struct flag_table *t, uint64_t v)
{
	strbuf_reset(&sb);
	print_enum(&sb, t, v);
	return sb.data;
}

#define DESC(nm, n, r, ...) { .name = nm, .nargs = n, .arg = { __VA_ARGS__ }, .ret = r }

static const struct syscall_desc d_openat =
	DESC("openat", 4, RT_INT, AT_DIRFD, AT_PATH, AT_OPEN_FLAGS, AT_OPEN_MODE);
static const struct syscall_desc d_open = DESC("open", 3, RT_INT, AT_PATH, AT_OPEN_FLAGS, AT_OPEN_MODE);
static const struct syscall_desc d_write = DESC("write", 3, RT_INT, AT_FD, AT_STR, AT_ULONG);
static const struct syscall_desc d_read = DESC("read", 3, RT_INT, AT_FD, AT_STR, AT_ULONG);
static const struct syscall_desc d_getppid = DESC("getppid", 0, RT_INT, 0);
static const struct syscall_desc d_access = DESC("access", 2, RT_INT, AT_PATH, AT_ACCESS_MODE);
static const struct syscall_desc d_faccessat2 =
	DESC("faccessat2", 4, RT_INT, AT_DIRFD, AT_PATH, AT_ACCESS_MODE, AT_FACCESSAT_FLAGS);
static const struct syscall_desc d_unlinkat =
	DESC("unlinkat", 3, RT_INT, AT_DIRFD, AT_PATH, AT_UNLINKAT_FLAGS);
static const struct syscall_desc d_mmap = DESC("mmap", 6, RT_HEX, AT_PTR, AT_ULONG, AT_MMAP_PROT,
					       AT_MMAP_FLAGS, AT_FD, AT_HEX);
static const struct syscall_desc d_lseek = DESC("lseek", 3, RT_INT, AT_FD, AT_LONG, AT_WHENCE);
static const struct syscall_desc d_fcntl =
	DESC("fcntl", 3, RT_FCNTL, AT_FD, AT_FCNTL_CMD, AT_FCNTL_ARG);
static const struct syscall_desc d_pipe2 = DESC("pipe2", 2, RT_INT, AT_PIPE_FDS, AT_PIPE_FLAGS);
static const struct syscall_desc d_dup3 = DESC("dup3", 3, RT_INT, AT_FD, AT_FD, AT_DUP3_FLAGS);
static const struct syscall_desc d_eventfd2 = DESC("eventfd2", 2, RT_INT, AT_UINT, AT_EVENTFD_FLAGS);
static const struct syscall_desc d_epoll_create1 = DESC("epoll_create1", 1, RT_INT, AT_EPOLL_FLAGS);
static const struct syscall_desc d_socket =
	DESC("socket", 3, RT_INT, AT_SOCK_DOMAIN, AT_SOCK_TYPE, AT_SOCK_PROTO);
static const struct syscall_desc d_shutdown = DESC("shutdown", 2, RT_INT, AT_FD, AT_SHUTDOWN_HOW);
static const struct syscall_desc d_kill = DESC("kill", 2, RT_INT, AT_INT, AT_SIGNAL);
static const struct syscall_desc d_wait4 =
	DESC("wait4", 4, RT_INT, AT_INT, AT_WAIT_STATUS, AT_WAIT_OPTIONS, AT_PTR);
static const struct syscall_desc d_msync = DESC("msync", 3, RT_INT, AT_PTR, AT_ULONG, AT_MSYNC_FLAGS);
static const struct syscall_desc d_mremap = DESC("mremap", 5, RT_HEX, AT_PTR, AT_ULONG, AT_ULONG,
						 AT_MREMAP_FLAGS, AT_MREMAP_ADDR);
static const struct syscall_desc d_renameat2 = DESC("renameat2", 5, RT_INT, AT_DIRFD, AT_PATH,
						    AT_DIRFD, AT_PATH, AT_RENAME_FLAGS);
static const struct syscall_desc d_getpriority = DESC("getpriority", 2, RT_INT, AT_PRIO_WHICH, AT_INT);
static const struct syscall_desc d_getrlimit =
	DESC("getrlimit", 2, RT_INT, AT_RLIMIT_RESOURCE, AT_PTR);
static const struct syscall_desc d_sigprocmask = DESC("rt_sigprocmask", 4, RT_INT,
						      AT_SIGPROCMASK_HOW, AT_PTR, AT_PTR, AT_ULONG);
static const struct syscall_desc d_clock_gettime =
	DESC("clock_gettime", 2, RT_INT, AT_CLOCKID, AT_PTR);
static const struct syscall_desc d_arch_prctl =
	DESC("arch_prctl", 2, RT_INT, AT_ARCH_PRCTL_CODE, AT_ARCH_PRCTL_ARG);
static const struct syscall_desc d_umask = DESC("umask", 1, RT_OCTAL, AT_OCTAL);
static const struct syscall_desc d_mknod =
	DESC("mknod", 3, RT_INT, AT_PATH, AT_MKNOD_MODE, AT_MKNOD_DEV);
static const struct syscall_desc d_execve =
	DESC("execve", 3, RT_INT, AT_PATH, AT_ARGV, AT_ENVP);
static const struct syscall_desc d_exit_group = {
	.name = "exit_group", .nargs = 1, .arg = { AT_INT }, .ret = RT_NONE, .flags = SYSF_NORETURN
};
static const struct syscall_desc d_clone = {
	.name = "clone", .nargs = 5, .ret = RT_INT, .special = SP_CLONE,
	.arg = { AT_CLONE_FLAGS, AT_PTR, AT_PTR, AT_PTR, AT_HEX },
};

static void test_quote(void)
{
	/* strace -o: write(1, "\t\n\v\f\r\"\\\1\0012\377x\33\200\303\251\0000", 18) */
	static const char s1[] = "\t\n\v\f\r\"\\\001\0012\377x\x1b\x80\xc3\xa9\0" "0";

	CHECK_STR(quoted(s1, 18, false, 0), "\"\\t\\n\\v\\f\\r\\\"\\\\\\1\\0012\\377x\\33\\200\\303\\251\\0000\"");
	/* write(1, "\0017\08\0", 5) */
	CHECK_STR(quoted("\001" "7\0" "8\0", 5, false, 0), "\"\\0017\\08\\0\"");
	/* -x: write(1, "a\nb\t", 4) stays; write(1, "\x61\x01", 2) goes hex */
	CHECK_STR(quoted("a\nb\t", 4, false, 1), "\"a\\nb\\t\"");
	CHECK_STR(quoted("a\001", 2, false, 1), "\"\\x61\\x01\"");
	/* -xx: write(1, "\x61\x62", 2), write(1, "", 0) */
	CHECK_STR(quoted("ab", 2, false, 2), "\"\\x61\\x62\"");
	CHECK_STR(quoted("", 0, false, 2), "\"\"");
	/* -s 0: write(1, ""..., 50) */
	CHECK_STR(quoted("", 0, true, 0), "\"\"...");
}

static void test_errno_and_ret(void)
{
	struct sc_event ev = make_ev(&d_getppid, 110, 0, 0, 0, 0, 0, 0, 0);

	/* getppid() made to fail through seccomp RET_ERRNO with each errno 1..540 */
	ev.ret = -2;
	CHECK_STR(ret_of(&ev), "-1 ENOENT (No such file or directory)");
	ev.ret = -133;
	CHECK_STR(ret_of(&ev), "-1 EHWPOISON (Memory page has hardware error)");
	ev.ret = -134;
	CHECK_STR(ret_of(&ev), "-1 (errno 134)");
	ev.ret = -41;
	CHECK_STR(ret_of(&ev), "-1 (errno 41)");
	ev.ret = -512;
	CHECK_STR(ret_of(&ev), "? ERESTARTSYS (To be restarted if SA_RESTART is set)");
	ev.ret = -513;
	CHECK_STR(ret_of(&ev), "? ERESTARTNOINTR (To be restarted)");
	ev.ret = -514;
	CHECK_STR(ret_of(&ev), "? ERESTARTNOHAND (To be restarted if no handler)");
	ev.ret = -515;
	CHECK_STR(ret_of(&ev), "-1 ENOIOCTLCMD (Unknown error 515)");
	ev.ret = -516;
	CHECK_STR(ret_of(&ev), "? ERESTART_RESTARTBLOCK (Interrupted by signal)");
	ev.ret = -519;
	CHECK_STR(ret_of(&ev), "-1 (errno 519)");
	ev.ret = -530;
	CHECK_STR(ret_of(&ev), "-1 ERECALLCONFLICT (Unknown error 530)");
	ev.ret = -531;
	CHECK_STR(ret_of(&ev), "-1 (errno 531)");
	ev.ret = 3775;
	CHECK_STR(ret_of(&ev), "3775");
	CHECK_STR(errno_name(11), "EAGAIN");
	CHECK_STR(errno_message(11), "Resource temporarily unavailable");
	CHECK(errno_name(0) == NULL && errno_name(4096) == NULL);

	/* exit_group(0) = ? */
	ev = make_ev(&d_exit_group, 231, 0, 0, 0, 0, 0, 0, 0);
	CHECK_STR(line_of(&ev), "exit_group(0) = ?");
	/* mmap(...) = 0x7f1af4444000; mmap(...) = -1 ENOMEM (Cannot allocate memory) */
	ev = make_ev(&d_mmap, 9, 0x7f1af4444000, 0, 4096, 3, 0x22, -1ull, 0);
	CHECK_STR(line_of(&ev), "mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x7f1af4444000");
	ev.ret = -12;
	CHECK_STR(ret_of(&ev), "-1 ENOMEM (Cannot allocate memory)");
	/* umask(022) = 022; umask(000) = 022; umask(0177777) = 000 (arg 0777777) */
	ev = make_ev(&d_umask, 95, 022, 022, 0, 0, 0, 0, 0);
	CHECK_STR(line_of(&ev), "umask(022) = 022");
	ev = make_ev(&d_umask, 95, 0, 0777777, 0, 0, 0, 0, 0);
	CHECK_STR(line_of(&ev), "umask(0177777) = 000");
}

static void test_unknown(void)
{
	/* syscall(999, 1, 2, 3, 4, 5, 6): syscall_0x3e7(0x1, 0x2, 0x3, 0x4, 0x5, 0x6) = -1 ENOSYS */
	struct sc_event ev = make_ev(NULL, 999, -38, 1, 2, 3, 4, 5, 6);

	CHECK_STR(line_of(&ev), "syscall_0x3e7(0x1, 0x2, 0x3, 0x4, 0x5, 0x6) = -1 ENOSYS (Function not implemented)");
}

static void test_open(void)
{
	struct sc_event ev;

	/* openat(AT_FDCWD, "/etc/hostname", O_RDONLY|O_CLOEXEC) = 3 */
	ev = make_ev(&d_openat, 257, 3, -100, 0x1000, 02000000, 0, 0, 0);
	add_str(&ev, 1, "/etc/hostname");
	CHECK_STR(line_of(&ev), "openat(AT_FDCWD, \"/etc/hostname\", O_RDONLY|O_CLOEXEC) = 3");
	/* openat(AT_FDCWD, "/tmp/dec/x", O_WRONLY|O_CREAT|O_TRUNC, 0644) = 4 */
	ev = make_ev(&d_openat, 257, 4, -100, 0x1000, 01101, 0644, 0, 0);
	add_str(&ev, 1, "/tmp/dec/x");
	CHECK_STR(args_of(&ev, DECODE_ALL), "AT_FDCWD, \"/tmp/dec/x\", O_WRONLY|O_CREAT|O_TRUNC, 0644");
	/* openat(AT_FDCWD, "/tmp", O_RDWR|O_TMPFILE, 0600) = 5 */
	ev = make_ev(&d_openat, 257, 5, -100, 0x1000, 020200002, 0600, 0, 0);
	add_str(&ev, 1, "/tmp");
	CHECK_STR(args_of(&ev, DECODE_ALL), "AT_FDCWD, \"/tmp\", O_RDWR|O_TMPFILE, 0600");
	/* openat(AT_FDCWD, "/n", O_RDONLY|O_CLOEXEC|__O_TMPFILE|FASYNC, 0133320) */
	ev = make_ev(&d_openat, 257, -22, -100, 0x1000, 020000000 | 02000000 | 020000, 0133320, 0, 0);
	add_str(&ev, 1, "/n");
	CHECK_STR(args_of(&ev, DECODE_ALL), "AT_FDCWD, \"/n\", O_RDONLY|O_CLOEXEC|__O_TMPFILE|FASYNC, 0133320");
	/* openat(AT_FDCWD, "/n", O_RDONLY|O_DSYNC|O_DIRECT|O_NOATIME|O_CLOEXEC|O_PATH|O_DIRECTORY|FASYNC) */
	ev = make_ev(&d_openat, 257, -2, -100, 0x1000, 0200000 | 01000000 | 02000000 | 010000000 | 020000 | 010000 | 040000, 0, 0, 0);
	add_str(&ev, 1, "/n");
	CHECK_STR(args_of(&ev, DECODE_ALL), "AT_FDCWD, \"/n\", O_RDONLY|O_DSYNC|O_DIRECT|O_NOATIME|O_CLOEXEC|O_PATH|O_DIRECTORY|FASYNC");
	/* flags 0xffffffff: O_ACCMODE|...|FASYNC|0xff80003c, 000 */
	ev = make_ev(&d_openat, 257, -2, -100, 0x1000, 0xffffffff, 0, 0, 0);
	add_str(&ev, 1, "/nonexist");
	CHECK_STR(args_of(&ev, DECODE_ALL), "AT_FDCWD, \"/nonexist\", O_ACCMODE|O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|O_NONBLOCK|O_SYNC|O_DIRECT|O_LARGEFILE|O_NOFOLLOW|O_NOATIME|O_CLOEXEC|O_PATH|O_TMPFILE|FASYNC|0xff80003c, 000");
	/* open("/nonexist", O_RDWR|O_APPEND|O_NONBLOCK|O_NOFOLLOW|O_DIRECTORY|0x4000000) */
	ev = make_ev(&d_open, 2, -20, 0x1000, 2 | 02000 | 04000 | 0400000 | 0200000 | 0x4000000, 0, 0, 0, 0);
	add_str(&ev, 0, "/tmp/dec/x");
	CHECK_STR(args_of(&ev, DECODE_ALL), "\"/tmp/dec/x\", O_RDWR|O_APPEND|O_NONBLOCK|O_NOFOLLOW|O_DIRECTORY|0x4000000");
	/* openat(AT_FDCWD, NULL, O_RDONLY), openat(AT_FDCWD, 0x1, O_RDONLY): EFAULT */
	ev = make_ev(&d_openat, 257, -14, -100, 0, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "AT_FDCWD, NULL, O_RDONLY");
	ev = make_ev(&d_openat, 257, -14, -100, 1, 0, 0, 0, 0);
	add_blob(&ev, 1, SCT_BLOB_STR, SCT_BLOB_FAULT, NULL, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "AT_FDCWD, 0x1, O_RDONLY");
	/* paths are not cut by -s; openat(5, "nonexist", O_RDONLY) */
	ev = make_ev(&d_openat, 257, -20, 5, 0x1000, 0, 0, 0, 0);
	add_str(&ev, 1, "/nonexist/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n\x1b\xff");
	CHECK_STR(args_of(&ev, DECODE_ALL), "5, \"/nonexist/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\\n\\33\\377\", O_RDONLY");
}

static void test_strings(void)
{
	struct sc_event ev;
	char buf[100];

	/* write(1, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"..., 100) = 100 */
	memset(buf, 'a', sizeof(buf));
	ev = make_ev(&d_write, 1, 100, 1, 0x1000, 100, 0, 0, 0);
	add_blob(&ev, 1, SCT_BLOB_STR, 0, buf, 100, 0);
	CHECK_STR(line_of(&ev), "write(1, \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"..., 100) = 100");
	/* captured shorter than the real buffer: the blob says so */
	ev = make_ev(&d_write, 1, 100, 1, 0x1000, 100, 0, 0, 0);
	add_blob(&ev, 1, SCT_BLOB_STR, SCT_BLOB_TRUNC, buf, 10, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "1, \"aaaaaaaaaa\"..., 100");
	/* -s 5: write(1, "ab\33\200\t"..., 50) */
	opts.str_max = 5;
	ev = make_ev(&d_write, 1, 50, 1, 0x1000, 50, 0, 0, 0);
	add_blob(&ev, 1, SCT_BLOB_STR, 0, "ab\x1b\x80\t\"\\\0c xyz", 12, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "1, \"ab\\33\\200\\t\"..., 50");
	opts.str_max = 32;
	/* write(1, NULL, 5), write(1, 0x1, 5) */
	ev = make_ev(&d_write, 1, 5, 1, 0, 5, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "1, NULL, 5");
	ev = make_ev(&d_write, 1, 5, 1, 1, 5, 0, 0, 0);
	add_blob(&ev, 1, SCT_BLOB_STR, SCT_BLOB_FAULT, NULL, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "1, 0x1, 5");
}

static void test_execve(void)
{
	struct sc_event ev;
	static const char *const av[] = { "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9" };

	/* execve("/nonexist", ["a0", ..., "a9"], 0x7ffda5464a40 / * 1 var * /) */
	ev = make_ev(&d_execve, 59, -8, 0x1000, 0x2000, 0x7ffda5464a40, 0, 0, 0);
	add_str(&ev, 0, "/nonexist");
	for (unsigned i = 0; i < 10; i++)
		add_str(&ev, 1, av[i]);
	add_blob(&ev, 1, SCT_BLOB_COUNT, 0, NULL, 0, 10);
	add_blob(&ev, 2, SCT_BLOB_COUNT, 0, NULL, 0, 1);
	CHECK_STR(line_of(&ev), "execve(\"/nonexist\", [\"a0\", \"a1\", \"a2\", \"a3\", \"a4\", \"a5\", \"a6\", \"a7\", \"a8\", \"a9\"], 0x7ffda5464a40 /* 1 var */) = -1 ENOEXEC (Exec format error)");
	/* -s 5: ["a0", "a1", "a2", "a3", "a4", ...]; -s 0: [...] */
	opts.str_max = 5;
	CHECK_STR(args_of(&ev, DECODE_ALL), "\"/nonexist\", [\"a0\", \"a1\", \"a2\", \"a3\", \"a4\", ...], 0x7ffda5464a40 /* 1 var */");
	opts.str_max = 0;
	CHECK_STR(args_of(&ev, DECODE_ALL), "\"/nonexist\", [...], 0x7ffda5464a40 /* 1 var */");
	opts.str_max = 32;
	/* execve("/nonexist", [], 0x7ffda5464a18 / * 0 vars * /) */
	ev = make_ev(&d_execve, 59, -8, 0x1000, 0x2000, 0x7ffda5464a18, 0, 0, 0);
	add_str(&ev, 0, "/nonexist");
	add_blob(&ev, 1, SCT_BLOB_COUNT, 0, NULL, 0, 0);
	add_blob(&ev, 2, SCT_BLOB_COUNT, 0, NULL, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "\"/nonexist\", [], 0x7ffda5464a18 /* 0 vars */");
	/* execve("/nonexist", NULL, NULL); execve("/nonexist", 0x1, 0x1) */
	ev = make_ev(&d_execve, 59, -8, 0x1000, 0, 0, 0, 0, 0);
	add_str(&ev, 0, "/nonexist");
	CHECK_STR(args_of(&ev, DECODE_ALL), "\"/nonexist\", NULL, NULL");
	ev = make_ev(&d_execve, 59, -14, 0x1000, 1, 1, 0, 0, 0);
	add_str(&ev, 0, "/nonexist");
	add_blob(&ev, 1, SCT_BLOB_STR, SCT_BLOB_FAULT, NULL, 0, 0);
	add_blob(&ev, 2, SCT_BLOB_COUNT, SCT_BLOB_FAULT, NULL, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "\"/nonexist\", 0x1, 0x1");
	/* ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"..., "b"]: elements obey -s */
	ev = make_ev(&d_execve, 59, -8, 0x1000, 0x2000, 0, 0, 0, 0);
	add_str(&ev, 0, "/nonexist");
	add_str(&ev, 1, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n\001");
	add_str(&ev, 1, "b");
	add_blob(&ev, 1, SCT_BLOB_COUNT, 0, NULL, 0, 2);
	CHECK_STR(args_of(&ev, DECODE_ALL), "\"/nonexist\", [\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"..., \"b\"], NULL");
}

static void test_flag_args(void)
{
	struct sc_event ev;

	/* access("/etc", F_OK); R_OK|W_OK|X_OK; 0x10 / * ?_OK * /; R_OK|W_OK|X_OK|0xfffffff8 */
	CHECK_STR(flags_of(&access_mode_names, 0), "F_OK");
	CHECK_STR(flags_of(&access_mode_names, 7), "R_OK|W_OK|X_OK");
	CHECK_STR(flags_of(&access_mode_names, 0x10), "0x10 /* ?_OK */");
	ev = make_ev(&d_access, 21, -22, 0x1000, 0xffffffff, 0, 0, 0, 0);
	add_str(&ev, 0, "/x");
	CHECK_STR(args_of(&ev, DECODE_ALL), "\"/x\", R_OK|W_OK|X_OK|0xfffffff8");
	/* faccessat2(AT_FDCWD, "/x", F_OK, AT_SYMLINK_NOFOLLOW|AT_EACCESS|AT_EMPTY_PATH|0xffffecff) */
	ev = make_ev(&d_faccessat2, 439, -22, -100, 0x1000, 0, 0xffffffff, 0, 0);
	add_str(&ev, 1, "/x");
	CHECK_STR(args_of(&ev, DECODE_ALL), "AT_FDCWD, \"/x\", F_OK, AT_SYMLINK_NOFOLLOW|AT_EACCESS|AT_EMPTY_PATH|0xffffecff");
	/* unlinkat(AT_FDCWD, "/x", AT_SYMLINK_NOFOLLOW|AT_REMOVEDIR|...|0xffff60ff); 3, 0; AT_EMPTY_PATH */
	ev = make_ev(&d_unlinkat, 263, -22, -100, 0x1000, 0xffffffff, 0, 0, 0);
	add_str(&ev, 1, "/x");
	CHECK_STR(args_of(&ev, DECODE_ALL), "AT_FDCWD, \"/x\", AT_SYMLINK_NOFOLLOW|AT_REMOVEDIR|AT_SYMLINK_FOLLOW|AT_NO_AUTOMOUNT|AT_EMPTY_PATH|AT_RECURSIVE|0xffff60ff");
	CHECK_STR(flags_of(&at_flag_names, 0), "0");
	CHECK_STR(flags_of(&at_flag_names, 0x1000), "AT_EMPTY_PATH");

	/* mmap prot and flags */
	ev = make_ev(&d_mmap, 9, -22, 0, 4096, 0xffffffff, 0xffffffff, -1ull, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "NULL, 4096, PROT_READ|PROT_WRITE|PROT_EXEC|PROT_SEM|PROT_GROWSDOWN|PROT_GROWSUP|0xfcfffff0, 0xf /* MAP_??? */|MAP_FIXED|MAP_ANONYMOUS|MAP_32BIT|MAP_NORESERVE|MAP_POPULATE|MAP_NONBLOCK|MAP_GROWSDOWN|MAP_DENYWRITE|MAP_EXECUTABLE|MAP_LOCKED|MAP_STACK|MAP_HUGETLB|MAP_SYNC|MAP_FIXED_NOREPLACE|0x3e00680|63<<MAP_HUGE_SHIFT, -1, 0");
	ev = make_ev(&d_mmap, 9, -12, 0, 4096, 0, 0x1 | 0x20 | 0x100000 | 0x40000 | (21u << 26), -1ull, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "NULL, 4096, PROT_NONE, MAP_SHARED|MAP_ANONYMOUS|MAP_HUGETLB|MAP_FIXED_NOREPLACE|21<<MAP_HUGE_SHIFT, -1, 0");
	ev = make_ev(&d_mmap, 9, -22, 0, 4096, 0x104, 0x3 | 0x20 | 0x8000000, -1ull, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "NULL, 4096, PROT_EXEC|0x100, MAP_SHARED_VALIDATE|MAP_ANONYMOUS|2<<MAP_HUGE_SHIFT, -1, 0");
	ev = make_ev(&d_mmap, 9, -22, 0x10000, 4096, 1, 0, 3, 4096);
	CHECK_STR(args_of(&ev, DECODE_ALL), "0x10000, 4096, PROT_READ, MAP_FILE, 3, 0x1000");
	ev = make_ev(&d_mmap, 9, -22, 0, 4096, 0, 0x20, -1ull, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "NULL, 4096, PROT_NONE, MAP_FILE|MAP_ANONYMOUS, -1, 0");
	ev = make_ev(&d_mmap, 9, -9, 0, 4096, 0, 0x14, -1ull, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "NULL, 4096, PROT_NONE, 0x4 /* MAP_??? */|MAP_FIXED, -1, 0");

	/* lseek(3, 0, SEEK_END); lseek(3, -5, SEEK_DATA); lseek(3, 0, 0x9 / * SEEK_??? * /) */
	ev = make_ev(&d_lseek, 8, 3, 3, 0, 2, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, 0, SEEK_END");
	ev = make_ev(&d_lseek, 8, -6, 3, -5ull, 3, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, -5, SEEK_DATA");
	ev = make_ev(&d_lseek, 8, -22, 3, 0, 9, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, 0, 0x9 /* SEEK_??? */");

	/* pipe2/dup3/eventfd2/epoll_create1 flags */
	ev = make_ev(&d_dup3, 292, -22, 0, 0, 0xffffffff, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "0, 0, O_CREAT|O_EXCL|O_NOCTTY|O_TRUNC|O_APPEND|O_NONBLOCK|O_SYNC|O_DIRECT|O_LARGEFILE|O_NOFOLLOW|O_NOATIME|O_CLOEXEC|O_PATH|O_TMPFILE|FASYNC|0xff80003f");
	ev = make_ev(&d_dup3, 292, -22, 0, 0, 0x80001, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "0, 0, O_CLOEXEC|0x1");
	ev = make_ev(&d_dup3, 292, 21, 15, 21, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "15, 21, 0");
	ev = make_ev(&d_eventfd2, 290, 18, 0, 0x80801, 0, 0, 0, 0);
	CHECK_STR(line_of(&ev), "eventfd2(0, EFD_SEMAPHORE|EFD_CLOEXEC|EFD_NONBLOCK) = 18");
	ev = make_ev(&d_eventfd2, 290, -22, 0, 0xffffffff, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "0, EFD_SEMAPHORE|EFD_CLOEXEC|EFD_NONBLOCK|0xfff7f7fe");
	ev = make_ev(&d_epoll_create1, 291, -22, 1, 0, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "0x1 /* EPOLL_??? */");
	ev = make_ev(&d_epoll_create1, 291, 23, 0x80000, 0, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "EPOLL_CLOEXEC");

	/* shutdown(15, SHUT_RDWR), shutdown(15, 0x7 / * SHUT_??? * /) */
	ev = make_ev(&d_shutdown, 48, -88, 15, 2, 0, 0, 0, 0);
	CHECK_STR(line_of(&ev), "shutdown(15, SHUT_RDWR) = -1 ENOTSOCK (Socket operation on non-socket)");
	ev = make_ev(&d_shutdown, 48, -88, 15, 7, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "15, 0x7 /* SHUT_??? */");

	/* msync, mremap, renameat2 */
	ev = make_ev(&d_msync, 26, -22, 0, 0, 0xffffffff, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "NULL, 0, MS_SYNC|MS_ASYNC|MS_INVALIDATE|0xfffffff8");
	ev = make_ev(&d_msync, 26, -22, 0, 0, 0x10, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "NULL, 0, 0x10 /* MS_??? */");
	ev = make_ev(&d_mremap, 25, -22, 0x1000, 0, 0, 0, 0x2000, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "0x1000, 0, 0, 0");
	ev = make_ev(&d_mremap, 25, -22, 0x1000, 0, 0, 2, 0x2000, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "0x1000, 0, 0, MREMAP_FIXED");
	ev = make_ev(&d_mremap, 25, -22, 0x1000, 0, 0, 3, 0x2000, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "0x1000, 0, 0, MREMAP_MAYMOVE|MREMAP_FIXED, 0x2000");
	ev = make_ev(&d_mremap, 25, -22, 0x1000, 0, 0, 0xffffffff, 0x2000, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "0x1000, 0, 0, MREMAP_MAYMOVE|MREMAP_FIXED|MREMAP_DONTUNMAP|0xfffffff8, 0x2000");
	ev = make_ev(&d_renameat2, 316, -22, -100, 0x1000, -100, 0x2000, 0x10, 0);
	add_str(&ev, 1, "/a");
	add_str(&ev, 3, "/b");
	CHECK_STR(args_of(&ev, DECODE_ALL), "AT_FDCWD, \"/a\", AT_FDCWD, \"/b\", 0x10 /* RENAME_?? */");
	ev.args[4] = 0xffffffff;
	CHECK_STR(args_of(&ev, DECODE_ALL), "AT_FDCWD, \"/a\", AT_FDCWD, \"/b\", RENAME_NOREPLACE|RENAME_EXCHANGE|RENAME_WHITEOUT|0xfffffff8");
}

static void test_enum_args(void)
{
	struct sc_event ev;

	/* getpriority(PRIO_USER, 0) = 40; getpriority(0x3 / * PRIO_??? * /, 0) */
	ev = make_ev(&d_getpriority, 140, 40, 2, 0, 0, 0, 0, 0);
	CHECK_STR(line_of(&ev), "getpriority(PRIO_USER, 0) = 40");
	ev = make_ev(&d_getpriority, 140, -22, 3, 0, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "0x3 /* PRIO_??? */, 0");
	/* getrlimit(RLIMIT_NOFILE, NULL), getrlimit(0x10 / * RLIMIT_??? * /, NULL) */
	ev = make_ev(&d_getrlimit, 97, -14, 7, 0, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "RLIMIT_NOFILE, NULL");
	ev.args[0] = 16;
	CHECK_STR(args_of(&ev, DECODE_ALL), "0x10 /* RLIMIT_??? */, NULL");
	CHECK_STR(enum_of(&rlimit_names, 15), "RLIMIT_RTTIME");
	/* rt_sigprocmask(SIG_SETMASK, NULL, NULL, 8); 0x3 / * SIG_??? * / */
	ev = make_ev(&d_sigprocmask, 14, 0, 2, 0, 0, 8, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "SIG_SETMASK, NULL, NULL, 8");
	ev.args[0] = 3;
	CHECK_STR(args_of(&ev, DECODE_ALL), "0x3 /* SIG_??? */, NULL, NULL, 8");
	/* clock_gettime(CLOCK_TAI, NULL); 0xfffffffa / * CLOCK_??? * / for -6 */
	ev = make_ev(&d_clock_gettime, 228, -14, 11, 0, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "CLOCK_TAI, NULL");
	ev.args[0] = (uint64_t)-6;
	CHECK_STR(args_of(&ev, DECODE_ALL), "0xfffffffa /* CLOCK_??? */, NULL");
	CHECK_STR(enum_of(&clockid_names, 2), "CLOCK_PROCESS_CPUTIME_ID");
	/* arch_prctl(ARCH_SET_FS, 0x7f1af4255740), (ARCH_GET_FS, NULL), (ARCH_GET_CPUID),
	 * (ARCH_SET_CPUID, 0), (0x3001 / * ARCH_??? * /, 0) */
	ev = make_ev(&d_arch_prctl, 158, 0, 0x1002, 0x7f1af4255740, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "ARCH_SET_FS, 0x7f1af4255740");
	ev = make_ev(&d_arch_prctl, 158, -14, 0x1003, 0, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "ARCH_GET_FS, NULL");
	ev = make_ev(&d_arch_prctl, 158, 1, 0x1011, 0, 0, 0, 0, 0);
	CHECK_STR(line_of(&ev), "arch_prctl(ARCH_GET_CPUID) = 1");
	ev = make_ev(&d_arch_prctl, 158, 0, 0x1012, 0, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "ARCH_SET_CPUID, 0");
	ev = make_ev(&d_arch_prctl, 158, -22, 0x3001, 0, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "0x3001 /* ARCH_??? */, 0");
	/* mknod("/proc/x", S_IFREG|0644); S_IFCHR|0600, makedev(0x1, 0x3); 0644; 0170600 */
	ev = make_ev(&d_mknod, 133, -2, 0x1000, 0100644, 0, 0, 0, 0);
	add_str(&ev, 0, "/proc/x");
	CHECK_STR(args_of(&ev, DECODE_ALL), "\"/proc/x\", S_IFREG|0644");
	ev.args[1] = 020600;
	ev.args[2] = 0x103;
	CHECK_STR(args_of(&ev, DECODE_ALL), "\"/proc/x\", S_IFCHR|0600, makedev(0x1, 0x3)");
	ev.args[1] = 060600;
	ev.args[2] = (8u << 8) | 1 | (0x123ull << 32);
	CHECK_STR(args_of(&ev, DECODE_ALL), "\"/proc/x\", S_IFBLK|0600, makedev(0x8, 0x1)");
	ev.args[1] = 0644;
	CHECK_STR(args_of(&ev, DECODE_ALL), "\"/proc/x\", 0644");
	ev.args[1] = 0170600;
	CHECK_STR(args_of(&ev, DECODE_ALL), "\"/proc/x\", 0170600");
}

static void test_signals(void)
{
	struct sc_event ev;

	/* kill(-999999, N) for N in 0..70, 256, -1 */
	CHECK_STR(signal_name(1), "SIGHUP");
	CHECK_STR(signal_name(16), "SIGSTKFLT");
	CHECK_STR(signal_name(31), "SIGSYS");
	CHECK_STR(signal_name(32), "SIGRTMIN");
	CHECK_STR(signal_name(33), "SIGRT_1");
	CHECK_STR(signal_name(64), "SIGRT_32");
	CHECK(signal_name(65) == NULL && signal_name(0) == NULL && signal_name(-1) == NULL);
	ev = make_ev(&d_kill, 62, -3, -999999, 0, 0, 0, 0, 0);
	CHECK_STR(line_of(&ev), "kill(-999999, 0) = -1 ESRCH (No such process)");
	ev.args[1] = 15;
	CHECK_STR(args_of(&ev, DECODE_ALL), "-999999, SIGTERM");
	ev.args[1] = 65;
	CHECK_STR(args_of(&ev, DECODE_ALL), "-999999, 65");
	ev.args[1] = (uint64_t)-1;
	CHECK_STR(args_of(&ev, DECODE_ALL), "-999999, -1");
}

static void test_fcntl(void)
{
	struct sc_event ev;

	/* fcntl(3, F_GETFL) = 0x8000 (flags O_RDONLY|O_LARGEFILE) */
	ev = make_ev(&d_fcntl, 72, 0x8000, 3, 3, 0, 0, 0, 0);
	CHECK_STR(line_of(&ev), "fcntl(3, F_GETFL) = 0x8000 (flags O_RDONLY|O_LARGEFILE)");
	ev.ret = 0x8002;
	CHECK_STR(ret_of(&ev), "0x8002 (flags O_RDWR|O_LARGEFILE)");
	ev.ret = 0;
	CHECK_STR(ret_of(&ev), "0 (flags O_RDONLY)");
	ev.ret = 1;
	CHECK_STR(ret_of(&ev), "0x1 (flags O_WRONLY)");
	/* fcntl(3, F_GETFD) = 0x1 (flags FD_CLOEXEC); = 0 */
	ev = make_ev(&d_fcntl, 72, 1, 3, 1, 0, 0, 0, 0);
	CHECK_STR(line_of(&ev), "fcntl(3, F_GETFD) = 0x1 (flags FD_CLOEXEC)");
	ev.ret = 0;
	CHECK_STR(ret_of(&ev), "0");
	/* fcntl(3, F_SETFD, FD_CLOEXEC) = 0; 0; FD_CLOEXEC|0x2; 0x2 / * FD_??? * / */
	ev = make_ev(&d_fcntl, 72, 0, 3, 2, 1, 0, 0, 0);
	CHECK_STR(line_of(&ev), "fcntl(3, F_SETFD, FD_CLOEXEC) = 0");
	ev.args[2] = 0;
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, F_SETFD, 0");
	ev.args[2] = 3;
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, F_SETFD, FD_CLOEXEC|0x2");
	ev.args[2] = 2;
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, F_SETFD, 0x2 /* FD_??? */");
	ev.args[2] = 0x7fffffffffffffffull;
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, F_SETFD, FD_CLOEXEC|0xfffffffe");
	/* fcntl(3, F_DUPFD, 10) = 11 */
	ev = make_ev(&d_fcntl, 72, 11, 3, 0, 10, 0, 0, 0);
	CHECK_STR(line_of(&ev), "fcntl(3, F_DUPFD, 10) = 11");
	/* fcntl(3, F_SETFL, O_RDWR|O_NONBLOCK); fcntl(0, F_SETFL, O_RDONLY) */
	ev = make_ev(&d_fcntl, 72, 0, 3, 4, 04002, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, F_SETFL, O_RDWR|O_NONBLOCK");
	ev.args[2] = 0;
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, F_SETFL, O_RDONLY");
	/* fcntl(3, 0x63 / * F_??? * /, 0x5); fcntl(0, 0xffffffff / * F_??? * /, 0) */
	ev = make_ev(&d_fcntl, 72, -22, 3, 0x63, 5, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, 0x63 /* F_??? */, 0x5");
	ev = make_ev(&d_fcntl, 72, -22, 0, 0xffffffff, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "0, 0xffffffff /* F_??? */, 0");
	ev = make_ev(&d_fcntl, 72, -14, 0, 0x40b, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "0, 0x40b /* F_??? */, 0");
	/* fcntl(3, F_SETOWN, 1); fcntl(0, F_SETOWN, -5); fcntl(0, F_GETOWN) = 0 */
	ev = make_ev(&d_fcntl, 72, 0, 0, 8, (uint64_t)-5, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "0, F_SETOWN, -5");
	ev = make_ev(&d_fcntl, 72, 0, 0, 9, 0, 0, 0, 0);
	CHECK_STR(line_of(&ev), "fcntl(0, F_GETOWN) = 0");
	/* fcntl(3, F_GETLEASE) = 0x2 (F_UNLCK); = 0 (F_RDLCK); F_SETLEASE, F_RDLCK; 0x9 / * F_??? * / */
	ev = make_ev(&d_fcntl, 72, 2, 3, 1025, 0, 0, 0, 0);
	CHECK_STR(line_of(&ev), "fcntl(3, F_GETLEASE) = 0x2 (F_UNLCK)");
	ev.ret = 0;
	CHECK_STR(ret_of(&ev), "0 (F_RDLCK)");
	ev = make_ev(&d_fcntl, 72, 0, 3, 1024, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, F_SETLEASE, F_RDLCK");
	ev.args[2] = 9;
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, F_SETLEASE, 0x9 /* F_??? */");
	/* F_SETSIG, SIGUSR1 / SIGRT_8 / 0 / 100; F_GETSIG = 10 (SIGUSR1), = 40 (SIGRT_8), = 0 */
	ev = make_ev(&d_fcntl, 72, 0, 3, 10, 10, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, F_SETSIG, SIGUSR1");
	ev.args[2] = 40;
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, F_SETSIG, SIGRT_8");
	ev.args[2] = 0;
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, F_SETSIG, 0");
	ev.args[2] = 100;
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, F_SETSIG, 100");
	ev = make_ev(&d_fcntl, 72, 10, 3, 11, 0, 0, 0, 0);
	CHECK_STR(line_of(&ev), "fcntl(3, F_GETSIG) = 10 (SIGUSR1)");
	ev.ret = 40;
	CHECK_STR(ret_of(&ev), "40 (SIGRT_8)");
	ev.ret = 0;
	CHECK_STR(ret_of(&ev), "0");
	/* F_NOTIFY, F_ADD_SEALS, F_GET_SEALS */
	ev = make_ev(&d_fcntl, 72, -20, 3, 1026, 0x80000001, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, F_NOTIFY, DN_ACCESS|DN_MULTISHOT");
	ev.args[2] = 0xffffffff;
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, F_NOTIFY, DN_ACCESS|DN_MODIFY|DN_CREATE|DN_DELETE|DN_RENAME|DN_ATTRIB|DN_MULTISHOT|0x7fffffc0");
	ev = make_ev(&d_fcntl, 72, 0, 3, 1033, 5, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, F_ADD_SEALS, F_SEAL_SEAL|F_SEAL_GROW");
	ev.args[2] = 0xffffffff;
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, F_ADD_SEALS, F_SEAL_SEAL|F_SEAL_SHRINK|F_SEAL_GROW|F_SEAL_WRITE|F_SEAL_FUTURE_WRITE|0xffffffe0");
	ev = make_ev(&d_fcntl, 72, 5, 3, 1034, 0, 0, 0, 0);
	CHECK_STR(line_of(&ev), "fcntl(3, F_GET_SEALS) = 0x5 (seals F_SEAL_SEAL|F_SEAL_GROW)");
	/* F_GETLK, NULL; F_SETOWN_EX, NULL; F_GETOWNER_UIDS, 0 -> no, pointer; F_CANCELLK, 0 */
	ev = make_ev(&d_fcntl, 72, -14, 0, 5, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "0, F_GETLK, NULL");
	ev.args[1] = 15;
	CHECK_STR(args_of(&ev, DECODE_ALL), "0, F_SETOWN_EX, NULL");
	ev.args[1] = 1029;
	CHECK_STR(args_of(&ev, DECODE_ALL), "0, F_CANCELLK, 0");
	ev = make_ev(&d_fcntl, 72, -9, 3, 1031, 4096, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, F_SETPIPE_SZ, 4096");
	ev = make_ev(&d_fcntl, 72, 6, 3, 1030, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "3, F_DUPFD_CLOEXEC, 0");
}

static void test_socket(void)
{
	struct sc_event ev;

	ev = make_ev(&d_socket, 41, 26, 2, 0x80801, 0, 0, 0, 0);
	CHECK_STR(line_of(&ev), "socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC|SOCK_NONBLOCK, IPPROTO_IP) = 26");
	ev = make_ev(&d_socket, 41, 27, 2, 1, 6, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "AF_INET, SOCK_STREAM, IPPROTO_TCP");
	ev = make_ev(&d_socket, 41, 28, 10, 2, 17, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "AF_INET6, SOCK_DGRAM, IPPROTO_UDP");
	ev = make_ev(&d_socket, 41, 29, 1, 1, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "AF_UNIX, SOCK_STREAM, 0");
	ev = make_ev(&d_socket, 41, 30, 16, 3, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "AF_NETLINK, SOCK_RAW, NETLINK_ROUTE");
	ev = make_ev(&d_socket, 41, 31, 16, 0x80003, 9, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_AUDIT");
	ev = make_ev(&d_socket, 41, 32, 2, 3, 255, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "AF_INET, SOCK_RAW, IPPROTO_RAW");
	ev = make_ev(&d_socket, 41, 33, 17, 3, 768, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "AF_PACKET, SOCK_RAW, htons(ETH_P_ALL)");
	ev = make_ev(&d_socket, 41, 3, 17, 3, 0x3412, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "AF_PACKET, SOCK_RAW, htons(0x1234 /* ETH_P_??? */)");
	ev = make_ev(&d_socket, 41, -97, 0x63, 15, 7, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "0x63 /* AF_??? */, 0xf /* SOCK_??? */, 7");
	ev = make_ev(&d_socket, 41, -22, 0xffffffff, 0xffffffff, 0xffffffff, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "0xffffffff /* AF_??? */, SOCK_CLOEXEC|SOCK_NONBLOCK|0xfff7f7ff, 4294967295");
	ev = make_ev(&d_socket, 41, -22, 1, 0xfff7f7ff, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "AF_UNIX, 0xfff7f7ff /* SOCK_??? */, 0");
	ev = make_ev(&d_socket, 41, -22, 1, 0x80000 | 0x800 | 0x10f, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "AF_UNIX, SOCK_CLOEXEC|SOCK_NONBLOCK|0x10f, 0");
	ev = make_ev(&d_socket, 41, -93, 2, 1, 200, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "AF_INET, SOCK_STREAM, 0xc8 /* IPPROTO_??? */");
	ev = make_ev(&d_socket, 41, -93, 16, 3, 200, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "AF_NETLINK, SOCK_RAW, 0xc8 /* NETLINK_??? */");
}

static void test_outputs_and_split(void)
{
	struct sc_event ev;
	int fds[2] = { 7, 8 };
	int st;

	/* pipe2([7, 8], 0) = 0; pipe2(NULL, 0) = -1 EFAULT; pipe2(0x1, 0x1 / * O_??? * /) */
	ev = make_ev(&d_pipe2, 293, 0, 0x7ffc0000, 0, 0, 0, 0, 0);
	add_blob(&ev, 0, SCT_BLOB_MEM, 0, fds, 8, 0);
	CHECK_STR(line_of(&ev), "pipe2([7, 8], 0) = 0");
	/* the first argument is an output: ENTRY is empty */
	CHECK_STR(args_of(&ev, DECODE_ENTRY), "");
	CHECK_STR(args_of(&ev, DECODE_EXIT), "[7, 8], 0");
	ev = make_ev(&d_pipe2, 293, -14, 0, 0, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "NULL, 0");
	ev = make_ev(&d_pipe2, 293, -22, 1, 1, 0, 0, 0, 0);
	add_blob(&ev, 0, SCT_BLOB_MEM, SCT_BLOB_FAULT, NULL, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "0x1, 0x1 /* O_??? */");
	ev = make_ev(&d_pipe2, 293, 0, 0x7ffc0000, 0x80800, 0, 0, 0, 0);
	fds[0] = 9;
	fds[1] = 12;
	add_blob(&ev, 0, SCT_BLOB_MEM, 0, fds, 8, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "[9, 12], O_NONBLOCK|O_CLOEXEC");

	/* strace -f: read(3,  <unfinished ...> / <... read resumed>"hi", 10) = 2 */
	ev = make_ev(&d_read, 0, 2, 3, 0x7ffc0000, 10, 0, 0, 0);
	add_blob(&ev, 1, SCT_BLOB_STR, 0, "hi", 2, 0);
	CHECK(!decode_has_output_args(&ev)); /* read's buffer is AT_STR here: not an output type */

	/* wait4(-1,  <unfinished ...> / <... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL) = 3776 */
	ev = make_ev(&d_wait4, 61, 3776, (uint64_t)-1, 0x7fff470c5604, 0, 0, 0, 0);
	st = 3 << 8;
	add_blob(&ev, 1, SCT_BLOB_MEM, 0, &st, 4, 0);
	CHECK(decode_has_output_args(&ev));
	CHECK_STR(args_of(&ev, DECODE_ENTRY), "-1, ");
	CHECK_STR(args_of(&ev, DECODE_EXIT), "[{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL");
	CHECK_STR(line_of(&ev), "wait4(-1, [{WIFEXITED(s) && WEXITSTATUS(s) == 3}], 0, NULL) = 3776");
	/* [{WIFSIGNALED(s) && WTERMSIG(s) == SIGKILL}], __WALL */
	ev = make_ev(&d_wait4, 61, 3777, (uint64_t)-1, 0x7fff470c5604, 0x40000000, 0, 0, 0);
	st = 9;
	add_blob(&ev, 1, SCT_BLOB_MEM, 0, &st, 4, 0);
	CHECK_STR(args_of(&ev, DECODE_EXIT), "[{WIFSIGNALED(s) && WTERMSIG(s) == SIGKILL}], __WALL, NULL");
	/* [{WIFSTOPPED(s) && WSTOPSIG(s) == SIGSTOP}], WSTOPPED|WCONTINUED */
	ev = make_ev(&d_wait4, 61, 3778, 3778, 0x7fff470c5604, 0xa, 0, 0, 0);
	st = (19 << 8) | 0x7f;
	add_blob(&ev, 1, SCT_BLOB_MEM, 0, &st, 4, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "3778, [{WIFSTOPPED(s) && WSTOPSIG(s) == SIGSTOP}], WSTOPPED|WCONTINUED, NULL");
	/* [{WIFCONTINUED(s)}] */
	ev.blobs[0] = NULL;
	ev.nblobs = 0;
	st = 0xffff;
	add_blob(&ev, 1, SCT_BLOB_MEM, 0, &st, 4, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "3778, [{WIFCONTINUED(s)}], WSTOPPED|WCONTINUED, NULL");
	/* wait4(-1, 0x7fff45a798f4, WNOHANG, NULL) = -1 ECHILD */
	ev = make_ev(&d_wait4, 61, -10, (uint64_t)-1, 0x7fff45a798f4, 1, 0, 0, 0);
	add_blob(&ev, 1, SCT_BLOB_MEM, 0, &st, 4, 0);
	CHECK_STR(line_of(&ev), "wait4(-1, 0x7fff45a798f4, WNOHANG, NULL) = -1 ECHILD (No child processes)");
	/* wait4(-1, NULL, WNOHANG|WEXITED|WSTOPPED|WCONTINUED|WNOWAIT|__WCLONE|__WALL|__WNOTHREAD|0x1efffff0, NULL) */
	ev = make_ev(&d_wait4, 61, -22, (uint64_t)-1, 0, 0xffffffff, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "-1, NULL, WNOHANG|WEXITED|WSTOPPED|WCONTINUED|WNOWAIT|__WCLONE|__WALL|__WNOTHREAD|0x1efffff0, NULL");
	/* getppid( <unfinished ...> / <... getppid resumed>) = 3775: both parts empty */
	ev = make_ev(&d_getppid, 110, 3775, 0, 0, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ENTRY), "");
	CHECK_STR(args_of(&ev, DECODE_EXIT), "");
	/* open mode skipped: no ", " left behind in either part */
	ev = make_ev(&d_open, 2, 6, 0x1000, 0, 0644, 0, 0, 0);
	add_str(&ev, 0, "/nonexist");
	CHECK_STR(args_of(&ev, DECODE_ENTRY), "\"/nonexist\", O_RDONLY");
	CHECK_STR(args_of(&ev, DECODE_EXIT), "");
}

static void test_clone(void)
{
	struct sc_event ev;
	uint32_t tid = 4371;

	/* clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f8b109a3a10) = 3776 */
	ev = make_ev(&d_clone, 56, 3776, 0x1200000 | 17, 0, 0, 0x7f8b109a3a10, 0, 0);
	CHECK_STR(line_of(&ev), "clone(child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD, child_tidptr=0x7f8b109a3a10) = 3776");
	CHECK(decode_has_output_args(&ev));
	CHECK_STR(args_of(&ev, DECODE_ENTRY), "child_stack=NULL, flags=CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD");
	CHECK_STR(args_of(&ev, DECODE_EXIT), ", child_tidptr=0x7f8b109a3a10");
	/* clone(child_stack=0x1000, flags=CLONE_THREAD|CLONE_SETTLS|CLONE_PARENT_SETTID|SIGCHLD, parent_tid=0x2000, tls=0x4000) */
	ev = make_ev(&d_clone, 56, -22, 0x10000 | 0x80000 | 0x100000 | 17, 0x1000, 0x2000, 0x3000, 0x4000, 0);
	add_blob(&ev, 2, SCT_BLOB_MEM, SCT_BLOB_FAULT, NULL, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "child_stack=0x1000, flags=CLONE_THREAD|CLONE_SETTLS|CLONE_PARENT_SETTID|SIGCHLD, parent_tid=0x2000, tls=0x4000");
	/* clone(child_stack=NULL, flags=CLONE_THREAD|CLONE_SETTLS|CLONE_CHILD_SETTID, tls=0x4000, child_tidptr=0x3000) */
	ev = make_ev(&d_clone, 56, -22, 0x10000 | 0x80000 | 0x1000000, 0, 0x2000, 0x3000, 0x4000, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "child_stack=NULL, flags=CLONE_THREAD|CLONE_SETTLS|CLONE_CHILD_SETTID, tls=0x4000, child_tidptr=0x3000");
	/* clone(child_stack=NULL, flags=CLONE_PARENT_SETTID|SIGCHLD, parent_tid=[4371]) = 4371 */
	ev = make_ev(&d_clone, 56, 4371, 0x100000 | 17, 0, 0x7ffc0000, 0, 0, 0);
	add_blob(&ev, 2, SCT_BLOB_MEM, 0, &tid, 4, 0);
	CHECK_STR(line_of(&ev), "clone(child_stack=NULL, flags=CLONE_PARENT_SETTID|SIGCHLD, parent_tid=[4371]) = 4371");
	/* flags=CLONE_THREAD, flags=CLONE_THREAD|127, flags=0, flags=SIGCHLD, 0xffffffff00000000, CLONE_??? */
	ev = make_ev(&d_clone, 56, -22, 0x10000, 0, 0, 0, 0, 0);
	CHECK_STR(args_of(&ev, DECODE_ALL), "child_stack=NULL, flags=CLONE_THREAD");
	CHECK(!decode_has_output_args(&ev));
	CHECK_STR(args_of(&ev, DECODE_EXIT), "");
	ev.args[0] = 0x1007f;
	CHECK_STR(args_of(&ev, DECODE_ALL), "child_stack=NULL, flags=CLONE_THREAD|127");
	ev.args[0] = 0;
	CHECK_STR(args_of(&ev, DECODE_ALL), "child_stack=NULL, flags=0");
	ev.args[0] = 17;
	CHECK_STR(args_of(&ev, DECODE_ALL), "child_stack=NULL, flags=SIGCHLD");
	ev.args[0] = 0xffffffff00010000ull;
	CHECK_STR(args_of(&ev, DECODE_ALL), "child_stack=NULL, flags=CLONE_THREAD|0xffffffff00000000");
	ev.args[0] = 0x400000;
	CHECK_STR(args_of(&ev, DECODE_ALL), "child_stack=NULL, flags=0x400000 /* CLONE_??? */");
	ev.args[0] = 0xffffff00;
	CHECK_STR(args_of(&ev, DECODE_ALL), "child_stack=NULL, flags=CLONE_VM|CLONE_FS|CLONE_FILES|CLONE_SIGHAND|CLONE_PIDFD|CLONE_PTRACE|CLONE_VFORK|CLONE_PARENT|CLONE_THREAD|CLONE_NEWNS|CLONE_SYSVSEM|CLONE_SETTLS|CLONE_PARENT_SETTID|CLONE_CHILD_CLEARTID|CLONE_UNTRACED|CLONE_CHILD_SETTID|CLONE_NEWCGROUP|CLONE_NEWUTS|CLONE_NEWIPC|CLONE_NEWUSER|CLONE_NEWPID|CLONE_NEWNET|CLONE_IO|0x400000, parent_tid=NULL, tls=NULL, child_tidptr=NULL");
}

/* Splitting must never change the bytes: ENTRY + EXIT == ALL. */
static void test_split_invariant(void)
{
	static const struct syscall_desc *const descs[] = {
		&d_openat, &d_write, &d_wait4, &d_pipe2, &d_clone, &d_fcntl, &d_mmap, &d_getppid,
	};
	char all[512];

	for (unsigned i = 0; i < sizeof(descs) / sizeof(descs[0]); i++) {
		struct sc_event ev = make_ev(descs[i], 0, 5, 3, 0x100000 | 1, 0x1000, 0, 0, 0);

		snprintf(all, sizeof(all), "%s", args_of(&ev, DECODE_ALL));
		strbuf_reset(&sb);
		decode_args(&sb, &ev, DECODE_ENTRY, &opts);
		decode_args(&sb, &ev, DECODE_EXIT, &opts);
		CHECK_STR(sb.data ? sb.data : "", all);
	}
}

int main(void)
{
	strbuf_init(&sb);
	test_quote();
	test_errno_and_ret();
	test_unknown();
	test_open();
	test_strings();
	test_execve();
	test_flag_args();
	test_enum_args();
	test_signals();
	test_fcntl();
	test_socket();
	test_outputs_and_split();
	test_clone();
	test_split_invariant();
	strbuf_free(&sb);
	return check_done("decode");
}
