/* SPDX-License-Identifier: MIT */
/*
 * Holding the execve of traced processes when sctrace did not start them
 * (-p): a fanotify FAN_OPEN_EXEC_PERM listener thread. Design:
 * src/usdt/README.md ("Discovery").
 */
#ifndef SCT_USDT_EXECHOLD_H
#define SCT_USDT_EXECHOLD_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

struct usdt_exechold;

/*
 * Called on the listener's thread for every file a process (tgid) opens to
 * execute it (a program, its ELF interpreter, a script's interpreter), while
 * that process waits; path names the file (/proc/HELPER/fd/N) during the call.
 */
typedef void (*usdt_exec_fn)(void *ctx, pid_t tgid, const char *path);

/*
 * Mark the filesystems mounted in sctrace's mount namespace and start the
 * helper process that reads the events and the thread that answers it. -errno when fanotify refuses (no CAP_SYS_ADMIN, no
 * CONFIG_FANOTIFY_ACCESS_PERMISSIONS) or no filesystem could be marked.
 */
/*
 * bits (nwords 64-bit words, a power of two; may be NULL): a bitmap by pid in
 * shared memory that the helper reads to skip the processes it says are not
 * traced without asking (the capture's traced_bits, mapped from its map).
 */
int usdt_exechold_start(struct usdt_exechold **out, usdt_exec_fn fn, void *ctx,
			const uint64_t *bits, size_t nwords);
/* Stop the thread and the helper; the kernel lets any exec still waiting go on. Accepts NULL. */
void usdt_exechold_stop(struct usdt_exechold *h);
/* The helper process (a child of ours, which it waits for), or 0. Accepts NULL. */
pid_t usdt_exechold_helper(const struct usdt_exechold *h);

#endif
