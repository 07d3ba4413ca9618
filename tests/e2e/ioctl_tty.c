// SPDX-License-Identifier: MIT
// ioctl: request names (tty, FIO*, FS_IOC_*, "A or B" names), _IOC() for unknown requests, and the third argument by request: termios, winsize, [int], flags, enums, none.
// TRACE: -e trace=ioctl,exit_group
// START: first
#include <asm/termbits.h>
#include <linux/fs.h>
#include <sys/ioctl.h>

#include "e2e.h"

#define TERMIOS_TEXT                                                                       \
	"{c_iflag=ICRNL|IXON, c_oflag=NL0|CR0|TAB0|BS0|VT0|FF0|OPOST|ONLCR, "              \
	"c_cflag=B38400|CS8|CREAD, c_lflag=ISIG|ICANON|ECHO|ECHOE|ECHOK|IEXTEN|ECHOCTL|ECHOKE, ...}"

int main(void)
{
	struct termios t;
	struct winsize w = { 24, 80, 0, 0 };
	int n = 0, one = 1, zero = 0, m;
	unsigned pty;
	long fl = FS_IMMUTABLE_FL | FS_EXTENT_FL;

	SC(SYS_ioctl, -1, TCGETS, &t);
	line(ret(), "ioctl(-1, TCGETS, %p)", (void *)&t);
	m = open("/dev/ptmx", O_RDWR | O_NOCTTY);
	memset(&t, 0, sizeof(t));
	t.c_iflag = ICRNL | IXON;
	t.c_oflag = OPOST | ONLCR;
	t.c_cflag = B38400 | CS8 | CREAD;
	t.c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | IEXTEN | ECHOCTL | ECHOKE;
	SC(SYS_ioctl, m, TCSETS, &t);
	line(ret(), "ioctl(%d, SNDCTL_TMR_START or TCSETS, " TERMIOS_TEXT ")", m);
	memset(&t, 0xff, sizeof(t));
	SC(SYS_ioctl, m, TCGETS, &t);
	line(ret(), "ioctl(%d, TCGETS, " TERMIOS_TEXT ")", m);
	SC(SYS_ioctl, m, TCGETS, NULL);
	line(ret(), "ioctl(%d, TCGETS, NULL)", m);
	SC(SYS_ioctl, m, TIOCSWINSZ, &w);
	line(ret(), "ioctl(%d, TIOCSWINSZ, {ws_row=24, ws_col=80, ws_xpixel=0, ws_ypixel=0})", m);
	memset(&w, 0, sizeof(w));
	SC(SYS_ioctl, m, TIOCGWINSZ, &w);
	line(ret(), "ioctl(%d, TIOCGWINSZ, {ws_row=%u, ws_col=%u, ws_xpixel=0, ws_ypixel=0})", m,
	     w.ws_row, w.ws_col);
	SC(SYS_ioctl, -1, TIOCSWINSZ, &w);
	line(ret(), "ioctl(-1, TIOCSWINSZ, {ws_row=24, ws_col=80, ws_xpixel=0, ws_ypixel=0})");
	SC(SYS_ioctl, m, TIOCGPTN, &pty);
	line(ret(), "ioctl(%d, TIOCGPTN, [%u])", m, pty);
	SC(SYS_ioctl, m, TIOCSPTLCK, &zero);
	line(ret(), "ioctl(%d, TIOCSPTLCK, [0])", m);
	SC(SYS_ioctl, m, FIONREAD, &n);
	line(ret(), "ioctl(%d, FIONREAD, [%d])", m, n);
	SC(SYS_ioctl, m, FIONBIO, &one);
	line(ret(), "ioctl(%d, FIONBIO, [1])", m);
	SC(SYS_ioctl, m, FIOCLEX);
	line(ret(), "ioctl(%d, FIOCLEX)", m);
	SC(SYS_ioctl, m, FIONCLEX);
	line(ret(), "ioctl(%d, FIONCLEX)", m);
	SC(SYS_ioctl, m, FIOASYNC, &zero);
	line(ret(), "ioctl(%d, FIOASYNC, [0])", m);
	SC(SYS_ioctl, m, TIOCOUTQ, &n);
	line(ret(), "ioctl(%d, TIOCOUTQ, [%d])", m, n);
	SC(SYS_ioctl, m, TCFLSH, TCIOFLUSH);
	line(ret(), "ioctl(%d, TCFLSH, TCIOFLUSH)", m);
	SC(SYS_ioctl, m, TCXONC, TCOON);
	line(ret(), "ioctl(%d, TCXONC, TCOON)", m);
	SC(SYS_ioctl, m, TCXONC, 7);
	line(ret(), "ioctl(%d, TCXONC, 0x7 /* TC??? */)", m);
	SC(SYS_ioctl, m, TCSBRK, 1);
	line(ret(), "ioctl(%d, TCSBRK, 1)", m);
	SC(SYS_ioctl, m, TIOCNOTTY);
	line(ret(), "ioctl(%d, TIOCNOTTY)", m);
	SC(SYS_ioctl, -1, TIOCSTI, "x");
	line(ret(), "ioctl(-1, TIOCSTI, \"x\")");
	n = TIOCM_DTR | TIOCM_RTS;
	SC(SYS_ioctl, -1, TIOCMBIS, &n);
	line(ret(), "ioctl(-1, TIOCMBIS, [TIOCM_DTR|TIOCM_RTS])");
	SC(SYS_ioctl, -1, FS_IOC_SETFLAGS, &fl);
	line(ret(), "ioctl(-1, FS_IOC_SETFLAGS, [FS_IMMUTABLE_FL|FS_EXTENT_FL])");
	SC(SYS_ioctl, -1, FICLONE, 5);
	line(ret(), "ioctl(-1, BTRFS_IOC_CLONE or FICLONE, 5)");
	SC(SYS_ioctl, m, _IOR(0x54, 0x99, int), 0);
	line(ret(), "ioctl(%d, _IOC(_IOC_READ, 0x54, 0x99, 0x4), 0)", m);
	SC(SYS_ioctl, m, _IOWR(0xfe, 0xff, char[100]), 5);
	line(ret(), "ioctl(%d, _IOC(_IOC_READ|_IOC_WRITE, 0xfe, 0xff, 0x64), 0x5)", m);
	SC(SYS_ioctl, m, 0x1234, 0x10);
	line(ret(), "ioctl(%d, _IOC(_IOC_NONE, 0x12, 0x34, 0), 0x10)", m);
	e2e_exit(0);
}
