// SPDX-License-Identifier: MIT
// Calls whose arguments are partly named constants, for xlat_raw.sh to trace under
// strace and the tracer with -X raw / -X verbose: socket types and protocols, socket
// options, MSG_ and accept4 flags, futex operations, struct stat, struct sigaction
// and signal sets, fcntl arguments and results, memfd and rlimit values, pollfd and
// epoll events, sockaddrs, clone flags and siginfo codes. Every call is made the same
// way in every run (no time, no ephemeral port) so the two traces can be diffed; the
// SIGCHLD line's place against wait4 is scheduling, so xlat_raw.sh leaves it out.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

static void sockets(void)
{
	struct sockaddr_in6 s6 = { .sin6_family = AF_INET6, .sin6_port = htons(1) };
	struct sockaddr_un su = { .sun_family = AF_UNIX, .sun_path = "no-such-socket" };
	struct sockaddr_nl nl = { .nl_family = AF_NETLINK, .nl_groups = 0 };
	struct sockaddr sa = { .sa_family = 0x99 };
	int one = 1, sv[2], s, u, n;
	char c;

	s = syscall(SYS_socket, AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	syscall(SYS_socket, AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, IPPROTO_UDP);
	syscall(SYS_socket, AF_INET, 0x80061, 0);
	syscall(SYS_socket, AF_UNIX, 0x63, 0);
	syscall(SYS_socket, AF_INET, 0xf, 0);
	syscall(SYS_socket, AF_NETLINK, SOCK_RAW, 9);
	syscall(SYS_socket, AF_NETLINK, SOCK_RAW, 99);
	syscall(SYS_socket, AF_PACKET, SOCK_RAW, htons(3));
	syscall(SYS_socket, AF_INET, SOCK_RAW, 250);
	syscall(SYS_setsockopt, s, SOL_SOCKET, SO_REUSEADDR, &one, 4);
	syscall(SYS_setsockopt, s, IPPROTO_TCP, 1 /* TCP_NODELAY */, &one, 4);
	syscall(SYS_setsockopt, s, SOL_SOCKET, 0x999, &one, 4);
	syscall(SYS_setsockopt, s, 0x999, 5, &one, 4);
	syscall(SYS_accept4, s, 0, 0, SOCK_CLOEXEC | SOCK_NONBLOCK);
	syscall(SYS_socketpair, AF_UNIX, SOCK_STREAM, 0, sv);
	syscall(SYS_sendto, sv[0], "x", 1, MSG_DONTWAIT | MSG_NOSIGNAL, 0, 0);
	syscall(SYS_recvfrom, sv[1], &c, 1, MSG_PEEK, 0, 0);
	syscall(SYS_recvfrom, sv[1], &c, 1, 0, 0, 0);
	s6.sin6_addr.s6_addr[15] = 1;
	s = syscall(SYS_socket, AF_INET6, SOCK_STREAM, 0);
	syscall(SYS_connect, s, &s6, sizeof(s6));
	u = syscall(SYS_socket, AF_UNIX, SOCK_STREAM, 0);
	syscall(SYS_connect, u, &su, sizeof(su));
	syscall(SYS_connect, u, &sa, sizeof(sa));
	n = syscall(SYS_socket, AF_NETLINK, SOCK_RAW, 0);
	nl.nl_pid = 0x7fffffff;
	syscall(SYS_bind, n, &nl, sizeof(nl));
}

static void futexes(void)
{
	int f = 0;

	syscall(SYS_futex, &f, FUTEX_WAKE_PRIVATE, 1, 0, 0, 0);
	syscall(SYS_futex, &f, FUTEX_WAIT_BITSET_PRIVATE | FUTEX_CLOCK_REALTIME, 1, 0, 0, -1);
	syscall(SYS_futex, &f, FUTEX_WAKE_OP_PRIVATE, 1, 1, &f,
		FUTEX_OP(FUTEX_OP_ADD, 1, FUTEX_OP_CMP_GT, 0));
	syscall(SYS_futex, &f, FUTEX_WAKE_OP_PRIVATE, 1, 1, &f, 0xf7654321);
	syscall(SYS_futex, &f, FUTEX_WAKE_OP_PRIVATE, 1, 1, &f, 0x8ffff000);
	syscall(SYS_futex, &f, FUTEX_WAIT, 1, 0, 0, 0);
	syscall(SYS_futex, &f, 0x77, 1, 0, 0, 0);
}

/* struct sigaction as the kernel takes it */
struct ksigaction {
	uintptr_t handler;
	unsigned long flags;
	uintptr_t restorer;
	uint64_t mask;
};

static void signals(void)
{
	struct ksigaction sa = { (uintptr_t)SIG_IGN, 0x04000000 /* SA_RESTORER */ | SA_RESTART, 0x1234,
				 (1ull << 1) | (1ull << 14) };
	uint64_t set = (1ull << 9) | (1ull << 31) | (1ull << 62);
	siginfo_t si;

	syscall(SYS_rt_sigaction, SIGUSR1, &sa, 0, 8);
	syscall(SYS_rt_sigaction, SIGUSR1, 0, &sa, 8);
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, &set, 0, 8);
	set = ~(1ull << 40);
	syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &set, 0, 8);
	syscall(SYS_kill, getpid(), SIGUSR1);
	syscall(SYS_tgkill, getpid(), getpid(), SIGUSR1);
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR1;
	si.si_code = SI_QUEUE;
	si.si_pid = getpid();
	syscall(SYS_rt_sigqueueinfo, getpid(), SIGUSR1, &si);
}

static void files(void)
{
	struct { uint64_t cur, max; } rl = { 1024, 4096 };
	char st[144];
	int m;

	syscall(SYS_newfstatat, AT_FDCWD, "/dev/null", st, 0);
	m = syscall(SYS_memfd_create, "m", MFD_ALLOW_SEALING);
	syscall(SYS_fcntl, m, F_ADD_SEALS, F_SEAL_SEAL | F_SEAL_SHRINK);
	syscall(SYS_fcntl, m, F_GET_SEALS);
	syscall(SYS_fcntl, m, F_SETFD, FD_CLOEXEC);
	syscall(SYS_fcntl, m, F_GETFD);
	syscall(SYS_fcntl, m, F_SETFL, 0);
	syscall(SYS_fcntl, m, F_SETSIG, SIGUSR1);
	syscall(SYS_fcntl, m, F_GETSIG);
	syscall(SYS_newfstatat, m, "", st, AT_EMPTY_PATH);
	syscall(SYS_memfd_create, "m", 0);
	syscall(SYS_memfd_create, "m", 9);
	syscall(SYS_memfd_create, "m", 0x20);
	syscall(SYS_memfd_create, "m", 0x20 | (21u << 26));
	syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, 0, &rl);
	rl.cur = ~0ull;
	syscall(SYS_prlimit64, 0, RLIMIT_CORE, &rl, 0);
	syscall(SYS_getrlimit, RLIMIT_STACK, &rl);
}

int main(void)
{
	int status;

	sockets();
	futexes();
	signals();
	files();
	if (syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0) == 0)
		syscall(SYS_exit_group, 0);
	syscall(SYS_wait4, -1, &status, 0, 0);
	return 0;
}
