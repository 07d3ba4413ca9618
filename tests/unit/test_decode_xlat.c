// SPDX-License-Identifier: MIT
/*
 * Unit tests of -X raw and -X verbose for the arguments whose constants are
 * only part of what they print (socket types, futex wake operations, struct
 * fields, signal sets, sockaddrs...), through the real x86_64 syscall table.
 * Every expected line was printed by strace 6.1 (Debian 12) with -X raw or
 * -X verbose for a small C program making the same call.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/decode/decode.h"
#include "../../src/decode/syscall_table.h"
#include "check.h"
#include "event.h"


#define ev_of(nr, ...) test_event(syscall_desc(nr), nr, __VA_ARGS__)


static const char *line_x(const struct sc_event *ev, int xlat)
{
	struct decode_opts o = { .str_max = 32, .xlat = xlat };

	return test_line(ev, &o);
}

#define RAW(ev) line_x(ev, XLAT_RAW)
#define VERBOSE(ev) line_x(ev, XLAT_VERBOSE)
#define ABBREV(ev) line_x(ev, XLAT_ABBREV)

enum { NR_SOCKET = 41, NR_SETSOCKOPT = 54, NR_CLONE = 56, NR_FCNTL = 72, NR_FUTEX = 202,
       NR_RT_SIGACTION = 13, NR_RT_SIGPROCMASK = 14, NR_CONNECT = 42, NR_NEWFSTATAT = 262,
       NR_PRLIMIT64 = 302, NR_MEMFD_CREATE = 319, NR_OPENAT = 257, NR_ACCEPT4 = 288,
       NR_SENDTO = 44, NR_POLL = 7 };

static void test_socket(void)
{
	struct sc_event ev = ev_of(NR_SOCKET, 3, 2, 0x80001, 0, 0, 0, 0);

	CHECK_STR(RAW(&ev), "socket(0x2, 0x1|0x80000, 0) = 3");
	CHECK_STR(VERBOSE(&ev),
		  "socket(0x2 /* AF_INET */, 0x1 /* SOCK_STREAM */|0x80000 /* SOCK_CLOEXEC */, "
		  "0 /* IPPROTO_IP */) = 3");
	ev = ev_of(NR_SOCKET, 4, 2, 0x80802, 17, 0, 0, 0);
	CHECK_STR(RAW(&ev), "socket(0x2, 0x2|0x80800, 0x11) = 4");
	CHECK_STR(VERBOSE(&ev), "socket(0x2 /* AF_INET */, 0x2 /* SOCK_DGRAM */|0x80800 "
				"/* SOCK_CLOEXEC|SOCK_NONBLOCK */, 0x11 /* IPPROTO_UDP */) = 4");
	ev = ev_of(NR_SOCKET, -22, 2, 0x80061, 0, 0, 0, 0);
	CHECK_STR(VERBOSE(&ev), "socket(0x2 /* AF_INET */, 0x1 /* SOCK_STREAM */|0x80060 "
				"/* SOCK_CLOEXEC|0x60 */, 0 /* IPPROTO_IP */) = -1 EINVAL (Invalid argument)");
	ev = ev_of(NR_SOCKET, -22, 1, 0x63, 0, 0, 0, 0);
	CHECK_STR(RAW(&ev), "socket(0x1, 0x3|0x60, 0) = -1 EINVAL (Invalid argument)");
	CHECK_STR(VERBOSE(&ev), "socket(0x1 /* AF_UNIX */, 0x3 /* SOCK_RAW */|0x60 /* SOCK_??? */, 0)"
				" = -1 EINVAL (Invalid argument)");
	ev = ev_of(NR_SOCKET, 5, 17, 3, 0x300, 0, 0, 0);
	CHECK_STR(RAW(&ev), "socket(0x11, 0x3, htons(0x3)) = 5");
	CHECK_STR(VERBOSE(&ev),
		  "socket(0x11 /* AF_PACKET */, 0x3 /* SOCK_RAW */, htons(0x3 /* ETH_P_ALL */)) = 5");
	ev = ev_of(NR_SOCKET, -93, 16, 3, 99, 0, 0, 0);
	CHECK_STR(VERBOSE(&ev), "socket(0x10 /* AF_NETLINK */, 0x3 /* SOCK_RAW */, 0x63 /* NETLINK_??? */)"
				" = -1 EPROTONOSUPPORT (Protocol not supported)");
	/* accept4 flags, MSG_ flags, socket option levels and names */
	ev = ev_of(NR_ACCEPT4, -22, 3, 0, 0, 0x80800, 0, 0);
	CHECK_STR(VERBOSE(&ev), "accept4(3, NULL, NULL, 0x80800 /* SOCK_CLOEXEC|SOCK_NONBLOCK */)"
				" = -1 EINVAL (Invalid argument)");
	ev = ev_of(NR_SENDTO, 1, 6, 0, 0, 0x80100000, 0, 0);
	CHECK_STR(VERBOSE(&ev), "sendto(6, NULL, 0, 0x80100000 /* MSG_CMSG_COMPAT|0x100000 */, NULL, 0) = 1");
	CHECK_STR(RAW(&ev), "sendto(6, NULL, 0, 0x80100000, NULL, 0) = 1");
	ev = ev_of(NR_SETSOCKOPT, -92, 3, 0x999, 5, 0, 4, 0);
	CHECK_STR(ABBREV(&ev), "setsockopt(3, 0x999 /* SOL_?? */, 5, NULL, 4)"
			       " = -1 ENOPROTOOPT (Protocol not available)");
	CHECK_STR(RAW(&ev), "setsockopt(3, 0x999, 5, NULL, 4) = -1 ENOPROTOOPT (Protocol not available)");
	ev = ev_of(NR_SETSOCKOPT, 0, 3, 6, 1, 0, 4, 0);
	CHECK_STR(VERBOSE(&ev), "setsockopt(3, 0x6 /* SOL_TCP */, 0x1 /* TCP_NODELAY */, NULL, 4) = 0");
	ev = ev_of(NR_SETSOCKOPT, -92, 3, 1, 0x999, 0, 4, 0);
	CHECK_STR(VERBOSE(&ev), "setsockopt(3, 0x1 /* SOL_SOCKET */, 0x999 /* SO_??? */, NULL, 4)"
				" = -1 ENOPROTOOPT (Protocol not available)");
}

