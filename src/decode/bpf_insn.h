/* SPDX-License-Identifier: MIT */
/* eBPF instructions as strace prints them (bpf_insn.c). */
#ifndef SCT_DECODE_BPF_INSN_H
#define SCT_DECODE_BPF_INSN_H

#include "decode.h"

/* The 8 bytes of a struct bpf_insn at e: {code=BPF_JMP|BPF_K|BPF_EXIT, dst_reg=BPF_REG_0, ...} */
void print_ebpf_insn(struct strbuf *out, const char *e, const struct decode_opts *o);

#endif
