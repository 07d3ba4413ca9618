/* SPDX-License-Identifier: MIT */
/*
 * -k: the call chain of a traced call or signal, unwound in user space from
 * the registers and the copy of the top of the user stack the kernel side
 * captured, with the DWARF call frame information of the files the process
 * has mapped (elfutils libdwfl, as strace and perf use it), and printed as
 * strace prints it: " > /lib/libc.so.6(__getpid+0x7) [0xd54e7]".
 *
 * The mapped files come from /proc/PID/maps, read when a process is first
 * unwound and again after its execve or when an address falls outside every
 * file known: a process that has exited by the time its calls are printed
 * keeps the maps read before, or, if none were, prints an error frame.
 */
#ifndef SCT_LIVE_UNWIND_H
#define SCT_LIVE_UNWIND_H

#include <stdint.h>

#include "../decode/event.h"
#include "../util/strbuf.h"

struct unwinder;

struct unwinder *unwinder_new(void);
void unwinder_free(struct unwinder *u);
/* The process's maps changed (execve): read them again at its next stack. */
void unwinder_forget(struct unwinder *u, uint32_t tgid);
/* Append the frames of thread tid of process tgid, one " > ..." line each. */
void unwinder_print(struct unwinder *u, uint32_t tgid, uint32_t tid, const struct user_stack *st,
		    struct strbuf *out);

#endif
