// SPDX-License-Identifier: MIT
/*
 * bpf(BPF_LINK_CREATE) for BPF_TRACE_UPROBE_MULTI: see uprobe_multi.h. The
 * attribute layout is the kernel's union bpf_attr link_create member as of
 * Linux 6.6 (checked against this kernel's BTF): prog_fd, target_fd,
 * attach_type, flags, then uprobe_multi { path, offsets, ref_ctr_offsets,
 * cookies, cnt, flags, pid } at offset 16.
 */
#include "uprobe_multi.h"

#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define BPF_LINK_CREATE_CMD 28

struct link_create_uprobe_multi {
	uint32_t prog_fd;
	uint32_t target_fd;
	uint32_t attach_type;
	uint32_t flags;
	uint64_t path;
	uint64_t offsets;
	uint64_t ref_ctr_offsets;
	uint64_t cookies;
	uint32_t cnt;
	uint32_t multi_flags;
	uint32_t pid;
	uint32_t pad;
};

_Static_assert(offsetof(struct link_create_uprobe_multi, path) == 16, "uapi layout");
_Static_assert(offsetof(struct link_create_uprobe_multi, pid) == 56, "uapi layout");

int usdt_uprobe_multi_link(int prog_fd, const char *path, const uint64_t *offsets,
			   const uint64_t *ref_ctr_offsets, const uint64_t *cookies, uint32_t cnt,
			   pid_t pid)
{
	struct link_create_uprobe_multi attr;
	long fd;

	memset(&attr, 0, sizeof(attr));
	attr.prog_fd = (uint32_t)prog_fd;
	attr.attach_type = USDT_ATTACH_UPROBE_MULTI;
	attr.path = (uint64_t)(uintptr_t)path;
	attr.offsets = (uint64_t)(uintptr_t)offsets;
	attr.ref_ctr_offsets = (uint64_t)(uintptr_t)ref_ctr_offsets;
	attr.cookies = (uint64_t)(uintptr_t)cookies;
	attr.cnt = cnt;
	attr.pid = (uint32_t)pid;
	fd = syscall(__NR_bpf, BPF_LINK_CREATE_CMD, &attr, sizeof(attr));
	return fd < 0 ? -errno : (int)fd;
}
