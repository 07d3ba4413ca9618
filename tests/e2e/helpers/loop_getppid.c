// SPDX-License-Identifier: MIT
// Helper: calls getppid() every 10 ms, forever (or argv[1] times), for attach and --comm tests.
#define _GNU_SOURCE
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct timespec ts = { 0, 10 * 1000000 };
	long n = argc > 1 ? atol(argv[1]) : -1;

	while (n < 0 || n-- > 0) {
		syscall(SYS_getppid);
		nanosleep(&ts, NULL);
	}
	return 0;
}
