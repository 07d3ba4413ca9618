// SPDX-License-Identifier: MIT
// ioctl arguments captured by the request's size, also at the end of a page, and the device area decoders: files, ATA disks, GPIO, seccomp, input, PTP, random, namespaces.
// TRACE: -e trace=ioctl,exit_group
// START: first
#include <fcntl.h>
#include <linux/sched.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <linux/gpio.h>
#include <linux/hdreg.h>
#include <linux/input.h>
#include <linux/nsfs.h>
#include <linux/ptp_clock.h>
#include <linux/random.h>
#include <linux/seccomp.h>
#include <sys/ioctl.h>
#include <sys/mman.h>

#include "e2e.h"

/* size bytes that end where the page ends (the next page is unmapped) */
static void *at_page_end(size_t size)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	munmap(p + 4096, 4096);
	return p + 4096 - size;
}

int main(void)
{
	struct fsxattr *fx = at_page_end(sizeof(*fx));
	struct fiemap *fm = at_page_end(sizeof(*fm));
	struct gpioline_info *li = at_page_end(sizeof(*li));
	struct ptp_pin_desc *pin = at_page_end(sizeof(*pin));
	unsigned long long *id = at_page_end(sizeof(*id));
	int *flags = at_page_end(sizeof(*flags)), ns;

	SC(SYS_ioctl, -1, FIFREEZE, 0);
	line(ret(), "ioctl(-1, FIFREEZE)");
	memset(fx, 0, sizeof(*fx));
	fx->fsx_xflags = FS_XFLAG_APPEND | FS_XFLAG_NOATIME;
	fx->fsx_extsize = 4096;
	fx->fsx_projid = 0x2a;
	SC(SYS_ioctl, -1, FS_IOC_FSSETXATTR, fx);
	line(ret(), "ioctl(-1, FS_IOC_FSSETXATTR, {fsx_xflags=FS_XFLAG_APPEND|FS_XFLAG_NOATIME, "
		    "fsx_extsize=4096, fsx_projid=0x2a, fsx_cowextsize=0})");
	SC(SYS_ioctl, -1, FS_IOC_FSGETXATTR, fx);
	line(ret(), "ioctl(-1, FS_IOC_FSGETXATTR, %p)", (void *)fx);
	memset(fm, 0, sizeof(*fm));
	fm->fm_length = 4096;
	fm->fm_flags = FIEMAP_FLAG_SYNC;
	SC(SYS_ioctl, -1, FS_IOC_FIEMAP, fm);
	line(ret(), "ioctl(-1, FS_IOC_FIEMAP, {fm_start=0, fm_length=4096, fm_flags=FIEMAP_FLAG_SYNC, "
		    "fm_extent_count=0})");
	*flags = FS_APPEND_FL | 0x4000000;
	SC(SYS_ioctl, -1, FS_IOC32_SETFLAGS, flags);
	line(ret(), "ioctl(-1, FS_IOC32_SETFLAGS, [FS_APPEND_FL|0x4000000])");
	SC(SYS_ioctl, -1, FS_IOC_SETFLAGS, flags + 1);
	line(ret(), "ioctl(-1, FS_IOC_SETFLAGS, %p)", (void *)(flags + 1));
	SC(SYS_ioctl, -1, HDIO_GETGEO, NULL);
	line(ret(), "ioctl(-1, HDIO_GETGEO, NULL)");
	SC(SYS_ioctl, -1, HDIO_SET_NICE, 1UL << IDE_NICE_1);
	line(ret(), "ioctl(-1, HDIO_SET_NICE, 1 << IDE_NICE_1)");
	memset(li, 0, sizeof(*li));
	li->line_offset = 7;
	SC(SYS_ioctl, -1, GPIO_GET_LINEINFO_IOCTL, li);
	line(ret(), "ioctl(-1, GPIO_GET_LINEINFO_IOCTL, {line_offset=7})");
	*id = 0xfeedULL;
	SC(SYS_ioctl, -1, SECCOMP_IOCTL_NOTIF_ID_VALID, id);
	line(ret(), "ioctl(-1, SECCOMP_IOCTL_NOTIF_ID_VALID, [0xfeed])");
	SC(SYS_ioctl, -1, EVIOCGABS(ABS_Y), NULL);
	line(ret(), "ioctl(-1, EVIOCGABS(ABS_Y), NULL)");
	SC(SYS_ioctl, -1, EVIOCGBIT(EV_KEY, 96), NULL);
	line(ret(), "ioctl(-1, EVIOCGBIT(EV_KEY, 96), NULL)");
	memset(pin, 0, sizeof(*pin));
	pin->index = 2;
	pin->func = PTP_PF_EXTTS;
	SC(SYS_ioctl, -1, PTP_PIN_SETFUNC, pin);
	line(ret(), "ioctl(-1, PTP_PIN_SETFUNC, {index=2, func=PTP_PF_EXTTS, chan=0})");
	SC(SYS_ioctl, -1, RNDCLEARPOOL, 0);
	line(ret(), "ioctl(-1, RNDCLEARPOOL)");
	ns = open("/proc/self/ns/user", O_RDONLY);
	SC(SYS_ioctl, ns, NS_GET_NSTYPE, 0);
	line(e2e_r == CLONE_NEWUSER ? "268435456 (CLONE_NEWUSER)" : ret(),
	     "ioctl(%d, NS_GET_NSTYPE)", ns);
	e2e_exit(0);
}
