/* SPDX-License-Identifier: MIT */
/*
 * The constant tables of the ioctl decoders (ioctl_<area>.c), kept apart
 * from flags.c so that each area's names live in one place.
 */
#ifndef SCT_DECODE_XLAT_IOCTL_H
#define SCT_DECODE_XLAT_IOCTL_H

#include "flags.h"

/* files (ioctl_fs.c) */
extern const struct flag_table fiemap_flag_names, fiemap_extent_flag_names, fs_xflag_names;

/* ATA disks (ioctl_hdio.c) */
extern const struct flag_table hdio_nice_names, hdio_busstate_names, ata_cmd_names;
/* GPIO (ioctl_gpio.c) */
extern const struct flag_table gpio_line_flag_names, gpio_handle_flag_names,
	gpio_event_flag_names, gpio_v2_line_flag_names;
/* terminals (ioctl.c) */
extern const struct flag_table tty_ldisc_names;
/* counter devices (ioctl_misc.c) */
extern const struct flag_table counter_component_type_names, counter_scope_names,
	counter_event_names;
/* seccomp user notifications (ioctl_seccomp.c) */
extern const struct flag_table audit_arch_names, seccomp_resp_flag_names,
	seccomp_addfd_flag_names;
/* input event devices (ioctl_evdev.c) */
extern const struct flag_table evdev_ev_names, evdev_key_names, evdev_rel_names, evdev_abs_names,
	evdev_mtslot_names, evdev_msc_names, evdev_sw_names, evdev_led_names, evdev_snd_names,
	evdev_rep_names, evdev_prop_names, evdev_ff_type_names, evdev_ff_status_names;
/* PTP clocks (ioctl_ptp.c) */
extern const struct flag_table ptp_extts_flag_names, ptp_perout_flag_names, ptp_pin_func_names;
/* infrared devices (ioctl_misc.c) */
extern const struct flag_table lirc_feature_names, lirc_mode_names;
/* network block devices (ioctl_misc.c) */
extern const struct flag_table nbd_flag_names;
/* SCSI generic (ioctl_misc.c) */
extern const struct flag_table sg_scsi_reset_names;
/* real-time clocks (ioctl_rtc.c) */
extern const struct flag_table rtc_feature_names, rtc_param_names, rtc_bsm_names,
	rtc_vl_flag_names;
/* loop devices (ioctl_loop.c) */
extern const struct flag_table loop_flag_names, loop_crypt_names;
/* MTD flash (ioctl_mtd.c) */
extern const struct flag_table mtd_type_names, mtd_flag_names, mtd_nandecc_names, mtd_otp_names,
	mtd_mode_names, mtd_file_mode_names;
/* device mapper (ioctl_dm.c) */
extern const struct flag_table dm_flag_names;

#endif
