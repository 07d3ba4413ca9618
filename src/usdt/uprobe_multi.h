/* SPDX-License-Identifier: MIT */
/*
 * The kernel's multi-uprobe link (BPF_TRACE_UPROBE_MULTI, Linux 6.6): every
 * probe site of one object in one BPF link, attached and detached in one
 * operation each. libbpf 1.1 has no wrapper, so this calls
 * bpf(BPF_LINK_CREATE) with the uapi layout.
 */
#ifndef SCT_USDT_UPROBE_MULTI_H
#define SCT_USDT_UPROBE_MULTI_H

#include <stdint.h>
#include <sys/types.h>

#define USDT_ATTACH_UPROBE_MULTI 48 /* enum bpf_attach_type BPF_TRACE_UPROBE_MULTI */

/*
 * A link of prog_fd (loaded with expected_attach_type BPF_TRACE_UPROBE_MULTI)
 * on cnt sites of the file at path: file offsets, semaphore file offsets (0:
 * none) and cookies. pid: only that process, 0: every process. Returns the
 * link's fd (close it to detach) or -errno.
 */
int usdt_uprobe_multi_link(int prog_fd, const char *path, const uint64_t *offsets,
			   const uint64_t *ref_ctr_offsets, const uint64_t *cookies, uint32_t cnt,
			   pid_t pid);

#endif
