// SPDX-License-Identifier: MIT
// -y: paths of files opened, dup'ed, closed; AT_FDCWD and chdir/fchdir; anon inodes; close_range.
// TRACE: -y -e trace=openat,read,close,dup,dup2,dup3,fcntl,chdir,fchdir,eventfd2,epoll_create1,memfd_create,close_range,exit_group
// START: first
#include "e2e.h"

static char rbuf[4][8192];
static int rnext;

/* "3</path>" for a successful call returning a descriptor, ret() otherwise. */
static const char *fdret(const char *path)
{
	char *b = rbuf[rnext++ % 4];

	if (e2e_r < 0)
		return ret();
	snprintf(b, sizeof(rbuf[0]), "%ld<%s>", e2e_r, path);
	return b;
}

int main(void)
{
	char cwd[4096], f[4200], d[4200], g[4200], h[4200], buf[8];
	long fd, dfd, gfd, hfd, top, n;

	if (!getcwd(cwd, sizeof(cwd)) || mkdir("d", 0755))
		return 1;
	snprintf(f, sizeof(f), "%s/f", cwd);
	snprintf(d, sizeof(d), "%s/d", cwd);
	snprintf(g, sizeof(g), "%s/d/g", cwd);
	snprintf(h, sizeof(h), "%s/d/h", cwd);

	fd = SC(SYS_openat, AT_FDCWD, "f", O_CREAT | O_RDWR, 0644);
	line(fdret(f), "openat(AT_FDCWD<%s>, \"f\", O_RDWR|O_CREAT, 0644)", cwd);
	SC(SYS_read, fd, buf, 4);
	line(ret(), "read(%ld<%s>, \"\", 4)", fd, f);
	SC(SYS_openat, AT_FDCWD, "nope", O_RDONLY);
	line(ret(), "openat(AT_FDCWD<%s>, \"nope\", O_RDONLY)", cwd);
	dfd = SC(SYS_openat, AT_FDCWD, "d", O_RDONLY | O_DIRECTORY);
	line(fdret(d), "openat(AT_FDCWD<%s>, \"d\", O_RDONLY|O_DIRECTORY)", cwd);
	gfd = SC(SYS_openat, dfd, "../d/./g", O_CREAT | O_WRONLY | O_CLOEXEC, 0600);
	line(fdret(g), "openat(%ld<%s>, \"../d/./g\", O_WRONLY|O_CREAT|O_CLOEXEC, 0600)", dfd, d);
	n = SC(SYS_dup, fd);
	line(fdret(f), "dup(%ld<%s>)", fd, f);
	SC(SYS_close, n);
	line(ret(), "close(%ld<%s>)", n, f);
	SC(SYS_dup2, fd, 20);
	line(fdret(f), "dup2(%ld<%s>, 20)", fd, f);
	SC(SYS_dup3, gfd, 20, O_CLOEXEC);
	line(fdret(g), "dup3(%ld<%s>, 20<%s>, O_CLOEXEC)", gfd, g, f);
	SC(SYS_fcntl, fd, F_DUPFD_CLOEXEC, 30);
	line(fdret(f), "fcntl(%ld<%s>, F_DUPFD_CLOEXEC, 30)", fd, f);
	SC(SYS_close, 30);
	line(ret(), "close(30<%s>)", f);
	SC(SYS_close, 30);
	line(ret(), "close(30)");
	SC(SYS_chdir, "d");
	line(ret(), "chdir(\"d\")");
	hfd = SC(SYS_openat, AT_FDCWD, "h", O_CREAT | O_RDONLY, 0600);
	line(fdret(h), "openat(AT_FDCWD<%s>, \"h\", O_RDONLY|O_CREAT, 0600)", d);
	top = SC(SYS_openat, AT_FDCWD, "..", O_RDONLY | O_DIRECTORY);
	line(fdret(cwd), "openat(AT_FDCWD<%s>, \"..\", O_RDONLY|O_DIRECTORY)", d);
	SC(SYS_fchdir, top);
	line(ret(), "fchdir(%ld<%s>)", top, cwd);
	SC(SYS_read, hfd, buf, 1);
	line(ret(), "read(%ld<%s>, \"\", 1)", hfd, h);
	n = SC(SYS_eventfd2, 0, 0);
	line(fdret("anon_inode:[eventfd]"), "eventfd2(0, 0)");
	n = SC(SYS_epoll_create1, 0);
	line(fdret("anon_inode:[eventpoll]"), "epoll_create1(0)");
	n = SC(SYS_memfd_create, "mine", 0);
	snprintf(rbuf[3], sizeof(rbuf[3]), "%ld</memfd:mine>(deleted)", n);
	line(rbuf[3], "memfd_create(\"mine\", 0)");
	SC(SYS_close_range, hfd, (long)~0u, 0);
	line(ret(), "close_range(%ld, 4294967295, 0)", hfd);
	SC(SYS_read, hfd, buf, 1);
	line(ret(), "read(%ld, %p, 1)", hfd, buf);
	SC(SYS_openat, AT_FDCWD, "f", O_RDONLY);
	line(fdret(f), "openat(AT_FDCWD<%s>, \"f\", O_RDONLY)", cwd);
	e2e_exit(0);
}
