// SPDX-License-Identifier: MIT
/*
 * Unit tests of the structure decoders (signal.c, time.c, net.c, poll.c) and
 * the flag tables added with them, through the real x86_64 syscall table.
 * Every expected line was printed by strace 6.1 (Debian 12) for a small C
 * program in /tmp making the same call with the same memory contents.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/decode/decode.h"
#include "../../src/decode/syscall_table.h"
#include "check.h"
#include "event.h"

static struct decode_opts opts = { .str_max = 32 };

#define ev_of(nr, ...) test_event(syscall_desc(nr), nr, __VA_ARGS__)



static const char *line(const struct sc_event *ev)
{
	return test_line(ev, &opts);
}

#define EFAULT_ (-14)
#define EINVAL_ (-22)
#define ETIMEDOUT_ (-110)

struct ksa {
	uint64_t handler, flags, restorer, mask;
};

static void test_sigaction(void)
{
	struct ksa a = { 0x56010f98a139, 0x14000000, 0x1234, (1ull << 1) | (1ull << 14) };
	struct ksa old = { 0, 0, 0, 0 };
	struct sc_event ev;

	ev = ev_of(13, 0, 2, 0x7ffc1000, 0x7ffc2000, 8, 0, 0);
	test_mem(&ev, 1, &a, sizeof(a));
	test_mem(&ev, 2, &old, sizeof(old));
	CHECK_STR(line(&ev), "rt_sigaction(SIGINT, {sa_handler=0x56010f98a139, sa_mask=[INT TERM], "
			     "sa_flags=SA_RESTORER|SA_RESTART, sa_restorer=0x1234}, {sa_handler=SIG_DFL, "
			     "sa_mask=[], sa_flags=0}, 8) = 0");
	a = (struct ksa){ 1, 0x84000000, 0x1234, ~0ull };
	ev = ev_of(13, 0, 15, 0x7ffc1000, 0, 8, 0, 0);
	test_mem(&ev, 1, &a, sizeof(a));
	CHECK_STR(line(&ev), "rt_sigaction(SIGTERM, {sa_handler=SIG_IGN, sa_mask=~[], "
			     "sa_flags=SA_RESTORER|SA_RESETHAND, sa_restorer=0x1234}, NULL, 8) = 0");
	a = (struct ksa){ 0, 0x5c000007, 0x1234, ~0ull & ~(3ull << 32) };
	ev = ev_of(13, 0, 17, 0x7ffc1000, 0, 8, 0, 0);
	test_mem(&ev, 1, &a, sizeof(a));
	CHECK_STR(line(&ev), "rt_sigaction(SIGCHLD, {sa_handler=SIG_DFL, sa_mask=~[RT_1 RT_2], "
			     "sa_flags=SA_RESTORER|SA_ONSTACK|SA_RESTART|SA_NODEFER|SA_SIGINFO|"
			     "SA_NOCLDSTOP|SA_NOCLDWAIT, sa_restorer=0x1234}, NULL, 8) = 0");
	a = (struct ksa){ 0, 0x04000400, 0x1234, (1ull << 31) | (1ull << 63) };
	ev = ev_of(13, 0, 10, 0x7ffc1000, 0, 8, 0, 0);
	test_mem(&ev, 1, &a, sizeof(a));
	CHECK_STR(line(&ev), "rt_sigaction(SIGUSR1, {sa_handler=SIG_DFL, sa_mask=[RTMIN RT_32], "
			     "sa_flags=SA_RESTORER|0x400, sa_restorer=0x1234}, NULL, 8) = 0");
	/* unreadable input; output of a failed call */
	ev = ev_of(13, EFAULT_, 10, 0x10, 0, 8, 0, 0);
	test_fault(&ev, 1);
	CHECK_STR(line(&ev), "rt_sigaction(SIGUSR1, 0x10, NULL, 8) = -1 EFAULT (Bad address)");
	ev = ev_of(13, EINVAL_, 9, 0x7ffc1000, 0x7fffa9ebc610, 8, 0, 0);
	test_mem(&ev, 1, &a, sizeof(a));
	CHECK_STR(line(&ev), "rt_sigaction(SIGKILL, {sa_handler=SIG_DFL, sa_mask=[RTMIN RT_32], "
			     "sa_flags=SA_RESTORER|0x400, sa_restorer=0x1234}, 0x7fffa9ebc610, 8) = "
			     "-1 EINVAL (Invalid argument)");
}