static void test_sockaddr(void)
{
	/* a sockaddr is captured as 128 bytes whatever its length */
	unsigned char in[128] = { 2, 0, 0, 80, 127, 0, 0, 1 };
	unsigned char in6[128] = { 10, 0, 0, 0x50 };
	unsigned char nl[128] = { 16, 0, 0, 0, 0, 0, 0, 0, 5 };
	struct sc_event ev = ev_of(NR_CONNECT, 0, 3, 0x1000, 16, 0, 0, 0);

	test_mem(&ev, 1, in, sizeof(in));
	CHECK_STR(RAW(&ev), "connect(3, {sa_family=0x2, sin_port=\"\\x00\\x50\", "
			    "sin_addr=\"\\x7f\\x00\\x00\\x01\"}, 16) = 0");
	CHECK_STR(VERBOSE(&ev),
		  "connect(3, {sa_family=0x2 /* AF_INET */, sin_port=\"\\x00\\x50\" /* htons(80) */, "
		  "sin_addr=\"\\x7f\\x00\\x00\\x01\" /* inet_addr(\"127.0.0.1\") */}, 16) = 0");
	in6[23] = 1;
	ev = ev_of(NR_CONNECT, -111, 7, 0x1000, 28, 0, 0, 0);
	test_mem(&ev, 1, in6, sizeof(in6));
	CHECK_STR(VERBOSE(&ev),
		  "connect(7, {sa_family=0xa /* AF_INET6 */, sin6_port=\"\\x00\\x50\" /* htons(80) */, "
		  "sin6_flowinfo=\"\\x00\\x00\\x00\\x00\" /* htonl(0) */, sin6_addr=\"\\x00\\x00\\x00"
		  "\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x01\" /* inet_pton("
		  "AF_INET6, \"::1\") */, sin6_scope_id=0}, 28) = -1 ECONNREFUSED (Connection refused)");
	ev = ev_of(NR_CONNECT, 0, 9, 0x1000, 12, 0, 0, 0);
	test_mem(&ev, 1, nl, sizeof(nl));
	CHECK_STR(RAW(&ev), "connect(9, {sa_family=0x10, nl_pid=0, nl_groups=0x000005}, 12) = 0");
	CHECK_STR(ABBREV(&ev), "connect(9, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=0x000005}, 12) = 0");
}

