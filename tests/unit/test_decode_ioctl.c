// SPDX-License-Identifier: MIT
/*
 * Unit tests of ioctl decoding (ioctl.c) through the real x86_64 syscall
 * table: request names and _IOC(), and the third argument by request, from
 * captured memory or from the register when the read faulted. Every expected
 * line was printed by strace 6.1 (Debian 12) for the same call.
 */
#include <stdint.h>
#include <string.h>

#include "../../src/decode/decode.h"
#include "../../src/decode/syscall_table.h"
#include "check.h"
#include "event.h"


#define NR_IOCTL 16
#define ev_of(ret, fd, req, arg) test_event(syscall_desc(NR_IOCTL), NR_IOCTL, ret, fd, req, arg, 0, 0, 0)

/* ioctl's third argument, captured (flags 0) or unreadable (SCT_BLOB_FAULT). */
static void blob(struct sc_event *ev, const void *data, unsigned len, unsigned flags)
{
	test_blob(ev, 2, SCT_BLOB_MEM, flags, flags ? NULL : data, flags ? 0 : len, 0);
}

static const char *line(const struct sc_event *ev, int xlat, bool verbose)
{
	struct decode_opts o = { .str_max = 32, .xlat = xlat, .verbose = verbose };

	return test_line(ev, &o);
}

/* struct termios as a pty has it: c_iflag, c_oflag, c_cflag, c_lflag, c_line, c_cc[19] */
static const unsigned char tty[36] = {
	0x00, 0x05, 0, 0, 0x05, 0, 0, 0, 0xbf, 0, 0, 0, 0x3b, 0x8a, 0, 0,
	0, 0x03, 0x1c, 0x7f, 0x15, 0x04, 0, 0x01, 0, 0x11, 0x13, 0x1a, 0, 0x12, 0x0f, 0x17, 0x16,
};

static void test_termios(void)
{
	struct sc_event ev = ev_of(0, 4, 0x5401, 0x1000);

	blob(&ev, tty, sizeof(tty), 0);
	CHECK_STR(line(&ev, XLAT_ABBREV, false),
		  "ioctl(4, TCGETS, {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, "
		  "c_cflag=B38400|CS8|CREAD, c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|"
		  "ECHOKE, ...}) = 0");
	CHECK_STR(line(&ev, XLAT_RAW, false),
		  "ioctl(4, 0x5401, {c_iflag=0x500, c_oflag=0|0|0|0|0|0|0x5, c_cflag=0xf|0x30|0x80, "
		  "c_lflag=0x8a3b, ...}) = 0");
	CHECK_STR(line(&ev, XLAT_ABBREV, true),
		  "ioctl(4, TCGETS, {c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, "
		  "c_cflag=B38400|CS8|CREAD, c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|"
		  "ECHOKE, c_line=N_TTY, c_cc=[[VINTR]=0x3, [VQUIT]=0x1c, [VERASE]=0x7f, [VKILL]=0x15, "
		  "[VEOF]=0x4, [VTIME]=0, [VMIN]=0x1, [VSWTC]=0, [VSTART]=0x11, [VSTOP]=0x13, "
		  "[VSUSP]=0x1a, [VEOL]=0, [VREPRINT]=0x12, [VDISCARD]=0xf, [VWERASE]=0x17, "
		  "[VLNEXT]=0x16, [VEOL2]=0, [17]=0, [18]=0]}) = 0");
	/* an output of a failed call: the address; an input of one: decoded */
	ev = ev_of(-25, 0, 0x5401, 0x1000);
	blob(&ev, tty, sizeof(tty), 0);
	CHECK_STR(line(&ev, XLAT_ABBREV, false),
		  "ioctl(0, TCGETS, 0x1000) = -1 ENOTTY (Inappropriate ioctl for device)");
	ev = ev_of(-9, -1, 0x5402, 0x1000);
	blob(&ev, tty, sizeof(tty), 0);
	CHECK_STR(line(&ev, XLAT_VERBOSE, false),
		  "ioctl(-1, 0x5402 /* SNDCTL_TMR_START or TCSETS */, {c_iflag=0x500 /* ICRNL|IXON */, "
		  "c_oflag=0 /* NL0 */|0 /* CR0 */|0 /* TAB0 */|0 /* BS0 */|0 /* VT0 */|0 /* FF0 */|"
		  "0x5 /* OPOST|ONLCR */, c_cflag=0xf /* B38400 */|0x30 /* CS8 */|0x80 /* CREAD */, "
		  "c_lflag=0x8a3b /* ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE */, ...})"
		  " = -1 EBADF (Bad file descriptor)");
}

