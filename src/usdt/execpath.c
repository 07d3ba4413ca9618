// SPDX-License-Identifier: MIT
/*
 * The file of a pending execve: see execpath.h. The arguments come from the
 * seccomp notification (/proc/TID/syscall would say "running" until the
 * task has gone to sleep); the path is read from /proc/TID/mem.
 */
#include "execpath.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "gen/syscall_nr.h"

#define AT_FDCWD_ -100
#define AT_EMPTY_PATH_ 0x1000

/* The NUL-terminated string at addr in tid's memory. */
static int read_string(pid_t tid, uint64_t addr, char *out, size_t len)
{
	char path[64];
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/mem", (int)tid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = pread(fd, out, len - 1, (off_t)addr);
	close(fd);
	if (n < 0)
		return -errno;
	out[n] = 0;
	return memchr(out, 0, (size_t)n) || (size_t)n < len - 1 ? 0 : -ENAMETOOLONG;
}

/* name as tid resolves it: from its root, its cwd, or directory fd dirfd. */
static int resolve(pid_t tid, long dirfd, const char *name, char *out, size_t len)
{
	int n;

	if (name[0] == '/')
		n = snprintf(out, len, "/proc/%d/root%s", (int)tid, name);
	else if (dirfd == AT_FDCWD_)
		n = snprintf(out, len, "/proc/%d/cwd/%s", (int)tid, name);
	else if (!name[0])
		n = snprintf(out, len, "/proc/%d/fd/%ld", (int)tid, dirfd);
	else
		n = snprintf(out, len, "/proc/%d/fd/%ld/%s", (int)tid, dirfd, name);
	return n < 0 || (size_t)n >= len ? -ENAMETOOLONG : 0;
}

int usdt_exec_path(pid_t tid, long nr, const uint64_t *args, char *out, size_t len)
{
	char name[4096];
	int err;

	if (nr == SCT_NR_execve)
		err = read_string(tid, args[0], name, sizeof(name));
	else if (nr == SCT_NR_execveat)
		err = read_string(tid, args[1], name, sizeof(name));
	else
		return -EINVAL;
	if (err)
		return err;
	if (nr == SCT_NR_execveat && !name[0] && !(args[4] & AT_EMPTY_PATH_))
		return -ENOENT;
	return resolve(tid, nr == SCT_NR_execveat ? (long)(int)args[0] : AT_FDCWD_, name, out, len);
}

int usdt_script_interpreter(pid_t tid, const char *path, char *out, size_t len)
{
	char line[256], *p, *end;
	ssize_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return -errno;
	n = read(fd, line, sizeof(line) - 1);
	close(fd);
	if (n < 3 || line[0] != '#' || line[1] != '!')
		return -ENOEXEC;
	line[n] = 0;
	for (p = line + 2; *p == ' ' || *p == '\t'; p++)
		;
	for (end = p; *end && *end != ' ' && *end != '\t' && *end != '\n'; end++)
		;
	*end = 0;
	if (!*p)
		return -ENOEXEC;
	return resolve(tid, AT_FDCWD_, p, out, len);
}
