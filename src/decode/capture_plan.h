/* SPDX-License-Identifier: MIT */
/*
 * What the kernel side captures for each syscall, derived from the syscall
 * table's argument types: which arguments point to strings or structures,
 * whether they are read at entry or exit, and how many bytes.
 */
#ifndef SCT_DECODE_CAPTURE_PLAN_H
#define SCT_DECODE_CAPTURE_PLAN_H

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

/* The capture of one argument type; *size is set for the MEM kinds. */
enum sct_cap_kind arg_type_capture(enum arg_type t, uint16_t *size);
void capture_plan_build(struct capture_plan *plan);

#endif
