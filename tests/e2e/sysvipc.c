// SPDX-License-Identifier: MIT
// SysV IPC: keys, get flags, ctl commands and structures, msgbuf, sembuf arrays, shmat flags.
// TRACE: -e trace=ipc,exit_group
// START: first
#include "e2e.h"

#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>

int main(void)
{
	struct msgbuf_t {
		long mtype;
		char mtext[8];
	} msg = { 42, "hi\0xyzw" };
	struct msqid_ds ds;
	unsigned short *sops;
	char *page;
	long q, s;

	SC(SYS_msgget, 0x1234L, 02000L | 04000L | 0x10000000L | 0640L);
	line(ret(), "msgget(0x1234, IPC_EXCL|IPC_NOWAIT|0x10000000|0640)");
	q = SC(SYS_msgget, 0L, 01000L | 0600L);
	line(ret(), "msgget(IPC_PRIVATE, IPC_CREAT|0600)");
	SC(SYS_msgctl, q, 2L | 0x100L, NULL);
	line(ret(), "msgctl(%ld, IPC_64|IPC_STAT, NULL)", q);
	SC(SYS_msgctl, q, 2L, &ds);
	line(ret(), "msgctl(%ld, IPC_STAT, {msg_perm={uid=%u, gid=%u, mode=0600, key=0, "
		    "cuid=%u, cgid=%u}, msg_stime=0, msg_rtime=0, msg_ctime=%lld, msg_qnum=0, "
		    "msg_qbytes=%lu, msg_lspid=0, msg_lrpid=0})",
	     q, ds.msg_perm.uid, ds.msg_perm.gid, ds.msg_perm.cuid, ds.msg_perm.cgid,
	     (long long)ds.msg_ctime, (unsigned long)ds.msg_qbytes);
	SC(SYS_msgctl, q, 1L, &ds);
	line(ret(), "msgctl(%ld, IPC_SET, {msg_perm={uid=%u, gid=%u, mode=0600}, msg_qbytes=%lu})",
	     q, ds.msg_perm.uid, ds.msg_perm.gid, (unsigned long)ds.msg_qbytes);
	SC(SYS_msgsnd, q, &msg, 3L, 04000L);
	line(ret(), "msgsnd(%ld, {mtype=42, mtext=\"hi\\0\"}, 3, IPC_NOWAIT)", q);
	SC(SYS_msgrcv, q, &msg, 8L, 0L, 010000L | 0x100000L);
	line(ret(), "msgrcv(%ld, {mtype=42, mtext=\"hi\\0xyzw\\0\"}, 8, 0, MSG_NOERROR|0x100000)", q);
	SC(SYS_msgrcv, q, &msg, 8L, 0L, 04000L);
	line(ret(), "msgrcv(%ld, %p, 8, 0, IPC_NOWAIT)", q, (void *)&msg);
	SC(SYS_msgctl, q, 0xdeadL, NULL);
	line(ret(), "msgctl(%ld, 0xdead /* MSG_??? */, NULL)", q);
	SC(SYS_msgctl, q, 0L, NULL);
	line(ret(), "msgctl(%ld, IPC_RMID, NULL)", q);

	s = SC(SYS_semget, 0L, 1L, 0600L);
	line(ret(), "semget(IPC_PRIVATE, 1, 0600)");
	/* two sembufs, the second on an unmapped page */
	page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(page + 4096, 4096);
	sops = (unsigned short *)(page + 4096 - 6);
	sops[0] = 0;
	sops[1] = 1;
	sops[2] = 010000;
	SC(SYS_semop, s, sops, 2L);
	line(ret(), "semop(%ld, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}, ... /* %p */], 2)", s,
	     (void *)(page + 4096));
	SC(SYS_semop, s, sops, 1L);
	line(ret(), "semop(%ld, [{sem_num=0, sem_op=1, sem_flg=SEM_UNDO}], 1)", s);
	SC(SYS_semctl, s, 0L, 12L, NULL);
	line(ret(), "semctl(%ld, 0, GETVAL, NULL)", s);
	SC(SYS_semctl, s, 0L, 0L, NULL);
	line(ret(), "semctl(%ld, 0, IPC_RMID, NULL)", s);

	SC(SYS_shmget, 0x55L, 4096L, 04000L | (21L << 26) | 0600L);
	line(ret(), "shmget(0x55, 4096, SHM_HUGETLB|21<<SHM_HUGE_SHIFT|0600)");
	SC(SYS_shmat, -1L, NULL, 010000L | 0x1L);
	line(ret(), "shmat(-1, NULL, SHM_RDONLY|0x1)");
	e2e_exit(0);
}
