// SPDX-License-Identifier: MIT
// Helper: three getpid() calls 20 ms apart, then exit(argv[1] or 0); for the timestamp option tests.
#define _GNU_SOURCE
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct timespec ts = { 0, 20 * 1000000 };

	for (int i = 0; i < 3; i++) {
		syscall(SYS_getpid);
		nanosleep(&ts, NULL);
	}
	return argc > 1 ? atoi(argv[1]) : 0;
}
