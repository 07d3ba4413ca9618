// SPDX-License-Identifier: MIT
/*
 * ioctl requests of ATA disks (HDIO_*, type 0x03): the geometry, a drive
 * command and its answer, the settings read and written as unsigned longs,
 * the nice flags and bus states, the identity strings, as strace 6.1 prints
 * them.
 */
#include <errno.h>
#include <linux/hdreg.h>

#include "ioctl.h"
#include "xlat_ioctl.h"

/* What a request's argument is. */
enum hdio_arg {
	HA_ULONG, /* unsigned long by value */
	HA_ULONG_OUT, /* unsigned long * the kernel writes: [N] */
	HA_NICE, /* IDE_NICE bits by value */
	HA_NICE_OUT,
	HA_BUS, /* a BUSSTATE by value */
	HA_BUS_OUT,
	HA_INTS, /* int[3], in hex */
	HA_STR_OUT, /* len bytes the kernel writes, as a string */
};

static const struct {
	uint16_t code;
	uint8_t arg; /* enum hdio_arg */
	uint16_t len; /* HA_STR_OUT */
} hdio_reqs[] = {
	{ HDIO_GET_UNMASKINTR, HA_ULONG_OUT, 0 },
	{ HDIO_GET_MULTCOUNT, HA_ULONG_OUT, 0 },
	{ HDIO_OBSOLETE_IDENTITY, HA_STR_OUT, 142 },
	{ HDIO_GET_KEEPSETTINGS, HA_ULONG_OUT, 0 },
	{ HDIO_GET_32BIT, HA_ULONG_OUT, 0 },
	{ HDIO_GET_NOWERR, HA_ULONG_OUT, 0 },
	{ HDIO_GET_DMA, HA_ULONG_OUT, 0 },
	{ HDIO_GET_NICE, HA_NICE_OUT, 0 },
	{ HDIO_GET_IDENTITY, HA_STR_OUT, 512 },
	{ HDIO_GET_WCACHE, HA_ULONG_OUT, 0 },
	{ HDIO_GET_ACOUSTIC, HA_ULONG_OUT, 0 },
	{ HDIO_GET_ADDRESS, HA_ULONG_OUT, 0 },
	{ HDIO_GET_BUSSTATE, HA_BUS_OUT, 0 },
	{ HDIO_DRIVE_RESET, HA_INTS, 0 },
	{ HDIO_SET_MULTCOUNT, HA_ULONG, 0 },
	{ HDIO_SET_UNMASKINTR, HA_ULONG, 0 },
	{ HDIO_SET_KEEPSETTINGS, HA_ULONG, 0 },
	{ HDIO_SET_32BIT, HA_ULONG, 0 },
	{ HDIO_SET_NOWERR, HA_ULONG, 0 },
	{ HDIO_SET_DMA, HA_ULONG, 0 },
	{ HDIO_SET_PIO_MODE, HA_ULONG, 0 },
	{ HDIO_SCAN_HWIF, HA_INTS, 0 },
	{ HDIO_UNREGISTER_HWIF, HA_ULONG, 0 },
	{ HDIO_SET_NICE, HA_NICE, 0 },
	{ HDIO_SET_WCACHE, HA_ULONG, 0 },
	{ HDIO_SET_ACOUSTIC, HA_ULONG, 0 },
	{ HDIO_SET_BUSSTATE, HA_BUS, 0 },
	{ HDIO_SET_ADDRESS, HA_ULONG, 0 },
};

/* struct hd_geometry, after success */
static void print_geometry(const struct ioctl_call *c)
{
	const char *p = ioctl_out(c, sizeof(struct hd_geometry));

	if (p)
		strbuf_addf(c->out, "{heads=%u, sectors=%u, cylinders=%u, start=%llu}",
			    (unsigned char)p[0], (unsigned char)p[1], load_u16(p, 2),
			    (unsigned long long)load_u64(p, 8));
}

