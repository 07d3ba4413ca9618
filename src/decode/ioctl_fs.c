// SPDX-License-Identifier: MIT
/*
 * ioctl requests of files ('f' and 'X'): FS_IOC_FIEMAP's extent map, the
 * inode flags of FS_IOC{,32}_[GS]ETFLAGS, FITRIM's range and the fsxattr of
 * FS_IOC_FS[GS]ETXATTR, as strace 6.1 prints them.
 */
#include <linux/fiemap.h>
#include <linux/fs.h>

#include "ioctl.h"
#include "xlat_ioctl.h"

/* {fe_logical=..., fe_physical=..., fe_length=..., fe_flags=...} */
static void print_extent(const struct ioctl_call *c, const char *p)
{
	strbuf_addf(c->out, "{fe_logical=%llu, fe_physical=%llu, fe_length=%llu, fe_flags=",
		    (unsigned long long)load_u64(p, 0), (unsigned long long)load_u64(p, 8),
		    (unsigned long long)load_u64(p, 16));
	ioctl_flags(c, &fiemap_extent_flag_names, load_u32(p, 40));
	strbuf_addc(c->out, '}');
}

/*
 * The request at entry; after success " => " and what the kernel wrote: the
 * flags, the count and under -v the extents that follow the structure.
 */
static void print_fiemap(const struct ioctl_call *c)
{
	const size_t hdr = sizeof(struct fiemap), ext = sizeof(struct fiemap_extent);
	const char *p = ioctl_in(c, hdr);
	uint32_t n;

	if (!p)
		return;
	strbuf_addf(c->out, "{fm_start=%llu, fm_length=%llu, fm_flags=",
		    (unsigned long long)load_u64(p, 0), (unsigned long long)load_u64(p, 8));
	ioctl_flags(c, &fiemap_flag_names, load_u32(p, 16));
	strbuf_addf(c->out, ", fm_extent_count=%u}", load_u32(p, 24));
	if (ioctl_failed(c) || !(p = ioctl_out(c, hdr)))
		return;
	n = load_u32(p, 20);
	strbuf_adds(c->out, " => {fm_flags=");
	ioctl_flags(c, &fiemap_flag_names, load_u32(p, 16));
	strbuf_addf(c->out, ", fm_mapped_extents=%u", n);
	if (!c->o->verbose) {
		strbuf_adds(c->out, ", ...}");
		return;
	}
	strbuf_adds(c->out, ", fm_extents=");
	if (!n) {
		strbuf_adds(c->out, "[]}");
		return;
	}
	if (ioctl_have(c) < hdr + ext) {
		fmt_addr(c->out, c->arg + hdr);
		strbuf_addc(c->out, '}');
		return;
	}
	strbuf_addc(c->out, '[');
	for (uint32_t k = 0; k < n; k++) {
		if (k)
			strbuf_adds(c->out, ", ");
		if (hdr + (k + 1) * ext > ioctl_have(c)) {
			strbuf_addf(c->out, "... /* %#llx */",
				    (unsigned long long)(c->arg + hdr + k * ext));
			break;
		}
		print_extent(c, p + hdr + k * ext);
	}
	strbuf_adds(c->out, "]}");
}

/* [FS_APPEND_FL|FS_NOATIME_FL] */
static void print_inode_flags(const struct ioctl_call *c, const char *p)
{
	if (!p)
		return;
	strbuf_addc(c->out, '[');
	ioctl_flags(c, &fs_inode_flag_names, load_u32(p, 0));
	strbuf_addc(c->out, ']');
}

/* struct fsxattr; fsx_nextents is only the kernel's answer (get). */
static void print_fsxattr(const struct ioctl_call *c, const char *p, bool get)
{
	if (!p)
		return;
	strbuf_adds(c->out, "{fsx_xflags=");
	ioctl_flags(c, &fs_xflag_names, load_u32(p, 0));
	strbuf_addf(c->out, ", fsx_extsize=%u", load_u32(p, 4));
	if (get)
		strbuf_addf(c->out, ", fsx_nextents=%u", load_u32(p, 8));
	strbuf_addf(c->out, ", fsx_projid=%#x, fsx_cowextsize=%u}", load_u32(p, 12),
		    load_u32(p, 16));
}

enum ioctl_res ioctl_fs_decode(const struct ioctl_call *c)
{
	const char *p;

	switch (c->code) {
	case FS_IOC_FIEMAP:
		print_fiemap(c);
		return IOCTL_ARG;
	case FS_IOC_GETFLAGS:
	case FS_IOC32_GETFLAGS:
		print_inode_flags(c, ioctl_out(c, 4));
		return IOCTL_ARG;
	case FS_IOC_SETFLAGS:
	case FS_IOC32_SETFLAGS:
		print_inode_flags(c, ioctl_in(c, 4));
		return IOCTL_ARG;
	case FITRIM:
		if ((p = ioctl_in(c, sizeof(struct fstrim_range))))
			strbuf_addf(c->out, "{start=%#llx, len=%llu, minlen=%llu}",
				    (unsigned long long)load_u64(p, 0),
				    (unsigned long long)load_u64(p, 8),
				    (unsigned long long)load_u64(p, 16));
		return IOCTL_ARG;
	case FS_IOC_FSGETXATTR:
		print_fsxattr(c, ioctl_out(c, sizeof(struct fsxattr)), true);
		return IOCTL_ARG;
	case FS_IOC_FSSETXATTR:
		print_fsxattr(c, ioctl_in(c, sizeof(struct fsxattr)), false);
		return IOCTL_ARG;
	case FIFREEZE:
	case FITHAW:
		return IOCTL_NO_ARG;
	}
	return IOCTL_UNKNOWN;
}