static void test_sigprocmask(void)
{
	uint64_t set = (1ull << 1) | (1ull << 14), old = 0, all = ~0ull, none = 0;
	uint64_t some = ~0ull & ~(3ull << 32), odd = (1ull << 34) | (1ull << 35) | (1ull << 63) | (1ull << 9);
	uint64_t nokill = ~0ull & ~(1ull << 8) & ~(1ull << 18);
	struct sc_event ev;

	ev = ev_of(14, 0, 0, 0x7ff1, 0x7ff2, 8, 0, 0);
	test_mem(&ev, 1, &set, 8);
	test_mem(&ev, 2, &old, 8);
	CHECK_STR(line(&ev), "rt_sigprocmask(SIG_BLOCK, [INT TERM], [], 8) = 0");
	ev = ev_of(14, 0, 2, 0x7ff1, 0, 8, 0, 0);
	test_mem(&ev, 1, &some, 8);
	CHECK_STR(line(&ev), "rt_sigprocmask(SIG_SETMASK, ~[RT_1 RT_2], NULL, 8) = 0");
	ev = ev_of(14, 0, 2, 0x7ff1, 0x7ff2, 8, 0, 0);
	test_mem(&ev, 1, &none, 8);
	test_mem(&ev, 2, &nokill, 8);
	CHECK_STR(line(&ev), "rt_sigprocmask(SIG_SETMASK, [], ~[KILL STOP], 8) = 0");
	ev = ev_of(14, 0, 2, 0x7ff1, 0x7ff2, 8, 0, 0);
	test_mem(&ev, 1, &all, 8);
	test_mem(&ev, 2, &none, 8);
	CHECK_STR(line(&ev), "rt_sigprocmask(SIG_SETMASK, ~[], [], 8) = 0");
	ev = ev_of(14, EINVAL_, 1, 0x7fffa9ebc608, 0x7fffa9ebc600, 4, 0, 0);
	test_mem(&ev, 1, &none, 8);
	CHECK_STR(line(&ev), "rt_sigprocmask(SIG_UNBLOCK, 0x7fffa9ebc608, 0x7fffa9ebc600, 4) = "
			     "-1 EINVAL (Invalid argument)");
	ev = ev_of(14, EINVAL_, 7, 0x7ff1, 0x7fffa9ebc600, 8, 0, 0);
	test_mem(&ev, 1, &odd, 8);
	CHECK_STR(line(&ev), "rt_sigprocmask(0x7 /* SIG_??? */, [USR1 RT_3 RT_4 RT_32], "
			     "0x7fffa9ebc600, 8) = -1 EINVAL (Invalid argument)");
	ev = ev_of(127, 0, 0x7ff1, 8, 0, 0, 0, 0);
	test_mem(&ev, 0, &none, 8);
	CHECK_STR(line(&ev), "rt_sigpending([], 8) = 0");
}

