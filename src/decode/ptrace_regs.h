/* SPDX-License-Identifier: MIT */
/* x86_64's ptrace register sets, printed as strace prints them (ptrace_regs.c). */
#ifndef SCT_DECODE_PTRACE_REGS_H
#define SCT_DECODE_PTRACE_REGS_H

#include <stdbool.h>
#include <stdint.h>

#include "decode.h"
#include "../util/strbuf.h"

#define PTRACE_PRSTATUS_SIZE 216 /* struct user_regs_struct */
#define PTRACE_FPREGS_SIZE 512 /* struct user_fpregs_struct */

/*
 * The registers of a set size bytes long, from p (have bytes captured):
 * false, having printed nothing, when strace prints the address instead
 * (a size that is 0 or not a multiple of 8, or bytes not captured).
 */
bool print_prstatus_regs(struct strbuf *out, const char *p, unsigned have, uint64_t size);
bool print_fpregs(struct strbuf *out, const char *p, unsigned have, uint64_t size,
		  const struct decode_opts *o);

#endif
