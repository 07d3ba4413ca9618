// SPDX-License-Identifier: MIT
/*
 * ioctl as strace 6.1 prints it on x86_64: the request by name (one table,
 * with strace's "A or B" where two subsystems share a number), or decoded as
 * _IOC(dir, type, nr, size) when unknown; and the third argument by what the
 * request says it is: nothing, an int, a flag or an enum value, a pointer to
 * an int ([1]), to struct termios or struct winsize, or just an address.
 * Requests that are not listed print their argument in hex, as strace does.
 *
 * The third argument is captured as SCT_IOCTL_ARG_CAP bytes whatever the
 * request (capture_plan.c): read at exit, and at entry too when the call
 * blocks. An integer argument makes that read fault, which is fine: ints
 * print from the register. Inputs print from the entry copy when there is
 * one (TCSETSW drains before it returns), outputs from the exit copy and only
 * when the call succeeded.
 */
#include <stdio.h>

#include "flags.h"
#include "fmt.h"
#include "structs.h"

/* What the third argument is, by request. */
enum ioctl_arg {
	IA_HEX = 0, /* not decoded: 0 or 0x10, as for an unknown request */
	IA_NONE, /* no third argument printed */
	IA_INT, /* int by value, decimal */
	IA_TCXONC, /* TCOOFF ... */
	IA_TCFLSH, /* TCIFLUSH ... */
	IA_PTR, /* a structure not decoded: NULL or its address */
	IA_IN_INT, /* int *: [1] */
	IA_OUT_INT,
	IA_OUT_UINT,
	IA_IN_MODEM, /* int * of TIOCM_ bits */
	IA_OUT_MODEM,
	IA_IN_FSFLAGS, /* long * of FS_*_FL bits */
	IA_OUT_FSFLAGS,
	IA_IN_TERMIOS, /* struct termios (termios2 starts the same) */
	IA_OUT_TERMIOS,
	IA_IN_WINSZ, /* struct winsize */
	IA_OUT_WINSZ,
	IA_IN_CHAR, /* TIOCSTI: one byte */
};

struct ioctl_req {
	uint32_t code;
	const char *name;
	uint8_t arg; /* enum ioctl_arg */
};

#define R(code, name, arg) { code, name, arg }

