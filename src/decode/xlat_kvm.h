/* SPDX-License-Identifier: MIT */
/* The constant tables of the KVM ioctl decoder (xlat_kvm.c). */
#ifndef SCT_DECODE_XLAT_KVM_H
#define SCT_DECODE_XLAT_KVM_H

#include "flags.h"

extern const struct flag_table kvm_mem_flag_names, kvm_cpuid_flag_names, kvm_cap_names;
/* ioctl3 */
extern const struct flag_table kvm_exit_reason_names;

#endif
