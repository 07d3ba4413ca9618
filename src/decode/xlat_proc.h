/* SPDX-License-Identifier: MIT */
/*
 * The constant tables of the process, signal, scheduling and memory-policy
 * calls that procsig.c decodes: NUMA memory policies, I/O priorities,
 * signalfd's and sigaltstack's flags, sched_attr's flags. Kept apart from
 * flags.c so that area's tables live with their decoders' names.
 */
#ifndef SCT_DECODE_XLAT_PROC_H
#define SCT_DECODE_XLAT_PROC_H

#include "flags.h"

extern const struct flag_table mpol_mode_names, mpol_mode_flag_names, mbind_flag_names, move_pages_flag_names,
	get_mempolicy_flag_names, ioprio_who_names, ioprio_class_names, sfd_flag_names,
	ss_flag_names, sched_attr_flag_names, cap_version_names, adjtimex_mode_names,
	adjtimex_status_names, adjtimex_state_names, ptrace_cmd_names, ptrace_option_names,
	ptrace_syscall_info_op_names, ptrace_peeksiginfo_flag_names, nt_type_names,
	sigsys_code_names; /* audit_arch_names: xlat_ioctl.h */

#endif
