// SPDX-License-Identifier: MIT
/*
 * ioctl as strace 6.1 prints it on x86_64: the request by name (one table,
 * with strace's "A or B" where two subsystems share a number), or decoded as
 * _IOC(dir, type, nr, size) when unknown; and the third argument by what the
 * request says it is: nothing, an int, a flag or an enum value, a pointer to
 * an int ([1]), to struct termios or struct winsize, or just an address.
 * Requests that are not listed print their argument in hex, as strace does.
 * The request numbers and termios bits come from the kernel's uapi headers
 * (this file includes no glibc header they would clash with).
 *
 * The third argument is captured by its request (SCT_CAP_IOCTL): up to
 * SCT_IOCTL_ARG_CAP bytes but not past its page, and at least the _IOC_SIZE
 * the request names; read at exit, and at entry too when the call blocks. An
 * integer argument makes that read fault, which is fine: ints print from the
 * register. Inputs print from the entry copy when there is one (TCSETSW
 * drains before it returns), outputs from the exit copy and only when the
 * call succeeded. The requests of an area with structures of its own go to
 * its decoder (ioctl_<area>.c, by _IOC_TYPE) first.
 */
#include <stdio.h>
#include <string.h>
#include <asm/ioctls.h>
#include <asm/sockios.h>
#include <asm/termbits.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <linux/if_tun.h>
#include <linux/inotify.h>
#include <linux/kvm.h>
#include <linux/nsfs.h>
#include <linux/random.h>
#include <linux/sockios.h>
#include <linux/watchdog.h>

#include "flags.h"
#include "fmt.h"
#include "ioctl.h"
#include "structs.h"
#include "xlat_ioctl.h"
#include "xlat_ipc.h"

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
	IA_IN_TERMIOS, /* struct termios */
	IA_OUT_TERMIOS,
	IA_IN_TERMIOS2, /* struct termios2 */
	IA_OUT_TERMIOS2,
	IA_IN_TERMIO, /* struct termio */
	IA_OUT_TERMIO,
	IA_IN_WINSZ, /* struct winsize */
	IA_OUT_WINSZ,
	IA_IN_CHAR, /* TIOCSTI: one byte */
};

struct ioctl_req {
	uint32_t code;
	const char *name;
	uint8_t arg; /* enum ioctl_arg */
};

/* A request and its name, the value from the uapi headers. */
#define RQ(name, arg) { name, #name, arg }
/* One value with two names: strace's "BTRFS_IOC_CLONE or FICLONE". */
#define R(code, name, arg) { code, name, arg }

