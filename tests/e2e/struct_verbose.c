// SPDX-License-Identifier: MIT
// -v: structures in full, struct utsname's six fields (read whole, 390 bytes).
// TRACE: -v -e trace=uname,exit_group
// START: first
#include "e2e.h"
#include <sys/utsname.h>

int main(void)
{
	struct utsname u;

	SC(SYS_uname, &u);
	line(ret(), "uname({sysname=%s, nodename=%s, release=%s, version=%s, machine=%s, domainname=%s})",
	     qstr(u.sysname), qstr(u.nodename), qstr(u.release), qstr(u.version), qstr(u.machine),
	     qstr(u.domainname));
	e2e_exit(0);
}
