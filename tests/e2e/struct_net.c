// SPDX-License-Identifier: MIT
// sockaddr (AF_INET, AF_INET6, AF_UNIX, abstract, AF_NETLINK), socket options, MSG_ flags, pollfd arrays, epoll_event.
// TRACE: -e trace=bind,connect,accept,getsockname,getpeername,setsockopt,getsockopt,sendto,recvfrom,poll,ppoll,epoll_ctl,epoll_wait,exit_group
// START: first
#include "e2e.h"
#include <arpa/inet.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stddef.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/un.h>

static char ip_buf[4][128];

static const char *sin_str(const struct sockaddr_in *a)
{
	static int k;

	k = (k + 1) & 3;
	snprintf(ip_buf[k], sizeof(ip_buf[k]),
		 "{sa_family=AF_INET, sin_port=htons(%u), sin_addr=inet_addr(\"%s\")}",
		 ntohs(a->sin_port), inet_ntoa(a->sin_addr));
	return ip_buf[k];
}

/* "N ([{fd=3, revents=POLLIN}])" from what the kernel wrote */
static const char *poll_ret(const struct pollfd *p, int n)
{
	static char r[256];
	int len = snprintf(r, sizeof(r), "%ld ([", e2e_r), k = 0;

	for (int i = 0; i < n; i++) {
		if (!p[i].revents)
			continue;
		len += snprintf(r + len, sizeof(r) - len, "%s{fd=%d, revents=%s}", k++ ? ", " : "",
				p[i].fd, p[i].revents == POLLOUT ? "POLLOUT" : p[i].revents == POLLIN ?
				"POLLIN" : "?");
	}
	snprintf(r + len, sizeof(r) - len, "])");
	return r;
}

