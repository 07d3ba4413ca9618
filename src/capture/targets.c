// SPDX-License-Identifier: MIT
/* Starting a command under the tracer and finding processes: see targets.h. */
#include "targets.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <limits.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "../live/pids.h"
#include "../shared/record.h"
#include "gen/syscall_nr.h"
#include "../util/msg.h"

extern char **environ;

static bool is_executable_file(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
}

/* The path execvp would run, in buf. */
static int resolve_program(const char *name, char *buf, size_t len)
{
	const char *path = getenv("PATH");
	const char *p;

	if (strchr(name, '/')) {
		if (snprintf(buf, len, "%s", name) >= (int)len)
			return -ENAMETOOLONG;
		return access(buf, F_OK) == 0 ? 0 : -errno;
	}
	if (!path)
		path = "/usr/local/bin:/usr/bin:/bin";
	for (p = path;; p++) {
		const char *end = strchrnul(p, ':');
		int n = (int)(end - p);

		if (snprintf(buf, len, "%.*s%s%s", n, p, n ? "/" : "", name) < (int)len &&
		    is_executable_file(buf))
			return 0;
		if (!*end)
			break;
		p = end;
	}
	return -ENOENT;
}

/* In the child: -E's changes to the environment, in order. */
static int apply_env(const struct spawn_opts *so)
{
	for (size_t i = 0; i < so->nenv; i++) {
		char *eq = strchr(so->env[i], '=');
		int rc;

		if (eq) {
			*eq = '\0'; /* the child's copy of argv */
			rc = setenv(so->env[i], eq + 1, 1);
			*eq = '=';
		} else {
			rc = unsetenv(so->env[i]);
		}
		if (rc)
			return -errno;
	}
	return 0;
}

/* In the child: -u's user, its groups first (setuid drops the right to set them). */
static int become_user(const struct passwd *pw)
{
	if (initgroups(pw->pw_name, pw->pw_gid) || setgid(pw->pw_gid) || setuid(pw->pw_uid))
		return -errno;
	return 0;
}

#ifndef SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV
#define SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV (1UL << 5)
#endif

/*
 * Once the listener has received a call, its task waits for the answer
 * ignoring signals but fatal ones: the signal of -e inject=...:signal= is
 * sent before the answer and must not interrupt (and restart) the call.
 */
#define NOTIFY_FLAGS (SECCOMP_FILTER_FLAG_NEW_LISTENER | SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV)

/*
 * In the child: a filter that hands the calls in set (x86_64 numbers) to a
 * listener and allows everything else. Each number is one compare and its own
 * return, so jumps stay short however many there are. The listener is
 * close-on-exec; the parent takes it with pidfd_getfd. Without CAP_SYS_ADMIN
 * (after -u) the kernel asks for no_new_privs first.
 */
static int install_notify_filter(const uint64_t *set, bool exec_mmap)
{
	struct sock_filter prog[4 + 7 + 2 * SCT_NR_MAX + 1];
	struct sock_fprog fprog;
	unsigned n = 0;
	long fd;

	prog[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
						 offsetof(struct seccomp_data, arch));
	prog[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0);
	prog[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	prog[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
						 offsetof(struct seccomp_data, nr));
	if (exec_mmap && !((set[SCT_NR_mmap / 64] >> (SCT_NR_mmap % 64)) & 1)) {
		/* mmap(.., prot & PROT_EXEC, .., fd >= 0, ..): a program's code, not its data */
		prog[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SCT_NR_mmap, 0, 6);
		prog[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
							 offsetof(struct seccomp_data, args[2]));
		prog[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, PROT_EXEC, 0, 3);
		prog[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
							 offsetof(struct seccomp_data, args[4]));
		prog[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, 0x80000000u, 1, 0);
		prog[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_USER_NOTIF);
		prog[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	}
	for (unsigned nr = 0; nr < SCT_NR_MAX; nr++) {
		if (!((set[nr / 64] >> (nr % 64)) & 1))
			continue;
		prog[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, nr, 0, 1);
		prog[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_USER_NOTIF);
	}
	prog[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
	fprog.len = (unsigned short)n;
	fprog.filter = prog;
	fd = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, NOTIFY_FLAGS, &fprog);
	if (fd < 0 && errno == EACCES) {
		if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0))
			return -errno;
		fd = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, NOTIFY_FLAGS, &fprog);
	}
	return fd < 0 ? -errno : (int)fd;
}

