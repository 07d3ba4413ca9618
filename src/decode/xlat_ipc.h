/* SPDX-License-Identifier: MIT */
/*
 * The constant tables of the administration and IPC calls (sysadmin.c,
 * mountapi.c): namespaces, modules, reboot, syslog, swap, the new
 * mount API, kcmp, pidfd (SysV IPC and the rest: xlat_sysvipc.h). Kept apart
 * from flags.c so that area's tables live with their decoders' names.
 */
#ifndef SCT_DECODE_XLAT_IPC_H
#define SCT_DECODE_XLAT_IPC_H

#include "flags.h"

extern const struct flag_table pidfd_open_flag_names, setns_type_names, unshare_flag_names,
	delete_module_flag_names, module_init_flag_names, reboot_magic1_names,
	reboot_magic2_names, reboot_cmd_names, syslog_action_names, syslog_level_names,
	swap_flag_names, kcmp_type_names;
extern const struct flag_table fsopen_flag_names, fsmount_flag_names, fsmount_attr_names,
	fspick_flag_names, open_tree_flag_names, move_mount_flag_names, mount_setattr_flag_names,
	mount_attr_names, mount_propagation_names;

#endif
