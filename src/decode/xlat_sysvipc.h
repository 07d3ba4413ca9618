/* SPDX-License-Identifier: MIT */
/*
 * The constant tables of SysV IPC, POSIX message queues, keys and quotas
 * (sysvipc.c, mq.c, keys.c, quota.c), in xlat_sysvipc.c.
 */
#ifndef SCT_DECODE_XLAT_SYSVIPC_H
#define SCT_DECODE_XLAT_SYSVIPC_H

#include "flags.h"

/* SysV IPC */
extern const struct flag_table ipc_key_names, ipc_get_flag_names, shm_get_flag_names,
	ipc_msg_flag_names, shmat_flag_names, sem_flag_names, msgctl_cmd_names,
	semctl_cmd_names, shmctl_cmd_names;
/* POSIX message queues */
extern const struct flag_table mq_attr_flag_names, sigev_notify_names;
/* quotactl */
extern const struct flag_table quota_cmd_names, quota_type_names, quota_format_names,
	dqblk_valid_names, dqinfo_flag_names, dqinfo_valid_names, xfs_dqblk_flag_names,
	xfs_quota_flag_names;
/* keys */
extern const struct flag_table key_spec_names, keyctl_cmd_names, key_reqkey_names,
	keyctl_move_flag_names, keyctl_pkey_op_names, keyctl_caps0_names, keyctl_caps1_names,
	key_perm_names;

#endif
