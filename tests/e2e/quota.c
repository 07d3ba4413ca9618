// SPDX-License-Identifier: MIT
// quotactl: QCMD, the id and data by command (format and path, structures, flags, nothing).
// TRACE: -e trace=quotactl,exit_group
// START: first
#include "e2e.h"

#include <linux/dqblk_xfs.h>
#include <linux/quota.h>

int main(void)
{
	struct if_dqinfo info = { .dqi_bgrace = 5, .dqi_igrace = 6, .dqi_flags = 0x10001,
				  .dqi_valid = 0x9 };
	unsigned flags = FS_USER_QUOTA | 0x10;

	SC(SYS_quotactl, (long)((Q_QUOTAON << 8) | USRQUOTA), "/dev/e2e-none", (long)QFMT_VFS_V0,
	   "/e2e/quota.user");
	line(ret(), "quotactl(QCMD(Q_QUOTAON, USRQUOTA), \"/dev/e2e-none\", QFMT_VFS_V0, "
		    "\"/e2e/quota.user\")");
	SC(SYS_quotactl, (long)((Q_SETINFO << 8) | GRPQUOTA), "/dev/e2e-none", 0L, &info);
	line(ret(), "quotactl(QCMD(Q_SETINFO, GRPQUOTA), \"/dev/e2e-none\", {dqi_bgrace=5, "
		    "dqi_igrace=6, dqi_flags=DQF_ROOT_SQUASH|DQF_SYS_FILE, dqi_valid=IIF_BGRACE|0x8})");
	SC(SYS_quotactl, (long)((Q_GETINFO << 8) | PRJQUOTA), "/dev/e2e-none", 0L, &info);
	line(ret(), "quotactl(QCMD(Q_GETINFO, PRJQUOTA), \"/dev/e2e-none\", %p)", (void *)&info);
	SC(SYS_quotactl, (long)((Q_GETQUOTA << 8) | USRQUOTA), NULL, -1L, &info);
	line(ret(), "quotactl(QCMD(Q_GETQUOTA, USRQUOTA), NULL, -1, %p)", (void *)&info);
	SC(SYS_quotactl, (long)((Q_XQUOTARM << 8) | USRQUOTA), NULL, 7L, &flags);
	line(ret(), "quotactl(QCMD(Q_XQUOTARM, USRQUOTA), NULL, [FS_USER_QUOTA|0x10])");
	SC(SYS_quotactl, (long)((Q_SYNC << 8) | 9), NULL, 7L, &flags);
	line(ret(), "quotactl(QCMD(Q_SYNC, 0x9 /* ???QUOTA */), NULL)");
	SC(SYS_quotactl, 0x1234500L, NULL, 7L, &flags);
	line(ret(), "quotactl(QCMD(0x12345 /* Q_??? */, USRQUOTA), NULL, 7, %p)", (void *)&flags);
	e2e_exit(0);
}
