/* SPDX-License-Identifier: MIT */
/*
 * The constant tables of prctl, arch_prctl, personality and seccomp
 * (xlat_prctl.c), kept apart from flags.c with their decoders' area.
 */
#ifndef SCT_DECODE_XLAT_PRCTL_H
#define SCT_DECODE_XLAT_PRCTL_H

#include "flags.h"

extern const struct flag_table pr_fp_mode_names, pr_unalign_names, pr_sve_vl_names,
	pr_sme_vl_names, pr_tagged_addr_names, pr_mte_tcf_names, pr_pac_key_names,
	pr_pac_reset_key_names, pr_sched_core_names, pidtype_names, pr_spec_set_names,
	pr_spec_get_names, pr_sud_names, personality_type_names, personality_flag_names,
	x86_xfeature_mask_names, x86_xfeature_names;
extern const struct flag_table seccomp_op_names, seccomp_filter_flag_names, seccomp_ret_names;

#endif
