// SPDX-License-Identifier: MIT
/*
 * Attaching syscall_hooks (src/bpf/capture.bpf.c) with a cookie per
 * tracepoint. libbpf 1.1 has no wrapper for a raw tracepoint's cookie, so
 * this calls bpf(BPF_RAW_TRACEPOINT_OPEN) with the layout of Linux 6.10's
 * union bpf_attr raw_tracepoint member: name, prog_fd, then the cookie at
 * offset 16.
 */
#include "hooks.h"

#include <errno.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "../shared/record.h"

#define BPF_RAW_TRACEPOINT_OPEN_CMD 17

struct raw_tracepoint_open {
	uint64_t name;
	uint32_t prog_fd;
	uint32_t pad;
	uint64_t cookie;
};

_Static_assert(offsetof(struct raw_tracepoint_open, cookie) == 16, "uapi layout");

static const struct {
	const char *tracepoint;
	uint64_t cookie;
} hooks[HOOKS_N] = {
	{ "sys_enter", SCT_HOOK_SYS_ENTER },
	{ "sys_exit", SCT_HOOK_SYS_EXIT },
	{ "sched_switch", SCT_HOOK_SCHED_SWITCH },
};

bool hooks_one_program(void)
{
	const char *env = getenv("SCTRACE_HOOKS");
	struct utsname u;
	unsigned major, minor;

	if (env && strcmp(env, "separate") == 0)
		return false;
	if (uname(&u) || sscanf(u.release, "%u.%u", &major, &minor) != 2)
		return false;
	return major > 6 || (major == 6 && minor >= 10);
}

int hooks_attach(int prog_fd, int link_fds[HOOKS_N])
{
	for (int i = 0; i < HOOKS_N; i++)
		link_fds[i] = -1;
	for (int i = 0; i < HOOKS_N; i++) {
		struct raw_tracepoint_open attr;

		memset(&attr, 0, sizeof(attr));
		attr.name = (uint64_t)(uintptr_t)hooks[i].tracepoint;
		attr.prog_fd = (uint32_t)prog_fd;
		attr.cookie = hooks[i].cookie;
		link_fds[i] = (int)syscall(__NR_bpf, BPF_RAW_TRACEPOINT_OPEN_CMD, &attr, sizeof(attr));
		if (link_fds[i] < 0) {
			int err = -errno;

			hooks_detach(link_fds);
			return err;
		}
	}
	return 0;
}

void hooks_detach(int link_fds[HOOKS_N])
{
	for (int i = 0; i < HOOKS_N; i++) {
		if (link_fds[i] >= 0)
			close(link_fds[i]);
		link_fds[i] = -1;
	}
}