static void test_time(void)
{
	int64_t ts[2] = { 0, 20000000 }, tv[2] = { 1795305307, 682742 }, tz[1] = { 0 };
	int64_t itv[4] = { 1, 0, 2, 500 }, zero[4] = { 0, 0, 0, 0 }, its[4] = { 0, 0, 5, 0 };
	struct sc_event ev;

	ev = ev_of(35, 0, 0x7ff1, 0x7ffc9e75fcb0, 0, 0, 0, 0);
	test_mem(&ev, 0, ts, 16);
	CHECK_STR(line(&ev), "nanosleep({tv_sec=0, tv_nsec=20000000}, 0x7ffc9e75fcb0) = 0");
	ts[0] = -1;
	ts[1] = 5;
	ev = ev_of(35, EINVAL_, 0x7ff1, 0, 0, 0, 0, 0);
	test_mem(&ev, 0, ts, 16);
	CHECK_STR(line(&ev), "nanosleep({tv_sec=-1, tv_nsec=5}, NULL) = -1 EINVAL (Invalid argument)");
	ts[0] = 1765;
	ts[1] = 305966550;
	ev = ev_of(228, 0, 1, 0x7ff1, 0, 0, 0, 0);
	test_mem(&ev, 1, ts, 16);
	CHECK_STR(line(&ev), "clock_gettime(CLOCK_MONOTONIC, {tv_sec=1765, tv_nsec=305966550}) = 0");
	ts[0] = 0;
	ts[1] = 1000;
	ev = ev_of(230, 0, 0, 1, 0x7ff1, 0, 0, 0);
	test_mem(&ev, 2, ts, 16);
	CHECK_STR(line(&ev), "clock_nanosleep(CLOCK_REALTIME, TIMER_ABSTIME, {tv_sec=0, tv_nsec=1000}, "
			     "NULL) = 0");
	ev = ev_of(96, 0, 0x7ff1, 0x7ff2, 0, 0, 0, 0);
	test_mem(&ev, 0, tv, 16);
	test_mem(&ev, 1, tz, 8);
	CHECK_STR(line(&ev), "gettimeofday({tv_sec=1795305307, tv_usec=682742}, "
			     "{tz_minuteswest=0, tz_dsttime=0}) = 0");
	ev = ev_of(38, 0, 0, 0x7ff1, 0x7ff2, 0, 0, 0);
	test_mem(&ev, 1, itv, 32);
	test_mem(&ev, 2, zero, 32);
	CHECK_STR(line(&ev), "setitimer(ITIMER_REAL, {it_interval={tv_sec=1, tv_usec=0}, "
			     "it_value={tv_sec=2, tv_usec=500}}, {it_interval={tv_sec=0, tv_usec=0}, "
			     "it_value={tv_sec=0, tv_usec=0}}) = 0");
	ev = ev_of(283, 3, 1, 02004000, 0, 0, 0, 0);
	CHECK_STR(line(&ev), "timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC|TFD_NONBLOCK) = 3");
	ev = ev_of(286, 0, 3, 1, 0x7ff1, 0x7ff2, 0, 0);
	test_mem(&ev, 2, its, 32);
	test_mem(&ev, 3, zero, 32);
	CHECK_STR(line(&ev), "timerfd_settime(3, TFD_TIMER_ABSTIME, {it_interval={tv_sec=0, tv_nsec=0}, "
			     "it_value={tv_sec=5, tv_nsec=0}}, {it_interval={tv_sec=0, tv_nsec=0}, "
			     "it_value={tv_sec=0, tv_nsec=0}}) = 0");
}

static void test_misc_structs(void)
{
	int64_t ru[18] = { 0, 0, 0, 790 }, tms[4] = { 0, 0, 0, 0 };
	char uts[130] = { 0 };
	uint64_t si[14] = { 1766, 25568, 32256, 23840, 25276514304ull, 24624500736ull, 8998912,
			    4763648, 0, 0, 89, 0, 0, 1 };
	int32_t prio = 0;
	struct sc_event ev;

	ev = ev_of(98, 0, 0, 0x7ff1, 0, 0, 0, 0);
	test_mem(&ev, 1, ru, 144);
	CHECK_STR(line(&ev), "getrusage(RUSAGE_SELF, {ru_utime={tv_sec=0, tv_usec=0}, "
			     "ru_stime={tv_sec=0, tv_usec=790}, ...}) = 0");
	ev = ev_of(98, 0, (uint32_t)-1, 0x7ff1, 0, 0, 0, 0);
	test_mem(&ev, 1, ru, 144);
	CHECK(strstr(line(&ev), "getrusage(RUSAGE_CHILDREN, {") != NULL);
	memcpy(uts, "Linux", 5);
	memcpy(uts + 65, "vm", 2);
	ev = ev_of(63, 0, 0x7ff1, 0, 0, 0, 0, 0);
	test_mem(&ev, 0, uts, sizeof(uts));
	CHECK_STR(line(&ev), "uname({sysname=\"Linux\", nodename=\"vm\", ...}) = 0");
	/* sysinfo: procs is an unsigned short at offset 80, mem_unit an int at 104 */
	{
		unsigned char buf[112] = { 0 };
		uint16_t procs = 89;
		uint32_t unit = 1;

		memcpy(buf, si, 80);
		memcpy(buf + 80, &procs, 2);
		memcpy(buf + 104, &unit, 4);
		ev = ev_of(99, 0, 0x7ff1, 0, 0, 0, 0, 0);
		test_mem(&ev, 0, buf, sizeof(buf));
		CHECK_STR(line(&ev), "sysinfo({uptime=1766, loads=[25568, 32256, 23840], "
				     "totalram=25276514304, freeram=24624500736, sharedram=8998912, "
				     "bufferram=4763648, totalswap=0, freeswap=0, procs=89, totalhigh=0, "
				     "freehigh=0, mem_unit=1}) = 0");
	}
	ev = ev_of(100, 1718133439, 0x7ff1, 0, 0, 0, 0, 0);
	test_mem(&ev, 0, tms, 32);
	CHECK_STR(line(&ev), "times({tms_utime=0, tms_stime=0, tms_cutime=0, tms_cstime=0}) = "
			     "1718133439");
	ev = ev_of(143, 0, 0, 0x7ff1, 0, 0, 0, 0);
	test_mem(&ev, 1, &prio, 4);
	CHECK_STR(line(&ev), "sched_getparam(0, [0]) = 0");
	ev = ev_of(144, 0, 0, 0, 0x7ff1, 0, 0, 0);
	test_mem(&ev, 2, &prio, 4);
	CHECK_STR(line(&ev), "sched_setscheduler(0, SCHED_OTHER, [0]) = 0");
	ev = ev_of(145, 0, 0, 0, 0, 0, 0, 0);
	CHECK_STR(line(&ev), "sched_getscheduler(0) = 0 (SCHED_OTHER)");
	ev = ev_of(146, 99, 1, 0, 0, 0, 0, 0);
	CHECK_STR(line(&ev), "sched_get_priority_max(SCHED_FIFO) = 99");
	ev = ev_of(318, EINVAL_, 0x7ffc9e75fbf4, 8, 15, 0, 0, 0);
	CHECK_STR(line(&ev), "getrandom(0x7ffc9e75fbf4, 8, GRND_NONBLOCK|GRND_RANDOM|GRND_INSECURE|0x8)"
			     " = -1 EINVAL (Invalid argument)");
	{
		const char rnd[8] = "\xda\x7c\x43\xbe\x38\x66\x04\x24";

		ev = ev_of(318, 8, 0x7ff1, 8, 1, 0, 0, 0);
		test_mem(&ev, 0, rnd, 8);
		CHECK_STR(line(&ev), "getrandom(\"\\xda\\x7c\\x43\\xbe\\x38\\x66\\x04\\x24\", 8, "
				     "GRND_NONBLOCK) = 8");
	}
}

