// SPDX-License-Identifier: MIT
// --diagnose pathology: an ENOENT storm, a library searched along 40 directories of which
// only the last has it, 4 times (errors, with the first example paths).
// Prints the findings sctrace must write, from the calls it made ("*": a prefix).
// CFLAGS: -static
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define DIRS 40
#define ROUNDS 4

static char out[4096];
static size_t len;

#define say(...) (len += (size_t)snprintf(out + len, sizeof(out) - len, __VA_ARGS__))

int main(void)
{
	long calls = 0, enoent = 0;
	char path[64];
	int fd;

	snprintf(path, sizeof(path), "d%d", DIRS - 1);
	if (mkdir(path, 0700))
		return 1;
	snprintf(path, sizeof(path), "d%d/libplugin.so", DIRS - 1);
	fd = (int)syscall(SYS_openat, AT_FDCWD, path, O_WRONLY | O_CREAT, 0600);
	calls++;
	if (fd < 0 || close(fd))
		return 1;
	for (int r = 0; r < ROUNDS; r++) {
		for (int d = 0; d < DIRS; d++) {
			snprintf(path, sizeof(path), "d%d/libplugin.so", d);
			fd = (int)syscall(SYS_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC);
			calls++;
			if (fd >= 0) {
				close(fd);
				break;
			}
			enoent += errno == ENOENT;
		}
	}
	long pm = enoent * 1000 / calls;

	say("diagnose: 1 finding in*\n");
	say("errors: openat failed with ENOENT %ld times (of %ld calls)\n", enoent, calls);
	say("  evidence: pid=%d syscall=openat errno=ENOENT failures=%ld calls=%ld share=%ld.%ld%% "
	    "examples=[d0/libplugin.so,d1/libplugin.so,d2/libplugin.so]\n",
	    getpid(), enoent, calls, pm / 10, pm % 10);
	return write(1, out, len) != (ssize_t)len;
}
