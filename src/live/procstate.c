// SPDX-License-Identifier: MIT
/* A task's identity from /proc: parent, pid namespace, comm, command line. */
#include "procstate.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CMDLINE_MAX 4096

/* Up to len bytes of a /proc file; -errno, or the bytes read. */
static ssize_t read_file(const char *path, char *buf, size_t len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return -errno;
	n = read(fd, buf, len);
	if (n < 0)
		n = -errno;
	close(fd);
	return n;
}

/* "PPid:" of /proc/TGID/status. */
static uint32_t parent_of(uint32_t tgid)
{
	char path[64], line[256];
	unsigned long v = 0;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%u/status", tgid);
	f = fopen(path, "re");
	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "PPid: %lu", &v) == 1)
			break;
	fclose(f);
	return (uint32_t)v;
}

static uint64_t pid_ns_of(uint32_t tgid)
{
	char path[64], link[64];
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%u/ns/pid", tgid);
	n = readlink(path, link, sizeof(link) - 1);
	if (n <= 0)
		return 0;
	link[n] = '\0';
	return strncmp(link, "pid:[", 5) == 0 ? strtoull(link + 5, NULL, 10) : 0;
}

int live_proc_state(uint32_t tgid, uint32_t tid, uint32_t *ppid, uint64_t *pid_ns,
		    struct strbuf *out)
{
	char path[64], buf[CMDLINE_MAX];
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%u/task/%u/comm", tgid, tid);
	n = read_file(path, buf, 64);
	if (n < 0)
		return (int)n;
	while (n > 0 && buf[n - 1] == '\n')
		n--;
	strbuf_add(out, buf, (size_t)n);
	strbuf_addc(out, '\0');
	snprintf(path, sizeof(path), "/proc/%u/cmdline", tgid);
	n = read_file(path, buf, sizeof(buf));
	if (n > 0) {
		strbuf_add(out, buf, (size_t)n);
		if (buf[n - 1]) /* cut at CMDLINE_MAX, or rewritten by the process */
			strbuf_addc(out, '\0');
	}
	*ppid = parent_of(tgid);
	*pid_ns = pid_ns_of(tgid);
	return 0;
}
