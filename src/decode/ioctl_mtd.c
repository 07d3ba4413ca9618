// SPDX-License-Identifier: MIT
/*
 * ioctl requests of MTD flash devices (type 'M', <mtd/mtd-abi.h>) as strace
 * 6.1 prints them: erase ranges, OOB buffers, write requests, OTP info and
 * modes, bad blocks, region info, and the device, OOB, ECC layout and ECC
 * statistics the kernel reports. Numbers print in hex as strace's do.
 */
#include <stddef.h>
#include <linux/ioctl.h>
#include <mtd/mtd-abi.h>

#include "ioctl.h"
#include "xlat_ioctl.h"

#define OFF(type, field) offsetof(struct type, field)

/* {start=0x.., length=0x..} of 32 or 64 bits */
static void print_erase(const struct ioctl_call *c, bool wide)
{
	const char *p = ioctl_in(c, wide ? sizeof(struct erase_info_user64) :
					   sizeof(struct erase_info_user));

	if (!p)
		return;
	if (wide)
		strbuf_addf(c->out, "{start=%#llx, length=%#llx}", (unsigned long long)load_u64(p, 0),
			    (unsigned long long)load_u64(p, 8));
	else
		strbuf_addf(c->out, "{start=%#x, length=%#x}", load_u32(p, 0), load_u32(p, 4));
}

static void print_oob(const struct ioctl_call *c, bool wide)
{
	const char *p = ioctl_in(c, wide ? sizeof(struct mtd_oob_buf64) : sizeof(struct mtd_oob_buf));

	if (!p)
		return;
	if (wide) {
		strbuf_addf(c->out, "{start=%#llx, length=%#x, usr_ptr=",
			    (unsigned long long)load_u64(p, 0), load_u32(p, OFF(mtd_oob_buf64, length)));
		fmt_addr(c->out, load_u64(p, OFF(mtd_oob_buf64, usr_ptr)));
	} else {
		strbuf_addf(c->out, "{start=%#x, length=%#x, ptr=", load_u32(p, 0), load_u32(p, 4));
		fmt_addr(c->out, load_u64(p, OFF(mtd_oob_buf, ptr)));
	}
	strbuf_addc(c->out, '}');
}

static void print_write_req(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct mtd_write_req));

	if (!p)
		return;
	strbuf_addf(c->out, "{start=%#llx, len=%#llx, ooblen=%#llx, usr_data=",
		    (unsigned long long)load_u64(p, 0), (unsigned long long)load_u64(p, 8),
		    (unsigned long long)load_u64(p, 16));
	fmt_addr(c->out, load_u64(p, OFF(mtd_write_req, usr_data)));
	strbuf_adds(c->out, ", usr_oob=");
	fmt_addr(c->out, load_u64(p, OFF(mtd_write_req, usr_oob)));
	strbuf_adds(c->out, ", mode=");
	ioctl_enum(c, &mtd_mode_names, (unsigned char)p[OFF(mtd_write_req, mode)]);
	strbuf_addc(c->out, '}');
}

static void print_otp_info(const struct ioctl_call *c, const char *p)
{
	if (p)
		strbuf_addf(c->out, "{start=%#x, length=%#x, locked=%u}", load_u32(p, 0),
			    load_u32(p, 4), load_u32(p, 8));
}

static void print_info(const struct ioctl_call *c)
{
	const char *p = ioctl_out(c, sizeof(struct mtd_info_user));

	if (!p)
		return;
	strbuf_adds(c->out, "{type=");
	ioctl_enum(c, &mtd_type_names, (unsigned char)p[0]);
	strbuf_adds(c->out, ", flags=");
	ioctl_flags(c, &mtd_flag_names, load_u32(p, OFF(mtd_info_user, flags)));
	strbuf_addf(c->out, ", size=%#x, erasesize=%#x, writesize=%#x, oobsize=%#x, padding=%#llx}",
		    load_u32(p, OFF(mtd_info_user, size)), load_u32(p, OFF(mtd_info_user, erasesize)),
		    load_u32(p, OFF(mtd_info_user, writesize)), load_u32(p, OFF(mtd_info_user, oobsize)),
		    (unsigned long long)load_u64(p, OFF(mtd_info_user, padding)));
}

static void print_oobinfo(const struct ioctl_call *c)
{
	const char *p = ioctl_out(c, sizeof(struct nand_oobinfo)), *f;

	if (!p)
		return;
	strbuf_adds(c->out, "{useecc=");
	ioctl_enum(c, &mtd_nandecc_names, load_u32(p, 0));
	strbuf_addf(c->out, ", eccbytes=%#x, oobfree=[", load_u32(p, OFF(nand_oobinfo, eccbytes)));
	f = p + OFF(nand_oobinfo, oobfree);
	for (unsigned k = 0; k < 8; k++) {
		if (k)
			strbuf_adds(c->out, ", ");
		if (ioctl_array_cut(c, k))
			break;
		strbuf_addf(c->out, "[%#x, %#x]", load_u32(f, 8 * k), load_u32(f, 8 * k + 4));
	}
	strbuf_adds(c->out, "], eccpos=");
	ioctl_uarray(c, p + OFF(nand_oobinfo, eccpos), 32, 4, true);
	strbuf_addc(c->out, '}');
}

