// SPDX-License-Identifier: MIT
// --diagnose pathology: a 1-byte read loop over a file (io-small-buffer), reads of an empty
// non-blocking pipe (io-eagain, and the errors rule), and re-reading at end of file (io-zero).
// Prints the findings sctrace must write, from the calls it made ("*": a prefix).
// CFLAGS: -static
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#define FILE_BYTES 3000
#define EAGAIN_LOOPS 200
#define EOF_LOOPS 150

static char out[4096];
static size_t len;

#define say(...) (len += (size_t)snprintf(out + len, sizeof(out) - len, __VA_ARGS__))

/* A share as sctrace prints it: per mille, rounded down, "99.9%". */
static const char *pct(long num, long den)
{
	static char buf[4][16];
	static int k;
	long pm = num * 1000 / den;

	k = (k + 1) % 4;
	snprintf(buf[k], sizeof(buf[k]), "%ld.%ld%%", pm / 10, pm % 10);
	return buf[k];
}

int main(void)
{
	static char data[FILE_BYTES];
	long full = 0, reads = 0, eagain = 0, zero = 0;
	int fd = open("data", O_RDWR | O_CREAT | O_TRUNC, 0600), p[2];
	char c;

	if (fd < 0 || write(fd, data, sizeof(data)) != sizeof(data) || lseek(fd, 0, SEEK_SET))
		return 1;
	for (;;) {
		long r = read(fd, &c, 1);

		reads++;
		if (r != 1)
			break;
		full++;
	}
	if (pipe2(p, O_NONBLOCK))
		return 1;
	for (int i = 0; i < EAGAIN_LOOPS; i++)
		eagain += read(p[0], &c, 1) < 0 && errno == EAGAIN;
	int eof = open("data", O_RDONLY);
	char buf[64];

	lseek(eof, 0, SEEK_END);
	for (int i = 0; i < EOF_LOOPS; i++)
		zero += read(eof, buf, sizeof(buf)) == 0;

	say("diagnose: 4 findings in*\n");
	say("io-small-buffer: read on fd %d moved all it asked for, at most 1 bytes per call, in %ld of %ld calls\n",
	    fd, full, reads);
	say("  evidence: pid=%d syscalls=read fd=%d calls=%ld full=%ld share=%s count_max=1 bytes=%ld\n",
	    getpid(), fd, reads, full, pct(full, reads), full);
	say("io-eagain: read on fd %d failed with EAGAIN in %ld of %d calls\n", p[0], eagain, EAGAIN_LOOPS);
	say("  evidence: pid=%d syscalls=read fd=%d calls=%d eagain=%ld share=%s\n", getpid(), p[0],
	    EAGAIN_LOOPS, eagain, pct(eagain, EAGAIN_LOOPS));
	say("io-zero: read on fd %d moved nothing in %ld of %d calls\n", eof, zero, EOF_LOOPS);
	say("  evidence: pid=%d syscalls=read fd=%d calls=%d zero=%ld zero_asked=0 share=%s\n", getpid(),
	    eof, EOF_LOOPS, zero, pct(zero, EOF_LOOPS));
	/* read's calls: the loop's, the pipe's and the end of file's */
	say("errors: read failed with EAGAIN %ld times (of %ld calls)\n", eagain, reads + EAGAIN_LOOPS + EOF_LOOPS);
	say("  evidence: pid=%d syscall=read errno=EAGAIN failures=%ld calls=%ld share=%s\n", getpid(), eagain,
	    reads + EAGAIN_LOOPS + EOF_LOOPS, pct(eagain, reads + EAGAIN_LOOPS + EOF_LOOPS));
	return write(1, out, len) != (ssize_t)len;
}
