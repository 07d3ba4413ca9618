// SPDX-License-Identifier: MIT
// -v: struct stat, struct statx and struct statfs in full; statx's flags and mask.
// TRACE: -v -e trace=statx,fstat,statfs,exit_group
// START: first
#include "e2e.h"
#include <time.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>

/* " / * 2026-12-06T16:12:52.399479891+0000 * /", or "" where strace prints none. */
static const char *date(long long sec, unsigned long long nsec)
{
	char *b = e2e_tmp(), d[64], z[16];
	time_t t = (time_t)sec;
	struct tm tm;

	b[0] = 0;
	if ((!sec && !nsec) || nsec > 999999999 || !localtime_r(&t, &tm))
		return b;
	strftime(d, sizeof(d), "%FT%T", &tm);
	strftime(z, sizeof(z), "%z", &tm);
	if (nsec)
		snprintf(b, 8192, " /* %s.%09llu%s */", d, nsec, z);
	else
		snprintf(b, 8192, " /* %s%s */", d, z);
	return b;
}

/* NAME|NAME|0x... as strace's printflags, names in its order. */
struct fl {
	unsigned long long v;
	const char *n;
};

static const char *flags(const struct fl *t, unsigned long long f, const char *unk)
{
	char *b = e2e_tmp();
	size_t n = 0;
	unsigned long long rest = f;

	b[0] = 0;
	if (!f)
		return "0";
	for (; t->n; t++)
		if (t->v && (rest & t->v) == t->v) {
			n += snprintf(b + n, 8192 - n, "%s%s", n ? "|" : "", t->n);
			rest &= ~t->v;
		}
	if (!n)
		snprintf(b, 8192, "%#llx /* %s */", f, unk);
	else if (rest)
		snprintf(b + n, 8192 - n, "|%#llx", rest);
	return b;
}

static const struct fl masks[] = {
	{ 0xfff, "STATX_ALL" }, { 0x7ff, "STATX_BASIC_STATS" }, { 0x1, "STATX_TYPE" },
	{ 0x2, "STATX_MODE" }, { 0x4, "STATX_NLINK" }, { 0x8, "STATX_UID" }, { 0x10, "STATX_GID" },
	{ 0x20, "STATX_ATIME" }, { 0x40, "STATX_MTIME" }, { 0x80, "STATX_CTIME" },
	{ 0x100, "STATX_INO" }, { 0x200, "STATX_SIZE" }, { 0x400, "STATX_BLOCKS" },
	{ 0x800, "STATX_BTIME" }, { 0x1000, "STATX_MNT_ID" }, { 0x2000, "STATX_DIOALIGN" }, { 0, 0 }
};
static const struct fl attrs[] = {
	{ 0x4, "STATX_ATTR_COMPRESSED" }, { 0x10, "STATX_ATTR_IMMUTABLE" },
	{ 0x20, "STATX_ATTR_APPEND" }, { 0x40, "STATX_ATTR_NODUMP" },
	{ 0x800, "STATX_ATTR_ENCRYPTED" }, { 0x1000, "STATX_ATTR_AUTOMOUNT" },
	{ 0x2000, "STATX_ATTR_MOUNT_ROOT" }, { 0x100000, "STATX_ATTR_VERITY" },
	{ 0x200000, "STATX_ATTR_DAX" }, { 0, 0 }
};
static const struct fl stflags[] = {
	{ 0x20, "ST_VALID" }, { 0x1, "ST_RDONLY" }, { 0x2, "ST_NOSUID" }, { 0x4, "ST_NODEV" },
	{ 0x8, "ST_NOEXEC" }, { 0x10, "ST_SYNCHRONOUS" }, { 0x40, "ST_MANDLOCK" },
	{ 0x400, "ST_NOATIME" }, { 0x800, "ST_NODIRATIME" }, { 0x1000, "ST_RELATIME" },
	{ 0x2000, "ST_NOSYMFOLLOW" }, { 0, 0 }
};

static const char *stx_time(const char *name, const struct statx_timestamp *t)
{
	char *b = e2e_tmp();

	snprintf(b, 8192, ", %s={tv_sec=%lld, tv_nsec=%u}%s", name, (long long)t->tv_sec,
		 t->tv_nsec, date(t->tv_sec, t->tv_nsec));
	return b;
}

static const char *st_time(const char *name, long long sec, unsigned long long nsec)
{
	char *b = e2e_tmp();

	snprintf(b, 8192, ", st_%s=%lld%s, st_%s_nsec=%llu", name, sec, date(sec, nsec), name, nsec);
	return b;
}

