// SPDX-License-Identifier: MIT
/*
 * The stat family as strace 6.1 prints it: struct stat (stat, fstat, lstat,
 * newfstatat), statx's flags, mask and struct statx, struct statfs (statfs,
 * fstatfs) and ustat's device. Abbreviated by default ({st_mode=..., st_size=...,
 * ...}), every field with -v; -X raw / verbose print modes and devices as
 * numbers. Offsets are those of the x86_64 structures (asm/stat.h,
 * linux/stat.h, asm-generic/statfs.h).
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/stat.h>

#include "decode.h"
#include "fmt.h"
#include "flags.h"
#include "structs.h"

/*
 * S_IFREG|S_ISUID|0755: the type, the special bits by name, the rest in octal;
 * a mode of no known type in octal alone. -X raw: 0104755, -X verbose both.
 */
void print_symbolic_mode(struct strbuf *out, uint32_t mode, int xlat)
{
	const char *type = (mode & S_IFMT) ? flag_lookup(&file_type_names, mode & S_IFMT) : "";
	struct strbuf names;
	char raw[16];

	snprintf(raw, sizeof(raw), "%#03o", mode);
	if (!type) {
		strbuf_adds(out, raw);
		return;
	}
	strbuf_init(&names);
	strbuf_addf(&names, "%s%s%s%s%s%#03o", type, *type ? "|" : "",
		    (mode & S_ISUID) ? "S_ISUID|" : "", (mode & S_ISGID) ? "S_ISGID|" : "",
		    (mode & S_ISVTX) ? "S_ISVTX|" : "", mode & ~(uint32_t)(S_IFMT | 07000));
	print_xlat_text(out, xlat, raw, names.data);
	strbuf_free(&names);
}

/* makedev(0x1, 0x3) from the kernel's new_encode_dev() layout; -X raw: 0x103. */
static void print_dev(struct strbuf *out, uint64_t dev, int xlat)
{
	unsigned major = (unsigned)(((dev >> 8) & 0xfff) | ((dev >> 32) & ~0xfffu));
	unsigned minor = (unsigned)((dev & 0xff) | ((dev >> 12) & ~0xffu));
	char names[48], raw[24];

	snprintf(names, sizeof(names), "makedev(%#x, %#x)", major, minor);
	snprintf(raw, sizeof(raw), "%#llx", (unsigned long long)dev);
	print_xlat_text(out, xlat, raw, names);
}

/* x86_64 struct stat. */
enum {
	ST_DEV = 0,
	ST_INO = 8,
	ST_NLINK = 16,
	ST_MODE = 24,
	ST_UID = 28,
	ST_GID = 32,
	ST_RDEV = 40,
	ST_SIZE = 48,
	ST_BLKSIZE = 56,
	ST_BLOCKS = 64,
	ST_ATIME = 72, /* then its nanoseconds; mtime and ctime follow */
};

static void print_stat_time(struct strbuf *out, const char *p, const char *name, unsigned off)
{
	int64_t sec = load_s64(p, off);
	uint64_t nsec = load_u64(p, off + 8);

	strbuf_addf(out, ", st_%s=%lld", name, (long long)sec);
	print_date_comment(out, sec, nsec, 999999999, 9);
	strbuf_addf(out, ", st_%s_nsec=%llu", name, (unsigned long long)nsec);
}

static void print_struct_stat(struct strbuf *out, const char *p, const struct decode_opts *o)
{
	uint32_t mode = load_u32(p, ST_MODE);

	strbuf_addc(out, '{');
	if (o->verbose) {
		strbuf_adds(out, "st_dev=");
		print_dev(out, load_u64(p, ST_DEV), o->xlat);
		strbuf_addf(out, ", st_ino=%llu, st_mode=", (unsigned long long)load_u64(p, ST_INO));
		print_symbolic_mode(out, mode, o->xlat);
		strbuf_addf(out, ", st_nlink=%llu, st_uid=%u, st_gid=%u, st_blksize=%llu, st_blocks=%llu",
			    (unsigned long long)load_u64(p, ST_NLINK), load_u32(p, ST_UID),
			    load_u32(p, ST_GID), (unsigned long long)load_u64(p, ST_BLKSIZE),
			    (unsigned long long)load_u64(p, ST_BLOCKS));
	} else {
		strbuf_adds(out, "st_mode=");
		print_symbolic_mode(out, mode, o->xlat);
	}
	if ((mode & S_IFMT) == S_IFCHR || (mode & S_IFMT) == S_IFBLK) {
		strbuf_adds(out, ", st_rdev=");
		print_dev(out, load_u64(p, ST_RDEV), o->xlat);
	} else {
		strbuf_addf(out, ", st_size=%llu", (unsigned long long)load_u64(p, ST_SIZE));
	}
	if (!o->verbose) {
		strbuf_adds(out, ", ...}");
		return;
	}
	print_stat_time(out, p, "atime", ST_ATIME);
	print_stat_time(out, p, "mtime", ST_ATIME + 16);
	print_stat_time(out, p, "ctime", ST_ATIME + 32);
	strbuf_addc(out, '}');
}