static const struct ioctl_req ioctl_reqs[] = {
	/* tty (asm-generic/ioctls.h) */
	R(0x5401, "TCGETS", IA_OUT_TERMIOS),
	R(0x5402, "SNDCTL_TMR_START or TCSETS", IA_IN_TERMIOS),
	R(0x5403, "SNDCTL_TMR_STOP or TCSETSW", IA_IN_TERMIOS),
	R(0x5404, "SNDCTL_TMR_CONTINUE or TCSETSF", IA_IN_TERMIOS),
	R(0x5405, "TCGETA", IA_PTR),
	R(0x5406, "TCSETA", IA_PTR),
	R(0x5407, "TCSETAW", IA_PTR),
	R(0x5408, "TCSETAF", IA_PTR),
	R(0x5409, "TCSBRK", IA_INT),
	R(0x540a, "TCXONC", IA_TCXONC),
	R(0x540b, "TCFLSH", IA_TCFLSH),
	R(0x540c, "TIOCEXCL", IA_NONE),
	R(0x540d, "TIOCNXCL", IA_NONE),
	R(0x540e, "TIOCSCTTY", IA_INT),
	R(0x540f, "TIOCGPGRP", IA_OUT_INT),
	R(0x5410, "TIOCSPGRP", IA_IN_INT),
	R(0x5411, "TIOCOUTQ", IA_OUT_INT),
	R(0x5412, "TIOCSTI", IA_IN_CHAR),
	R(0x5413, "TIOCGWINSZ", IA_OUT_WINSZ),
	R(0x5414, "TIOCSWINSZ", IA_IN_WINSZ),
	R(0x5415, "TIOCMGET", IA_OUT_MODEM),
	R(0x5416, "TIOCMBIS", IA_IN_MODEM),
	R(0x5417, "TIOCMBIC", IA_IN_MODEM),
	R(0x5418, "TIOCMSET", IA_IN_MODEM),
	R(0x5419, "TIOCGSOFTCAR", IA_OUT_INT),
	R(0x541a, "TIOCSSOFTCAR", IA_IN_INT),
	R(0x541b, "FIONREAD", IA_OUT_INT),
	R(0x541c, "TIOCLINUX", IA_HEX),
	R(0x541d, "TIOCCONS", IA_NONE),
	R(0x541e, "TIOCGSERIAL", IA_HEX),
	R(0x541f, "TIOCSSERIAL", IA_NONE),
	R(0x5420, "TIOCPKT", IA_IN_INT),
	R(0x5421, "FIONBIO", IA_IN_INT),
	R(0x5422, "TIOCNOTTY", IA_NONE),
	R(0x5423, "TIOCSETD", IA_IN_INT),
	R(0x5424, "TIOCGETD", IA_OUT_INT),
	R(0x5425, "TCSBRKP", IA_INT),
	R(0x5427, "TIOCSBRK", IA_NONE),
	R(0x5428, "TIOCCBRK", IA_NONE),
	R(0x5429, "TIOCGSID", IA_OUT_INT),
	R(0x802c542a, "TCGETS2", IA_OUT_TERMIOS),
	R(0x402c542b, "TCSETS2", IA_IN_TERMIOS),
	R(0x402c542c, "TCSETSW2", IA_IN_TERMIOS),
	R(0x402c542d, "TCSETSF2", IA_IN_TERMIOS),
	R(0x542e, "TIOCGRS485", IA_HEX),
	R(0x542f, "TIOCSRS485", IA_HEX),
	R(0x80045430, "TIOCGPTN", IA_OUT_UINT),
	R(0x40045431, "TIOCSPTLCK", IA_IN_INT),
	R(0x80045432, "TIOCGDEV", IA_OUT_UINT),
	R(0x40045436, "TIOCSIG", IA_HEX),
	R(0x5437, "TIOCVHANGUP", IA_NONE),
	R(0x80045438, "TIOCGPKT", IA_HEX),
	R(0x80045439, "TIOCGPTLCK", IA_HEX),
	R(0x80045440, "TIOCGEXCL", IA_OUT_INT),
	R(0x5441, "TIOCGPTPEER", IA_HEX),
	R(0x5450, "FIONCLEX", IA_NONE),
	R(0x5451, "FIOCLEX", IA_NONE),
	R(0x5452, "FIOASYNC", IA_IN_INT),
	R(0x5453, "TIOCSERCONFIG", IA_HEX),
	R(0x5454, "TIOCSERGWILD", IA_HEX),
	R(0x5455, "TIOCSERSWILD", IA_HEX),
	R(0x5456, "TIOCGLCKTRMIOS", IA_OUT_TERMIOS),
	R(0x5457, "TIOCSLCKTRMIOS", IA_IN_TERMIOS),
	R(0x5458, "TIOCSERGSTRUCT", IA_HEX),
	R(0x5459, "TIOCSERGETLSR", IA_HEX),
	R(0x545a, "TIOCSERGETMULTI", IA_HEX),
	R(0x545b, "TIOCSERSETMULTI", IA_HEX),
	R(0x545c, "TIOCMIWAIT", IA_HEX),
	R(0x545d, "TIOCGICOUNT", IA_HEX),
	R(0x5460, "FIOQSIZE", IA_HEX),
	/* sockets (linux/sockios.h); struct ifreq and friends are not decoded */
	R(0x8901, "FIOSETOWN", IA_IN_INT),
	R(0x8902, "SIOCSPGRP", IA_IN_INT),
	R(0x8903, "FIOGETOWN", IA_OUT_INT),
	R(0x8904, "SIOCGPGRP", IA_OUT_INT),
	R(0x8905, "SIOCATMARK", IA_OUT_INT),
	R(0x8906, "SIOCGSTAMP_OLD", IA_PTR),
	R(0x8907, "SIOCGSTAMPNS_OLD", IA_PTR),
	R(0x890b, "SIOCADDRT", IA_PTR),
	R(0x890c, "SIOCDELRT", IA_PTR),
	R(0x890d, "SIOCRTMSG", IA_PTR),
	R(0x8910, "SIOCGIFNAME", IA_PTR),
	R(0x8911, "SIOCSIFLINK", IA_PTR),
	R(0x8912, "SIOCGIFCONF", IA_PTR),
	R(0x8913, "SIOCGIFFLAGS", IA_PTR),
	R(0x8914, "SIOCSIFFLAGS", IA_PTR),
	R(0x8915, "SIOCGIFADDR", IA_PTR),
	R(0x8916, "SIOCSIFADDR", IA_PTR),
	R(0x8917, "SIOCGIFDSTADDR", IA_PTR),
	R(0x8918, "SIOCSIFDSTADDR", IA_PTR),
	R(0x8919, "SIOCGIFBRDADDR", IA_PTR),
	R(0x891a, "SIOCSIFBRDADDR", IA_PTR),
	R(0x891b, "SIOCGIFNETMASK", IA_PTR),
	R(0x891c, "SIOCSIFNETMASK", IA_PTR),
	R(0x891d, "SIOCGIFMETRIC", IA_PTR),
	R(0x891e, "SIOCSIFMETRIC", IA_PTR),
	R(0x891f, "SIOCGIFMEM", IA_PTR),
	R(0x8920, "SIOCSIFMEM", IA_PTR),
	R(0x8921, "SIOCGIFMTU", IA_PTR),
	R(0x8922, "SIOCSIFMTU", IA_PTR),
	R(0x8923, "SIOCSIFNAME", IA_PTR),
	R(0x8924, "SIOCSIFHWADDR", IA_PTR),
	R(0x8925, "SIOCGIFENCAP", IA_PTR),
	R(0x8926, "SIOCSIFENCAP", IA_IN_INT),
	R(0x8927, "SIOCGIFHWADDR", IA_PTR),
	R(0x8929, "SIOCGIFSLAVE", IA_PTR),
	R(0x8930, "SIOCSIFSLAVE", IA_PTR),
	R(0x8931, "SIOCADDMULTI", IA_PTR),
	R(0x8932, "SIOCDELMULTI", IA_PTR),
	R(0x8933, "SIOCGIFINDEX", IA_PTR),
	R(0x8934, "SIOCSIFPFLAGS", IA_PTR),
	R(0x8935, "SIOCGIFPFLAGS", IA_PTR),
	R(0x8936, "SIOCDIFADDR", IA_PTR),
	R(0x8937, "SIOCSIFHWBROADCAST", IA_PTR),
	R(0x8938, "SIOCGIFCOUNT", IA_PTR),
	R(0x8940, "SIOCGIFBR", IA_PTR),
	R(0x8941, "SIOCSIFBR", IA_PTR),
	R(0x8942, "SIOCGIFTXQLEN", IA_PTR),
	R(0x8943, "SIOCSIFTXQLEN", IA_PTR),
	R(0x8946, "SIOCETHTOOL", IA_PTR),
	R(0x8947, "SIOCGMIIPHY", IA_PTR),
	R(0x8948, "SIOCGMIIREG", IA_PTR),
	R(0x8949, "SIOCSMIIREG", IA_PTR),
	R(0x894a, "SIOCWANDEV", IA_PTR),
	R(0x894b, "SIOCOUTQNSD", IA_PTR),
	R(0x894c, "SIOCGSKNS", IA_PTR),
	R(0x8953, "SIOCDARP", IA_PTR),
	R(0x8954, "SIOCGARP", IA_PTR),
	R(0x8955, "SIOCSARP", IA_PTR),
	R(0x8960, "SIOCDRARP", IA_PTR),
	R(0x8961, "SIOCGRARP", IA_PTR),
	R(0x8962, "SIOCSRARP", IA_PTR),
	R(0x8970, "SIOCGIFMAP", IA_PTR),
	R(0x8971, "SIOCSIFMAP", IA_PTR),
	R(0x89a0, "SIOCBRADDBR", IA_PTR),
	R(0x89a1, "SIOCBRDELBR", IA_PTR),
	R(0x89a2, "SIOCBRADDIF", IA_PTR),
	R(0x89a3, "SIOCBRDELIF", IA_PTR),
	R(0x89b0, "SIOCSHWTSTAMP", IA_PTR),
	R(0x89b1, "SIOCGHWTSTAMP", IA_PTR),
	/* files and block devices (linux/fs.h) */
	R(0x1, "FIBMAP", IA_HEX),
	R(0x2, "FIGETBSZ", IA_HEX),
	R(0xc0045877, "FIFREEZE", IA_NONE),
	R(0xc0045878, "FITHAW", IA_NONE),
	R(0xc0185879, "FITRIM", IA_PTR),
	R(0x40049409, "BTRFS_IOC_CLONE or FICLONE", IA_INT),
	R(0x4020940d, "BTRFS_IOC_CLONE_RANGE or FICLONERANGE", IA_PTR),
	R(0xc0189436, "BTRFS_IOC_FILE_EXTENT_SAME or FIDEDUPERANGE", IA_PTR),
	R(0x80086601, "FS_IOC_GETFLAGS", IA_OUT_FSFLAGS),
	R(0x40086602, "FS_IOC_SETFLAGS", IA_IN_FSFLAGS),
	R(0x80087601, "FS_IOC_GETVERSION", IA_HEX),
	R(0x40087602, "FS_IOC_SETVERSION", IA_HEX),
	R(0xc020660b, "FS_IOC_FIEMAP", IA_PTR),
	R(0x801c581f, "FS_IOC_FSGETXATTR", IA_PTR),
	R(0x401c5820, "FS_IOC_FSSETXATTR", IA_PTR),
	R(0x81009431, "FS_IOC_GETFSLABEL", IA_PTR),
	R(0x41009432, "FS_IOC_SETFSLABEL", IA_PTR),
	R(0x125d, "BLKROSET", IA_IN_INT),
	R(0x125e, "BLKROGET", IA_OUT_INT),
	R(0x125f, "BLKRRPART", IA_NONE),
	R(0x1260, "BLKGETSIZE", IA_PTR),
	R(0x1261, "BLKFLSBUF", IA_NONE),
	R(0x1268, "BLKSSZGET", IA_OUT_INT),
	R(0x80081270, "BLKBSZGET", IA_PTR),
	R(0x40081271, "BLKBSZSET", IA_IN_INT),
	R(0x80081272, "BLKGETSIZE64", IA_PTR),
	R(0x1277, "BLKDISCARD", IA_PTR),
	R(0x127b, "BLKPBSZGET", IA_OUT_INT),
	R(0x400454ca, "TUNSETIFF", IA_HEX),
	R(0x80045200, "RNDGETENTCNT", IA_OUT_INT),
};