static void check_statx(void)
{
	struct statx x;
	char *mid = e2e_tmp(), *tail = e2e_tmp();

	memset(&x, 0, sizeof(x));
	SC(SYS_statx, AT_FDCWD, "f", AT_SYMLINK_NOFOLLOW | AT_STATX_DONT_SYNC,
	   STATX_BASIC_STATS, &x);
	snprintf(mid, 8192, "stx_mode=S_IFREG|0%o, stx_ino=%llu, stx_size=%llu, stx_blocks=%llu",
		 x.stx_mode & 0777, (unsigned long long)x.stx_ino, (unsigned long long)x.stx_size,
		 (unsigned long long)x.stx_blocks);
	snprintf(tail, 8192, "%s%s%s%s, stx_rdev_major=%u, stx_rdev_minor=%u, stx_dev_major=%u, stx_dev_minor=%u",
		 x.stx_mask & STATX_ATIME ? stx_time("stx_atime", &x.stx_atime) : "",
		 x.stx_mask & STATX_BTIME ? stx_time("stx_btime", &x.stx_btime) : "",
		 x.stx_mask & STATX_CTIME ? stx_time("stx_ctime", &x.stx_ctime) : "",
		 x.stx_mask & STATX_MTIME ? stx_time("stx_mtime", &x.stx_mtime) : "",
		 x.stx_rdev_major, x.stx_rdev_minor, x.stx_dev_major, x.stx_dev_minor);
	if (x.stx_mask & STATX_MNT_ID)
		snprintf(tail + strlen(tail), 4096, ", stx_mnt_id=%#llx",
			 (unsigned long long)x.stx_mnt_id);
	line(ret(), "statx(AT_FDCWD, \"f\", AT_STATX_DONT_SYNC|AT_SYMLINK_NOFOLLOW, "
	     "STATX_BASIC_STATS, {stx_mask=%s, stx_blksize=%u, stx_attributes=%s, "
	     "stx_nlink=%u, stx_uid=%u, stx_gid=%u, %s, stx_attributes_mask=%s%s})",
	     flags(masks, x.stx_mask, "STATX_???"), x.stx_blksize,
	     flags(attrs, x.stx_attributes, "STATX_ATTR_???"), x.stx_nlink, x.stx_uid, x.stx_gid,
	     mid, flags(attrs, x.stx_attributes_mask, "STATX_ATTR_???"), tail);

	/* unknown flags and mask bits; the buffer is not written */
	SC(SYS_statx, AT_FDCWD, "f", 0x10000, 0x80000000u, &x);
	line(ret(), "statx(AT_FDCWD, \"f\", AT_STATX_SYNC_AS_STAT|0x10000, 0x80000000 /* STATX_??? */, %s)",
	     ptr(&x));
}

static void check_fstat(int fd)
{
	struct stat s;

	SC(SYS_fstat, fd, &s);
	line(ret(), "fstat(%d, {st_dev=makedev(%#x, %#x), st_ino=%llu, st_mode=S_IFREG|0%o, "
	     "st_nlink=%llu, st_uid=%u, st_gid=%u, st_blksize=%llu, st_blocks=%llu, st_size=%llu%s%s%s})",
	     fd, major(s.st_dev), minor(s.st_dev), (unsigned long long)s.st_ino, s.st_mode & 0777,
	     (unsigned long long)s.st_nlink, s.st_uid, s.st_gid, (unsigned long long)s.st_blksize,
	     (unsigned long long)s.st_blocks, (unsigned long long)s.st_size,
	     st_time("atime", s.st_atim.tv_sec, s.st_atim.tv_nsec),
	     st_time("mtime", s.st_mtim.tv_sec, s.st_mtim.tv_nsec),
	     st_time("ctime", s.st_ctim.tv_sec, s.st_ctim.tv_nsec));
}

static void check_statfs(void)
{
	struct statfs f;
	char *fl = e2e_tmp();

	SC(SYS_statfs, "/proc", &f);
	fl[0] = 0;
	if (f.f_flags & 0x20)
		snprintf(fl, 8192, ", f_flags=%s", flags(stflags, f.f_flags, "ST_???"));
	line(ret(), "statfs(\"/proc\", {f_type=PROC_SUPER_MAGIC, f_bsize=%lu, f_blocks=%lu, "
	     "f_bfree=%lu, f_bavail=%lu, f_files=%lu, f_ffree=%lu, f_fsid={val=[%#x, %#x]}, "
	     "f_namelen=%lu, f_frsize=%lu%s})",
	     (unsigned long)f.f_bsize, (unsigned long)f.f_blocks, (unsigned long)f.f_bfree,
	     (unsigned long)f.f_bavail, (unsigned long)f.f_files, (unsigned long)f.f_ffree,
	     (unsigned)f.f_fsid.__val[0], (unsigned)f.f_fsid.__val[1], (unsigned long)f.f_namelen,
	     (unsigned long)f.f_frsize, fl);
	SC(SYS_statfs, "/nonexistent", &f);
	line(ret(), "statfs(\"/nonexistent\", %s)", ptr(&f));
}

int main(void)
{
	int fd = open("f", O_CREAT | O_RDWR, 0640);

	if (fd < 0 || write(fd, "twelve bytes", 12) != 12)
		return 1;
	check_statx();
	check_fstat(fd);
	check_statfs();
	e2e_exit(0);
}
