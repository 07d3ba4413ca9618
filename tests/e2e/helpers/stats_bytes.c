// SPDX-License-Identifier: MIT
// CFLAGS: -static
/*
 * Known values for --histogram: reads, writes, pread64, readv and epoll_wait with sizes
 * and results chosen here, and three 20 ms sleeps. Prints, in bpftrace's hist() text,
 * the histograms sctrace must show for them (-S name order), from the values the calls
 * really took and returned; the sleeps' latency histogram only when each sleep,
 * measured around the call, stayed in [16M, 32M) ns. Static, so that no loader call
 * adds to them; prints with writev, which the test does not trace.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

#define NB 65
static uint64_t hist[16][NB];
static char out[16384];
static size_t len;

enum { RD_REQ, RD_RET, WR_REQ, WR_RET, PR_REQ, PR_RET, RV_REQ, RV_RET, EP_EV, SLEEP, NH };

static void add(int h, uint64_t v)
{
	hist[h][v ? 64 - __builtin_clzll(v) : 0]++;
}

static void label(char *buf, unsigned p)
{
	if (p < 10)
		sprintf(buf, "%u", 1u << p);
	else
		sprintf(buf, "%u%c", 1u << (p % 10), "KMGTPE"[p / 10 - 1]);
}

static void print(const char *title, int h)
{
	int first = -1, last = -1;
	uint64_t max = 0;

	for (int i = 0; i < NB; i++)
		if (hist[h][i]) {
			if (first < 0)
				first = i;
			last = i;
			if (hist[h][i] > max)
				max = hist[h][i];
		}
	if (first < 0)
		return;
	len += (size_t)sprintf(out + len, "@%s:\n", title);
	for (int i = first; i <= last; i++) {
		char l[40], lo[12], hi[12], bar[53];
		int w = (int)((double)hist[h][i] / (double)max * 52);

		if (i < 2) {
			sprintf(l, "[%d]", i);
		} else {
			label(lo, (unsigned)i - 1);
			label(hi, (unsigned)i);
			sprintf(l, "[%s, %s)", lo, hi);
		}
		memset(bar, '@', (size_t)w);
		bar[w] = 0;
		len += (size_t)sprintf(out + len, "%-16s%8llu |%-52s|\n", l,
				       (unsigned long long)hist[h][i], bar);
	}
	out[len++] = '\n';
}

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(void)
{
	static char buf[70000];
	static const size_t reads[] = { 1, 2, 3, 5, 8, 100, 1000, 4096, 4096, 65536 };
	static const size_t writes[] = { 0, 7, 512, 512, 3000 };
	int zero = open("/dev/zero", O_RDONLY), null = open("/dev/null", O_WRONLY), p[3][2], ep;
	struct epoll_event ev[8];
	bool sleeps_ok = true;
	ssize_t r;

	for (size_t i = 0; i < sizeof(reads) / sizeof(reads[0]); i++) {
		r = read(zero, buf, reads[i]);
		add(RD_REQ, reads[i]);
		if (r >= 0)
			add(RD_RET, (uint64_t)r);
	}
	r = read(-1, buf, 64); /* EBADF: requested, nothing returned */
	add(RD_REQ, 64);
	for (size_t i = 0; i < sizeof(writes) / sizeof(writes[0]); i++) {
		r = write(null, buf, writes[i]);
		add(WR_REQ, writes[i]);
		if (r >= 0)
			add(WR_RET, (uint64_t)r);
	}
	for (int i = 0; i < 3; i++) {
		if (pipe(p[i]))
			return 1;
		r = write(p[i][1], buf, 10 + (size_t)i); /* 10, 11, 12 bytes */
		add(WR_REQ, 10 + (uint64_t)i);
		if (r >= 0)
			add(WR_RET, (uint64_t)r);
	}
	r = read(p[0][0], buf, 4096); /* a short read: 10 of 4096 */
	add(RD_REQ, 4096);
	if (r >= 0)
		add(RD_RET, (uint64_t)r);
	if (write(p[0][1], buf, 1) != 1) /* keep the first pipe readable */
		return 1;
	add(WR_REQ, 1);
	add(WR_RET, 1);
	r = pread(zero, buf, 50, 0);
	add(PR_REQ, 50);
	if (r >= 0)
		add(PR_RET, (uint64_t)r);
	{
		struct iovec iov[2] = { { buf, 10 }, { buf + 10, 20 } };

		r = readv(zero, iov, 2);
		add(RV_REQ, 30);
		if (r >= 0)
			add(RV_RET, (uint64_t)r);
	}
	ep = epoll_create1(0);
	for (int i = 0; i < 3; i++) {
		struct epoll_event e = { .events = EPOLLIN, .data.fd = p[i][0] };

		if (epoll_ctl(ep, EPOLL_CTL_ADD, p[i][0], &e))
			return 1;
	}
	for (int max = 8; max >= 1; max /= 2) { /* 3 ready: returns 3, 3, 2, 1 */
		r = syscall(SYS_epoll_wait, ep, ev, max, 0);
		if (r >= 0)
			add(EP_EV, (uint64_t)r);
	}
	for (int i = 0; i < 3; i++) {
		struct timespec req = { 0, 20000000 };
		long long t0 = now_ns(), d;

		syscall(SYS_nanosleep, &req, NULL);
		d = now_ns() - t0;
		sleeps_ok &= d < (1LL << 25);
		add(SLEEP, 20000000);
	}
	/* -S name: epoll_wait, nanosleep, pread64, read, readv, write */
	print("events[epoll_wait]", EP_EV);
	if (sleeps_ok)
		print("latency_ns[nanosleep]", SLEEP);
	print("bytes_requested[pread64]", PR_REQ);
	print("bytes_returned[pread64]", PR_RET);
	print("bytes_requested[read]", RD_REQ);
	print("bytes_returned[read]", RD_RET);
	print("bytes_requested[readv]", RV_REQ);
	print("bytes_returned[readv]", RV_RET);
	print("bytes_requested[write]", WR_REQ);
	print("bytes_returned[write]", WR_RET);
	{
		struct iovec o = { out, len };

		return writev(1, &o, 1) == (ssize_t)len ? 0 : 1;
	}
}