static void test_futex(void)
{
	struct sc_event ev = ev_of(NR_FUTEX, 0, 0x1000, 0x85, 1, 1, 0x1000, 0x14001000);

	CHECK_STR(RAW(&ev), "futex(0x1000, 0x85, 1, 1, 0x1000, "
			    "0x1<<28 /* FUTEX_OP_??? */|0x1<<12|0x4<<24 /* FUTEX_OP_CMP_??? */|0) = 0");
	CHECK_STR(VERBOSE(&ev), "futex(0x1000, 0x85 /* FUTEX_WAKE_OP_PRIVATE */, 1, 1, 0x1000, "
				"0x1 /* FUTEX_OP_ADD */<<28|0x1<<12|0x4 /* FUTEX_OP_CMP_GT */<<24|0) = 0");
	ev = ev_of(NR_FUTEX, -38, 0x1000, 0x85, 1, 1, 0x1000, 0x8ffff000);
	CHECK_STR(RAW(&ev), "futex(0x1000, 0x85, 1, 1, 0x1000, 0x8<<28|0<<28 /* FUTEX_OP_??? */|"
			    "0xfff<<12|0xf<<24 /* FUTEX_OP_CMP_??? */|0) = -1 ENOSYS (Function not implemented)");
	CHECK_STR(VERBOSE(&ev), "futex(0x1000, 0x85 /* FUTEX_WAKE_OP_PRIVATE */, 1, 1, 0x1000, "
				"0x8 /* FUTEX_OP_OPARG_SHIFT */<<28|0 /* FUTEX_OP_SET */<<28|0xfff<<12|"
				"0xf<<24 /* FUTEX_OP_CMP_??? */|0) = -1 ENOSYS (Function not implemented)");
	ev = ev_of(NR_FUTEX, -11, 0x1000, 0x189, 1, 0, 0, 0xffffffff);
	CHECK_STR(VERBOSE(&ev), "futex(0x1000, 0x189 /* FUTEX_WAIT_BITSET_PRIVATE|FUTEX_CLOCK_REALTIME */, "
				"1, NULL, 0xffffffff /* FUTEX_BITSET_MATCH_ANY */) = -1 EAGAIN (Resource "
				"temporarily unavailable)");
	ev = ev_of(NR_FUTEX, -38, 0x1000, 0x77, 1, 0, 0, 0);
	CHECK_STR(VERBOSE(&ev), "futex(0x1000, 0x77 /* FUTEX_??? */, 1, NULL, NULL, 0)"
				" = -1 ENOSYS (Function not implemented)");
}

static void test_signals(void)
{
	uint64_t act[4] = { 1, 0x14000000, 0x1234, (1ull << 1) | (1ull << 14) };
	uint64_t set = (1ull << 9) | (1ull << 31) | (1ull << 62);
	struct sc_event ev = ev_of(NR_RT_SIGACTION, 0, 12, 0x1000, 0, 8, 0, 0);

	test_mem(&ev, 1, act, sizeof(act));
	CHECK_STR(RAW(&ev), "rt_sigaction(12, {sa_handler=0x1, sa_mask=[2 15], sa_flags=0x14000000, "
			    "sa_restorer=0x1234}, NULL, 8) = 0");
	CHECK_STR(VERBOSE(&ev), "rt_sigaction(12 /* SIGUSR2 */, {sa_handler=0x1 /* SIG_IGN */, "
				"sa_mask=[2 /* INT */ 15 /* TERM */], sa_flags=0x14000000 /* SA_RESTORER|"
				"SA_RESTART */, sa_restorer=0x1234}, NULL, 8) = 0");
	ev = ev_of(NR_RT_SIGPROCMASK, 0, 0, 0x1000, 0, 8, 0, 0);
	test_mem(&ev, 1, &set, sizeof(set));
	CHECK_STR(RAW(&ev), "rt_sigprocmask(0, [10 32 63], NULL, 8) = 0");
	CHECK_STR(VERBOSE(&ev), "rt_sigprocmask(0 /* SIG_BLOCK */, [10 /* USR1 */ 32 /* RTMIN */ "
				"63 /* RT_31 */], NULL, 8) = 0");
	set = ~(1ull << 40);
	ev = ev_of(NR_RT_SIGPROCMASK, 0, 1, 0x1000, 0, 8, 0, 0);
	test_mem(&ev, 1, &set, sizeof(set));
	CHECK_STR(RAW(&ev), "rt_sigprocmask(0x1, ~[41], NULL, 8) = 0");
}