int main(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) }, b;
	struct sockaddr_in6 a6 = { .sin6_family = AF_INET6, .sin6_port = htons(443),
				   .sin6_addr = IN6ADDR_LOOPBACK_INIT };
	struct sockaddr_un un = { .sun_family = AF_UNIX, .sun_path = "/nonexistent/e2e.sock" };
	struct sockaddr_nl nl = { .nl_family = AF_NETLINK };
	struct epoll_event e = { .events = EPOLLIN | EPOLLET, .data.u64 = 0x1234 }, evs[4];
	struct pollfd p[2];
	socklen_t l;
	int one = 1, v, s, c, fd, u, s6, n, ep;
	char buf[16];

	s = socket(AF_INET, SOCK_STREAM, 0);
	c = socket(AF_INET, SOCK_STREAM, 0);
	u = socket(AF_UNIX, SOCK_STREAM, 0);
	s6 = socket(AF_INET6, SOCK_DGRAM, 0);
	n = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	ep = epoll_create1(0);
	SC(SYS_setsockopt, s, SOL_SOCKET, SO_REUSEADDR, &one, 4);
	line(ret(), "setsockopt(%d, SOL_SOCKET, SO_REUSEADDR, [1], 4)", s);
	SC(SYS_bind, s, &a, sizeof(a));
	line(ret(), "bind(%d, %s, 16)", s, sin_str(&a));
	listen(s, 5);
	l = sizeof(a);
	SC(SYS_getsockname, s, &a, &l);
	line(ret(), "getsockname(%d, %s, [16])", s, sin_str(&a));
	{
		/* An in/out length the kernel rewrites, on success and on failure. */
		struct sockaddr_in any = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
		char big[128];
		int nb = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);

		l = sizeof(big);
		SC(SYS_getsockname, s, big, &l);
		line(ret(), "getsockname(%d, %s, [128 => 16])", s, sin_str((struct sockaddr_in *)big));
		SC(SYS_bind, nb, &any, sizeof(any));
		line(ret(), "bind(%d, %s, 16)", nb, sin_str(&any));
		listen(nb, 1);
		l = sizeof(big);
		SC(SYS_accept, nb, big, &l);
		line(ret(), "accept(%d, %p, [128])", nb, (void *)big);
		close(nb);
	}
	SC(SYS_connect, c, &a, sizeof(a));
	line(ret(), "connect(%d, %s, 16)", c, sin_str(&a));
	l = sizeof(b);
	fd = (int)SC(SYS_accept, s, &b, &l);
	line(ret(), "accept(%d, %s, [16])", s, sin_str(&b));
	l = sizeof(b);
	SC(SYS_getpeername, c, &b, &l);
	line(ret(), "getpeername(%d, %s, [16])", c, sin_str(&b));
	l = 4;
	SC(SYS_getsockopt, s, SOL_SOCKET, SO_TYPE, &v, &l);
	line(ret(), "getsockopt(%d, SOL_SOCKET, SO_TYPE, [%d], [4])", s, v);
	SC(SYS_setsockopt, c, IPPROTO_TCP, TCP_NODELAY, &one, 4);
	line(ret(), "setsockopt(%d, SOL_TCP, TCP_NODELAY, [1], 4)", c);
	SC(SYS_sendto, c, "hi", 2, MSG_NOSIGNAL | MSG_DONTWAIT, NULL, 0);
	line(ret(), "sendto(%d, \"hi\", 2, MSG_DONTWAIT|MSG_NOSIGNAL, NULL, 0)", c);
	p[0] = (struct pollfd){ fd, POLLIN | POLLPRI, 0 };
	p[1] = (struct pollfd){ c, POLLOUT, 0 };
	SC(SYS_poll, p, 2, 1000);
	line(poll_ret(p, 2),
	     "poll([{fd=%d, events=POLLIN|POLLPRI}, {fd=%d, events=POLLOUT}], 2, 1000)", fd, c);
	SC(SYS_recvfrom, fd, buf, sizeof(buf), 0, NULL, NULL);
	line(ret(), "recvfrom(%d, \"hi\", 16, 0, NULL, NULL)", fd);
	p[0].events = POLLIN;
	SC(SYS_poll, p, 1, 0);
	line("0 (Timeout)", "poll([{fd=%d, events=POLLIN}], 1, 0)", fd);
	SC(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, c, &e);
	line(ret(), "epoll_ctl(%d, EPOLL_CTL_ADD, %d, {events=EPOLLIN|EPOLLET, data={u32=4660, "
		    "u64=4660}})", ep, c);
	e.events = EPOLLIN;
	e.data.u64 = (unsigned)fd;
	SC(SYS_epoll_ctl, ep, EPOLL_CTL_ADD, fd, &e);
	line(ret(), "epoll_ctl(%d, EPOLL_CTL_ADD, %d, {events=EPOLLIN, data={u32=%d, u64=%d}})", ep,
	     fd, fd, fd);
	SC(SYS_epoll_wait, ep, evs, 4, 0);
	line(ret(), "epoll_wait(%d, [], 4, 0)", ep);
	SC(SYS_sendto, c, "hi", 2, 0, NULL, 0);
	line(ret(), "sendto(%d, \"hi\", 2, 0, NULL, 0)", c);
	SC(SYS_epoll_wait, ep, evs, 4, 1000);
	line(ret(), "epoll_wait(%d, [{events=EPOLLIN, data={u32=%d, u64=%d}}], 4, 1000)", ep, fd, fd);
	SC(SYS_epoll_ctl, ep, EPOLL_CTL_DEL, fd, NULL);
	line(ret(), "epoll_ctl(%d, EPOLL_CTL_DEL, %d, NULL)", ep, fd);
	SC(SYS_connect, u, &un, sizeof(un));
	line(ret(), "connect(%d, {sa_family=AF_UNIX, sun_path=\"/nonexistent/e2e.sock\"}, 110)", u);
	un.sun_path[0] = 0;
	SC(SYS_connect, u, &un, offsetof(struct sockaddr_un, sun_path) + 5);
	line(ret(), "connect(%d, {sa_family=AF_UNIX, sun_path=@\"none\"}, 7)", u);
	SC(SYS_connect, s6, &a6, sizeof(a6));
	line(ret(), "connect(%d, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), "
		    "inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=0}, 28)", s6);
	SC(SYS_bind, n, &nl, sizeof(nl));
	line(ret(), "bind(%d, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12)", n);
	SC(SYS_connect, u, NULL, 0);
	line(ret(), "connect(%d, NULL, 0)", u);
	SC(SYS_connect, u, (void *)0x10, 16);
	line(ret(), "connect(%d, 0x10, 16)", u);
	e2e_exit(0);
}
