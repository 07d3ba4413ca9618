// SPDX-License-Identifier: MIT
// --diagnose pathology: nanosleep interrupted by a 2 ms interval timer's SIGALRM
// (sleep-interrupted), then 300 clock_nanosleep calls of 10 us (sleep-short).
// Prints the findings sctrace must write, from the calls it made ("*": a prefix).
// CFLAGS: -static
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define LONG_SLEEPS 5
#define SHORT_SLEEPS 300
#define SHORT_NS 10000

static char out[4096];
static size_t len;

#define say(...) (len += (size_t)snprintf(out + len, sizeof(out) - len, __VA_ARGS__))

static const char *pct(long num, long den)
{
	static char buf[16];
	long pm = num * 1000 / den;

	snprintf(buf, sizeof(buf), "%ld.%ld%%", pm / 10, pm % 10);
	return buf;
}

static void on_alarm(int sig)
{
	(void)sig;
}

int main(void)
{
	struct sigaction sa = { .sa_handler = on_alarm };
	struct itimerval every = { { 0, 2000 }, { 0, 2000 } }, off = { { 0, 0 }, { 0, 0 } };
	struct timespec second = { 1, 0 }, brief = { 0, SHORT_NS };
	long interrupted = 0;

	sigaction(SIGALRM, &sa, NULL);
	setitimer(ITIMER_REAL, &every, NULL);
	for (int i = 0; i < LONG_SLEEPS; i++)
		interrupted += syscall(SYS_nanosleep, &second, NULL) < 0 && errno == EINTR;
	setitimer(ITIMER_REAL, &off, NULL);
	for (int i = 0; i < SHORT_SLEEPS; i++)
		syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &brief, NULL);

	say("diagnose: 2 findings in*\n");
	say("sleep-interrupted: nanosleep was interrupted by a signal in %ld of %d calls\n", interrupted,
	    LONG_SLEEPS);
	say("  evidence: pid=%d syscall=nanosleep calls=%d interrupted=%ld share=%s\n", getpid(),
	    LONG_SLEEPS, interrupted, pct(interrupted, LONG_SLEEPS));
	say("sleep-short: clock_nanosleep slept less than 1000 us %d times (*\n", SHORT_SLEEPS);
	say("  evidence: pid=%d syscall=clock_nanosleep calls=%d short=%d requested_max_ns=%d slept_avg_ns=*\n",
	    getpid(), SHORT_SLEEPS, SHORT_SLEEPS, SHORT_NS);
	return write(1, out, len) != (ssize_t)len;
}
