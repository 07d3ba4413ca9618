// SPDX-License-Identifier: MIT
// Structures that end a mapping (the next page unmapped): only their own bytes are read, so they still decode; poll with no fds.
// TRACE: -e trace=connect,poll,sendto,exit_group
// START: first
#include "e2e.h"
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/socket.h>

int main(void)
{
	char *m = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct sockaddr_in *a;
	struct pollfd *q, none[1];
	int s;

	if (m == MAP_FAILED || munmap(m + 4096, 4096))
		return 1;
	a = (struct sockaddr_in *)(m + 4096 - sizeof(*a));
	a->sin_family = AF_INET;
	a->sin_port = htons(9);
	a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	s = socket(AF_INET, SOCK_DGRAM, 0);
	SC(SYS_connect, s, a, sizeof(*a));
	line(ret(), "connect(%d, {sa_family=AF_INET, sin_port=htons(9), sin_addr=inet_addr(\"127.0.0.1\")}, %zu)",
	     s, sizeof(*a));
	q = (struct pollfd *)(m + 4096 - sizeof(*q));
	q->fd = s;
	q->events = POLLOUT;
	SC(SYS_poll, q, 1, 0);
	{
		char r[64];

		snprintf(r, sizeof(r), "1 ([{fd=%d, revents=POLLOUT}])", s);
		line(r, "poll([{fd=%d, events=POLLOUT}], 1, 0)", s);
	}
	SC(SYS_sendto, s, "x", 1, 0, a, sizeof(*a));
	line(ret(), "sendto(%d, \"x\", 1, 0, {sa_family=AF_INET, sin_port=htons(9), sin_addr=inet_addr(\"127.0.0.1\")}, %zu)",
	     s, sizeof(*a));
	SC(SYS_poll, none, 0, 0);
	line("0 (Timeout)", "poll([], 0, 0)");
	e2e_exit(0);
}
