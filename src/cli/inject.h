/* SPDX-License-Identifier: MIT */
/*
 * -e inject= / -e fault= for a command sctrace starts: a thread answers the
 * seccomp notifications of the command's filter (command_spawn installs it):
 * it counts each call per thread and syscall, and for the calls the rule's
 * when= selects sends the signal and answers with the error or the value
 * (the call does not run; the kernel side shows it from inject_pending);
 * every other call goes on (SECCOMP_USER_NOTIF_FLAG_CONTINUE).
 */
#ifndef SCT_CLI_INJECT_H
#define SCT_CLI_INJECT_H

#include <stdint.h>
#include <sys/types.h>

#include "qualify.h"

struct injector;

/* Calls reported to a hook before they run, whether injected or not (-k: the maps). */
struct inject_watch {
	uint64_t calls[SCT_NR_MAX / 64];
	void (*before)(void *ctx, uint32_t tid, unsigned nr, const uint64_t *args);
	void *ctx;
};

/*
 * Before the command is released: answer what is already pending (the
 * child's own read of the release pipe, uncounted) with CONTINUE.
 */
void injector_settle(int listener);
/*
 * Start answering on listener (ours from then on) with rules; pending_map:
 * inject_pending. child: the command, whose first execve (its start) is let
 * run uncounted, as strace never tampers with it. only_child: without -f only
 * the command's thread is traced; the filter's other users (the children it
 * makes) are not, so they are not injected into either, as in strace.
 */
int injector_start(struct injector **out, int listener, const struct inject_rule *rules,
		   int pending_map, pid_t child, bool only_child, const struct inject_watch *watch);
/* Stop the thread and close the listener (calls notified after that fail with ENOSYS). */
void injector_stop(struct injector *inj);

#endif
