// SPDX-License-Identifier: MIT
// getsockopt(SO_ERROR): the pending error by name, 0 once read, a short buffer as its bytes.
// TRACE: -e trace=getsockopt,exit_group
// START: first
#include "e2e.h"
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

/* A UDP socket connected to a port nobody listens on, after one datagram: ECONNREFUSED pending. */
static int refused_socket(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	socklen_t l = sizeof(a);
	int probe = socket(AF_INET, SOCK_DGRAM, 0), s = socket(AF_INET, SOCK_DGRAM, 0);

	bind(probe, (struct sockaddr *)&a, sizeof(a));
	getsockname(probe, (struct sockaddr *)&a, &l);
	close(probe);
	connect(s, (struct sockaddr *)&a, sizeof(a));
	send(s, "x", 1, 0);
	usleep(20000);
	return s;
}

int main(void)
{
	int s = refused_socket(), v = -1;
	socklen_t l = sizeof(v);

	SC(SYS_getsockopt, s, SOL_SOCKET, SO_ERROR, &v, &l);
	line(ret(), "getsockopt(%d, SOL_SOCKET, SO_ERROR, [ECONNREFUSED], [4])", s);
	SC(SYS_getsockopt, s, SOL_SOCKET, SO_ERROR, &v, &l);
	line(ret(), "getsockopt(%d, SOL_SOCKET, SO_ERROR, [0], [4])", s);
	close(s);
	s = refused_socket();
	l = 1;
	SC(SYS_getsockopt, s, SOL_SOCKET, SO_ERROR, &v, &l);
	line(ret(), "getsockopt(%d, SOL_SOCKET, SO_ERROR, \"\\x6f\", [1])", s);
	e2e_exit(0);
}
