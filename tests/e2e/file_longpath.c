// SPDX-License-Identifier: MIT
// Long paths: a component over 255 bytes, paths near and over PATH_MAX; -s does not cut paths.
// TRACE: -s 5 -e trace=openat,mkdir,exit_group
// START: first
#include "e2e.h"
#include <limits.h>

static char *path_of(size_t len)
{
	char *p = malloc(len + 1);

	/* "d/d/d/..." so that no component is too long */
	for (size_t i = 0; i < len; i++)
		p[i] = i % 2 ? '/' : 'd';
	if (len && p[len - 1] == '/')
		p[len - 1] = 'x';
	p[len] = 0;
	return p;
}

int main(void)
{
	char comp[301];
	char *p;

	e2e_strsize = 5;
	memset(comp, 'c', 300);
	comp[300] = 0;
	SC(SYS_openat, AT_FDCWD, comp, O_RDONLY);
	line(ret(), "openat(AT_FDCWD, %s, O_RDONLY)", qpath(comp));
	comp[255] = 0;
	SC(SYS_openat, AT_FDCWD, comp, O_RDONLY);
	line(ret(), "openat(AT_FDCWD, %s, O_RDONLY)", qpath(comp));
	SC(SYS_mkdir, comp, 0755);
	line(ret(), "mkdir(%s, 0755)", qpath(comp));
	p = path_of(1000);
	SC(SYS_openat, AT_FDCWD, p, O_RDONLY);
	line(ret(), "openat(AT_FDCWD, %s, O_RDONLY)", qpath(p));
	p = path_of(PATH_MAX - 2);
	SC(SYS_openat, AT_FDCWD, p, O_RDONLY);
	line(ret(), "openat(AT_FDCWD, %s, O_RDONLY)", qpath(p));
	p = path_of(PATH_MAX - 1);
	SC(SYS_openat, AT_FDCWD, p, O_RDONLY);
	line(ret(), "openat(AT_FDCWD, %s, O_RDONLY)", qpath(p));
	p = path_of(PATH_MAX);
	SC(SYS_openat, AT_FDCWD, p, O_RDONLY);
	line(ret(), "openat(AT_FDCWD, %s, O_RDONLY)", qpath(p));
	p = path_of(PATH_MAX + 100);
	SC(SYS_openat, AT_FDCWD, p, O_RDONLY);
	line(ret(), "openat(AT_FDCWD, %s, O_RDONLY)", qpath(p));
	e2e_exit(0);
}
