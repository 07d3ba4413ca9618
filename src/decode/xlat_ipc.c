// SPDX-License-Identifier: MIT
/*
 * Constant tables of the administration and IPC calls (see xlat_ipc.h), as
 * flags.c's: values from the headers, entries in strace 6.1's print order.
 * Checked against the kernel's uapi headers by tests/unit/test_xlat_values.c.
 */
#include "xlat_ipc.h"
#include "xlat_table.h"

#include <fcntl.h>
#include <sched.h>
#include <sys/ipc.h>
#include <sys/mount.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/swap.h>
#include <linux/kcmp.h>
#include <linux/module.h>
#include <linux/reboot.h>

#ifndef PIDFD_NONBLOCK
#define PIDFD_NONBLOCK O_NONBLOCK
#endif
#ifndef CLONE_NEWTIME
#define CLONE_NEWTIME 0x00000080
#endif
#ifndef MODULE_INIT_COMPRESSED_FILE
#define MODULE_INIT_COMPRESSED_FILE 4
#endif
#ifndef AT_RECURSIVE
#define AT_RECURSIVE 0x8000
#endif


/* --- processes and namespaces --- */
TABLE(pidfd_open_flag_names, "PIDFD_???", NULL, X(PIDFD_NONBLOCK));
TABLE(setns_type_names, "CLONE_NEW???", NULL,
      X(CLONE_NEWTIME), X(CLONE_NEWNS), X(CLONE_NEWCGROUP), X(CLONE_NEWUTS), X(CLONE_NEWIPC),
      X(CLONE_NEWUSER), X(CLONE_NEWPID), X(CLONE_NEWNET));
TABLE(unshare_flag_names, "CLONE_???", NULL,
      X(CLONE_NEWTIME), X(CLONE_VM), X(CLONE_FS), X(CLONE_FILES), X(CLONE_SIGHAND),
      X(CLONE_THREAD), X(CLONE_NEWNS), X(CLONE_SYSVSEM), X(CLONE_NEWCGROUP), X(CLONE_NEWUTS),
      X(CLONE_NEWIPC), X(CLONE_NEWUSER), X(CLONE_NEWPID), X(CLONE_NEWNET));
TABLE(kcmp_type_names, "KCMP_???", NULL,
      X(KCMP_FILE), X(KCMP_VM), X(KCMP_FILES), X(KCMP_FS), X(KCMP_SIGHAND), X(KCMP_IO),
      X(KCMP_SYSVSEM), X(KCMP_EPOLL_TFD));

/* --- modules, reboot, syslog, swap --- */
TABLE(delete_module_flag_names, "O_???", NULL, X(O_NONBLOCK), X(O_TRUNC));
TABLE(module_init_flag_names, "MODULE_INIT_???", NULL,
      X(MODULE_INIT_IGNORE_MODVERSIONS), X(MODULE_INIT_IGNORE_VERMAGIC),
      X(MODULE_INIT_COMPRESSED_FILE));
TABLE(reboot_magic1_names, "LINUX_REBOOT_MAGIC_???", NULL, X(LINUX_REBOOT_MAGIC1));
TABLE(reboot_magic2_names, "LINUX_REBOOT_MAGIC_???", NULL,
      X(LINUX_REBOOT_MAGIC2), X(LINUX_REBOOT_MAGIC2A), X(LINUX_REBOOT_MAGIC2B),
      X(LINUX_REBOOT_MAGIC2C));
TABLE(reboot_cmd_names, "LINUX_REBOOT_CMD_???", NULL,
      X(LINUX_REBOOT_CMD_RESTART), X(LINUX_REBOOT_CMD_HALT), X(LINUX_REBOOT_CMD_CAD_ON),
      X(LINUX_REBOOT_CMD_CAD_OFF), X(LINUX_REBOOT_CMD_POWER_OFF), X(LINUX_REBOOT_CMD_RESTART2),
      X(LINUX_REBOOT_CMD_SW_SUSPEND), X(LINUX_REBOOT_CMD_KEXEC));
/* <sys/klog.h> names none of them: the kernel's include/linux/syslog.h values */
TABLE(syslog_action_names, "SYSLOG_ACTION_???", NULL,
      N(0, "SYSLOG_ACTION_CLOSE"), N(1, "SYSLOG_ACTION_OPEN"), N(2, "SYSLOG_ACTION_READ"),
      N(3, "SYSLOG_ACTION_READ_ALL"), N(4, "SYSLOG_ACTION_READ_CLEAR"),
      N(5, "SYSLOG_ACTION_CLEAR"), N(6, "SYSLOG_ACTION_CONSOLE_OFF"),
      N(7, "SYSLOG_ACTION_CONSOLE_ON"), N(8, "SYSLOG_ACTION_CONSOLE_LEVEL"),
      N(9, "SYSLOG_ACTION_SIZE_UNREAD"), N(10, "SYSLOG_ACTION_SIZE_BUFFER"));
