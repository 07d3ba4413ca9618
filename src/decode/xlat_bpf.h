/* SPDX-License-Identifier: MIT */
/*
 * The constant tables of bpf(2) (bpf.c): commands, map and program types,
 * attach types and the flags of union bpf_attr, as strace 6.1 knows them.
 */
#ifndef SCT_DECODE_XLAT_BPF_H
#define SCT_DECODE_XLAT_BPF_H

#include "flags.h"

extern const struct flag_table bpf_cmd_names, bpf_map_type_names, bpf_map_flag_names,
	bpf_prog_type_names, bpf_prog_flag_names, bpf_attach_type_names, bpf_attach_flag_names,
	bpf_lookup_flag_names, bpf_update_flag_names, bpf_file_mode_names, bpf_query_flag_names,
	bpf_task_fd_type_names, bpf_test_run_flag_names, bpf_kprobe_multi_flag_names,
	bpf_insn_class_names, bpf_insn_mode_names, bpf_reg_names;

#endif
