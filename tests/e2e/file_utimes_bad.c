// SPDX-License-Identifier: MIT
// utimes/utimensat with impossible times: the fraction unsigned, no date comment for
// 0, for a fraction out of range or for a date out of range.
// TRACE: -e trace=utimes,utimensat,exit_group
// START: first
#include "e2e.h"
#include <sys/time.h>

int main(void)
{
	struct timeval tv[2] = { { 0, 0 }, { 1, -1 } };
	struct timespec ts[2] = { { -3819351491602432273LL, 0 }, { 0, 2000000000 } };
	char name[] = "nofile"; /* on the stack: resident, readable from BPF */

	SC(SYS_utimes, name, tv);
	line(ret(), "utimes(\"nofile\", [{tv_sec=0, tv_usec=0}, {tv_sec=1, tv_usec=18446744073709551615}])");
	SC(SYS_utimensat, AT_FDCWD, name, ts, 0L);
	line(ret(), "utimensat(AT_FDCWD, \"nofile\", [{tv_sec=-3819351491602432273, tv_nsec=0}, "
	     "{tv_sec=0, tv_nsec=2000000000}], 0)");
	e2e_exit(0);
}
