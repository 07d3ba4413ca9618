// SPDX-License-Identifier: MIT
// -y after unlink, rmdir and rename: "</path>(deleted)", names that follow a rename, a file named "x (deleted)", O_TMPFILE.
// TRACE: -y -e trace=fchmod,exit_group
// START: first
#include "e2e.h"

int main(void)
{
	char cwd[4096], p[8][4300];
	long a, b, c, d, t;
	struct stat st;

	if (!getcwd(cwd, sizeof(cwd)))
		return 1;
	snprintf(p[0], sizeof(p[0]), "%s/f1", cwd);
	snprintf(p[1], sizeof(p[1]), "%s/f2 (deleted)", cwd);
	snprintf(p[2], sizeof(p[2]), "%s/g1", cwd);
	snprintf(p[3], sizeof(p[3]), "%s/g2", cwd);
	snprintf(p[4], sizeof(p[4]), "%s/sub2/x", cwd);

	a = open("f1", O_CREAT | O_RDONLY, 0600);
	b = open("f2 (deleted)", O_CREAT | O_RDONLY, 0600);
	SC(SYS_fchmod, a, 0600);
	line(ret(), "fchmod(%ld<%s>, 0600)", a, p[0]);
	SC(SYS_fchmod, b, 0600); /* not deleted: its name ends so */
	line(ret(), "fchmod(%ld<%s>, 0600)", b, p[1]);

	rename("f1", "g1");
	SC(SYS_fchmod, a, 0600);
	line(ret(), "fchmod(%ld<%s>, 0600)", a, p[2]);

	c = open("g2", O_CREAT | O_RDONLY, 0600);
	rename("g1", "g2"); /* replaces the file c has open */
	SC(SYS_fchmod, a, 0600);
	line(ret(), "fchmod(%ld<%s>, 0600)", a, p[3]);
	SC(SYS_fchmod, c, 0600);
	line(ret(), "fchmod(%ld<%s>(deleted), 0600)", c, p[3]);

	unlink("g2");
	unlink("f2 (deleted)");
	SC(SYS_fchmod, a, 0600);
	line(ret(), "fchmod(%ld<%s>(deleted), 0600)", a, p[3]);
	SC(SYS_fchmod, b, 0600);
	line(ret(), "fchmod(%ld<%s>(deleted), 0600)", b, p[1]);

	mkdir("sub", 0700);
	d = open("sub/x", O_CREAT | O_RDONLY, 0600);
	renameat(AT_FDCWD, "sub", AT_FDCWD, "sub2"); /* a directory above it */
	SC(SYS_fchmod, d, 0600);
	line(ret(), "fchmod(%ld<%s>, 0600)", d, p[4]);
	unlinkat(AT_FDCWD, "sub2/x", 0);
	SC(SYS_fchmod, d, 0600);
	line(ret(), "fchmod(%ld<%s>(deleted), 0600)", d, p[4]);

	/* O_TMPFILE: "DIR/#INODE (deleted)", even after linkat names it */
	t = open(".", O_TMPFILE | O_RDWR, 0600);
	if (t < 0 || fstat(t, &st))
		return 1;
	SC(SYS_fchmod, t, 0600);
	line(ret(), "fchmod(%ld<%s/#%lu>(deleted), 0600)", t, cwd, (unsigned long)st.st_ino);
	linkat(t, "", AT_FDCWD, "named", AT_EMPTY_PATH);
	SC(SYS_fchmod, t, 0600);
	line(ret(), "fchmod(%ld<%s/#%lu>(deleted), 0600)", t, cwd, (unsigned long)st.st_ino);
	e2e_exit(0);
}