int command_spawn(char **argv, const struct spawn_opts *so, struct spawned *out)
{
	char path[PATH_MAX];
	struct passwd *pw = NULL;
	int fds[2], lfds[2], err;
	pid_t pid;
	char c;

	if (so->user) {
		errno = 0;
		pw = getpwnam(so->user);
		if (!pw) {
			msg_error("cannot find user '%s'%s%s", so->user, errno ? ": " : "",
				  errno ? strerror(errno) : "");
			return -ENOENT;
		}
	}
	err = resolve_program(argv[0], path, sizeof(path));
	if (err) {
		msg_error("cannot run '%s': %s", argv[0],
			  err == -ENOENT ? "command not found" : strerror(-err));
		return err;
	}
	if (pipe2(fds, O_CLOEXEC))
		return -errno;
	lfds[0] = lfds[1] = -1;
	if (so->notify && pipe2(lfds, O_CLOEXEC)) {
		err = -errno;
		close(fds[0]);
		close(fds[1]);
		return err;
	}
	pid = fork();
	if (pid < 0) {
		err = -errno;
		close(fds[0]);
		close(fds[1]);
		if (lfds[0] >= 0) {
			close(lfds[0]);
			close(lfds[1]);
		}
		msg_error("cannot run '%s': fork: %s", argv[0], strerror(-err));
		return err;
	}
	if (pid == 0) {
		close(fds[1]);
		if ((err = apply_env(so)) || (pw && (err = become_user(pw)))) {
			fprintf(stderr, "%s: cannot run '%s': %s: %s\n", program_invocation_name, path,
				pw ? "-u" : "-E", strerror(-err));
			_exit(126);
		}
		if (so->notify) {
			int lfd = install_notify_filter(so->notify, so->notify_exec_mmap);

			if (lfd < 0) {
				fprintf(stderr, "%s: cannot run '%s': -e inject=: seccomp: %s\n",
					program_invocation_name, path, strerror(-lfd));
				_exit(126);
			}
			/* Its number, then park: the parent takes it with pidfd_getfd. */
			if (write(lfds[1], &lfd, sizeof(lfd)) != sizeof(lfd))
				_exit(127);
			close(lfds[1]);
		}
		if (read(fds[0], &c, 1) != 1)
			_exit(127); /* the tracer is gone: run nothing */
		execve(path, argv, environ);
		fprintf(stderr, "%s: cannot run '%s': %s\n", program_invocation_name, path,
			strerror(errno));
		_exit(errno == ENOENT ? 127 : 126);
	}
	close(fds[0]);
	if (lfds[1] >= 0)
		close(lfds[1]);
	out->pid = pid;
	out->proc_pid = live_proc_pid(pid);
	out->release_fd = fds[1];
	out->listener_fd = lfds[0];
	return 0;
}

/* The first bytes of /proc/PID/NAME, NUL-terminated ("" when unreadable). */
static int read_proc_file(pid_t pid, const char *name, char *buf, size_t size)
{
	char path[64];
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/%s", (int)pid, name);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	n = read(fd, buf, size - 1);
	close(fd);
	buf[n > 0 ? n : 0] = '\0';
	return 0;
}

/*
 * Whether the child sleeps in the pipe's read itself. /proc/PID/syscall also
 * says "0" while the read waits for a seccomp notification to be answered
 * (-e inject=read), before its sys_enter; the kernel function it sleeps in
 * tells the two apart. A kernel that hides wchan ("0") leaves only the first.
 */
static bool sleeps_in_pipe_read(pid_t pid)
{
	char wchan[128];

	if (read_proc_file(pid, "wchan", wchan, sizeof(wchan)) < 0)
		return true;
	return strstr(wchan, "pipe_read") || strcmp(wchan, "0") == 0 || !wchan[0];
}

/*
 * Wait until the child sleeps in its read of the release pipe, so that none
 * of its own start-up calls (the close before the read) reach the trace.
 */
static int wait_blocked_in_read(pid_t pid, void (*settle)(int ctx), int ctx)
{
	char buf[128];

	for (int i = 0; i < 20000; i++) {
		int err = read_proc_file(pid, "syscall", buf, sizeof(buf));

		if (err)
			return err;
		if (strncmp(buf, "0 ", 2) == 0 && sleeps_in_pipe_read(pid)) /* read(2) */
			return 0;
		if (settle)
			settle(ctx);
		usleep(50);
	}
	return -ETIMEDOUT;
}

int command_wait_ready(const struct spawned *sp, void (*settle)(int ctx), int ctx)
{
	int err = sp->proc_pid < 0 ? sp->proc_pid : wait_blocked_in_read(sp->proc_pid, settle, ctx);

	if (err)
		msg_error("cannot start the command: it did not reach its start point (%s)",
			  strerror(-err));
	return err;
}

int command_listener(const struct spawned *sp)
{
	int fd = -EIO, pidfd;
	ssize_t n;

	do
		n = read(sp->listener_fd, &fd, sizeof(fd));
	while (n < 0 && errno == EINTR);
	if (n != sizeof(fd)) {
		fd = n < 0 ? -errno : -EIO; /* the child died first: it said why */
		goto out;
	}
	pidfd = (int)syscall(SYS_pidfd_open, sp->pid, 0);
	if (pidfd < 0) {
		fd = -errno;
		goto out;
	}
	fd = (int)syscall(SYS_pidfd_getfd, pidfd, fd, 0);
	if (fd < 0)
		fd = -errno;
	close(pidfd);
out:
	if (fd < 0)
		msg_error("cannot inject: the command's seccomp listener: %s", strerror(-fd));
	return fd;
}