static const struct ioctl_req *ioctl_lookup(uint32_t code)
{
	for (unsigned i = 0; i < sizeof(ioctl_reqs) / sizeof(ioctl_reqs[0]); i++)
		if (ioctl_reqs[i].code == code)
			return &ioctl_reqs[i];
	return NULL;
}

static const char *const ioc_dirs[4] = { "_IOC_NONE", "_IOC_WRITE", "_IOC_READ",
					 "_IOC_READ|_IOC_WRITE" };

/* TCGETS, or _IOC(_IOC_READ, 0x54, 0x99, 0x4) from the number's fields. */
static void print_request(struct strbuf *out, uint32_t code)
{
	const struct ioctl_req *r = ioctl_lookup(code);

	if (r)
		strbuf_adds(out, r->name);
	else
		strbuf_addf(out, "_IOC(%s, %#x, %#x, %#x)", ioc_dirs[code >> 30], (code >> 8) & 0xff,
			    code & 0xff, (code >> 16) & 0x3fff);
}

bool fmt_ioctl_req(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	uint32_t code = (uint32_t)ev->args[i];
	struct strbuf names;
	char raw[16];

	strbuf_init(&names);
	print_request(&names, code);
	snprintf(raw, sizeof(raw), "%#x", code);
	print_xlat_text(out, o->xlat, raw, names.data);
	strbuf_free(&names);
	return true;
}

