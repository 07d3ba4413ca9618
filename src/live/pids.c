// SPDX-License-Identifier: MIT
/*
 * Translating pids between PID namespaces and naming tasks, from /proc: the
 * live half of -Y and --pidns-translation (src/decode/pids.c prints).
 *
 * A task's /proc/N/status lists its ids in every namespace from /proc's
 * (the initial one, whose ids the kernel side gives) down to its own:
 * "NSpid: 4242 7 1". A pid seen by a process whose namespace is at depth L
 * is found as the task whose id at position L is that pid and whose
 * namespace at depth L is that process's (NS_GET_PARENT walks up from deeper
 * ones). Its id at sctrace's own depth is the answer: 0, unless sctrace runs
 * in a namespace of its own (`unshare -Urpf`, with a kept object: cache.h).
 * Like strace, this scans /proc.
 */
#include "pids.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <linux/nsfs.h>

#include "../decode/pid_views.h"
#include "../shared/record.h"

#define MAX_NS_DEPTH 33 /* the kernel's MAX_PID_NS_LEVEL is 32 */

static const char *const status_field[] = {
	[PID_KIND_TID] = "NSpid:",
	[PID_KIND_TGID] = "NStgid:",
	[PID_KIND_PGID] = "NSpgid:",
	[PID_KIND_SID] = "NSsid:",
};

/* The ids of a task in each namespace (status_field of kind), outermost first; their count. */
static int ns_ids(const char *dir, enum pid_kind kind, int *ids)
{
	char path[300], line[512];
	size_t flen = strlen(status_field[kind]);
	int n = 0;
	FILE *f;

	snprintf(path, sizeof(path), "%s/status", dir);
	f = fopen(path, "re");
	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f)) {
		char *p = line + flen, *end;

		if (strncmp(line, status_field[kind], flen))
			continue;
		while (n < MAX_NS_DEPTH) {
			long v = strtol(p, &end, 10);

			if (end == p)
				break;
			ids[n++] = (int)v;
			p = end;
		}
		break;
	}
	fclose(f);
	return n;
}

static ino_t ns_inode_fd(int fd)
{
	struct stat st;

	return fstat(fd, &st) == 0 ? st.st_ino : 0;
}

/* The inode of dir's PID namespace, or of its ancestor up levels above; 0 if unknown. */
static ino_t ns_inode(const char *dir, int up)
{
	char path[300];
	ino_t ino;
	int fd;

	snprintf(path, sizeof(path), "%s/ns/pid", dir);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	while (up-- > 0) {
		int parent = ioctl(fd, NS_GET_PARENT);

		close(fd);
		if (parent < 0)
			return 0;
		fd = parent;
	}
	ino = ns_inode_fd(fd);
	close(fd);
	return ino;
}

/* Whether task dir names pid at depth level of namespace ns: its id in ours, else 0. */
static int match(const char *dir, enum pid_kind kind, int pid, int level, ino_t ns)
{
	int ids[MAX_NS_DEPTH];
	int n = ns_ids(dir, kind, ids);
	unsigned ours = live_pid_ns_level();

	if (n <= level || ids[level] != pid || n <= (int)ours)
		return 0;
	return ns_inode(dir, n - 1 - level) == ns ? ids[ours] : 0;
}

static bool numeric(const char *s)
{
	return *s >= '1' && *s <= '9' && strspn(s, "0123456789") == strlen(s);
}

/* Every process of /proc (and for threads, every thread) against match(). */
static int scan(enum pid_kind kind, int pid, int level, ino_t ns)
{
	DIR *procs = opendir("/proc");
	struct dirent *p;
	int found = 0;

	if (!procs)
		return 0;
	while (!found && (p = readdir(procs))) {
		char dir[300];

		if (!numeric(p->d_name))
			continue;
		snprintf(dir, sizeof(dir), "/proc/%s", p->d_name);
		if (kind != PID_KIND_TID) {
			found = match(dir, kind, pid, level, ns);
			continue;
		}
		char tdir[320];
		DIR *tasks;
		struct dirent *t;

		snprintf(tdir, sizeof(tdir), "%s/task", dir);
		tasks = opendir(tdir);
		if (!tasks)
			continue;
		while (!found && (t = readdir(tasks))) {
			char one[640];

			if (!numeric(t->d_name))
				continue;
			snprintf(one, sizeof(one), "%s/%s", tdir, t->d_name);
			found = match(one, kind, pid, level, ns);
		}
		closedir(tasks);
	}
	closedir(procs);
	return found;
}

unsigned live_pid_ns_level(void)
{
	static int level = -1;
	int ids[MAX_NS_DEPTH];

	if (level < 0) {
		int n = ns_ids("/proc/self", PID_KIND_TID, ids);

		level = n > 1 ? n - 1 : 0;
	}
	return (unsigned)level;
}