static void test_structs(void)
{
	unsigned char st[144] = { 0 };
	uint32_t mode = 020666;
	uint64_t rdev = 0x103, rl[2] = { 8192 * 1024, UINT64_MAX };
	struct sc_event ev = ev_of(NR_NEWFSTATAT, 0, 0, 0x1000, 0x2000, 0x1000, 0, 0);

	memcpy(st + 24, &mode, 4);
	memcpy(st + 40, &rdev, 8);
	test_mem(&ev, 2, st, sizeof(st));
	ev.args[1] = 0; /* the path is not captured here: its address prints */
	CHECK_STR(RAW(&ev), "newfstatat(0, NULL, {st_mode=020666, st_rdev=0x103, ...}, 0x1000) = 0");
	CHECK_STR(VERBOSE(&ev), "newfstatat(0, NULL, {st_mode=020666 /* S_IFCHR|0666 */, st_rdev=0x103 "
				"/* makedev(0x1, 0x3) */, ...}, 0x1000 /* AT_EMPTY_PATH */) = 0");
	ev = ev_of(NR_PRLIMIT64, 0, 0, 3, 0, 0x1000, 0, 0);
	test_mem(&ev, 3, rl, sizeof(rl));
	CHECK_STR(RAW(&ev), "prlimit64(0, 0x3, NULL, {rlim_cur=8388608, rlim_max=18446744073709551615}) = 0");
	CHECK_STR(VERBOSE(&ev), "prlimit64(0, 0x3 /* RLIMIT_STACK */, NULL, {rlim_cur=8388608 /* "
				"8192*1024 */, rlim_max=18446744073709551615 /* RLIM64_INFINITY */}) = 0");
	rl[0] = 1024;
	ev = ev_of(160, -22, 4, 0x1000, 0, 0, 0, 0);
	test_mem(&ev, 1, rl, sizeof(rl));
	CHECK_STR(ABBREV(&ev), "setrlimit(RLIMIT_CORE, {rlim_cur=1024, rlim_max=RLIM64_INFINITY})"
			       " = -1 EINVAL (Invalid argument)");
}

static void test_misc(void)
{
	struct sc_event ev = ev_of(NR_FCNTL, 0, 0, 10, 10, 0, 0, 0);

	CHECK_STR(RAW(&ev), "fcntl(0, 0xa, 10) = 0");
	CHECK_STR(VERBOSE(&ev), "fcntl(0, 0xa /* F_SETSIG */, 10 /* SIGUSR1 */) = 0");
	ev = ev_of(NR_FCNTL, 0, 3, 4, 0, 0, 0, 0);
	CHECK_STR(VERBOSE(&ev), "fcntl(3, 0x4 /* F_SETFL */, 0 /* O_RDONLY */) = 0");
	ev = ev_of(NR_FCNTL, 1, 3, 1, 0, 0, 0, 0);
	CHECK_STR(RAW(&ev), "fcntl(3, 0x1) = 0x1 (flags 0x1)");
	CHECK_STR(VERBOSE(&ev), "fcntl(3, 0x1 /* F_GETFD */) = 0x1 (flags 0x1 /* FD_CLOEXEC */)");
	ev = ev_of(NR_CLONE, 26479, 0x1200000 | 17, 0, 0, 0x7ffff7dd0a10, 0, 0);
	CHECK_STR(RAW(&ev), "clone(child_stack=NULL, flags=0x1200000|17, child_tidptr=0x7ffff7dd0a10)"
			    " = 26479");
	CHECK_STR(VERBOSE(&ev), "clone(child_stack=NULL, flags=0x1200000 /* CLONE_CHILD_CLEARTID|"
				"CLONE_CHILD_SETTID */|17 /* SIGCHLD */, child_tidptr=0x7ffff7dd0a10) = 26479");
	ev = ev_of(NR_MEMFD_CREATE, 7, 0, 8, 0, 0, 0, 0);
	CHECK_STR(ABBREV(&ev), "memfd_create(NULL, 0x8 /* MFD_??? */) = 7");
	CHECK_STR(VERBOSE(&ev), "memfd_create(NULL, 0x8 /* 0x8 /* MFD_??? */ */) = 7");
	ev = ev_of(NR_MEMFD_CREATE, 6, 0, 0x54000004, 0, 0, 0, 0);
	CHECK_STR(ABBREV(&ev), "memfd_create(NULL, MFD_HUGETLB|21<<MFD_HUGE_SHIFT) = 6");
	CHECK_STR(RAW(&ev), "memfd_create(NULL, 0x54000004) = 6");
	ev = ev_of(NR_OPENAT, 3, (uint32_t)-100, 0, 0x80000, 0, 0, 0);
	CHECK_STR(VERBOSE(&ev), "openat(-100 /* AT_FDCWD */, NULL, 0x80000 /* O_RDONLY|O_CLOEXEC */) = 3");
}

int main(void)
{
	strbuf_init(&test_sb);
	test_socket();
	test_sockaddr();
	test_futex();
	test_signals();
	test_structs();
	test_misc();
	strbuf_free(&test_sb);
	return check_done("decode_xlat");
}