int command_release(struct spawned *sp)
{
	char c = 1;
	ssize_t n = write(sp->release_fd, &c, 1);

	close(sp->release_fd);
	sp->release_fd = -1;
	return n == 1 ? 0 : -EIO;
}

/* Kernels without the status line "Kthread:": PF_KTHREAD in /proc/PID/stat's flags. */
static bool stat_kthread(pid_t pid)
{
	char path[64], buf[512], *p;
	unsigned long flags = 0;
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%d/stat", (int)pid);
	f = fopen(path, "re");
	if (!f)
		return false;
	p = fgets(buf, sizeof(buf), f) ? strrchr(buf, ')') : NULL;
	fclose(f);
	/* after the name: state ppid pgrp session tty_nr tpgid flags */
	if (!p || sscanf(p + 1, " %*c %*d %*d %*d %*d %*d %lu", &flags) != 1)
		return false;
	return flags & 0x00200000; /* PF_KTHREAD */
}

pid_t pid_tgid(pid_t pid)
{
	char path[64];
	char buf[512];
	FILE *f;
	long tgid = -1, kthread = -1;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
	f = fopen(path, "re");
	if (!f) {
		msg_error("cannot attach to process %d: no such process", (int)pid);
		return -1;
	}
	while (fgets(buf, sizeof(buf), f))
		if (sscanf(buf, "Tgid: %ld", &tgid) != 1)
			sscanf(buf, "Kthread: %ld", &kthread);
	fclose(f);
	if (tgid <= 0) {
		msg_error("cannot attach to process %d: no thread group in %s", (int)pid, path);
		return -1;
	}
	/*
	 * strace refuses these ("Operation not permitted"): a kernel thread makes
	 * no system call and never exits, and sctrace's own calls would trace
	 * themselves; either would wait forever.
	 */
	if (kthread < 0)
		kthread = stat_kthread(pid);
	if (kthread || tgid == live_self_pid()) {
		msg_error("cannot attach to process %d: %s (%s)", (int)pid, strerror(EPERM),
			  kthread ? "a kernel thread" : "sctrace itself");
		return -1;
	}
	return (pid_t)tgid;
}

int pid_for_each_thread(pid_t tgid, void (*fn)(void *ctx, pid_t tid), void *ctx)
{
	char path[64];
	struct dirent *de;
	DIR *d;
	int n = 0;

	snprintf(path, sizeof(path), "/proc/%d/task", (int)tgid);
	d = opendir(path);
	if (!d)
		return -errno;
	while ((de = readdir(d))) {
		long tid = strtol(de->d_name, NULL, 10);

		if (tid > 0) {
			fn(ctx, (pid_t)tid);
			n++;
		}
	}
	closedir(d);
	return n;
}

/* Whether thread tid has not exited yet: its /proc entry exists and is no zombie. */
static bool thread_running(pid_t tgid, pid_t tid)
{
	char path[80], buf[256], *paren;
	ssize_t n;
	int fd;

	snprintf(path, sizeof(path), "/proc/%d/task/%d/stat", (int)tgid, (int)tid);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return false;
	buf[n] = 0;
	paren = strrchr(buf, ')'); /* the state follows the command name, which may hold anything */
	return paren && paren[1] == ' ' && paren[2] != 'Z' && paren[2] != 'X';
}

struct alive_walk {
	pid_t tgid;
	bool alive;
};

static void any_running(void *ctx, pid_t tid)
{
	struct alive_walk *w = ctx;

	w->alive = w->alive || thread_running(w->tgid, tid);
}

bool task_alive(pid_t tid, pid_t tgid, bool whole_group)
{
	struct alive_walk w = { tgid, false };

	if (!whole_group)
		return thread_running(tgid, tid);
	pid_for_each_thread(tgid, any_running, &w);
	return w.alive;
}

int comm_for_each_process(const char *name, void (*fn)(void *ctx, pid_t tgid), void *ctx)
{
	struct dirent *de;
	DIR *d = opendir("/proc");
	int n = 0;

	if (!d)
		return -errno;
	while ((de = readdir(d))) {
		char path[64], comm[32] = "";
		long pid = strtol(de->d_name, NULL, 10);
		FILE *f;

		if (pid <= 0 || pid == live_self_pid())
			continue;
		snprintf(path, sizeof(path), "/proc/%ld/comm", pid);
		f = fopen(path, "re");
		if (!f)
			continue;
		if (fgets(comm, sizeof(comm), f))
			comm[strcspn(comm, "\n")] = '\0';
		fclose(f);
		if (strcmp(comm, name) == 0) {
			fn(ctx, (pid_t)pid);
			n++;
		}
	}
	closedir(d);
	return n;
}