/* len bytes at off of the argument as a string, -s of them; the address if unreadable. */
static void print_bytes(const struct ioctl_call *c, unsigned off, uint64_t len,
			const struct decode_opts *o)
{
	const struct sct_blob *b = fmt_mem(c->ev, c->i, 0);
	uint64_t n = len < o->str_max ? len : o->str_max;

	if (!b || b->len < off + n) {
		fmt_addr(c->out, c->arg + off);
		return;
	}
	format_quoted(c->out, sct_blob_data(b) + off, (unsigned)n, len > n, o);
}

/*
 * The command's four bytes; after success (or EIO, the drive's error) the
 * status the kernel wrote over them and the sectors it read after them.
 */
static void print_drive_cmd(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, 4);
	struct decode_opts hex = *c->o;

	if (!p)
		return;
	strbuf_adds(c->out, "{command=");
	ioctl_enum(c, &ata_cmd_names, (unsigned char)p[0]);
	strbuf_addf(c->out, ", sector_number=%u, feature=%u, sector_count=%u}", (unsigned char)p[1],
		    (unsigned char)p[2], (unsigned char)p[3]);
	if (ioctl_failed(c) && c->ev->ret != -EIO)
		return;
	strbuf_addf(c->out, " => {status=%#x, error=%u, nsector=%u", (unsigned char)p[0],
		    (unsigned char)p[1], (unsigned char)p[2]);
	if (p[3]) {
		hex.xstrings = 2;
		strbuf_adds(c->out, ", buf=");
		print_bytes(c, 4, (unsigned char)p[3] * 512ull, &hex);
	}
	strbuf_addc(c->out, '}');
}

/* [0xdeadbeef, 0xaaaaaaaa, 0xbeefbeef] */
static void print_ints(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, 12);

	if (p)
		strbuf_addf(c->out, "[%#x, %#x, %#x]", load_u32(p, 0), load_u32(p, 4),
			    load_u32(p, 8));
}

/* A value the kernel writes, in brackets: [N]. */
static const char *out_open(const struct ioctl_call *c, unsigned len)
{
	const char *p = ioctl_out(c, len);

	if (p)
		strbuf_addc(c->out, '[');
	return p;
}

enum ioctl_res ioctl_hdio_decode(const struct ioctl_call *c)
{
	const char *p;
	unsigned k;

	if (c->code == HDIO_GETGEO) {
		print_geometry(c);
		return IOCTL_ARG;
	}
	if (c->code == HDIO_DRIVE_CMD) {
		print_drive_cmd(c);
		return IOCTL_ARG;
	}
	for (k = 0; k < sizeof(hdio_reqs) / sizeof(hdio_reqs[0]); k++)
		if (hdio_reqs[k].code == c->code)
			break;
	if (k == sizeof(hdio_reqs) / sizeof(hdio_reqs[0]))
		return IOCTL_UNKNOWN;
	switch (hdio_reqs[k].arg) {
	case HA_ULONG:
		strbuf_addf(c->out, "%llu", (unsigned long long)c->arg);
		break;
	case HA_NICE:
		ioctl_flags(c, &hdio_nice_names, c->arg);
		break;
	case HA_BUS:
		ioctl_enum(c, &hdio_busstate_names, c->arg);
		break;
	case HA_INTS:
		print_ints(c);
		break;
	case HA_STR_OUT:
		if (ioctl_failed(c))
			fmt_addr(c->out, c->arg);
		else
			print_bytes(c, 0, hdio_reqs[k].len, c->o);
		break;
	case HA_ULONG_OUT:
	case HA_NICE_OUT:
	case HA_BUS_OUT:
		if (!(p = out_open(c, 8)))
			break;
		if (hdio_reqs[k].arg == HA_ULONG_OUT)
			strbuf_addf(c->out, "%llu", (unsigned long long)load_u64(p, 0));
		else if (hdio_reqs[k].arg == HA_NICE_OUT)
			ioctl_flags(c, &hdio_nice_names, load_u64(p, 0));
		else
			ioctl_enum(c, &hdio_busstate_names, load_u64(p, 0));
		strbuf_addc(c->out, ']');
		break;
	}
	return IOCTL_ARG;
}