static void test_futex(void)
{
	int64_t ts[2] = { 0, 1000 };
	struct sc_event ev;

	ev = ev_of(202, ETIMEDOUT_, 0x7ffc9e75f92c, 128, 0, 0x7ff1, 0, 0);
	test_mem(&ev, 3, ts, 16);
	CHECK_STR(line(&ev), "futex(0x7ffc9e75f92c, FUTEX_WAIT_PRIVATE, 0, {tv_sec=0, tv_nsec=1000})"
			     " = -1 ETIMEDOUT (Connection timed out)");
	ev = ev_of(202, 0, 0x7ffc9e75f92c, 129, 1, 0, 0, 0);
	CHECK_STR(line(&ev), "futex(0x7ffc9e75f92c, FUTEX_WAKE_PRIVATE, 1) = 0");
	ev = ev_of(202, 0, 0x7ffc9e75f92c, 1, 1, 0, 0, 0);
	CHECK_STR(line(&ev), "futex(0x7ffc9e75f92c, FUTEX_WAKE, 1) = 0");
	ev = ev_of(202, -11, 0x7ffc9e75f92c, 265, 1, 0x7ff1, 0, 0xffffffff);
	test_mem(&ev, 3, ts, 16);
	CHECK_STR(line(&ev), "futex(0x7ffc9e75f92c, FUTEX_WAIT_BITSET|FUTEX_CLOCK_REALTIME, 1, "
			     "{tv_sec=0, tv_nsec=1000}, FUTEX_BITSET_MATCH_ANY) = -1 EAGAIN "
			     "(Resource temporarily unavailable)");
	ev = ev_of(202, 0, 0x7ffc9e75f92c, 128, 2, 0, 0, 0);
	CHECK_STR(line(&ev), "futex(0x7ffc9e75f92c, FUTEX_WAIT_PRIVATE, 2, NULL) = 0");
}

static void sin4(unsigned char *buf, unsigned port, const char *addr)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)port) };

	inet_pton(AF_INET, addr, &a.sin_addr);
	memset(buf, 0, 128);
	memcpy(buf, &a, sizeof(a));
}

