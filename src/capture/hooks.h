/* SPDX-License-Identifier: MIT */
/*
 * The syscall hooks as one BPF program on three raw tracepoints (Linux 6.10
 * and later: attachment cookies), or as three tp_btf programs on older
 * kernels. One program is verified once instead of three times.
 */
#ifndef SCT_CAPTURE_HOOKS_H
#define SCT_CAPTURE_HOOKS_H

#include <stdbool.h>

#define HOOKS_N 3

/* Whether this kernel takes the one-program form (SCTRACE_HOOKS=separate: never). */
bool hooks_one_program(void);

/* Attaches prog_fd to sys_enter, sys_exit and sched_switch; 0 or -errno. */
int hooks_attach(int prog_fd, int link_fds[HOOKS_N]);

void hooks_detach(int link_fds[HOOKS_N]);

#endif