bool fmt_stat_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, SCT_STAT_SIZE, true);

	if (p)
		print_struct_stat(out, p, o);
	return true;
}

/* statx's flags: the sync type, then the AT_* flags: AT_STATX_SYNC_AS_STAT|AT_SYMLINK_NOFOLLOW. */
bool fmt_statx_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	uint32_t flags = (uint32_t)ev->args[i];
	uint32_t sync = flags & AT_STATX_SYNC_TYPE, rest = flags & ~AT_STATX_SYNC_TYPE;

	print_flags_x(out, &statx_sync_names, sync, o->xlat);
	if (rest) {
		strbuf_addc(out, '|');
		if (o->xlat == XLAT_ABBREV)
			print_flag_bits(out, &at_flag_names, rest, false);
		else
			print_flags_x(out, &at_flag_names, rest, o->xlat);
	}
	return true;
}

bool fmt_statx_mask(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	print_flags_x(out, &statx_mask_names, (uint32_t)ev->args[i], o->xlat);
	return true;
}

/* x86_64 (and every ABI's) struct statx. */
enum {
	STX_MASK = 0,
	STX_BLKSIZE = 4,
	STX_ATTRIBUTES = 8,
	STX_NLINK = 16,
	STX_UID = 20,
	STX_GID = 24,
	STX_MODE = 28,
	STX_INO = 32,
	STX_SIZE = 40,
	STX_BLOCKS = 48,
	STX_ATTRIBUTES_MASK = 56,
	STX_ATIME = 64,
	STX_BTIME = 80,
	STX_CTIME = 96,
	STX_MTIME = 112,
	STX_RDEV_MAJOR = 128, /* then rdev_minor, dev_major, dev_minor (u32 each) */
	STX_MNT_ID = 144,
	STX_DIO_MEM_ALIGN = 152,
	STX_DIO_OFFSET_ALIGN = 156,
};

/* uid_t -1 prints as -1 (strace's PRINT_FIELD_ID). */
static void print_id(struct strbuf *out, const char *name, uint32_t id)
{
	if (id == UINT32_MAX)
		strbuf_addf(out, ", %s=-1", name);
	else
		strbuf_addf(out, ", %s=%u", name, id);
}

static void print_statx_time(struct strbuf *out, const char *p, const char *name, unsigned off)
{
	int64_t sec = load_s64(p, off);
	uint32_t nsec = load_u32(p, off + 8);

	strbuf_addf(out, ", %s={tv_sec=%lld, tv_nsec=%u}", name, (long long)sec, nsec);
	print_date_comment(out, sec, nsec, 999999999, 9);
}

/* The fields -v adds after stx_size, in strace's order. */
static void print_statx_rest(struct strbuf *out, const char *p, uint32_t mask, int xlat)
{
	static const struct {
		uint32_t bit;
		const char *name;
		unsigned off;
	} times[] = {
		{ STATX_ATIME, "stx_atime", STX_ATIME },
		{ STATX_BTIME, "stx_btime", STX_BTIME },
		{ STATX_CTIME, "stx_ctime", STX_CTIME },
		{ STATX_MTIME, "stx_mtime", STX_MTIME },
	};

	if (mask & STATX_BLOCKS)
		strbuf_addf(out, ", stx_blocks=%llu", (unsigned long long)load_u64(p, STX_BLOCKS));
	strbuf_adds(out, ", stx_attributes_mask=");
	print_flags_x(out, &statx_attr_names, load_u64(p, STX_ATTRIBUTES_MASK), xlat);
	for (unsigned k = 0; k < sizeof(times) / sizeof(times[0]); k++)
		if (mask & times[k].bit)
			print_statx_time(out, p, times[k].name, times[k].off);
	strbuf_addf(out, ", stx_rdev_major=%u, stx_rdev_minor=%u, stx_dev_major=%u, stx_dev_minor=%u",
		    load_u32(p, STX_RDEV_MAJOR), load_u32(p, STX_RDEV_MAJOR + 4),
		    load_u32(p, STX_RDEV_MAJOR + 8), load_u32(p, STX_RDEV_MAJOR + 12));
	if (mask & STATX_MNT_ID)
		strbuf_addf(out, ", stx_mnt_id=%#llx", (unsigned long long)load_u64(p, STX_MNT_ID));
	if (mask & STATX_DIOALIGN)
		strbuf_addf(out, ", stx_dio_mem_align=%u, stx_dio_offset_align=%u",
			    load_u32(p, STX_DIO_MEM_ALIGN), load_u32(p, STX_DIO_OFFSET_ALIGN));
}

