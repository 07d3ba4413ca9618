// SPDX-License-Identifier: MIT
// prctl: options by name, as many arguments as strace shows per option, outputs, results explained.
// TRACE: -e trace=prctl,exit_group
// START: first
#include "e2e.h"
#include <linux/capability.h>
#include <linux/prctl.h>
#include <signal.h>
#include <stdint.h>

#define SUID_DUMP_USER_ 1
#define SECCOMP_MODE_FILTER_ 2

int main(void)
{
	/* On the stack, not a literal: a literal's page may be faulted in by the call
	 * itself, and a call that sleeps there is read as it goes to sleep (an address). */
	char name[16], setname[] = "e2ename", longname[40] = "averyveryverylongname_more";
	int v = 0;
	void *tid = NULL;
	long r;

	SC(SYS_prctl, PR_SET_NAME, setname, 0, 0, 0);
	line(ret(), "prctl(PR_SET_NAME, \"e2ename\")");
	SC(SYS_prctl, PR_GET_NAME, name, 0, 0, 0);
	line(ret(), "prctl(PR_GET_NAME, \"e2ename\")");
	/* More than 15 bytes: strace reads 16 and shows 15 then "..." */
	SC(SYS_prctl, PR_SET_NAME, longname, 0, 0, 0);
	line(ret(), "prctl(PR_SET_NAME, \"averyveryverylo\"...)");
	SC(SYS_prctl, PR_GET_NAME, name, 0, 0, 0);
	line(ret(), "prctl(PR_GET_NAME, \"averyveryverylo\")");
	SC(SYS_prctl, PR_GET_NAME, NULL, 0, 0, 0);
	line(ret(), "prctl(PR_GET_NAME, NULL)");
	SC(SYS_prctl, PR_SET_PDEATHSIG, SIGTERM, 0, 0, 0);
	line(ret(), "prctl(PR_SET_PDEATHSIG, SIGTERM)");
	SC(SYS_prctl, PR_GET_PDEATHSIG, &v, 0, 0, 0);
	line(ret(), "prctl(PR_GET_PDEATHSIG, [SIGTERM])");
	SC(SYS_prctl, PR_SET_PDEATHSIG, 0, 0, 0, 0);
	line(ret(), "prctl(PR_SET_PDEATHSIG, 0)");
	SC(SYS_prctl, PR_GET_PDEATHSIG, (void *)8, 0, 0, 0);
	line(ret(), "prctl(PR_GET_PDEATHSIG, 0x8)");
	r = SC(SYS_prctl, PR_GET_DUMPABLE, 0, 0, 0, 0);
	line(r == 1 ? "1 (SUID_DUMP_USER)" : ret(), "prctl(PR_GET_DUMPABLE)");
	SC(SYS_prctl, PR_SET_DUMPABLE, 7, 0, 0, 0);
	line(ret(), "prctl(PR_SET_DUMPABLE, 0x7 /* SUID_DUMP_??? */)");
	SC(SYS_prctl, PR_SET_DUMPABLE, SUID_DUMP_USER_, 0, 0, 0);
	line(ret(), "prctl(PR_SET_DUMPABLE, SUID_DUMP_USER)");
	SC(SYS_prctl, PR_SET_NO_NEW_PRIVS, 1, 1, 0, 0);
	line(ret(), "prctl(PR_SET_NO_NEW_PRIVS, 1, 0x1, 0, 0)");
	SC(SYS_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	line(ret(), "prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)");
	SC(SYS_prctl, PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
	line(ret(), "prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0)");
	SC(SYS_prctl, PR_GET_SECCOMP, 0, 0, 0, 0);
	line(ret(), "prctl(PR_GET_SECCOMP)");
	SC(SYS_prctl, PR_SET_SECCOMP, SECCOMP_MODE_FILTER_, NULL, 0, 0);
	line(ret(), "prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, NULL)");
	SC(SYS_prctl, PR_SET_SECCOMP, 3, 5, 6, 7);
	line(ret(), "prctl(PR_SET_SECCOMP, 0x3 /* SECCOMP_MODE_??? */, 0x5, 0x6, 0x7)");
	SC(SYS_prctl, PR_CAPBSET_READ, CAP_SYS_ADMIN, 0, 0, 0);
	line(ret(), "prctl(PR_CAPBSET_READ, CAP_SYS_ADMIN)");
	SC(SYS_prctl, PR_CAPBSET_READ, 100, 0, 0, 0);
	line(ret(), "prctl(PR_CAPBSET_READ, 0x64 /* CAP_??? */)");
	SC(SYS_prctl, PR_SET_KEEPCAPS, 1, 0, 0, 0);
	line(ret(), "prctl(PR_SET_KEEPCAPS, 1)");
	SC(SYS_prctl, PR_GET_KEEPCAPS, 0, 0, 0, 0);
	line(ret(), "prctl(PR_GET_KEEPCAPS)");
	r = SC(SYS_prctl, PR_GET_SECUREBITS, 0, 0, 0, 0);
	line(r == 0x10 ? "0x10 (SECBIT_KEEP_CAPS)" : ret(), "prctl(PR_GET_SECUREBITS)");
	SC(SYS_prctl, PR_SET_SECUREBITS, 0x1003, 0, 0, 0);
	line(ret(), "prctl(PR_SET_SECUREBITS, SECBIT_NOROOT|SECBIT_NOROOT_LOCKED|0x1000)");
	SC(SYS_prctl, PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
	line(ret(), "prctl(PR_SET_CHILD_SUBREAPER, 1)");
	SC(SYS_prctl, PR_GET_CHILD_SUBREAPER, &v, 0, 0, 0);
	line(ret(), "prctl(PR_GET_CHILD_SUBREAPER, [1])");
	SC(SYS_prctl, PR_GET_TID_ADDRESS, &tid, 0, 0, 0);
	line(ret(), "prctl(PR_GET_TID_ADDRESS, [%p])", tid);
	SC(SYS_prctl, PR_SET_TIMERSLACK, -1L, 0, 0, 0);
	line(ret(), "prctl(PR_SET_TIMERSLACK, -1)");
	SC(SYS_prctl, PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, CAP_CHOWN, 0, 0);
	line(ret(), "prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, CAP_CHOWN, 0, 0)");
	SC(SYS_prctl, PR_CAP_AMBIENT, 9, 99, 0, 0);
	line(ret(), "prctl(PR_CAP_AMBIENT, 0x9 /* PR_CAP_AMBIENT_??? */, 0x63, 0, 0)");
	SC(SYS_prctl, PR_MCE_KILL, PR_MCE_KILL_SET, PR_MCE_KILL_EARLY, 0, 0);
	line(ret(), "prctl(PR_MCE_KILL, PR_MCE_KILL_SET, PR_MCE_KILL_EARLY, 0, 0)");
	r = SC(SYS_prctl, PR_MCE_KILL_GET, 0, 0, 0, 0);
	line(r == 1 ? "1 (PR_MCE_KILL_EARLY)" : ret(), "prctl(PR_MCE_KILL_GET, 0, 0, 0, 0)");
	SC(SYS_prctl, PR_SET_PTRACER, -1, 0, 0, 0);
	line(ret(), "prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY)");
	SC(SYS_prctl, PR_SET_VMA, PR_SET_VMA_ANON_NAME, 0x1000, 8192, "heap");
	line(ret(), "prctl(PR_SET_VMA, PR_SET_VMA_ANON_NAME, 0x1000, 8192, \"heap\")");
	SC(SYS_prctl, PR_SET_VMA, 5, 0x1000, 8192, 0);
	line(ret(), "prctl(PR_SET_VMA, 0x5 /* PR_SET_VMA_??? */, 0x1000, 0x2000, 0)");
	SC(SYS_prctl, 0x12345, 1, 2, 3, 4);
	line(ret(), "prctl(0x12345 /* PR_??? */, 0x1, 0x2, 0x3, 0x4)");
	e2e_exit(0);
}