/* include/linux/kern_levels.h */
TABLE(syslog_level_names, "LOGLEVEL_???", NULL,
      N(0, "LOGLEVEL_EMERG"), N(1, "LOGLEVEL_ALERT"), N(2, "LOGLEVEL_CRIT"),
      N(3, "LOGLEVEL_ERR"), N(4, "LOGLEVEL_WARNING"), N(5, "LOGLEVEL_NOTICE"),
      N(6, "LOGLEVEL_INFO"), N(7, "LOGLEVEL_DEBUG"), N(8, "LOGLEVEL_DEBUG+1"));
/* the two DISCARD_ kinds are in no header: the kernel's linux/swap.h values */
TABLE(swap_flag_names, "SWAP_FLAG_???", NULL,
      X(SWAP_FLAG_PREFER), X(SWAP_FLAG_DISCARD), N(0x20000, "SWAP_FLAG_DISCARD_ONCE"),
      N(0x40000, "SWAP_FLAG_DISCARD_PAGES"));

/* --- the mount API --- */
TABLE(fsopen_flag_names, "FSOPEN_???", NULL, X(FSOPEN_CLOEXEC));
TABLE(fsmount_flag_names, "FSMOUNT_???", NULL, X(FSMOUNT_CLOEXEC));
/* fsmount's attr_flags: strace 6.1 knows no IDMAP or NOSYMFOLLOW here */
TABLE(fsmount_attr_names, "MOUNT_ATTR_???", NULL,
      X(MOUNT_ATTR_RDONLY), X(MOUNT_ATTR_NOSUID), X(MOUNT_ATTR_NODEV), X(MOUNT_ATTR_NOEXEC),
      X(MOUNT_ATTR_NOATIME), X(MOUNT_ATTR_STRICTATIME), X(MOUNT_ATTR_NODIRATIME));
TABLE(mount_attr_names, "MOUNT_ATTR_???", NULL,
      X(MOUNT_ATTR_RDONLY), X(MOUNT_ATTR_NOSUID), X(MOUNT_ATTR_NODEV), X(MOUNT_ATTR_NOEXEC),
      X(MOUNT_ATTR_NOATIME), X(MOUNT_ATTR_STRICTATIME), X(MOUNT_ATTR_NODIRATIME),
      X(MOUNT_ATTR_IDMAP), X(MOUNT_ATTR_NOSYMFOLLOW));
TABLE(mount_propagation_names, "MS_???", NULL,
      X(MS_UNBINDABLE), X(MS_PRIVATE), X(MS_SLAVE), X(MS_SHARED));
TABLE(fspick_flag_names, "FSPICK_???", NULL,
      X(FSPICK_CLOEXEC), X(FSPICK_SYMLINK_NOFOLLOW), X(FSPICK_NO_AUTOMOUNT),
      X(FSPICK_EMPTY_PATH));
TABLE(open_tree_flag_names, "OPEN_TREE_???", NULL,
      X(OPEN_TREE_CLONE), X(OPEN_TREE_CLOEXEC), X(AT_SYMLINK_NOFOLLOW), X(AT_REMOVEDIR),
      X(AT_SYMLINK_FOLLOW), X(AT_NO_AUTOMOUNT), X(AT_EMPTY_PATH), X(AT_RECURSIVE));
TABLE(move_mount_flag_names, "MOVE_MOUNT_???", NULL,
      X(MOVE_MOUNT_F_SYMLINKS), X(MOVE_MOUNT_F_AUTOMOUNTS), X(MOVE_MOUNT_F_EMPTY_PATH),
      X(MOVE_MOUNT_T_SYMLINKS), X(MOVE_MOUNT_T_AUTOMOUNTS), X(MOVE_MOUNT_T_EMPTY_PATH),
      X(MOVE_MOUNT_SET_GROUP));
TABLE(mount_setattr_flag_names, "AT_???", NULL,
      X(AT_SYMLINK_NOFOLLOW), X(AT_NO_AUTOMOUNT), X(AT_EMPTY_PATH), X(AT_RECURSIVE));
