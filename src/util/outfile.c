// SPDX-License-Identifier: MIT
/* The creation of trace files: see outfile.h. */
#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdbool.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static unsigned mode = 0600;

void outfile_set_mode(unsigned m)
{
	mode = m & 07777;
}

unsigned outfile_mode(void)
{
	return mode;
}

/*
 * What fs.protected_symlinks enforces when enabled: in a sticky directory
 * anyone may write to (/tmp), a symlink is followed only by its owner or
 * when the directory's owner owns it. Elsewhere, or with that sysctl off,
 * another user's symlink in /tmp would make sctrace truncate the file it
 * points to.
 */
static bool unsafe_symlink(const char *path)
{
	char dir[PATH_MAX];
	struct stat l, d;

	if (lstat(path, &l) || !S_ISLNK(l.st_mode) || l.st_uid == geteuid())
		return false;
	if (strlen(path) >= sizeof(dir))
		return false;
	strcpy(dir, path);
	if (stat(dirname(dir), &d))
		return false;
	return (d.st_mode & S_ISVTX) && (d.st_mode & S_IWOTH) && l.st_uid != d.st_uid;
}

int outfile_open(const char *path, int flags, const char **why)
{
	int fd;

	*why = NULL;
	if (unsafe_symlink(path)) {
		*why = "a symlink in a sticky world-writable directory, owned by neither you nor "
		       "the directory's owner: not followed (as fs.protected_symlinks does)";
		return -EPERM;
	}
	fd = open(path, flags | O_CREAT | O_CLOEXEC, mode);
	return fd < 0 ? -errno : fd;
}
