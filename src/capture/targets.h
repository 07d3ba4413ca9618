/* SPDX-License-Identifier: MIT */
/*
 * What to trace: a command started under the tracer, running processes
 * (-p), or processes found by name (--comm). Process plumbing only; marking
 * them traced is capture.c's job.
 */
#ifndef SCT_CAPTURE_TARGETS_H
#define SCT_CAPTURE_TARGETS_H

#include <stdbool.h>
#include <stdint.h>
#include <sys/types.h>

struct spawned {
	pid_t pid; /* as our fork, kill and wait know it */
	pid_t proc_pid; /* as /proc and the kernel side know it (the same but in a PID namespace) */
	int release_fd; /* write end of the pipe the child waits on */
	int listener_fd; /* with spawn_opts.notify: read end of the pipe the child names its listener on */
};

/* How the command starts: strace's -E and -u. */
struct spawn_opts {
	char **env; /* "VAR=VALUE" sets VAR, "VAR" removes it, in order */
	size_t nenv;
	const char *user; /* run as this user (and its groups), or NULL */
	/*
	 * -e inject=/fault=: the syscalls a seccomp filter hands to a listener
	 * (SECCOMP_RET_USER_NOTIF), installed before the child parks; NULL: none.
	 */
	const uint64_t *notify;
	/*
	 * --usdt: also hand over the mmap calls that map a file executable
	 * (PROT_EXEC, fd >= 0), and only those, unless notify has mmap.
	 */
	bool notify_exec_mmap;
};

/*
 * Find the program as execvp would and fork a child that waits, before
 * exec, until command_release(). If we die first, the child sees EOF and
 * exits without running anything. Its environment and user change before it
 * waits, so none of that is traced. Prints one error line on failure.
 */
int command_spawn(char **argv, const struct spawn_opts *so, struct spawned *out);
/*
 * Wait until the child is parked before exec; then it may be marked traced.
 * settle, when not NULL, is called with ctx while waiting: with -e inject=read
 * the parking read first waits for the seccomp listener to let it through.
 */
int command_wait_ready(const struct spawned *sp, void (*settle)(int ctx), int ctx);
/*
 * The child's seccomp listener (before command_wait_ready: the child names
 * it just before it parks): a descriptor of ours, close-on-exec, or -errno
 * with one error line.
 */
int command_listener(const struct spawned *sp);
/* Let the child exec: its first traced call is the execve. */
int command_release(struct spawned *sp);

/*
 * The thread group of task pid (a process, or a thread of one: /proc/PID
 * exists for both), or -1 with one error line.
 */
pid_t pid_tgid(pid_t pid);
/* Call fn for every thread of tgid; returns the count, or -errno. */
int pid_for_each_thread(pid_t tgid, void (*fn)(void *ctx, pid_t tid), void *ctx);
/*
 * Whether the task has not exited: thread tid, or with whole_group any thread
 * of process tgid (a zombie leader's threads may still run).
 */
bool task_alive(pid_t tid, pid_t tgid, bool whole_group);
/* Call fn for the tgid of every process whose comm is name. */
int comm_for_each_process(const char *name, void (*fn)(void *ctx, pid_t tgid), void *ctx);

#endif