/* c_oflag's delay fields: always all six, then '|' and the flags. */
static const struct {
	uint32_t mask;
	const char *names[4];
} oflag_delays[] = {
	{ 0400, { "NL0", "NL1" } },
	{ 03000, { "CR0", "CR1", "CR2", "CR3" } },
	{ 014000, { "TAB0", "TAB1", "TAB2", "XTABS" } },
	{ 020000, { "BS0", "BS1" } },
	{ 040000, { "VT0", "VT1" } },
	{ 0100000, { "FF0", "FF1" } },
};

static const char *const cc_names[17] = {
	"VINTR", "VQUIT", "VERASE", "VKILL", "VEOF", "VTIME", "VMIN", "VSWTC", "VSTART",
	"VSTOP", "VSUSP", "VEOL", "VREPRINT", "VDISCARD", "VWERASE", "VLNEXT", "VEOL2",
};

#define CBAUD_BITS 010017u
#define CSIZE_BITS 060u
#define CIBAUD_SHIFT 16

/* A termios flag field: names|0xrest; 0 prints as nothing at all, in every -X form. */
static void print_tflags(struct strbuf *out, const struct flag_table *t, uint32_t v, int xlat)
{
	struct strbuf names;
	char raw[16];

	if (!v)
		return;
	strbuf_init(&names);
	print_flag_bits(&names, t, v, false);
	snprintf(raw, sizeof(raw), "%#x", v);
	print_xlat_text(out, xlat, raw, names.data);
	strbuf_free(&names);
}

