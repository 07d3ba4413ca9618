/* SPDX-License-Identifier: MIT */
/*
 * What user space hands the USDT BPF program (src/bpf/usdt.bpf.c) for each
 * attachment, in the map `specs` keyed by the attach cookie: how to read
 * every argument of the probe site in that process. Fixed-width types only,
 * shared by both sides like src/shared/record.h.
 */
#ifndef SCT_SHARED_USDT_SPEC_H
#define SCT_SHARED_USDT_SPEC_H

#ifndef __BPF__
#include <linux/types.h>
#endif

#include "record.h"

enum sct_usdt_arg_kind {
	SCT_UARG_NONE = 0, /* not understood: the value is 0 */
	SCT_UARG_CONST = 1, /* val */
	SCT_UARG_REG = 2, /* the register at reg_off in struct pt_regs, >> reg_shift */
	SCT_UARG_DEREF = 3, /* memory at register + val */
	SCT_UARG_ADDR = 4, /* memory at val (a symbol resolved for this process) */
};

struct sct_usdt_arg_spec {
	__s64 val;
	__u16 reg_off;
	__u8 kind; /* enum sct_usdt_arg_kind */
	__s8 size; /* 1, 2, 4, 8 bytes; negative when signed */
	__u8 reg_shift; /* 8 for %ah %bh %ch %dh */
	__u8 str; /* also read a string at the value */
	__u8 pad[2];
};

struct sct_usdt_spec {
	__u32 probe_id;
	__u16 nargs;
	__u16 pad;
	struct sct_usdt_arg_spec args[SCT_USDT_MAX_ARGS];
};

#define SCT_USDT_PT_REGS_SIZE 168 /* x86-64 struct pt_regs */

#ifndef __BPF__
_Static_assert(sizeof(struct sct_usdt_arg_spec) == 16, "sct_usdt_arg_spec size");
_Static_assert(sizeof(struct sct_usdt_spec) == 200, "sct_usdt_spec size");
#endif

#endif
