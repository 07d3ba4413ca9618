// SPDX-License-Identifier: MIT
// Block device ioctls (type 0x12): numbers by width and sign, BLKDISCARD's range, BLKPG's partition it points to, BLKTRACESETUP, the argless ones; a loop device's sizes after success.
// TRACE: -e trace=ioctl,exit_group
// START: first
#include <fcntl.h>
#include <linux/blkpg.h>
#include <linux/blktrace_api.h>
#include <linux/fs.h>
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

/* A loop device's sector size and size, as the call returned them. */
static void loop_sizes(void)
{
	int fd = open("/dev/loop0", O_RDONLY), ssz = 0;
	unsigned long long size = 0;
	unsigned short rot = 0;

	if (fd < 0)
		return;
	SC(SYS_ioctl, fd, BLKSSZGET, &ssz);
	if (e2e_r == 0)
		line(ret(), "ioctl(%d, BLKSSZGET, [%d])", fd, ssz);
	else
		line(ret(), "ioctl(%d, BLKSSZGET, %p)", fd, (void *)&ssz);
	SC(SYS_ioctl, fd, BLKGETSIZE64, &size);
	if (e2e_r == 0)
		line(ret(), "ioctl(%d, BLKGETSIZE64, [%llu])", fd, size);
	else
		line(ret(), "ioctl(%d, BLKGETSIZE64, %p)", fd, (void *)&size);
	SC(SYS_ioctl, fd, BLKROTATIONAL, &rot);
	if (e2e_r == 0)
		line(ret(), "ioctl(%d, BLKROTATIONAL, [%hu])", fd, rot);
	else
		line(ret(), "ioctl(%d, BLKROTATIONAL, %p)", fd, (void *)&rot);
	close(fd);
}

int main(void)
{
	unsigned long long *range = at_page_end(16);
	struct blkpg_ioctl_arg *pg = at_page_end(sizeof(*pg));
	struct blkpg_partition *part = at_page_end(sizeof(*part));
	struct blk_user_trace_setup *ts = at_page_end(sizeof(*ts));
	int *val = at_page_end(sizeof(*val));

	SC(SYS_ioctl, -1, BLKRASET, 256UL);
	line(ret(), "ioctl(-1, BLKRASET, 256)");
	*val = -7;
	SC(SYS_ioctl, -1, BLKBSZSET, val);
	line(ret(), "ioctl(-1, BLKBSZSET, [-7])");
	SC(SYS_ioctl, -1, BLKBSZGET, val);
	line(ret(), "ioctl(-1, BLKBSZGET, %p)", (void *)val);
	SC(SYS_ioctl, -1, BLKGETSIZE, NULL);
	line(ret(), "ioctl(-1, BLKGETSIZE, NULL)");
	range[0] = 4096;
	range[1] = 1ULL << 40;
	SC(SYS_ioctl, -1, BLKDISCARD, range);
	line(ret(), "ioctl(-1, BLKDISCARD, [4096, 1099511627776])");
	SC(SYS_ioctl, -1, BLKZEROOUT, range + 1);
	line(ret(), "ioctl(-1, BLKZEROOUT, %p)", (void *)(range + 1));
	memset(part, 0, sizeof(*part));
	part->start = 2048;
	part->length = -1;
	part->pno = 3;
	strcpy(part->devname, "loop0p3");
	memset(part->volname, 'v', sizeof(part->volname));
	pg->op = BLKPG_ADD_PARTITION;
	pg->flags = 0;
	pg->datalen = sizeof(*part);
	pg->data = part;
	SC(SYS_ioctl, -1, BLKPG, pg);
	line(ret(), "ioctl(-1, BLKPG, {op=BLKPG_ADD_PARTITION, flags=0, datalen=%d, data={start=2048, "
		    "length=-1, pno=3, devname=\"loop0p3\", volname=\"%.63s\"...}})",
	     (int)sizeof(*part), part->volname);
	pg->op = 9;
	pg->data = (char *)part + 8;
	SC(SYS_ioctl, -1, BLKPG, pg);
	line(ret(), "ioctl(-1, BLKPG, {op=0x9 /* BLKPG_??? */, flags=0, datalen=%d, data=%p})",
	     (int)sizeof(*part), (void *)((char *)part + 8));
	memset(ts, 0, sizeof(*ts));
	ts->act_mask = 0xffff;
	ts->buf_size = 512 * 1024;
	ts->buf_nr = 4;
	ts->end_lba = 1ULL << 33;
	ts->pid = 1;
	SC(SYS_ioctl, -1, BLKTRACESETUP, ts);
	line(ret(), "ioctl(-1, BLKTRACESETUP, {act_mask=65535, buf_size=524288, buf_nr=4, start_lba=0, "
		    "end_lba=8589934592, pid=1})");
	SC(SYS_ioctl, -1, BLKTRACESTART, 0xdeadUL);
	line(ret(), "ioctl(-1, BLKTRACESTART)");
	SC(SYS_ioctl, -1, BLKFLSBUF, 0UL);
	line(ret(), "ioctl(-1, BLKFLSBUF)");
	SC(SYS_ioctl, -1, _IOC(_IOC_READ, 0x12, 0xfe, 0x4), 0x10UL);
	line(ret(), "ioctl(-1, _IOC(_IOC_READ, 0x12, 0xfe, 0x4), 0x10)");
	loop_sizes();
	e2e_exit(0);
}
