/* SPDX-License-Identifier: MIT */
/*
 * -k: the call chain of a traced call or signal, unwound in user space from
 * the registers and the copy of the top of the user stack the kernel side
 * captured, with the DWARF call frame information of the files the process
 * has mapped (elfutils libdwfl, as strace and perf use it), and printed as
 * strace prints it: " > /lib/libc.so.6(__getpid+0x7) [0xd54e7]".
 *
 * The mapped files come from /proc/PID/maps. A stack may be printed after
 * its process has gone or has replaced its image: with a command sctrace
 * starts, its execve and exit_group wait for sctrace to read the maps first
 * (unwinder_snapshot, from the seccomp listener); a stack is unwound with
 * the first maps read after it was taken, else with the newest known.
 */
#ifndef SCT_LIVE_UNWIND_H
#define SCT_LIVE_UNWIND_H

#include <stdint.h>

#include "../decode/event.h"
#include "../util/strbuf.h"

struct unwinder;

struct unwinder *unwinder_new(void);
void unwinder_free(struct unwinder *u);
/*
 * Process child was forked from parent: it has the parent's newest maps
 * for as long as none of its own can be read (a child killed before its
 * exit_group, its stacks printed after it is gone).
 */
void unwinder_fork(struct unwinder *u, uint32_t parent, uint32_t child);
/* Keep the maps of thread tid's process as they are now (any thread may call it). */
void unwinder_snapshot(struct unwinder *u, uint32_t tid);
/*
 * Append the frames of thread tid of process tgid taken at ts, one " > ..."
 * line each; a frame without a symbol is "file() [0x...]", with at_entry
 * "file(+0x0) [0x...]" as strace prints the stacks it takes at a call's entry.
 */
void unwinder_print(struct unwinder *u, uint32_t tgid, uint32_t tid, uint64_t ts,
		    const struct user_stack *st, bool at_entry, struct strbuf *out);

#endif
