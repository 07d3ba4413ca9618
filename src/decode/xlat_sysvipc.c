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