static void test_sockaddr(void)
{
	unsigned char buf[128];
	int32_t len16 = 16, len128 = 128, one = 1, four = 4;
	struct sc_event ev;

	sin4(buf, 0, "127.0.0.1");
	ev = ev_of(49, 0, 3, 0x7ff1, 16, 0, 0, 0);
	test_mem(&ev, 1, buf, 128);
	CHECK_STR(line(&ev), "bind(3, {sa_family=AF_INET, sin_port=htons(0), "
			     "sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0");
	sin4(buf, 36701, "127.0.0.1");
	ev = ev_of(51, 0, 3, 0x7ff1, 0x7ff2, 0, 0, 0);
	test_mem(&ev, 1, buf, 128);
	test_mem(&ev, 2, &len16, 4);
	CHECK_STR(line(&ev), "getsockname(3, {sa_family=AF_INET, sin_port=htons(36701), "
			     "sin_addr=inet_addr(\"127.0.0.1\")}, [16]) = 0");
	/* a call that blocked: the length read at entry and at exit */
	ev = ev_of(43, 5, 3, 0x7ff1, 0x7ff2, 0, 0, 0);
	test_mem(&ev, 2, &len128, 4);
	test_mem(&ev, 1, buf, 128);
	test_mem(&ev, 2, &len16, 4);
	CHECK_STR(line(&ev), "accept(3, {sa_family=AF_INET, sin_port=htons(36701), "
			     "sin_addr=inet_addr(\"127.0.0.1\")}, [128 => 16]) = 5");
	ev = ev_of(288, EINVAL_, 4, 0, 0, 02004000, 0, 0);
	CHECK_STR(line(&ev), "accept4(4, NULL, NULL, SOCK_CLOEXEC|SOCK_NONBLOCK) = -1 EINVAL "
			     "(Invalid argument)");
	{
		struct sockaddr_in6 a6 = { .sin6_family = AF_INET6, .sin6_port = htons(443),
					   .sin6_addr = IN6ADDR_LOOPBACK_INIT };

		memset(buf, 0, sizeof(buf));
		memcpy(buf, &a6, sizeof(a6));
		ev = ev_of(42, 0, 8, 0x7ff1, 28, 0, 0, 0);
		test_mem(&ev, 1, buf, 128);
		CHECK_STR(line(&ev), "connect(8, {sa_family=AF_INET6, sin6_port=htons(443), "
				     "sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"::1\", &sin6_addr), "
				     "sin6_scope_id=0}, 28) = 0");
	}
	memset(buf, 0, sizeof(buf));
	buf[0] = 1;
	memcpy(buf + 2, "/run/nonexist.sock", 18);
	ev = ev_of(42, -2, 7, 0x7ff1, 110, 0, 0, 0);
	test_mem(&ev, 1, buf, 128);
	CHECK_STR(line(&ev), "connect(7, {sa_family=AF_UNIX, sun_path=\"/run/nonexist.sock\"}, 110) = "
			     "-1 ENOENT (No such file or directory)");
	buf[2] = 0;
	ev = ev_of(42, -111, 7, 0x7ff1, 7, 0, 0, 0);
	test_mem(&ev, 1, buf, 128);
	CHECK_STR(line(&ev), "connect(7, {sa_family=AF_UNIX, sun_path=@\"run/\"}, 7) = "
			     "-1 ECONNREFUSED (Connection refused)");
	memset(buf, 0, sizeof(buf));
	buf[0] = 16;
	ev = ev_of(49, 0, 9, 0x7ff1, 12, 0, 0, 0);
	test_mem(&ev, 1, buf, 128);
	CHECK_STR(line(&ev), "bind(9, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 0");
	ev = ev_of(42, EFAULT_, 7, 0x10, 16, 0, 0, 0);
	test_fault(&ev, 1);
	CHECK_STR(line(&ev), "connect(7, 0x10, 16) = -1 EFAULT (Bad address)");
	ev = ev_of(44, 2, 4, 0x7ff1, 2, 0x4040, 0, 0);
	test_mem(&ev, 1, "hi", 2);
	CHECK_STR(line(&ev), "sendto(4, \"hi\", 2, MSG_DONTWAIT|MSG_NOSIGNAL, NULL, 0) = 2");
	ev = ev_of(54, 0, 3, 1, 2, 0x7ff1, 4, 0);
	test_mem(&ev, 3, &one, 4);
	CHECK_STR(line(&ev), "setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0");
	ev = ev_of(54, 0, 4, 6, 1, 0x7ff1, 4, 0);
	test_mem(&ev, 3, &one, 4);
	CHECK_STR(line(&ev), "setsockopt(4, SOL_TCP, TCP_NODELAY, [1], 4) = 0");
	ev = ev_of(55, 0, 3, 1, 3, 0x7ff1, 0x7ff2, 0);
	test_mem(&ev, 3, &one, 4);
	test_mem(&ev, 4, &four, 4);
	CHECK_STR(line(&ev), "getsockopt(3, SOL_SOCKET, SO_TYPE, [1], [4]) = 0");
}

