// SPDX-License-Identifier: MIT
/*
 * What only live tracing can learn from the system about descriptors: a
 * process's table from /proc (the SCT_REC_FD_SNAPSHOT record that puts it
 * into the trace and the log), canonical paths and the links of new
 * descriptors (fdtable_live). src/decode never reads the system itself.
 */
#include "fds.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "procnet.h"

static char *real_path(void *ctx, const char *path)
{
	return realpath(path, NULL);
}

static char *fd_link(void *ctx, uint32_t tgid, int fd)
{
	char path[64], buf[256];
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%u/fd/%d", tgid, fd);
	n = readlink(path, buf, sizeof(buf) - 1);
	if (n <= 0)
		return NULL;
	buf[n] = '\0';
	return strdup(buf);
}

/* strace -yy's "char 1:3" / "block 8:0" of a device file. */
static char *dev_kind(void *ctx, const char *path)
{
	struct stat st;
	char *kind;

	if (path[0] != '/' || stat(path, &st) < 0)
		return NULL;
	if (!S_ISCHR(st.st_mode) && !S_ISBLK(st.st_mode))
		return NULL;
	if (asprintf(&kind, "%s %u:%u", S_ISCHR(st.st_mode) ? "char" : "block",
		     major(st.st_rdev), minor(st.st_rdev)) < 0)
		return NULL;
	return kind;
}

static const struct fdtable_live live_source = {
	.real_path = real_path, .fd_link = fd_link, .dev_kind = dev_kind
};

const struct fdtable_live *live_fd_source(void)
{
	return &live_source;
}

/* "flags:\t02000002" of /proc/TGID/fdinfo/FD: whether O_CLOEXEC is set. */
static bool proc_fd_cloexec(uint32_t tgid, int fd)
{
	char path[64], line[128];
	bool cloexec = false;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%u/fdinfo/%d", tgid, fd);
	f = fopen(path, "re");
	if (!f)
		return false;
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, "flags:", 6)) {
			cloexec = strtoul(line + 6, NULL, 8) & O_CLOEXEC;
			break;
		}
	fclose(f);
	return cloexec;
}

/* A socket's -yy form after a tab: "socket:[123]\tTCP:[127.0.0.1:80]". */
static void add_socket_detail(struct strbuf *out, uint32_t tgid, const char *link,
			      struct procnet **pn)
{
	unsigned long ino;
	const char *detail;

	if (sscanf(link, "socket:[%lu]", &ino) != 1)
		return;
	if (!*pn)
		*pn = procnet_load(tgid); /* once per snapshot, at the first socket */
	detail = procnet_find(*pn, ino);
	if (detail) {
		strbuf_addc(out, '\t');
		strbuf_adds(out, detail);
	}
}

/* A device's -yy form after a tab: "/dev/null\t/dev/null<char 1:3>". */
static void add_dev_detail(struct strbuf *out, const char *link)
{
	char *kind = dev_kind(NULL, link);

	if (kind)
		strbuf_addf(out, "\t%s<%s>", link, kind);
	free(kind);
}

/* One entry of a snapshot: "FD CLOEXEC LINK[\tDETAIL]\0"; false if tgid has no such fd. */
static bool add_entry(struct strbuf *out, uint32_t tgid, long fd, bool exec_pending,
		      struct procnet **pn)
{
	char fdpath[96], link[PATH_MAX];
	bool cloexec;
	ssize_t n;

	snprintf(fdpath, sizeof(fdpath), "/proc/%u/fd/%ld", tgid, fd);
	n = readlink(fdpath, link, sizeof(link) - 1);
	if (n <= 0)
		return false;
	link[n] = '\0';
	cloexec = proc_fd_cloexec(tgid, (int)fd);
	if (exec_pending && cloexec) /* the table the command will have after its execve */
		return false;
	strbuf_addf(out, "%ld %d %s", fd, cloexec, link);
	add_socket_detail(out, tgid, link, pn);
	add_dev_detail(out, link);
	strbuf_addc(out, '\0');
	return true;
}

int live_fd_snapshot(uint32_t tgid, bool exec_pending, struct strbuf *out)
{
	char path[64], link[PATH_MAX];
	struct procnet *pn = NULL;
	struct dirent *de;
	ssize_t n;
	DIR *d;
	int count = 0;

	snprintf(path, sizeof(path), "/proc/%u/cwd", tgid);
	n = readlink(path, link, sizeof(link) - 1);
	link[n > 0 ? n : 0] = '\0';
	strbuf_add(out, link, strlen(link) + 1);
	snprintf(path, sizeof(path), "/proc/%u/fd", tgid);
	d = opendir(path);
	if (!d)
		return -errno;
	while ((de = readdir(d)) && out->len < FDTABLE_SNAPSHOT_MAX) {
		char *end;
		long fd = strtol(de->d_name, &end, 10);

		if (de->d_name[0] < '0' || de->d_name[0] > '9' || *end)
			continue;
		if (fd < 0 || fd >= FDTABLE_FD_LIMIT)
			continue;
		count += add_entry(out, tgid, fd, exec_pending, &pn);
	}
	closedir(d);
	procnet_free(pn);
	return count;
}

int live_fd_entries(uint32_t tgid, const int *fds, size_t n, struct strbuf *out)
{
	struct procnet *pn = NULL;
	int count = 0;

	strbuf_addc(out, '\0'); /* no cwd: the table keeps the one it has */
	for (size_t i = 0; i < n && out->len < FDTABLE_SNAPSHOT_MAX; i++)
		if (fds[i] >= 0 && fds[i] < FDTABLE_FD_LIMIT)
			count += add_entry(out, tgid, fds[i], false, &pn);
	procnet_free(pn);
	return count;
}
