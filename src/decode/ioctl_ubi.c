// SPDX-License-Identifier: MIT
/*
 * ioctl requests of UBI devices (types 'o' and 'O', <mtd/ubi-user.h>) as
 * strace 6.1 prints them: volume creation (" => [vol_id]" after success),
 * resizing, renaming (up to UBI_MAX_RNVOL entries: the structure passes
 * SCT_STR_CAP_MAX, its last bytes are a pointee of the capture), attaching
 * (" => [ubi_num]"), eraseblock changes and maps, volume properties, and
 * the requests of one number.
 */
#include <stddef.h>
#include <string.h>
#include <linux/ioctl.h>
#include <mtd/ubi-user.h>

#include "ioctl.h"
#include "xlat_devices.h"

#define OFF(type, field) offsetof(struct type, field)
#define ENT_SIZE sizeof(((struct ubi_rnvol_req *)0)->ents[0])

/* name of a char[size] field of which name_len bytes count: strace's PRINT_FIELD_CSTRING_SZ */
static void print_name(const struct ioctl_call *c, const char *name, int name_len, unsigned size)
{
	int n = name_len < 0 ? 0 : name_len > (int)size - 1 ? (int)size - 1 : name_len;

	ioctl_cstring(c, name, (unsigned)n + 1);
}

/* " => [N]": the int the kernel wrote where the structure starts, after success */
static void print_result_int(const struct ioctl_call *c)
{
	const char *p;

	if (ioctl_failed(c))
		return;
	strbuf_adds(c->out, " => ");
	if ((p = ioctl_out(c, 4)))
		strbuf_addf(c->out, "[%d]", (int)load_u32(p, 0));
}

static void print_mkvol(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct ubi_mkvol_req));
	int16_t len;

	if (!p)
		return;
	strbuf_addf(c->out, "{vol_id=%d, alignment=%d, bytes=%lld, vol_type=",
		    (int)load_u32(p, OFF(ubi_mkvol_req, vol_id)),
		    (int)load_u32(p, OFF(ubi_mkvol_req, alignment)),
		    (long long)load_u64(p, OFF(ubi_mkvol_req, bytes)));
	ioctl_enum(c, &ubi_volume_type_names, (int8_t)p[OFF(ubi_mkvol_req, vol_type)]);
	strbuf_adds(c->out, ", flags=");
	ioctl_flags(c, &ubi_volume_flag_names, (uint8_t)p[OFF(ubi_mkvol_req, flags)]);
	len = (int16_t)load_u16(p, OFF(ubi_mkvol_req, name_len));
	strbuf_addf(c->out, ", name_len=%d, name=", len);
	print_name(c, p + OFF(ubi_mkvol_req, name), len, UBI_MAX_VOLUME_NAME + 1);
	strbuf_addc(c->out, '}');
	print_result_int(c);
}

/*
 * {count=N, ents=[...]}: min(count, UBI_MAX_RNVOL) entries, from the capture
 * and the pointee that holds the structure's bytes past SCT_STR_CAP_MAX.
 */
static void print_rnvol(const struct ioctl_call *c)
{
	static char req[sizeof(struct ubi_rnvol_req)];
	unsigned have = ioctl_have(c), tail;
	const char *p = ioctl_in(c, have < sizeof(req) ? (have ? have : 1) : sizeof(req)), *t;
	bool full;
	int count;

	if (!p)
		return;
	if (have < sizeof(req)) { /* the capture stops at SCT_STR_CAP_MAX: the rest follows */
		t = ioctl_pointee_bytes(c, &tail, &full);
		if (!t || have + tail < sizeof(req)) {
			fmt_addr(c->out, c->arg);
			return;
		}
		memcpy(req, p, have);
		memcpy(req + have, t, sizeof(req) - have);
		p = req;
	}
	count = (int)load_u32(p, OFF(ubi_rnvol_req, count));
	strbuf_addf(c->out, "{count=%d, ents=[", count);
	for (int k = 0; k < count && k < UBI_MAX_RNVOL; k++) {
		const char *e = p + OFF(ubi_rnvol_req, ents) + k * ENT_SIZE;
		int16_t len = (int16_t)load_u16(e, 4);

		if (k)
			strbuf_adds(c->out, ", ");
		if (ioctl_array_cut(c, (unsigned)k))
			break;
		strbuf_addf(c->out, "{vol_id=%d, name_len=%d, name=", (int)load_u32(e, 0), len);
		print_name(c, e + 8, len, UBI_MAX_VOLUME_NAME + 1);
		strbuf_addc(c->out, '}');
	}
	strbuf_adds(c->out, "]}");
}

