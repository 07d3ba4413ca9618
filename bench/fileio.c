/* SPDX-License-Identifier: MIT */
/*
 * Case 2: open, read, write and close a small file in a loop, so that the
 * tracer captures a path per iteration. Four system calls per iteration;
 * ns_per_call is per system call. Usage: fileio ITERATIONS [DIR]
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "bench.h"

int main(int argc, char **argv)
{
	long n = bench_arg(argc, argv, 1, 100000);
	const char *dir = argc > 2 ? argv[2] : "/tmp";
	char path[4096], buf[64];
	uint64_t t0, t1;
	int fd;

	snprintf(path, sizeof(path), "%s/sctrace-bench-fileio.%d", dir, (int)getpid());
	memset(buf, 'x', sizeof(buf));
	fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || write(fd, buf, sizeof(buf)) != (ssize_t)sizeof(buf) || close(fd)) {
		perror(path);
		return 1;
	}
	t0 = bench_start();
	for (long i = 0; i < n; i++) {
		/* read the first 64 bytes, overwrite the next 64: the file stays 128 bytes */
		fd = open(path, O_RDWR);
		if (fd < 0 || read(fd, buf, sizeof(buf)) != (ssize_t)sizeof(buf) ||
		    write(fd, buf, sizeof(buf)) != (ssize_t)sizeof(buf)) {
			perror(path);
			return 1;
		}
		close(fd);
	}
	t1 = bench_now_ns();
	unlink(path);
	bench_report("fileio", n, (uint64_t)n * 4, t1 - t0, n ? (double)(t1 - t0) / (double)(n * 4) : 0);
	return 0;
}
