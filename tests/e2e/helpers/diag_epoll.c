// SPDX-License-Identifier: MIT
// --diagnose pathology: an epoll loop with maxevents 1 and 8 ready sockets (every call
// fills maxevents), then busy polling (epoll_pwait2 with a zero timeout, nothing ready).
// Prints the findings sctrace must write, from the calls it made ("*": a prefix).
// CFLAGS: -static
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define READY 8
#define FULL_LOOPS 200
#define POLL_LOOPS 300

static char out[4096];
static size_t len;

#define say(...) (len += (size_t)snprintf(out + len, sizeof(out) - len, __VA_ARGS__))

int main(void)
{
	struct epoll_event ev, got[4];
	struct timespec zero = { 0, 0 };
	int ep = epoll_create1(0), idle = epoll_create1(0), sv[2];
	long full = 0, empty = 0, events = 0;

	for (int i = 0; i < READY; i++) {
		if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv) || write(sv[1], "x", 1) != 1)
			return 1;
		ev.events = EPOLLIN;
		ev.data.fd = sv[0];
		epoll_ctl(ep, EPOLL_CTL_ADD, sv[0], &ev);
	}
	for (int i = 0; i < FULL_LOOPS; i++) {
		long r = syscall(SYS_epoll_wait, ep, got, 1, 0);

		full += r == 1;
		events += r > 0 ? r : 0;
	}
	for (int i = 0; i < POLL_LOOPS; i++)
		empty += syscall(SYS_epoll_pwait2, idle, got, 4, &zero, NULL, 8) == 0;

	say("diagnose: 2 findings in*\n");
	say("epoll-maxevents: epoll_wait returned maxevents (1) in %ld of %d calls on epoll fd %d\n",
	    full, FULL_LOOPS, ep);
	say("  evidence: pid=%d syscall=epoll_wait fd=%d calls=%d full=%ld share=%s maxevents=1 events=%ld\n",
	    getpid(), ep, FULL_LOOPS, full, full == FULL_LOOPS ? "100.0%" : "?", events);
	say("epoll-busy-poll: epoll_pwait2 timed out with nothing ready in %ld of %d calls on epoll fd %d (timeout 0 ms)\n",
	    empty, POLL_LOOPS, idle);
	say("  evidence: pid=%d syscall=epoll_pwait2 fd=%d calls=%d empty=%ld share=%s timeout_ms=0 per_second=*\n",
	    getpid(), idle, POLL_LOOPS, empty, empty == POLL_LOOPS ? "100.0%" : "?");
	return write(1, out, len) != (ssize_t)len;
}