/*
 * {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, c_cflag=
 * B38400|CS8|CREAD, c_lflag=ISIG|..., ...}, and under -X each part as a
 * number: c_cflag=0xf|0x30|0x80 (a zero flag part stays empty: c_cflag=B0|CS5|).
 */
static void print_termios(struct strbuf *out, const char *p, const struct decode_opts *o)
{
	uint32_t iflag = fmt_u32(p, 0), oflag = fmt_u32(p, 4), cflag = fmt_u32(p, 8),
		 lflag = fmt_u32(p, 12);
	uint32_t ibaud = (cflag >> CIBAUD_SHIFT) & CBAUD_BITS;
	char raw[16];

	strbuf_adds(out, "{c_iflag=");
	print_tflags(out, &termios_iflag_names, iflag, o->xlat);
	strbuf_adds(out, ", c_oflag=");
	for (unsigned k = 0; k < sizeof(oflag_delays) / sizeof(oflag_delays[0]); k++) {
		uint32_t m = oflag_delays[k].mask;

		snprintf(raw, sizeof(raw), "%#x", oflag & m);
		print_xlat_text(out, o->xlat, raw, oflag_delays[k].names[(oflag & m) / (m & -m)]);
		strbuf_addc(out, '|');
		oflag &= ~m;
	}
	print_tflags(out, &termios_oflag_names, oflag, o->xlat);
	strbuf_adds(out, ", c_cflag=");
	print_enum_x(out, &termios_baud_names, cflag & CBAUD_BITS, o->xlat);
	if (ibaud) {
		strbuf_addc(out, '|');
		print_enum_x(out, &termios_baud_names, ibaud, o->xlat);
		strbuf_adds(out, "<<");
		print_xlat_text(out, o->xlat, "0x10", "IBSHIFT");
	}
	strbuf_addc(out, '|');
	print_enum_x(out, &termios_csize_names, cflag & CSIZE_BITS, o->xlat);
	strbuf_addc(out, '|');
	print_tflags(out, &termios_cflag_names,
		     cflag & ~(CBAUD_BITS | CSIZE_BITS | (CBAUD_BITS << CIBAUD_SHIFT)), o->xlat);
	strbuf_adds(out, ", c_lflag=");
	print_tflags(out, &termios_lflag_names, lflag, o->xlat);
	if (!o->verbose) {
		strbuf_adds(out, ", ...}");
		return;
	}
	strbuf_adds(out, ", c_line=");
	if (!(unsigned char)p[16])
		strbuf_adds(out, "N_TTY");
	else
		strbuf_addf(out, "%u", (unsigned char)p[16]);
	strbuf_adds(out, ", c_cc=[");
	for (unsigned k = 0; k < 19; k++) {
		unsigned v = (unsigned char)p[17 + k];

		if (k)
			strbuf_adds(out, ", ");
		if (k < 17)
			strbuf_addf(out, "[%s]=%#x", cc_names[k], v);
		else
			strbuf_addf(out, "[%u]=%#x", k, v);
	}
	strbuf_adds(out, "]}");
}