static void test_args(void)
{
	unsigned char ws[8] = { 24, 0, 80, 0 }, one[4] = { 1 };
	struct sc_event ev = ev_of(0, 3, 0x5413, 0x1000);

	blob(&ev, ws, sizeof(ws), 0);
	CHECK_STR(line(&ev, XLAT_ABBREV, false),
		  "ioctl(3, TIOCGWINSZ, {ws_row=24, ws_col=80, ws_xpixel=0, ws_ypixel=0}) = 0");
	ev = ev_of(0, 3, 0x5421, 0x1000);
	blob(&ev, one, sizeof(one), 0);
	CHECK_STR(line(&ev, XLAT_ABBREV, false), "ioctl(3, FIONBIO, [1]) = 0");
	CHECK_STR(line(&ev, XLAT_VERBOSE, false), "ioctl(3, 0x5421 /* FIONBIO */, [1]) = 0");
	/* ints by value: the capture faulted */
	ev = ev_of(0, 3, 0x5409, 1);
	blob(&ev, NULL, 0, SCT_BLOB_FAULT);
	CHECK_STR(line(&ev, XLAT_ABBREV, false), "ioctl(3, TCSBRK, 1) = 0");
	ev = ev_of(0, 3, 0x540b, 2);
	blob(&ev, NULL, 0, SCT_BLOB_FAULT);
	CHECK_STR(line(&ev, XLAT_ABBREV, false), "ioctl(3, TCFLSH, TCIOFLUSH) = 0");
	CHECK_STR(line(&ev, XLAT_RAW, false), "ioctl(3, 0x540b, 0x2) = 0");
	ev = ev_of(0, 3, 0x5451, 0x7);
	CHECK_STR(line(&ev, XLAT_ABBREV, false), "ioctl(3, FIOCLEX) = 0");
	ev = ev_of(-25, 3, 0x80045499, 0);
	CHECK_STR(line(&ev, XLAT_ABBREV, false),
		  "ioctl(3, _IOC(_IOC_READ, 0x54, 0x99, 0x4), 0) = -1 ENOTTY (Inappropriate ioctl for device)");
	ev = ev_of(-25, 3, 0xc064feff, 5);
	CHECK_STR(line(&ev, XLAT_ABBREV, false), "ioctl(3, _IOC(_IOC_READ|_IOC_WRITE, 0xfe, 0xff, 0x64), "
						"0x5) = -1 ENOTTY (Inappropriate ioctl for device)");
	ev = ev_of(-18, 5, 0x40049409, 0);
	CHECK_STR(line(&ev, XLAT_ABBREV, false),
		  "ioctl(5, BTRFS_IOC_CLONE or FICLONE, 0) = -1 EXDEV (Invalid cross-device link)");
	ev = ev_of(0, 5, 0x80086601, 0x1000);
	one[0] = 0;
	one[2] = 0x08;
	blob(&ev, one, sizeof(one), 0);
	CHECK_STR(line(&ev, XLAT_ABBREV, false), "ioctl(5, FS_IOC_GETFLAGS, [FS_EXTENT_FL]) = 0");
}

int main(void)
{
	strbuf_init(&test_sb);
	test_termios();
	test_args();
	strbuf_free(&test_sb);
	return check_done("decode_ioctl");
}
