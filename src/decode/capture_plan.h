/* SPDX-License-Identifier: MIT */
/*
 * What the kernel side captures for each syscall, derived from the syscall
 * table's argument types: which arguments point to strings or structures,
 * whether they are read at entry or exit, and how many bytes. What each type
 * needs is its row's capture column in arg_types.def.
 */
#ifndef SCT_DECODE_CAPTURE_PLAN_H
#define SCT_DECODE_CAPTURE_PLAN_H

#include <stdbool.h>
#include <stdint.h>

#include "../shared/record.h"
#include "arg_types.h"

struct capture_plan {
	uint8_t kind[SCT_NR_MAX][SCT_MAX_ARGS]; /* enum sct_cap_kind */
	uint16_t size[SCT_NR_MAX][SCT_MAX_ARGS]; /* bytes for the MEM kinds (at most, if counted) */
	uint8_t count[SCT_NR_MAX][SCT_MAX_ARGS]; /* enum sct_cap_count */
	uint8_t elem[SCT_NR_MAX][SCT_MAX_ARGS]; /* bytes of a counted element */
	uint8_t in_mask[SCT_NR_MAX]; /* arguments captured at entry */
	uint8_t out_mask[SCT_NR_MAX]; /* arguments captured at exit */
	uint8_t early_mask[SCT_NR_MAX]; /* small in/out values also saved at entry ([128 => 16]) */
	uint8_t flags[SCT_NR_MAX]; /* SCT_SCF_* */
	uint8_t nargs[SCT_NR_MAX]; /* argument registers a record keeps (6 for an unknown call) */
};

/*
 * The capture of one argument type: the "capture" column of arg_types.def,
 * CAP(kind, size, size_in_next_arg, both, count, elem) in this order.
 */
struct type_capture {
	uint8_t kind; /* enum sct_cap_kind */
	uint16_t size; /* bytes for the MEM kinds (at most, if counted) */
	bool size_in_next_arg; /* BUF_ENTRY, IOV_*: the size is the next argument */
	/*
	 * MEM_ENTRY read again at exit: the argument is in both in_mask and
	 * out_mask. A call that blocks gets its ENTER record (read at entry) and
	 * its EXIT record (read at exit), so the decoder sees both values (the
	 * first blob and the last); a whole SYSCALL record reads it once, at exit.
	 * IOV_EXIT and MSGHDR_EXIT: the array or header is also read at entry.
	 */
	bool both;
	uint8_t count; /* enum sct_cap_count: size is then the most read */
	uint8_t elem; /* bytes of one counted element */
};

/* The capture of one argument type; all zero (SCT_CAP_NONE) out of range. */
const struct type_capture *arg_type_capture(enum arg_type t);
void capture_plan_build(struct capture_plan *plan);

#endif
