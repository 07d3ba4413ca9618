// SPDX-License-Identifier: MIT
/*
 * Constant tables of SysV IPC, POSIX message queues, keys and quotas (see
 * xlat_sysvipc.h): values from the kernel's uapi headers, entries in strace
 * 6.1's print order. Checked by tests/unit/test_xlat_values.c.
 */
#include "xlat_sysvipc.h"
#include "xlat_table.h"

#include <asm/siginfo.h>
#include <linux/fcntl.h>
#include <linux/ipc.h>
#include <linux/msg.h>
#include <linux/sem.h>
#include <linux/shm.h>
#include <linux/quota.h>
#include <linux/dqblk_xfs.h>

/* --- SysV IPC --- */
TABLE(ipc_key_names, NULL, NULL, X(IPC_PRIVATE));
/* msgget's and semget's flags above the mode bits */
TABLE(ipc_get_flag_names, NULL, NULL, X(IPC_CREAT), X(IPC_EXCL), X(IPC_NOWAIT));
TABLE(shm_get_flag_names, NULL, NULL,
      X(IPC_CREAT), X(IPC_EXCL), X(SHM_HUGETLB), X(SHM_NORESERVE));
TABLE(ipc_msg_flag_names, "MSG_???", NULL,
      X(MSG_NOERROR), X(MSG_EXCEPT), X(MSG_COPY), X(IPC_NOWAIT));
TABLE(shmat_flag_names, "SHM_???", NULL, X(SHM_RDONLY), X(SHM_RND), X(SHM_REMAP), X(SHM_EXEC));
TABLE(sem_flag_names, "SEM_???", NULL, X(SEM_UNDO), X(IPC_NOWAIT));
TABLE(msgctl_cmd_names, "MSG_???", NULL,
      X(IPC_RMID), X(IPC_SET), X(IPC_STAT), X(IPC_INFO), X(MSG_STAT), X(MSG_INFO),
      X(MSG_STAT_ANY));
TABLE(semctl_cmd_names, "SEM_???", NULL,
      X(IPC_RMID), X(IPC_SET), X(IPC_STAT), X(IPC_INFO), X(GETPID), X(GETVAL), X(GETALL),
      X(GETNCNT), X(GETZCNT), X(SETVAL), X(SETALL), X(SEM_STAT), X(SEM_INFO), X(SEM_STAT_ANY));
TABLE(shmctl_cmd_names, "SHM_???", NULL,
      X(IPC_RMID), X(IPC_SET), X(IPC_STAT), X(IPC_INFO), X(SHM_LOCK), X(SHM_UNLOCK), X(SHM_STAT),
      X(SHM_INFO), X(SHM_STAT_ANY));

/* --- POSIX message queues --- */
TABLE(mq_attr_flag_names, "O_???", NULL, X(O_NONBLOCK));
TABLE(sigev_notify_names, "SIGEV_???", NULL,
      X(SIGEV_SIGNAL), X(SIGEV_NONE), X(SIGEV_THREAD), X(SIGEV_THREAD_ID));

/* --- quotactl: the command is QCMD(cmd, type), the table holds cmd (qcmd >> 8) --- */
/* the old v1 and v2 commands are in no header: strace's OLD_CMD(n) values, n << 8 */
TABLE(quota_cmd_names, "Q_???", NULL,
      N(0x100, "Q_V1_QUOTAON"), N(0x200, "Q_V1_QUOTAOFF"), N(0x300, "Q_V1_GETQUOTA"),
      N(0x400, "Q_V1_SETQUOTA"), N(0x500, "Q_V1_SETUSE"), N(0x600, "Q_V1_SYNC"),
      N(0x700, "Q_SETQLIM"), N(0x800, "Q_V1_GETSTATS"), N(0x1000, "Q_V1_RSQUASH"),
      N(0xd00, "Q_V2_GETQUOTA"), N(0xe00, "Q_V2_SETQUOTA"), N(0xf00, "Q_V2_SETUSE"),
      N(0x900, "Q_V2_GETINFO"), N(0xa00, "Q_V2_SETINFO"), N(0xb00, "Q_V2_SETGRACE"),
      N(0xc00, "Q_V2_SETFLAGS"), N(0x1100, "Q_V2_GETSTATS"),
      X(Q_SYNC), X(Q_QUOTAON), X(Q_QUOTAOFF), X(Q_GETFMT), X(Q_GETINFO), X(Q_SETINFO),
      X(Q_GETQUOTA), X(Q_SETQUOTA), X(Q_GETNEXTQUOTA),
      X(Q_XQUOTAON), X(Q_XQUOTAOFF), X(Q_XGETQUOTA), X(Q_XSETQLIM), X(Q_XGETQSTAT),
      X(Q_XQUOTARM), X(Q_XQUOTASYNC), X(Q_XGETQSTATV), X(Q_XGETNEXTQUOTA));
TABLE(quota_type_names, "???QUOTA", NULL, X(USRQUOTA), X(GRPQUOTA), X(PRJQUOTA));
TABLE(quota_format_names, "QFMT_VFS_???", NULL,
      X(QFMT_VFS_OLD), X(QFMT_VFS_V0), X(QFMT_OCFS2), X(QFMT_VFS_V1));
TABLE(dqblk_valid_names, "QIF_???", NULL,
      X(QIF_BLIMITS), X(QIF_SPACE), X(QIF_ILIMITS), X(QIF_INODES), X(QIF_BTIME), X(QIF_ITIME));
TABLE(dqinfo_flag_names, "DQF_???", NULL, X(DQF_ROOT_SQUASH), X(DQF_SYS_FILE));
TABLE(dqinfo_valid_names, "IIF_???", NULL, X(IIF_BGRACE), X(IIF_IGRACE), X(IIF_FLAGS));
TABLE(xfs_dqblk_flag_names, "FS_???_QUOTA", NULL,
      X(FS_USER_QUOTA), X(FS_PROJ_QUOTA), X(FS_GROUP_QUOTA));
TABLE(xfs_quota_flag_names, "FS_QUOTA_???", NULL,
      X(FS_QUOTA_UDQ_ACCT), X(FS_QUOTA_UDQ_ENFD), X(FS_QUOTA_GDQ_ACCT), X(FS_QUOTA_GDQ_ENFD),
      X(FS_QUOTA_PDQ_ACCT), X(FS_QUOTA_PDQ_ENFD));