static void print_att(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct ubi_attach_req));

	if (!p)
		return;
	strbuf_addf(c->out, "{ubi_num=%d, mtd_num=%d, vid_hdr_offset=%d, max_beb_per1024=%d}",
		    (int)load_u32(p, OFF(ubi_attach_req, ubi_num)),
		    (int)load_u32(p, OFF(ubi_attach_req, mtd_num)),
		    (int)load_u32(p, OFF(ubi_attach_req, vid_hdr_offset)),
		    (int16_t)load_u16(p, OFF(ubi_attach_req, max_beb_per1024)));
	print_result_int(c);
}

static void print_struct(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, _IOC_SIZE(c->code));

	if (!p)
		return;
	switch (c->code) {
	case UBI_IOCRSVOL:
		strbuf_addf(c->out, "{bytes=%lld, vol_id=%d}",
			    (long long)load_u64(p, OFF(ubi_rsvol_req, bytes)),
			    (int)load_u32(p, OFF(ubi_rsvol_req, vol_id)));
		break;
	case UBI_IOCEBCH:
		strbuf_addf(c->out, "{lnum=%d, bytes=%d, dtype=",
			    (int)load_u32(p, OFF(ubi_leb_change_req, lnum)),
			    (int)load_u32(p, OFF(ubi_leb_change_req, bytes)));
		ioctl_enum(c, &ubi_data_type_names, (int8_t)p[OFF(ubi_leb_change_req, dtype)]);
		strbuf_addc(c->out, '}');
		break;
	case UBI_IOCEBMAP:
		strbuf_addf(c->out, "{lnum=%d, dtype=", (int)load_u32(p, OFF(ubi_map_req, lnum)));
		ioctl_enum(c, &ubi_data_type_names, (int8_t)p[OFF(ubi_map_req, dtype)]);
		strbuf_addc(c->out, '}');
		break;
	case UBI_IOCSETVOLPROP:
		strbuf_adds(c->out, "{property=");
		ioctl_enum(c, &ubi_volume_prop_names, (uint8_t)p[OFF(ubi_set_vol_prop_req, property)]);
		strbuf_addf(c->out, ", value=%#llx}",
			    (unsigned long long)load_u64(p, OFF(ubi_set_vol_prop_req, value)));
		break;
	}
}

enum ioctl_res ioctl_ubi_decode(const struct ioctl_call *c)
{
	const char *p;

	switch (c->code) {
	case UBI_IOCMKVOL:
		print_mkvol(c);
		break;
	case UBI_IOCRNVOL:
		print_rnvol(c);
		break;
	case UBI_IOCATT:
		print_att(c);
		break;
	case UBI_IOCRSVOL:
	case UBI_IOCEBCH:
	case UBI_IOCEBMAP:
	case UBI_IOCSETVOLPROP:
		print_struct(c);
		break;
	case UBI_IOCVOLUP:
		if ((p = ioctl_in(c, 8)))
			strbuf_addf(c->out, "[%lld]", (long long)load_u64(p, 0));
		break;
	case UBI_IOCDET:
	case UBI_IOCEBER:
	case UBI_IOCEBISMAP:
	case UBI_IOCEBUNMAP:
	case UBI_IOCRMVOL:
	case UBI_IOCRPEB:
	case UBI_IOCSPEB:
		if ((p = ioctl_in(c, 4)))
			strbuf_addf(c->out, "[%d]", (int)load_u32(p, 0));
		break;
	case UBI_IOCVOLCRBLK:
	case UBI_IOCVOLRMBLK:
		return IOCTL_NO_ARG;
	default:
		return IOCTL_UNKNOWN;
	}
	return IOCTL_ARG;
}
