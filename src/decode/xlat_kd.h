/* SPDX-License-Identifier: MIT */
/*
 * The constant tables of the console (virtual terminal) ioctl decoder,
 * ioctl_kd.c: modes, LEDs, keymaps and the key values of each key type;
 * the perf events ioctl flags (ioctl_perf.c) and userfaultfd's (ioctl_uffdio.c).
 */
#ifndef SCT_DECODE_XLAT_KD_H
#define SCT_DECODE_XLAT_KD_H

#include "flags.h"

extern const struct flag_table kd_mode_names, kd_kbd_mode_names, kd_kbd_type_names,
	kd_meta_names, kd_led_names, kd_default_led_names, kd_key_table_names,
	kd_keymap_flag_names, kd_key_type_names, kd_fn_key_names, kd_spec_key_names,
	kd_pad_key_names, kd_dead_key_names, kd_cur_key_names, kd_shift_key_names,
	kd_ascii_key_names, kd_lock_key_names, kd_slock_key_names, kd_brl_key_names, kd_font_op_names, kd_font_flag_names;
/* perf events (ioctl_perf.c) */
extern const struct flag_table perf_ioc_flag_names;
/* userfaultfd (ioctl_uffdio.c) */
extern const struct flag_table uffd_feature_names, uffd_api_ioctl_names,
	uffd_register_ioctl_names, uffd_register_mode_names, uffd_copy_mode_names,
	uffd_zeropage_mode_names;

#endif