static void test_poll(void)
{
	int32_t p2[4] = { 5, 0x3, 4, 0x4 }, p2r[4] = { 5, 0x3, 4, 0x4 | (0x4 << 16) };
	unsigned char ev1[12], none[12];
	uint32_t e = 0x80000001u;
	uint64_t data = 0x1234;
	struct sc_event ev;

	ev = ev_of(7, 1, 0x7ff1, 2, 1000, 0, 0, 0);
	test_mem(&ev, 0, p2r, 16);
	CHECK_STR(line(&ev), "poll([{fd=5, events=POLLIN|POLLPRI}, {fd=4, events=POLLOUT}], 2, 1000) = "
			     "1 ([{fd=4, revents=POLLOUT}])");
	/* blocked: entry copy for the arguments, exit copy for the result */
	ev = ev_of(7, 1, 0x7ff1, 2, 1000, 0, 0, 0);
	test_mem(&ev, 0, p2, 16);
	test_mem(&ev, 0, p2r, 16);
	CHECK_STR(line(&ev), "poll([{fd=5, events=POLLIN|POLLPRI}, {fd=4, events=POLLOUT}], 2, 1000) = "
			     "1 ([{fd=4, revents=POLLOUT}])");
	p2[1] = 1;
	ev = ev_of(7, 0, 0x7ff1, 1, 0, 0, 0, 0);
	test_mem(&ev, 0, p2, 8);
	CHECK_STR(line(&ev), "poll([{fd=5, events=POLLIN}], 1, 0) = 0 (Timeout)");
	{
		int64_t ts[2] = { 0, 1000 };

		ev = ev_of(271, 0, 0x7ff1, 1, 0x7ff2, 0, 8, 0);
		test_mem(&ev, 0, p2, 8);
		test_mem(&ev, 2, ts, 16);
		CHECK_STR(line(&ev), "ppoll([{fd=5, events=POLLIN}], 1, {tv_sec=0, tv_nsec=1000}, NULL, 8)"
				     " = 0 (Timeout)");
	}
	memcpy(ev1, &e, 4);
	memcpy(ev1 + 4, &data, 8);
	ev = ev_of(233, 0, 6, 1, 4, 0x7ff1, 0, 0);
	test_mem(&ev, 3, ev1, 12);
	CHECK_STR(line(&ev), "epoll_ctl(6, EPOLL_CTL_ADD, 4, {events=EPOLLIN|EPOLLET, "
			     "data={u32=4660, u64=4660}}) = 0");
	ev = ev_of(233, 0, 6, 2, 5, 0, 0, 0);
	CHECK_STR(line(&ev), "epoll_ctl(6, EPOLL_CTL_DEL, 5, NULL) = 0");
	e = 1;
	data = 5;
	memcpy(ev1, &e, 4);
	memcpy(ev1 + 4, &data, 8);
	memset(none, 0, sizeof(none));
	ev = ev_of(232, 1, 6, 0x7ff1, 4, 100, 0, 0);
	test_mem(&ev, 1, ev1, 12);
	CHECK_STR(line(&ev), "epoll_wait(6, [{events=EPOLLIN, data={u32=5, u64=5}}], 4, 100) = 1");
	ev = ev_of(232, 0, 6, 0x7ff1, 4, 0, 0, 0);
	test_mem(&ev, 1, none, 12);
	CHECK_STR(line(&ev), "epoll_wait(6, [], 4, 0) = 0");
}

int main(void)
{
	strbuf_init(&test_sb);
	setenv("TZ", "UTC", 1);
	test_sigaction();
	test_sigprocmask();
	test_time();
	test_misc_structs();
	test_futex();
	test_sockaddr();
	test_poll();
	strbuf_free(&test_sb);
	return check_done("decode_structs");
}
