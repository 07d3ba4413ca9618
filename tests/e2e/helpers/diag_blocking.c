// SPDX-License-Identifier: MIT
// --diagnose pathology: a blocking socketpair and a blocking pipe whose reads each wait
// 50 ms for an untraced child's byte (blocking-fd for both; read has the time: time-top;
// long enough that no other call can reach a tenth of it, so no other time-top finding).
// Prints the findings sctrace must write, from the calls it made ("*": a prefix).
// CFLAGS: -static
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define ROUNDS 5
#define WAIT_NS 50000000

static char out[4096];
static size_t len;

#define say(...) (len += (size_t)snprintf(out + len, sizeof(out) - len, __VA_ARGS__))

int main(void)
{
	struct timespec wait = { 0, WAIT_NS };
	int sv[2], p[2];
	long got = 0;
	char c;

	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) || syscall(SYS_pipe, p))
		return 1;
	if (fork() == 0) { /* not traced without -f */
		for (int i = 0; i < ROUNDS; i++) {
			nanosleep(&wait, NULL);
			if (write(sv[1], "s", 1) != 1)
				_exit(1);
			nanosleep(&wait, NULL);
			if (write(p[1], "p", 1) != 1)
				_exit(1);
		}
		_exit(0);
	}
	for (int i = 0; i < ROUNDS; i++) {
		got += read(sv[0], &c, 1) == 1;
		got += read(p[0], &c, 1) == 1;
	}
	/* no waitpid: its wait would be a second time-top finding under load */
	if (got != 2 * ROUNDS)
		return 1;

	say("diagnose: 3 findings in*\n");
	say("blocking-fd: socket fd %d from socketpair is blocking: %d calls blocked, *\n", sv[0], ROUNDS);
	say("  evidence: pid=%d fd=%d kind=socket made_by=socketpair calls=%d blocked=%d blocked_ms=*\n",
	    getpid(), sv[0], ROUNDS, ROUNDS);
	say("blocking-fd: pipe fd %d from pipe is blocking: %d calls blocked, *\n", p[0], ROUNDS);
	say("  evidence: pid=%d fd=%d kind=pipe made_by=pipe calls=%d blocked=%d blocked_ms=*\n", getpid(),
	    p[0], ROUNDS, ROUNDS);
	say("time-top: read took *\n");
	say("  evidence: syscall=read calls=%d time_ms=*\n", 2 * ROUNDS);
	return write(1, out, len) != (ssize_t)len;
}
