// SPDX-License-Identifier: MIT
// -v: getdents64's and getdents' entries, {d_ino=..., d_off=..., d_reclen=..., d_type=DT_DIR, d_name="."}.
// TRACE: -v -e trace=getdents64,getdents,exit_group
// START: first
#include "e2e.h"
#include <dirent.h>
#include <sys/stat.h>

static char buf[4096];

static const char *dtype(unsigned char t)
{
	return t == DT_DIR ? "DT_DIR" : t == DT_REG ? "DT_REG" : t == DT_LNK ? "DT_LNK" : "DT_???";
}

/* [{...}, ...] of n bytes of buf; old: struct linux_dirent, d_type in the last byte. */
static const char *dents(long n, int old)
{
	char *b = e2e_tmp();
	size_t len = 0;

	len += snprintf(b + len, 8192 - len, "[");
	for (long off = 0; off < n;) {
		unsigned short reclen = *(unsigned short *)(buf + off + 16);
		const char *name = buf + off + (old ? 18 : 19);
		unsigned char type = old ? buf[off + reclen - 1] : buf[off + 18];

		len += snprintf(b + len, 8192 - len, "%s{d_ino=%llu, d_off=%llu, d_reclen=%u, ",
				off ? ", " : "", *(unsigned long long *)(buf + off),
				*(unsigned long long *)(buf + off + 8), reclen);
		if (old)
			len += snprintf(b + len, 8192 - len, "d_name=%s, d_type=%s}", qstr(name),
					dtype(type));
		else
			len += snprintf(b + len, 8192 - len, "d_type=%s, d_name=%s}", dtype(type),
					qstr(name));
		off += reclen;
	}
	snprintf(b + len, 8192 - len, "]");
	return b;
}

int main(void)
{
	int fd;

	if (mkdir("d", 0755) || close(open("d/file\n1", O_CREAT | O_WRONLY, 0644)) ||
	    symlink("file", "d/link"))
		return 1;
	fd = open("d", O_RDONLY | O_DIRECTORY);
	SC(SYS_getdents64, fd, buf, sizeof(buf));
	line(ret(), "getdents64(%d, %s, %zu)", fd, dents(e2e_r, 0), sizeof(buf));
	SC(SYS_getdents64, fd, buf, sizeof(buf));
	line(ret(), "getdents64(%d, [], %zu)", fd, sizeof(buf));
	lseek(fd, 0, SEEK_SET);
	SC(SYS_getdents, fd, buf, sizeof(buf));
	line(ret(), "getdents(%d, %s, %zu)", fd, dents(e2e_r, 1), sizeof(buf));
	/* too small for one entry */
	lseek(fd, 0, SEEK_SET);
	SC(SYS_getdents64, fd, buf, 8);
	line(ret(), "getdents64(%d, %p, 8)", fd, (void *)buf);
	e2e_exit(0);
}
