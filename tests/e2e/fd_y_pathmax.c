// SPDX-License-Identifier: MIT
// -y: a working directory whose path is PATH_MAX long or longer cannot be shown (the kernel's /proc links say ENAMETOOLONG): AT_FDCWD prints bare, as strace's at_fdcwd-pathmax.test; one level up it prints again.
// TRACE: -y -e trace=openat,exit_group
// START: first
#include "e2e.h"
#include <limits.h>

static char name[NAME_MAX + 1];

int main(void)
{
	char cwd[PATH_MAX];
	unsigned levels = 0;

	memset(name, 'x', NAME_MAX);
	if (!getcwd(cwd, sizeof(cwd)))
		return 1;
	for (size_t len = strlen(cwd); len < PATH_MAX; len += NAME_MAX + 1, levels++)
		if (mkdir(name, 0700) || chdir(name))
			return 1;
	SC(SYS_openat, AT_FDCWD, "sample", O_RDONLY);
	line(ret(), "openat(AT_FDCWD, \"sample\", O_RDONLY)");
	if (chdir("..") || rmdir(name) || !getcwd(cwd, sizeof(cwd)))
		return 1;
	levels--;
	SC(SYS_openat, AT_FDCWD, "sample", O_RDONLY);
	line(ret(), "openat(AT_FDCWD<%s>, \"sample\", O_RDONLY)", cwd);
	/* a path of exactly PATH_MAX bytes does not fit either (no room for its NUL) */
	name[PATH_MAX - (strlen(cwd) + 1)] = '\0';
	if (mkdir(name, 0700) || chdir(name))
		return 1;
	SC(SYS_openat, AT_FDCWD, "sample", O_RDONLY);
	line(ret(), "openat(AT_FDCWD, \"sample\", O_RDONLY)");
	if (chdir("..") || rmdir(name))
		return 1;
	memset(name, 'x', NAME_MAX);
	for (; levels; levels--)
		if (chdir("..") || rmdir(name))
			return 1;
	e2e_exit(0);
}
