// SPDX-License-Identifier: MIT
/*
 * Known latencies for the -c percentiles: nanosleep of 10, 20 and 30 ms, three times
 * each, interleaved. Prints each sleep's requested and measured duration in ns (the
 * traced latency lies between the two), one "requested measured" pair a line.
 */
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts); /* the vDSO: no syscall */
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(void)
{
	char out[1024];
	size_t len = 0;

	for (int round = 0; round < 3; round++)
		for (int ms = 10; ms <= 30; ms += 10) {
			struct timespec req = { 0, ms * 1000000L };
			long long t0 = now_ns(), t1;

			syscall(SYS_nanosleep, &req, NULL);
			t1 = now_ns();
			len += (size_t)snprintf(out + len, sizeof(out) - len, "%ld %lld\n", req.tv_nsec,
						t1 - t0);
		}
	return write(1, out, len) == (ssize_t)len ? 0 : 1;
}
