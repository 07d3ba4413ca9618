/* SPDX-License-Identifier: MIT */
/*
 * The constant tables of the administration and IPC calls (sysadmin.c,
 * mountapi.c, ipc.c): namespaces, modules, reboot, syslog, swap, the new
 * mount API, kcmp, pidfd, SysV IPC, POSIX message queues, keys. Kept apart
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
extern const struct flag_table ipc_key_names, ipc_get_flag_names, ipc_cmd_names,
	msgctl_cmd_names, semctl_cmd_names, shmctl_cmd_names, ipc_msg_flag_names,
	shm_flag_names, shmat_flag_names, sem_flag_names;

#endif