static void print_struct_statx(struct strbuf *out, const char *p, const struct decode_opts *o)
{
	uint32_t mask = load_u32(p, STX_MASK);

	strbuf_adds(out, "{stx_mask=");
	print_flags_x(out, &statx_mask_names, mask, o->xlat);
	if (o->verbose)
		strbuf_addf(out, ", stx_blksize=%u", load_u32(p, STX_BLKSIZE));
	strbuf_adds(out, ", stx_attributes=");
	print_flags_x(out, &statx_attr_names, load_u64(p, STX_ATTRIBUTES), o->xlat);
	if (o->verbose) {
		if (mask & STATX_NLINK)
			strbuf_addf(out, ", stx_nlink=%u", load_u32(p, STX_NLINK));
		if (mask & STATX_UID)
			print_id(out, "stx_uid", load_u32(p, STX_UID));
		if (mask & STATX_GID)
			print_id(out, "stx_gid", load_u32(p, STX_GID));
	}
	if (mask & (STATX_TYPE | STATX_MODE)) {
		strbuf_adds(out, ", stx_mode=");
		print_symbolic_mode(out, load_u16(p, STX_MODE), o->xlat);
	}
	if (o->verbose && (mask & STATX_INO))
		strbuf_addf(out, ", stx_ino=%llu", (unsigned long long)load_u64(p, STX_INO));
	if (mask & STATX_SIZE)
		strbuf_addf(out, ", stx_size=%llu", (unsigned long long)load_u64(p, STX_SIZE));
	if (o->verbose)
		print_statx_rest(out, p, mask, o->xlat);
	else
		strbuf_adds(out, ", ...");
	strbuf_addc(out, '}');
}

bool fmt_statx_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, SCT_STATX_SIZE, true);

	if (p)
		print_struct_statx(out, p, o);
	return true;
}

/* {f_type=EXT2_SUPER_MAGIC, f_bsize=4096, ...}: struct statfs is always printed whole. */
static void print_struct_statfs(struct strbuf *out, const char *p, int xlat)
{
	static const char *const counts[] = { "f_bsize", "f_blocks", "f_bfree", "f_bavail",
					      "f_files", "f_ffree" };
	uint64_t type = load_u64(p, 0), flags = load_u64(p, 80);
	const char *name = flag_lookup(&fsmagic_names, type);
	char raw[24];

	snprintf(raw, sizeof(raw), "%#llx", (unsigned long long)type);
	strbuf_adds(out, "{f_type=");
	print_xlat_text(out, xlat, raw, name ? name : raw);
	for (unsigned k = 0; k < sizeof(counts) / sizeof(counts[0]); k++)
		strbuf_addf(out, ", %s=%llu", counts[k], (unsigned long long)load_u64(p, 8 + 8 * k));
	strbuf_addf(out, ", f_fsid={val=[%#x, %#x]}", load_u32(p, 56), load_u32(p, 60));
	strbuf_addf(out, ", f_namelen=%llu, f_frsize=%llu", (unsigned long long)load_u64(p, 64),
		    (unsigned long long)load_u64(p, 72));
	if (flags & 0x20) { /* ST_VALID: the kernel filled f_flags */
		strbuf_adds(out, ", f_flags=");
		print_flags_x(out, &statfs_flag_names, flags, xlat);
	}
	strbuf_addc(out, '}');
}

bool fmt_statfs_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, SCT_STATFS_SIZE, true);

	if (p)
		print_struct_statfs(out, p, o->xlat);
	return true;
}

/* ustat's dev_t, a 32-bit number: makedev(0x8, 0x1). */
bool fmt_dev32(struct strbuf *out, const struct sc_event *ev, unsigned i,
	       const struct decode_opts *o)
{
	print_dev(out, (uint32_t)ev->args[i], o->xlat);
	return true;
}

/* chown's uid and gid: -1 (leave unchanged), otherwise unsigned (strace's printuid). */
bool fmt_uid(struct strbuf *out, const struct sc_event *ev, unsigned i,
	     const struct decode_opts *o)
{
	uint32_t id = (uint32_t)ev->args[i];

	(void)o;
	if (id == UINT32_MAX)
		strbuf_adds(out, "-1");
	else
		strbuf_addf(out, "%u", id);
	return true;
}