pid_t live_self_pid(void)
{
	static pid_t self;
	char buf[32];
	ssize_t n;

	if (self)
		return self;
	n = readlink("/proc/self", buf, sizeof(buf) - 1); /* /proc's number for us */
	buf[n > 0 ? n : 0] = '\0';
	self = n > 0 ? (pid_t)strtol(buf, NULL, 10) : 0;
	if (self <= 0)
		self = getpid();
	return self;
}

/*
 * A pidfd's fdinfo gives its task's id in the namespace of the /proc it is
 * read through: the one way from our number to /proc's that needs no scan.
 */
pid_t live_proc_pid(pid_t ours)
{
	char path[64], line[128];
	long pid = -ESRCH;
	FILE *f;
	int fd;

	if (!live_pid_ns_level())
		return ours;
	fd = (int)syscall(SYS_pidfd_open, ours, 0);
	if (fd < 0 && errno == EINVAL) /* a thread, not a leader: PIDFD_THREAD is newer */
		fd = (int)syscall(SYS_pidfd_open, ours, 0x80 /* O_EXCL: PIDFD_THREAD */);
	if (fd < 0)
		return -errno;
	snprintf(path, sizeof(path), "/proc/self/fdinfo/%d", fd);
	f = fopen(path, "re");
	while (f && fgets(line, sizeof(line), f))
		if (strncmp(line, "Pid:", 4) == 0) {
			pid = strtol(line + 4, NULL, 10);
			break;
		}
	if (f)
		fclose(f);
	close(fd);
	return pid > 0 ? (pid_t)pid : -ESRCH;
}

pid_t live_view_pid(pid_t proc_pid)
{
	unsigned level = live_pid_ns_level();
	int ids[MAX_NS_DEPTH];
	char dir[64];

	if (!level)
		return proc_pid;
	snprintf(dir, sizeof(dir), "/proc/%d", (int)proc_pid);
	return ns_ids(dir, PID_KIND_TID, ids) > (int)level ? ids[level] : 0;
}

ino_t live_pid_ns_inode(void)
{
	static ino_t ours;

	if (!ours)
		ours = ns_inode("/proc/self", 0);
	return ours;
}

static int translate(uint32_t tgid, int pid, enum pid_kind kind)
{
	ino_t ours = live_pid_ns_inode();
	char dir[64];
	int ids[MAX_NS_DEPTH];
	ino_t theirs;
	int depth;

	if (!tgid)
		return pid;
	snprintf(dir, sizeof(dir), "/proc/%u", tgid);
	theirs = ns_inode(dir, 0);
	if (!ours)
		return 0;
	/*
	 * A process that has exited by the time its line is printed cannot be
	 * asked: taken as in sctrace's namespace, the usual case (tracing
	 * lags behind the traced program; strace asks while it is stopped).
	 */
	if (!theirs || theirs == ours)
		return pid;
	depth = ns_ids(dir, PID_KIND_TID, ids);
	if (depth < 2)
		return 0;
	return scan(kind, pid, depth - 1, theirs);
}

static void read_comm(int pid, char *comm)
{
	char path[64];
	ssize_t n;
	int fd;

	comm[0] = '\0';
	snprintf(path, sizeof(path), "/proc/%d/comm", pid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return;
	n = read(fd, comm, SCT_COMM_LEN);
	close(fd);
	if (n <= 0)
		return;
	if (comm[n - 1] == '\n')
		n--;
	comm[n] = '\0';
}

int live_pid_info(void *ctx, uint32_t tgid, int pid, enum pid_kind kind, char *comm)
{
	int ours;

	(void)ctx;
	if (pid <= 0)
		return 0;
	/* a task named by its fork's PID_VIEW record, first: it may be gone from /proc */
	ours = tgid ? pid_views_translate(tgid, pid) : 0;
	if (!ours)
		ours = translate(tgid, pid, kind);
	if (comm) {
		pid_t proc = ours ? live_proc_pid(ours) : 0;

		comm[0] = '\0';
		if (proc > 0)
			read_comm(proc, comm);
	}
	return ours;
}

void live_task_name(int tid, char *comm, uint32_t *ppid)
{
	char path[64], line[128];
	FILE *f;

	read_comm(tid, comm);
	*ppid = 0;
	snprintf(path, sizeof(path), "/proc/%d/status", tid);
	f = fopen(path, "re");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f))
		if (strncmp(line, "PPid:", 5) == 0) {
			*ppid = (uint32_t)strtoul(line + 5, NULL, 10);
			break;
		}
	fclose(f);
}

int live_comm(uint32_t tgid, char *comm)
{
	read_comm((int)tgid, comm);
	return comm[0] ? 0 : -1;
}
