/* SPDX-License-Identifier: MIT */
/* The constant tables of the btrfs ioctl decoder, ioctl_btrfs.c. */
#ifndef SCT_DECODE_XLAT_BTRFS_H
#define SCT_DECODE_XLAT_BTRFS_H

#include "flags.h"

extern const struct flag_table btrfs_balance_arg_names, btrfs_balance_ctl_names,
	btrfs_balance_flag_names, btrfs_compress_names, btrfs_srcdev_mode_names,
	btrfs_defrag_flag_names, btrfs_replace_cmd_names, btrfs_dev_stats_flag_names,
	btrfs_compat_names, btrfs_compat_ro_names, btrfs_incompat_names, btrfs_key_type_names,
	btrfs_logical_ino_flag_names, btrfs_quota_ctl_names, btrfs_inherit_flag_names,
	btrfs_limit_flag_names, btrfs_scrub_flag_names, btrfs_send_flag_names,
	btrfs_subvol_flag_names, btrfs_space_flag_names, btrfs_objectid_names,
	btrfs_balance_state_names, btrfs_csum_type_names, btrfs_fs_info_flag_names,
	btrfs_dev_stat_names, btrfs_space_info_names, btrfs_replace_result_names,
	btrfs_replace_state_names;

#endif
