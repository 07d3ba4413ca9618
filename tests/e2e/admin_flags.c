// SPDX-License-Identifier: MIT
// Flags and commands of pidfd_open, setns, unshare, delete_module, reboot, syslog, fsopen, fsmount, kcmp, swapon, mount.
// TRACE: -e trace=pidfd_open,setns,unshare,delete_module,reboot,syslog,fsopen,fsmount,kcmp,swapon,mount,exit_group
// START: first
#include "e2e.h"

int main(void)
{
	static const char src[] = "src", tgt[] = "tgt", fs[] = "fs", data[] = "data";
	int pid = getpid();

	SC(SYS_pidfd_open, -1, 0x800L);
	line(ret(), "pidfd_open(-1, PIDFD_NONBLOCK)");
	SC(SYS_pidfd_open, pid, 0x10L);
	line(ret(), "pidfd_open(%d, 0x10 /* PIDFD_??? */)", pid);
	SC(SYS_setns, -1, 0x40000000L);
	line(ret(), "setns(-1, CLONE_NEWNET)");
	SC(SYS_unshare, 0x82000000L);
	line(ret(), "unshare(CLONE_NEWCGROUP|0x80000000)");
	SC(SYS_delete_module, NULL, 0x800L | 0x200L);
	line(ret(), "delete_module(NULL, O_NONBLOCK|O_TRUNC)");
	SC(SYS_reboot, 0L, 0xfee1deadL, 0L, NULL);
	line(ret(), "reboot(0 /* LINUX_REBOOT_MAGIC_??? */, 0xfee1dead /* LINUX_REBOOT_MAGIC_??? */, "
		    "LINUX_REBOOT_CMD_CAD_OFF)");
	SC(SYS_syslog, 11L, NULL, -1L);
	line(ret(), "syslog(11 /* SYSLOG_ACTION_??? */, NULL, -1)");
	SC(SYS_fsopen, NULL, 2L);
	line(ret(), "fsopen(NULL, 0x2 /* FSOPEN_??? */)");
	SC(SYS_fsmount, -1, 1L, 0x41L);
	line(ret(), "fsmount(-1, FSMOUNT_CLOEXEC, MOUNT_ATTR_RDONLY|0x40)");
	SC(SYS_kcmp, pid, pid, 0L, 0L, 1L);
	line(ret(), "kcmp(%d, %d, KCMP_FILE, 0, 1)", pid, pid);
	SC(SYS_kcmp, pid, pid, 1L, 0L, 1L);
	line(ret(), "kcmp(%d, %d, KCMP_VM)", pid, pid);
	SC(SYS_swapon, "missing", 0x8005L);
	line(ret(), "swapon(\"missing\", SWAP_FLAG_PREFER|5)");
	SC(SYS_mount, src, tgt, fs, 0x1000L, data);
	line(ret(), "mount(\"src\", \"tgt\", %p, MS_BIND, %p)", fs, data);
	SC(SYS_mount, src, tgt, fs, 0L, data);
	line(ret(), "mount(\"src\", \"tgt\", \"fs\", 0, \"data\")");
	e2e_exit(0);
}
