/* SPDX-License-Identifier: MIT */
/*
 * The constant tables of perf_event_open (perf.c): its flags and the named
 * fields of struct perf_event_attr.
 */
#ifndef SCT_DECODE_XLAT_PERF_H
#define SCT_DECODE_XLAT_PERF_H

#include "flags.h"

extern const struct flag_table perf_open_flag_names, perf_type_names, perf_attr_size_names,
	perf_hw_id_names, perf_sw_id_names, perf_hw_cache_names, perf_hw_cache_op_names,
	perf_hw_cache_result_names, perf_sample_names, perf_read_format_names,
	perf_branch_sample_names, hw_breakpoint_type_names, rwf_flag_names;

#endif