static void print_winsize(struct strbuf *out, const char *p)
{
	strbuf_addf(out, "{ws_row=%u, ws_col=%u, ws_xpixel=%u, ws_ypixel=%u}", fmt_u16(p, 0),
		    fmt_u16(p, 2), fmt_u16(p, 4), fmt_u16(p, 6));
}

/* [TIOCM_DTR|TIOCM_RTS], [0]. */
static void print_flag_array(struct strbuf *out, const struct flag_table *t, uint64_t v,
			     int xlat)
{
	strbuf_addc(out, '[');
	if (v)
		print_flags_x(out, t, v, xlat);
	else
		strbuf_addc(out, '0');
	strbuf_addc(out, ']');
}

/* The memory of an input: the entry copy of a call that blocked, else the one read. */
static const char *ioctl_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
			    unsigned len)
{
	const struct sct_blob *b = fmt_mem_entry(ev, i, len);

	if (b && ev->args[i])
		return sct_blob_data(b);
	return fmt_struct(out, ev, i, len, false);
}

bool fmt_ioctl_arg(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	const struct ioctl_req *r = i ? ioctl_lookup((uint32_t)ev->args[i - 1]) : NULL;
	uint64_t v = ev->args[i];
	const char *p;

	switch (r ? r->arg : IA_HEX) {
	case IA_NONE:
		return false;
	case IA_INT:
		strbuf_addf(out, "%d", (int)v);
		return true;
	case IA_TCXONC:
		print_enum_x(out, &tcxonc_names, v, o->xlat);
		return true;
	case IA_TCFLSH:
		print_enum_x(out, &tcflsh_names, v, o->xlat);
		return true;
	case IA_PTR:
		fmt_addr(out, v);
		return true;
	case IA_IN_INT:
		if ((p = ioctl_in(out, ev, i, 4)))
			strbuf_addf(out, "[%d]", (int)fmt_u32(p, 0));
		return true;
	case IA_OUT_INT:
		if ((p = fmt_struct(out, ev, i, 4, true)))
			strbuf_addf(out, "[%d]", (int)fmt_u32(p, 0));
		return true;
	case IA_OUT_UINT:
		if ((p = fmt_struct(out, ev, i, 4, true)))
			strbuf_addf(out, "[%u]", fmt_u32(p, 0));
		return true;
	case IA_IN_MODEM:
		if ((p = ioctl_in(out, ev, i, 4)))
			print_flag_array(out, &tiocm_names, fmt_u32(p, 0), o->xlat);
		return true;
	case IA_OUT_MODEM:
		if ((p = fmt_struct(out, ev, i, 4, true)))
			print_flag_array(out, &tiocm_names, fmt_u32(p, 0), o->xlat);
		return true;
	case IA_IN_FSFLAGS:
		if ((p = ioctl_in(out, ev, i, 4)))
			print_flag_array(out, &fs_inode_flag_names, fmt_u32(p, 0), o->xlat);
		return true;
	case IA_OUT_FSFLAGS:
		if ((p = fmt_struct(out, ev, i, 4, true)))
			print_flag_array(out, &fs_inode_flag_names, fmt_u32(p, 0), o->xlat);
		return true;
	case IA_IN_TERMIOS:
		if ((p = ioctl_in(out, ev, i, SCT_TERMIOS_SIZE)))
			print_termios(out, p, o);
		return true;
	case IA_OUT_TERMIOS:
		if ((p = fmt_struct(out, ev, i, SCT_TERMIOS_SIZE, true)))
			print_termios(out, p, o);
		return true;
	case IA_IN_WINSZ:
		if ((p = ioctl_in(out, ev, i, 8)))
			print_winsize(out, p);
		return true;
	case IA_OUT_WINSZ:
		if ((p = fmt_struct(out, ev, i, 8, true)))
			print_winsize(out, p);
		return true;
	case IA_IN_CHAR:
		if ((p = ioctl_in(out, ev, i, 1)))
			format_quoted(out, p, 1, false, o);
		return true;
	default:
		strbuf_addf(out, "%#llx", (unsigned long long)v);
		return true;
	}
}