static void print_ecclayout(const struct ioctl_call *c)
{
	const char *p = ioctl_out(c, sizeof(struct nand_ecclayout_user)), *f;

	if (!p)
		return;
	strbuf_addf(c->out, "{eccbytes=%#x, eccpos=", load_u32(p, 0));
	ioctl_uarray(c, p + OFF(nand_ecclayout_user, eccpos), MTD_MAX_ECCPOS_ENTRIES, 4, true);
	strbuf_addf(c->out, ", oobavail=%#x, oobfree=[",
		    load_u32(p, OFF(nand_ecclayout_user, oobavail)));
	f = p + OFF(nand_ecclayout_user, oobfree);
	for (unsigned k = 0; k < MTD_MAX_OOBFREE_ENTRIES; k++) {
		if (k)
			strbuf_adds(c->out, ", ");
		if (ioctl_array_cut(c, k))
			break;
		strbuf_addf(c->out, "{offset=%#x, length=%#x}", load_u32(f, 8 * k),
			    load_u32(f, 8 * k + 4));
	}
	strbuf_adds(c->out, "]}");
}

/* {regionindex=0x..} at entry; offset, erasesize and numblocks after success */
static void print_region(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct region_info_user));

	if (!p)
		return;
	strbuf_addf(c->out, "{regionindex=%#x", load_u32(p, OFF(region_info_user, regionindex)));
	if (!ioctl_failed(c))
		strbuf_addf(c->out, ", offset=%#x, erasesize=%#x, numblocks=%#x",
			    load_u32(p, OFF(region_info_user, offset)),
			    load_u32(p, OFF(region_info_user, erasesize)),
			    load_u32(p, OFF(region_info_user, numblocks)));
	strbuf_addc(c->out, '}');
}

enum ioctl_res ioctl_mtd_decode(const struct ioctl_call *c)
{
	const char *p;

	switch (c->code) {
	case MEMERASE:
	case MEMLOCK:
	case MEMUNLOCK:
	case MEMISLOCKED:
		print_erase(c, false);
		break;
	case MEMERASE64:
		print_erase(c, true);
		break;
	case MEMWRITEOOB:
	case MEMREADOOB:
		print_oob(c, false);
		break;
	case MEMWRITEOOB64:
	case MEMREADOOB64:
		print_oob(c, true);
		break;
	case MEMWRITE:
		print_write_req(c);
		break;
	case OTPGETREGIONINFO:
		print_otp_info(c, ioctl_out(c, sizeof(struct otp_info)));
		break;
	case OTPLOCK:
		print_otp_info(c, ioctl_in(c, sizeof(struct otp_info)));
		break;
	case OTPSELECT:
		if ((p = ioctl_in(c, 4))) {
			strbuf_addc(c->out, '[');
			ioctl_enum(c, &mtd_otp_names, load_u32(p, 0));
			strbuf_addc(c->out, ']');
		}
		break;
	case MTDFILEMODE:
		ioctl_enum(c, &mtd_file_mode_names, c->arg);
		break;
	case MEMGETBADBLOCK:
	case MEMSETBADBLOCK:
		if ((p = ioctl_in(c, 8)))
			strbuf_addf(c->out, "[%llu]", (unsigned long long)load_u64(p, 0));
		break;
	case MEMGETINFO:
		print_info(c);
		break;
	case MEMGETOOBSEL:
		print_oobinfo(c);
		break;
	case ECCGETLAYOUT:
		print_ecclayout(c);
		break;
	case ECCGETSTATS:
		if ((p = ioctl_out(c, sizeof(struct mtd_ecc_stats))))
			strbuf_addf(c->out, "{corrected=%#x, failed=%#x, badblocks=%#x, bbtblocks=%#x}",
				    load_u32(p, 0), load_u32(p, 4), load_u32(p, 8), load_u32(p, 12));
		break;
	case OTPGETREGIONCOUNT:
		if ((p = ioctl_out(c, 4)))
			strbuf_addf(c->out, "[%u]", load_u32(p, 0));
		break;
	case MEMGETREGIONCOUNT:
		if ((p = ioctl_out(c, 4)))
			strbuf_addf(c->out, "[%d]", (int32_t)load_u32(p, 0));
		break;
	case MEMGETREGIONINFO:
		print_region(c);
		break;
	default:
		return IOCTL_UNKNOWN;
	}
	return IOCTL_ARG;
}
