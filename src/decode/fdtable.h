/* SPDX-License-Identifier: MIT */
/*
 * -y / -yy: what each file descriptor of each traced process refers to, kept
 * from the trace itself (open, dup, close, pipe, socket, exec...) so that it
 * works on a recorded log as well as live. The rules are in fdtable_apply.c.
 */
#ifndef SCT_DECODE_FDTABLE_H
#define SCT_DECODE_FDTABLE_H

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>

#include "decode.h"

struct fdtable;

struct fdtable *fdtable_new(void);
void fdtable_free(struct fdtable *t);

/* Descriptors at or above this are not tracked. */
#define FDTABLE_FD_LIMIT (1 << 20)
/* A snapshot travels in one record: its size is a u16. */
#define FDTABLE_SNAPSHOT_MAX 60000

/*
 * What only live tracing can ask the system (src/live provides it): the
 * table computes from records alone unless given one.
 */
struct fdtable_live {
	/* The canonical path (realpath(3)) of an absolute path, malloc'd, or NULL. */
	char *(*real_path)(void *ctx, const char *path);
	/* What process tgid's fd refers to now ("pipe:[123]"), malloc'd, or NULL. */
	char *(*fd_link)(void *ctx, uint32_t tgid, int fd);
	/* -yy of a device file: "char 1:3", "block 8:0", malloc'd, or NULL (not a device). */
	char *(*dev_kind)(void *ctx, const char *path);
	void *ctx;
};

/*
 * Live tracing only: canonicalise opened paths and read the inode of new
 * pipes and sockets while the process still has them (older logs lack the
 * kernel side's inodes). Replay and --record leave it NULL, so a log always
 * prints the same bytes.
 */
void fdtable_set_live(struct fdtable *t, const struct fdtable_live *live);

/*
 * The descriptors of the SCM_RIGHTS messages in a control buffer (len bytes
 * captured), appended to fds[0..n) up to max; the new count.
 */
size_t scm_rights_fds(const void *control, size_t len, int *fds, size_t n, size_t max);

/*
 * The description of fd in process tgid: "/etc/hostname", "pipe:[123]",
 * "socket:[456]"; with level 2 (-yy) "TCP:[456]" for sockets whose protocol
 * is known. fd AT_FDCWD (-100) gives the working directory. NULL: unknown.
 * The string stays valid until the table next changes.
 */
const char *fdtable_lookup(const struct fdtable *t, uint32_t tgid, int fd, unsigned what);
/* The lookup with the signature of decode_opts.fd_path (ctx is the table). */
const char *fdtable_path_hook(void *ctx, uint32_t tgid, int fd, unsigned what);

/*
 * A finished call of a task of process tgid: apply what it did to the table.
 * Sinks call it twice per finished call, before decoding it (after_print
 * false) and after (true), whether the call is printed or filtered out; each
 * call is applied in one of the two (see fdtable_apply.c).
 */
void fdtable_apply(struct fdtable *t, uint32_t tgid, const struct sc_event *ev, bool after_print);
/*
 * Add the calls that change descriptor tables to a syscall bitmap: -y
 * captures them even outside -e trace=, to keep the table (not shown).
 */
void fdtable_add_calls(uint64_t bits[SCT_NR_MAX / 64]);
/* A FORK record: a new process copies its parent's table; a thread shares it. */
void fdtable_fork(struct fdtable *t, uint32_t parent_tgid, uint32_t child_tgid);
/* The last task of process tgid ended. */
void fdtable_exit(struct fdtable *t, uint32_t tgid);

/* Set one descriptor (desc NULL removes it) or the working directory directly. */
int fdtable_set(struct fdtable *t, uint32_t tgid, int fd, const char *desc, bool cloexec);
int fdtable_set_cwd(struct fdtable *t, uint32_t tgid, const char *cwd);
/*
 * A process's table as a SCT_REC_FD_SNAPSHOT record carries it: "CWD\0", then
 * one "FD CLOEXEC DESCRIPTION\0" per descriptor, where a socket's description
 * may be followed by a tab and its -yy form ("socket:[5]\tTCP:[...]"), as
 * may a device's ("/dev/null\t/dev/null<char 1:3>").
 * live_fd_snapshot() makes one from /proc. Apply one (checked: it may come
 * from a damaged log).
 */
int fdtable_apply_snapshot(struct fdtable *t, uint32_t tgid, const char *data, size_t len);

#endif