static const struct ioctl_req ioctl_reqs[] = {
	/* tty (asm-generic/ioctls.h) */
	RQ(TCGETS, IA_OUT_TERMIOS),
	R(TCSETS, "SNDCTL_TMR_START or TCSETS", IA_IN_TERMIOS),
	R(TCSETSW, "SNDCTL_TMR_STOP or TCSETSW", IA_IN_TERMIOS),
	R(TCSETSF, "SNDCTL_TMR_CONTINUE or TCSETSF", IA_IN_TERMIOS),
	RQ(TCGETA, IA_OUT_TERMIO),
	RQ(TCSETA, IA_IN_TERMIO),
	RQ(TCSETAW, IA_IN_TERMIO),
	RQ(TCSETAF, IA_IN_TERMIO),
	RQ(TCSBRK, IA_INT),
	RQ(TCXONC, IA_TCXONC),
	RQ(TCFLSH, IA_TCFLSH),
	RQ(TIOCEXCL, IA_NONE),
	RQ(TIOCNXCL, IA_NONE),
	RQ(TIOCSCTTY, IA_INT),
	RQ(TIOCGPGRP, IA_OUT_INT),
	RQ(TIOCSPGRP, IA_IN_INT),
	RQ(TIOCOUTQ, IA_OUT_INT),
	RQ(TIOCSTI, IA_IN_CHAR),
	RQ(TIOCGWINSZ, IA_OUT_WINSZ),
	RQ(TIOCSWINSZ, IA_IN_WINSZ),
	RQ(TIOCMGET, IA_OUT_MODEM),
	RQ(TIOCMBIS, IA_IN_MODEM),
	RQ(TIOCMBIC, IA_IN_MODEM),
	RQ(TIOCMSET, IA_IN_MODEM),
	RQ(TIOCGSOFTCAR, IA_OUT_INT),
	RQ(TIOCSSOFTCAR, IA_IN_INT),
	RQ(FIONREAD, IA_OUT_INT),
	RQ(TIOCLINUX, IA_HEX),
	RQ(TIOCCONS, IA_NONE),
	RQ(TIOCGSERIAL, IA_HEX),
	RQ(TIOCSSERIAL, IA_NONE),
	RQ(TIOCPKT, IA_IN_INT),
	RQ(FIONBIO, IA_IN_INT),
	RQ(TIOCNOTTY, IA_NONE),
	RQ(TIOCSETD, IA_IN_INT),
	RQ(TIOCGETD, IA_OUT_INT),
	RQ(TCSBRKP, IA_INT),
	RQ(TIOCSBRK, IA_NONE),
	RQ(TIOCCBRK, IA_NONE),
	RQ(TIOCGSID, IA_OUT_INT),
	RQ(TCGETS2, IA_OUT_TERMIOS2),
	RQ(TCSETS2, IA_IN_TERMIOS2),
	RQ(TCSETSW2, IA_IN_TERMIOS2),
	RQ(TCSETSF2, IA_IN_TERMIOS2),
	RQ(TIOCGRS485, IA_HEX),
	RQ(TIOCSRS485, IA_HEX),
	RQ(TIOCGPTN, IA_OUT_UINT),
	RQ(TIOCSPTLCK, IA_IN_INT),
	RQ(TIOCGDEV, IA_OUT_UINT),
	RQ(TIOCSIG, IA_HEX),
	RQ(TIOCVHANGUP, IA_NONE),
	RQ(TIOCGPKT, IA_HEX),
	RQ(TIOCGPTLCK, IA_HEX),
	RQ(TIOCGEXCL, IA_OUT_INT),
	RQ(TIOCGPTPEER, IA_HEX),
	RQ(FIONCLEX, IA_NONE),
	RQ(FIOCLEX, IA_NONE),
	RQ(FIOASYNC, IA_IN_INT),
	RQ(TIOCSERCONFIG, IA_HEX),
	RQ(TIOCSERGWILD, IA_HEX),
	RQ(TIOCSERSWILD, IA_HEX),
	RQ(TIOCGLCKTRMIOS, IA_OUT_TERMIOS),
	RQ(TIOCSLCKTRMIOS, IA_IN_TERMIOS),
	RQ(TIOCSERGSTRUCT, IA_HEX),
	RQ(TIOCSERGETLSR, IA_HEX),
	RQ(TIOCSERGETMULTI, IA_HEX),
	RQ(TIOCSERSETMULTI, IA_HEX),
	RQ(TIOCMIWAIT, IA_HEX),
	RQ(TIOCGICOUNT, IA_HEX),
	RQ(FIOQSIZE, IA_HEX),
	/* sockets (linux/sockios.h); struct ifreq and friends are not decoded */
	RQ(FIOSETOWN, IA_IN_INT),
	RQ(SIOCSPGRP, IA_IN_INT),
	RQ(FIOGETOWN, IA_OUT_INT),
	RQ(SIOCGPGRP, IA_OUT_INT),
	RQ(SIOCATMARK, IA_OUT_INT),
	RQ(SIOCGSTAMP_OLD, IA_PTR),
	RQ(SIOCGSTAMPNS_OLD, IA_PTR),
	RQ(SIOCADDRT, IA_PTR),
	RQ(SIOCDELRT, IA_PTR),
	RQ(SIOCRTMSG, IA_PTR),
	RQ(SIOCGIFNAME, IA_PTR),
	RQ(SIOCSIFLINK, IA_PTR),
	RQ(SIOCGIFCONF, IA_PTR),
	RQ(SIOCGIFFLAGS, IA_PTR),
	RQ(SIOCSIFFLAGS, IA_PTR),
	RQ(SIOCGIFADDR, IA_PTR),
	RQ(SIOCSIFADDR, IA_PTR),
	RQ(SIOCGIFDSTADDR, IA_PTR),
	RQ(SIOCSIFDSTADDR, IA_PTR),
	RQ(SIOCGIFBRDADDR, IA_PTR),
	RQ(SIOCSIFBRDADDR, IA_PTR),
	RQ(SIOCGIFNETMASK, IA_PTR),
	RQ(SIOCSIFNETMASK, IA_PTR),
	RQ(SIOCGIFMETRIC, IA_PTR),
	RQ(SIOCSIFMETRIC, IA_PTR),
	RQ(SIOCGIFMEM, IA_PTR),
	RQ(SIOCSIFMEM, IA_PTR),
	RQ(SIOCGIFMTU, IA_PTR),
	RQ(SIOCSIFMTU, IA_PTR),
	RQ(SIOCSIFNAME, IA_PTR),
	RQ(SIOCSIFHWADDR, IA_PTR),
	RQ(SIOCGIFENCAP, IA_PTR),
	RQ(SIOCSIFENCAP, IA_IN_INT),
	RQ(SIOCGIFHWADDR, IA_PTR),
	RQ(SIOCGIFSLAVE, IA_PTR),
	RQ(SIOCSIFSLAVE, IA_PTR),
	RQ(SIOCADDMULTI, IA_PTR),
	RQ(SIOCDELMULTI, IA_PTR),
	RQ(SIOCGIFINDEX, IA_PTR),
	RQ(SIOCSIFPFLAGS, IA_PTR),
	RQ(SIOCGIFPFLAGS, IA_PTR),
	RQ(SIOCDIFADDR, IA_PTR),
	RQ(SIOCSIFHWBROADCAST, IA_PTR),
	RQ(SIOCGIFCOUNT, IA_PTR),
	RQ(SIOCGIFBR, IA_PTR),
	RQ(SIOCSIFBR, IA_PTR),
	RQ(SIOCGIFTXQLEN, IA_PTR),
	RQ(SIOCSIFTXQLEN, IA_PTR),
	RQ(SIOCETHTOOL, IA_PTR),
	RQ(SIOCGMIIPHY, IA_PTR),
	RQ(SIOCGMIIREG, IA_PTR),
	RQ(SIOCSMIIREG, IA_PTR),
	RQ(SIOCWANDEV, IA_PTR),
	RQ(SIOCOUTQNSD, IA_PTR),
	RQ(SIOCGSKNS, IA_PTR),
	RQ(SIOCDARP, IA_PTR),
	RQ(SIOCGARP, IA_PTR),
	RQ(SIOCSARP, IA_PTR),
	RQ(SIOCDRARP, IA_PTR),
	RQ(SIOCGRARP, IA_PTR),
	RQ(SIOCSRARP, IA_PTR),
	RQ(SIOCGIFMAP, IA_PTR),
	RQ(SIOCSIFMAP, IA_PTR),
	RQ(SIOCBRADDBR, IA_PTR),
	RQ(SIOCBRDELBR, IA_PTR),
	RQ(SIOCBRADDIF, IA_PTR),
	RQ(SIOCBRDELIF, IA_PTR),
	RQ(SIOCSHWTSTAMP, IA_PTR),
	RQ(SIOCGHWTSTAMP, IA_PTR),
	/* files (linux/fs.h); block devices' requests are ioctl_block.c's */
	RQ(FIBMAP, IA_HEX),
	RQ(FIGETBSZ, IA_HEX),
	RQ(FIFREEZE, IA_NONE),
	RQ(FITHAW, IA_NONE),
	RQ(FITRIM, IA_PTR),
	R(FICLONE, "BTRFS_IOC_CLONE or FICLONE", IA_INT),
	R(FICLONERANGE, "BTRFS_IOC_CLONE_RANGE or FICLONERANGE", IA_PTR),
	R(FIDEDUPERANGE, "BTRFS_IOC_FILE_EXTENT_SAME or FIDEDUPERANGE", IA_PTR),
	RQ(FS_IOC_GETFLAGS, IA_OUT_FSFLAGS),
	RQ(FS_IOC_SETFLAGS, IA_IN_FSFLAGS),
	RQ(FS_IOC_GETVERSION, IA_HEX),
	RQ(FS_IOC_SETVERSION, IA_HEX),
	RQ(FS_IOC_FIEMAP, IA_PTR),
	RQ(FS_IOC_FSGETXATTR, IA_PTR),
	RQ(FS_IOC_FSSETXATTR, IA_PTR),
	RQ(FS_IOC_GETFSLABEL, IA_PTR),
	RQ(FS_IOC_SETFSLABEL, IA_PTR),
	RQ(TUNSETIFF, IA_HEX),
	RQ(RNDGETENTCNT, IA_OUT_INT),
	RQ(RNDADDTOENTCNT, IA_IN_INT),
	R(RNDZAPENTCNT, "FASTRPC_IOCTL_INIT_ATTACH or RNDZAPENTCNT", IA_NONE),
	RQ(RNDCLEARPOOL, IA_NONE),
	RQ(RNDRESEEDCRNG, IA_NONE),
	/* watchdogs (linux/watchdog.h) */
	RQ(WDIOC_GETSTATUS, IA_OUT_INT),
	RQ(WDIOC_GETBOOTSTATUS, IA_OUT_INT),
	RQ(WDIOC_GETTEMP, IA_OUT_INT),
	RQ(WDIOC_GETTIMEOUT, IA_OUT_INT),
	RQ(WDIOC_GETPRETIMEOUT, IA_OUT_INT),
	RQ(WDIOC_GETTIMELEFT, IA_OUT_INT),
	RQ(WDIOC_SETTIMEOUT, IA_IN_INT),
	RQ(WDIOC_SETPRETIMEOUT, IA_IN_INT),
	RQ(WDIOC_KEEPALIVE, IA_NONE),
	/* inotify, namespaces */
	RQ(INOTIFY_IOC_SETNEXTWD, IA_INT),
	RQ(NS_GET_USERNS, IA_NONE),
	RQ(NS_GET_PARENT, IA_NONE),
	RQ(NS_GET_NSTYPE, IA_NONE),
	RQ(NS_GET_OWNER_UID, IA_OUT_UINT),
	/* named by strace though no header has it (ioctl_seccomp.c) */
	RQ(SECCOMP_IOCTL_NOTIF_ID_VALID_WRONG_DIR, IA_HEX),
	/* SCSI generic numbers of the kernel's scsi/sg.h, not in glibc's (ioctl_misc.c) */
	R(0x2283, "SG_NEXT_CMD_LEN", IA_HEX),
	R(0x2289, "SG_GET_ACCESS_COUNT", IA_HEX),
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

/* Every request name of the uapi headers, by number then name (generated). */
static const struct {
	uint32_t code;
	const char *name;
} ioctl_names[] = {
#include "gen/ioctl_names.h"
};

/* The first of the names of CODE, NULL when it has none. */
static unsigned ioctl_name_first(uint32_t code)
{
	unsigned lo = 0, hi = sizeof(ioctl_names) / sizeof(ioctl_names[0]);

	while (lo < hi) {
		unsigned mid = lo + (hi - lo) / 2;

		if (ioctl_names[mid].code < code)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Request names that carry a number: MIXER_READ(13), HIDIOCGRAWNAME(64)... */
static const struct {
	uint8_t type, dir, nr;
	bool any_nr; /* every nr: the name carries it, else the size */
	const char *name;
} numbered_names[] = {
	{ 'M', _IOC_WRITE, 0, true, "MIXER_WRITE" },
	{ 'M', _IOC_READ, 0, true, "MIXER_READ" },
	{ 'H', _IOC_READ, 0x04, false, "HIDIOCGRAWNAME" },
	{ 'H', _IOC_READ, 0x05, false, "HIDIOCGRAWPHYS" },
	{ 'H', _IOC_READ, 0x06, false, "HIDIOCSFEATURE" },
	{ 'H', _IOC_READ, 0x08, false, "HIDIOCGRAWUNIQ" },
	{ 'H', _IOC_READ, 0x12, false, "HIDIOCGPHYS" },
	{ 'H', _IOC_READ | _IOC_WRITE, 0x06, false, "HIDIOCSFEATURE" },
	{ 'H', _IOC_READ | _IOC_WRITE, 0x07, false, "HIDIOCGFEATURE" },
	{ 'U', _IOC_READ, 0x2c, false, "UI_GET_SYSNAME" },
	{ 'j', _IOC_READ, 0x13, false, "JSIOCGNAME" },
	{ 'k', _IOC_WRITE, 0, false, "SPI_IOC_MESSAGE" },
};

static bool print_numbered_name(struct strbuf *out, uint32_t code, int xlat)
{
	if (_IOC_TYPE(code) == 'E')
		return ioctl_evdev_name(out, code, xlat);
	for (unsigned k = 0; k < sizeof(numbered_names) / sizeof(numbered_names[0]); k++) {
		if (numbered_names[k].type != _IOC_TYPE(code) || numbered_names[k].dir != _IOC_DIR(code) ||
		    (!numbered_names[k].any_nr && numbered_names[k].nr != _IOC_NR(code)))
			continue;
		strbuf_addf(out, "%s(%u)", numbered_names[k].name,
			    numbered_names[k].any_nr ? _IOC_NR(code) : _IOC_SIZE(code));
		return true;
	}
	return false;
}

/*
 * TCGETS, "SNDCTL_TMR_START or TCSETS" when headers share a number,
 * EVIOCGABS(ABS_X) or "MIXER_READ(13) or OTPSELECT" for the numbered ones, or
 * _IOC(_IOC_READ, 0x54, 0x99, 0x4) from the number's fields.
 */
static void print_request(struct strbuf *out, uint32_t code, int xlat)
{
	unsigned n = sizeof(ioctl_names) / sizeof(ioctl_names[0]);
	unsigned k = ioctl_name_first(code);
	bool numbered = print_numbered_name(out, code, xlat);
	const struct ioctl_req *r;

	if (k < n && ioctl_names[k].code == code) {
		if (numbered)
			strbuf_adds(out, " or ");
		strbuf_adds(out, ioctl_names[k].name);
		while (++k < n && ioctl_names[k].code == code) {
			strbuf_adds(out, " or ");
			strbuf_adds(out, ioctl_names[k].name);
		}
		return;
	}
	if (numbered)
		return;
	r = ioctl_lookup(code);
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
	print_request(&names, code, o->xlat);
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
	{ NLDLY, { "NL0", "NL1" } },
	{ CRDLY, { "CR0", "CR1", "CR2", "CR3" } },
	{ TABDLY, { "TAB0", "TAB1", "TAB2", "XTABS" } },
	{ BSDLY, { "BS0", "BS1" } },
	{ VTDLY, { "VT0", "VT1" } },
	{ FFDLY, { "FF0", "FF1" } },
};

#define CC(name) [name] = #name
static const char *const cc_names[17] = {
	CC(VINTR), CC(VQUIT), CC(VERASE), CC(VKILL), CC(VEOF), CC(VTIME), CC(VMIN), CC(VSWTC),
	CC(VSTART), CC(VSTOP), CC(VSUSP), CC(VEOL), CC(VREPRINT), CC(VDISCARD), CC(VWERASE),
	CC(VLNEXT), CC(VEOL2),
};


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

/* The three layouts of the terminal settings. */
enum term_layout {
	TERM_TERMIOS, /* struct termios: 32-bit flags, c_line, 19 c_cc */
	TERM_TERMIOS2, /* struct termios2: the same, then c_ispeed and c_ospeed */
	TERM_TERMIO, /* struct termio: 16-bit flags, c_line, 8 c_cc */
};

static const unsigned term_size[] = { SCT_TERMIOS_SIZE, SCT_TERMIOS_SIZE + 8, 17 };

/*
 * {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, c_cflag=
 * B38400|CS8|CREAD, c_lflag=ISIG|..., ...}, and under -X each part as a
 * number: c_cflag=0xf|0x30|0x80 (a zero flag part stays empty: c_cflag=B0|CS5|).
 * Under -v the line discipline and the control characters instead of "...".
 */
static void print_termios(struct strbuf *out, const char *p, const struct decode_opts *o,
			  enum term_layout layout)
{
	bool termio = layout == TERM_TERMIO;
	unsigned line = termio ? 8 : 16, ncc = termio ? 8 : 19;
	uint32_t iflag = termio ? load_u16(p, 0) : load_u32(p, 0),
		 oflag = termio ? load_u16(p, 2) : load_u32(p, 4),
		 cflag = termio ? load_u16(p, 4) : load_u32(p, 8),
		 lflag = termio ? load_u16(p, 6) : load_u32(p, 12);
	uint32_t ibaud = (cflag >> IBSHIFT) & CBAUD;
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
	print_enum_x(out, &termios_baud_names, cflag & CBAUD, o->xlat);
	if (ibaud) {
		strbuf_addc(out, '|');
		print_enum_x(out, &termios_baud_names, ibaud, o->xlat);
		strbuf_adds(out, "<<");
		print_xlat_text(out, o->xlat, "0x10", "IBSHIFT");
	}
	strbuf_addc(out, '|');
	print_enum_x(out, &termios_csize_names, cflag & CSIZE, o->xlat);
	strbuf_addc(out, '|');
	print_tflags(out, &termios_cflag_names,
		     cflag & ~(uint32_t)(CBAUD | CSIZE | CIBAUD), o->xlat);
	strbuf_adds(out, ", c_lflag=");
	print_tflags(out, &termios_lflag_names, lflag, o->xlat);
	if (!o->verbose) {
		strbuf_adds(out, ", ...}");
		return;
	}
	strbuf_adds(out, ", c_line=");
	print_enum_x(out, &tty_ldisc_names, (unsigned char)p[line], o->xlat);
	strbuf_adds(out, ", c_cc=[");
	for (unsigned k = 0; k < ncc; k++) {
		unsigned v = (unsigned char)p[line + 1 + k];

		if (k)
			strbuf_adds(out, ", ");
		if (k < 17)
			strbuf_addf(out, "[%s]=%#x", cc_names[k], v);
		else
			strbuf_addf(out, "[%u]=%#x", k, v);
	}
	strbuf_addc(out, ']');
	if (layout == TERM_TERMIOS2)
		strbuf_addf(out, ", c_ispeed=%u, c_ospeed=%u", load_u32(p, 36), load_u32(p, 40));
	strbuf_addc(out, '}');
}

static void print_winsize(struct strbuf *out, const char *p)
{
	strbuf_addf(out, "{ws_row=%u, ws_col=%u, ws_xpixel=%u, ws_ypixel=%u}", load_u16(p, 0),
		    load_u16(p, 2), load_u16(p, 4), load_u16(p, 6));
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
static const char *ioctl_in_mem(struct strbuf *out, const struct sc_event *ev, unsigned i,
				unsigned len)
{
	const struct sct_blob *b = fmt_mem_entry(ev, i, len);

	if (b && ev->args[i])
		return sct_blob_data(b);
	return fmt_struct(out, ev, i, len, false);
}

/*
 * An input (exit false) or output structure of len bytes, or NULL with the
 * address printed: outside -e verbose= always, as strace's umove_or_printaddr.
 */
static const char *ioctl_mem(struct strbuf *out, const struct sc_event *ev, unsigned i,
			     unsigned len, bool exit, const struct decode_opts *o)
{
	if (o->nonverbose) {
		fmt_addr(out, ev->args[i]);
		return NULL;
	}
	return exit ? fmt_struct(out, ev, i, len, true) : ioctl_in_mem(out, ev, i, len);
}

const char *ioctl_in(const struct ioctl_call *c, unsigned len)
{
	return ioctl_mem(c->out, c->ev, c->i, len, false, c->o);
}

const char *ioctl_out(const struct ioctl_call *c, unsigned len)
{
	return ioctl_mem(c->out, c->ev, c->i, len, true, c->o);
}

unsigned ioctl_have(const struct ioctl_call *c)
{
	const struct sct_blob *b = fmt_mem(c->ev, c->i, 0);

	return b ? b->len : 0;
}

const char *ioctl_pointee_bytes(const struct ioctl_call *c, unsigned *have, bool *full)
{
	const struct sct_blob *found = NULL;

	for (unsigned k = 0; k < c->ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = c->ev->blobs[k];

		if (b->arg == c->i && b->kind == SCT_BLOB_MEM && b->aux == SCT_AUX_POINTEE)
			found = b;
	}
	*have = 0;
	*full = false;
	if (!found || fmt_blob_unreadable(found))
		return NULL;
	*have = found->len;
	*full = !(found->flags & SCT_BLOB_FAULT);
	return sct_blob_data(found);
}

bool ioctl_early(const struct ioctl_call *c, uint64_t *v)
{
	const struct sct_blob *b = fmt_aux_blob(c->ev, c->i, SCT_AUX_IOCTL_EARLY, true);

	if (!b || b->len < 8)
		return false;
	*v = load_u64(sct_blob_data(b), 0);
	return true;
}

bool ioctl_failed(const struct ioctl_call *c)
{
	return sc_event_failed(c->ev);
}

void ioctl_flags(const struct ioctl_call *c, const struct flag_table *t, uint64_t v)
{
	print_flags_x(c->out, t, v, c->o->xlat);
}

void ioctl_enum(const struct ioctl_call *c, const struct flag_table *t, uint64_t v)
{
	print_enum_x(c->out, t, v, c->o->xlat);
}

void ioctl_cstring(const struct ioctl_call *c, const char *p, unsigned size)
{
	unsigned n = strnlen(p, size);

	if (n < size) {
		format_quoted(c->out, p, n, false, c->o);
		return;
	}
	format_quoted(c->out, p, size - 1, true, c->o);
}

bool ioctl_array_cut(const struct ioctl_call *c, unsigned k)
{
	if (c->o->verbose || k < c->o->str_max)
		return false;
	strbuf_adds(c->out, "...");
	return true;
}

void ioctl_uarray(const struct ioctl_call *c, const char *p, unsigned n, unsigned elem, bool hex)
{
	strbuf_addc(c->out, '[');
	for (unsigned k = 0; k < n; k++) {
		uint64_t v = elem == 1 ? (unsigned char)p[k] :
			     elem == 2 ? load_u16(p, 2 * k) :
			     elem == 4 ? load_u32(p, 4 * k) : load_u64(p, 8 * k);

		if (k)
			strbuf_adds(c->out, ", ");
		if (ioctl_array_cut(c, k))
			break;
		strbuf_addf(c->out, hex ? "%#llx" : "%llu", (unsigned long long)v);
	}
	strbuf_addc(c->out, ']');
}

/* Whether blob b holds the bytes at p. */
static bool blob_has(const struct sct_blob *b, const char *p)
{
	return p >= sct_blob_data(b) && p < sct_blob_data(b) + b->len;
}

const struct sct_blob *ioctl_pointee(const struct ioctl_call *c, const char *owner, unsigned *at)
{
	bool after = false;

	for (unsigned k = 0; k < c->ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = c->ev->blobs[k];

		if (b->arg != c->i || b->kind != SCT_BLOB_MEM)
			continue;
		if (!SCT_AUX_TAGGED(b->aux)) {
			after = blob_has(b, owner);
		} else if (after && b->aux == SCT_AUX_POINTEE) {
			*at = k;
			return (b->flags & SCT_BLOB_FAULT) ? NULL : b;
		}
	}
	return NULL;
}

bool ioctl_ptr_array(const struct ioctl_call *c, const char *owner, uint64_t addr, uint64_t count,
		     unsigned elem, ioctl_elem_fn *fn)
{
	unsigned at = 0;
	const struct sct_blob *b = ioctl_pointee(c, owner, &at);
	unsigned have = b ? b->len / elem : 0;
	bool faulted = b && (b->flags & SCT_BLOB_TRUNC);
	uint64_t k;

	if (!addr || !count || !have) {
		if (!count && addr)
			strbuf_adds(c->out, "[]");
		else
			fmt_addr(c->out, addr);
		return false;
	}
	strbuf_addc(c->out, '[');
	for (k = 0; k < count; k++) {
		if (k)
			strbuf_adds(c->out, ", ");
		if (k >= have && faulted) {
			strbuf_addf(c->out, "... /* %#llx */", (unsigned long long)(addr + k * elem));
			break;
		}
		if (k >= have) { /* past what was captured: as past -s */
			strbuf_adds(c->out, "...");
			k = count;
			break;
		}
		if (ioctl_array_cut(c, (unsigned)k)) {
			k = count;
			break;
		}
		fn(c, at, sct_blob_data(b) + k * elem, (unsigned)k);
	}
	strbuf_addc(c->out, ']');
	return k >= count;
}

/* The area decoders, by the request's _IOC_TYPE. */
static const struct {
	uint8_t type;
	ioctl_area_fn *decode;
} ioctl_areas[] = {
	{ 'f', ioctl_fs_decode },
	{ 'X', ioctl_fs_decode },
	{ 0x03, ioctl_hdio_decode },
	{ 0xb4, ioctl_gpio_decode },
	{ 'R', ioctl_random_decode },
	{ 0x3e, ioctl_counter_decode },
	{ '!', ioctl_seccomp_decode },
	{ 'E', ioctl_evdev_decode },
	{ '=', ioctl_ptp_decode },
	{ 'i', ioctl_lirc_decode },
	{ 0xab, ioctl_nbd_decode },
	{ 0x22, ioctl_scsi_decode },
	{ 'p', ioctl_rtc_decode },
	{ 'L', ioctl_loop_decode },
	{ 'M', ioctl_mtd_decode },
	{ 0xfd, ioctl_dm_decode },
	{ 'V', ioctl_v4l2_decode },
	{ 0xae, ioctl_kvm_decode },
	{ 'K', ioctl_kd_decode },
	{ 0x94, ioctl_btrfs_decode },
	{ '$', ioctl_perf_decode },
	{ 0x89, ioctl_sock_decode },
	{ 0xaa, ioctl_uffdio_decode },
	/* ioctl3 */
	{ 0x12, ioctl_block_decode },
	{ 0xa4, ioctl_tee_decode },
	{ 0x22, ioctl_sg_decode },
	{ 'o', ioctl_ubi_decode },
	{ 'O', ioctl_ubi_decode },
};

static enum ioctl_res ioctl_area(const struct ioctl_call *c)
{
	uint8_t type = (c->code >> 8) & 0xff;

	for (unsigned k = 0; k < sizeof(ioctl_areas) / sizeof(ioctl_areas[0]); k++) {
		enum ioctl_res r;

		if (ioctl_areas[k].type != type)
			continue;
		r = ioctl_areas[k].decode(c);
		if (r != IOCTL_UNKNOWN)
			return r;
	}
	return IOCTL_UNKNOWN;
}

bool fmt_ioctl_arg(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	const struct ioctl_req *r = i ? ioctl_lookup((uint32_t)ev->args[i - 1]) : NULL;
	uint64_t v = ev->args[i];
	enum term_layout layout;
	const char *p;

	if (i) {
		struct ioctl_call c = { out, ev, i, (uint32_t)ev->args[i - 1], v, o };

		switch (ioctl_area(&c)) {
		case IOCTL_ARG:
			return true;
		case IOCTL_NO_ARG:
			return false;
		case IOCTL_UNKNOWN:
			break;
		}
	}
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
		if ((p = ioctl_mem(out, ev, i, 4, false, o)))
			strbuf_addf(out, "[%d]", (int)load_u32(p, 0));
		return true;
	case IA_OUT_INT:
		if ((p = ioctl_mem(out, ev, i, 4, true, o)))
			strbuf_addf(out, "[%d]", (int)load_u32(p, 0));
		return true;
	case IA_OUT_UINT:
		if ((p = ioctl_mem(out, ev, i, 4, true, o)))
			strbuf_addf(out, "[%u]", load_u32(p, 0));
		return true;
	case IA_IN_MODEM:
		if ((p = ioctl_mem(out, ev, i, 4, false, o)))
			print_flag_array(out, &tiocm_names, load_u32(p, 0), o->xlat);
		return true;
	case IA_OUT_MODEM:
		if ((p = ioctl_mem(out, ev, i, 4, true, o)))
			print_flag_array(out, &tiocm_names, load_u32(p, 0), o->xlat);
		return true;
	case IA_IN_FSFLAGS:
		if ((p = ioctl_mem(out, ev, i, 4, false, o)))
			print_flag_array(out, &fs_inode_flag_names, load_u32(p, 0), o->xlat);
		return true;
	case IA_OUT_FSFLAGS:
		if ((p = ioctl_mem(out, ev, i, 4, true, o)))
			print_flag_array(out, &fs_inode_flag_names, load_u32(p, 0), o->xlat);
		return true;
	case IA_IN_TERMIOS:
	case IA_IN_TERMIOS2:
	case IA_IN_TERMIO:
		layout = (enum term_layout)((r->arg - IA_IN_TERMIOS) / 2);
		if ((p = ioctl_mem(out, ev, i, term_size[layout], false, o)))
			print_termios(out, p, o, layout);
		return true;
	case IA_OUT_TERMIOS:
	case IA_OUT_TERMIOS2:
	case IA_OUT_TERMIO:
		layout = (enum term_layout)((r->arg - IA_OUT_TERMIOS) / 2);
		if ((p = ioctl_mem(out, ev, i, term_size[layout], true, o)))
			print_termios(out, p, o, layout);
		return true;
	case IA_IN_WINSZ:
		if ((p = ioctl_mem(out, ev, i, 8, false, o)))
			print_winsize(out, p);
		return true;
	case IA_OUT_WINSZ:
		if ((p = ioctl_mem(out, ev, i, 8, true, o)))
			print_winsize(out, p);
		return true;
	case IA_IN_CHAR:
		if ((p = ioctl_mem(out, ev, i, 1, false, o)))
			format_quoted(out, p, 1, false, o);
		return true;
	default:
		strbuf_addf(out, "%#llx", (unsigned long long)v);
		return true;
	}
}

/*
 * The value with what it means for the request: 268435456 (CLONE_NEWUSER),
 * a descriptor KVM made (-y: 4<anon_inode:kvm-vm>).
 */
void print_ioctl_ret(struct strbuf *out, const struct sc_event *ev, const struct decode_opts *o)
{
	const char *name = NULL;

	strbuf_add_s64(out, (long long)ev->ret);
	if ((uint32_t)ev->args[1] == KVM_CREATE_VM || (uint32_t)ev->args[1] == KVM_CREATE_VCPU)
		decode_fd_suffix(out, (int)ev->ret, o);
	if ((uint32_t)ev->args[1] == NS_GET_NSTYPE)
		name = flag_lookup(&setns_type_names, (uint64_t)ev->ret);
	if (name)
		strbuf_addf(out, " (%s)", name);
	print_kvm_run_ret(out, ev);
	print_v4l2_ret(out, ev);
}
