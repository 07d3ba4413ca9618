// SPDX-License-Identifier: MIT
// utimensat/futimesat/utimes/utime timestamps (dates, UTIME_NOW/OMIT), fcntl record locks (struct flock), mount/umount2 flags.
// TRACE: -e trace=utimensat,futimesat,utimes,utime,fcntl,mount,umount2,exit_group
// START: first
#include "e2e.h"
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <utime.h>

/* strace's date comment: local time, a fraction of digits digits when frac is not 0. */
static const char *date(long long sec, long long frac, int digits)
{
	char *b = e2e_tmp(), d[64], z[16];
	time_t t = (time_t)sec;
	struct tm tm;

	localtime_r(&t, &tm);
	strftime(d, sizeof(d), "%FT%T", &tm);
	strftime(z, sizeof(z), "%z", &tm);
	if (frac)
		snprintf(b, 8192, "%s.%0*lld%s", d, digits, frac, z);
	else
		snprintf(b, 8192, "%s%s", d, z);
	return b;
}

int main(void)
{
	struct timespec ts[2] = { { 1, 5 }, { 0, UTIME_NOW } }, to[2] = { { 0, UTIME_OMIT }, { 1700000000, 0 } };
	struct timeval tv[2] = { { 1, 2 }, { 3, 4 } };
	struct utimbuf ub = { 5, 6 };
	struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 0, .l_len = 10 };
	int fd = open("f", O_RDWR | O_CREAT, 0600);

	if (fd < 0 || mkdir("m", 0700))
		return 1;
	SC(SYS_utimensat, AT_FDCWD, "f", ts, 0);
	line(ret(), "utimensat(AT_FDCWD, \"f\", [{tv_sec=1, tv_nsec=5} /* %s */, UTIME_NOW], 0)",
	     date(1, 5, 9));
	SC(SYS_utimensat, AT_FDCWD, "f", to, AT_SYMLINK_NOFOLLOW);
	line(ret(), "utimensat(AT_FDCWD, \"f\", [UTIME_OMIT, {tv_sec=1700000000, tv_nsec=0} /* %s */], AT_SYMLINK_NOFOLLOW)",
	     date(1700000000, 0, 9));
	SC(SYS_futimesat, AT_FDCWD, "f", tv);
	line(ret(), "futimesat(AT_FDCWD, \"f\", [{tv_sec=1, tv_usec=2} /* %s */, {tv_sec=3, tv_usec=4} /* %s */])",
	     date(1, 2, 6), date(3, 4, 6));
	SC(SYS_utimes, "f", tv);
	line(ret(), "utimes(\"f\", [{tv_sec=1, tv_usec=2} /* %s */, {tv_sec=3, tv_usec=4} /* %s */])",
	     date(1, 2, 6), date(3, 4, 6));
	SC(SYS_utime, "f", &ub);
	line(ret(), "utime(\"f\", {actime=5 /* %s */, modtime=6 /* %s */})", date(5, 0, 0), date(6, 0, 0));
	SC(SYS_fcntl, fd, F_SETLK, &fl);
	line(ret(), "fcntl(%d, F_SETLK, {l_type=F_WRLCK, l_whence=SEEK_SET, l_start=0, l_len=10})", fd);
	fl.l_type = F_RDLCK;
	SC(SYS_fcntl, fd, F_GETLK, &fl);
	line(ret(), "fcntl(%d, F_GETLK, {l_type=F_UNLCK, l_whence=SEEK_SET, l_start=0, l_len=10, l_pid=0})", fd);
	fl.l_type = F_RDLCK;
	fl.l_pid = 0;
	SC(SYS_fcntl, fd, F_OFD_SETLK, &fl);
	line(ret(), "fcntl(%d, F_OFD_SETLK, {l_type=F_RDLCK, l_whence=SEEK_SET, l_start=0, l_len=10})", fd);
	SC(SYS_mount, "none", "m", "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=1m");
	line(ret(), "mount(\"none\", \"m\", \"tmpfs\", MS_NOSUID|MS_NODEV|MS_NOEXEC, \"size=1m\")");
	SC(SYS_umount2, "m", MNT_DETACH);
	line(ret(), "umount2(\"m\", MNT_DETACH)");
	SC(SYS_umount2, "nonexistent", 0);
	line(ret(), "umount2(\"nonexistent\", 0)");
	e2e_exit(0);
}
