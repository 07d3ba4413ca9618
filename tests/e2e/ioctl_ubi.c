// SPDX-License-Identifier: MIT
// UBI ioctls (types 'o', 'O'): volume creation and attach (" => [N]" after an injected success), a rename request of 4368 bytes (its last two entries past the capture's 4096, a pointee), numbers, argless requests.
// TRACE: -e trace=ioctl,exit_group -e inject=ioctl:retval=0:when=6+
// START: first
#include <linux/ioctl.h>
#include <mtd/ubi-user.h>
#include <sys/ioctl.h>
#include <sys/mman.h>

#include <stdio.h>

#include "e2e.h"

/* size bytes that end where the page ends (the next page is unmapped) */
static void *at_page_end(size_t size)
{
	char *p = mmap(NULL, 16384, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	munmap(p + 12288, 4096);
	return p + 12288 - size;
}

int main(void)
{
	struct ubi_rnvol_req *rn = at_page_end(sizeof(*rn));
	struct ubi_mkvol_req *mk = at_page_end(sizeof(*mk));
	struct ubi_attach_req *at = at_page_end(sizeof(*at));
	int *num = at_page_end(sizeof(*num));

	*num = 7;
	SC(SYS_ioctl, -1, UBI_IOCRMVOL, num);
	line(ret(), "ioctl(-1, UBI_IOCRMVOL, [7])");
	SC(SYS_ioctl, -1, UBI_IOCVOLRMBLK, 0UL);
	line(ret(), "ioctl(-1, UBI_IOCVOLRMBLK)");
	memset(rn, 0, sizeof(*rn));
	rn->count = 33; /* strace shows UBI_MAX_RNVOL of them */
	for (int k = 0; k < 32; k++) {
		rn->ents[k].vol_id = k;
		rn->ents[k].name_len = k < 10 ? 2 : 3;
		snprintf(rn->ents[k].name, sizeof(rn->ents[k].name), "v%d", k);
	}
	{
		char exp[8192];
		size_t n = 0;

		for (int k = 0; k < 32; k++)
			n += snprintf(exp + n, sizeof(exp) - n, "%s{vol_id=%d, name_len=%d, name=\"v%d\"}",
				      k ? ", " : "", k, k < 10 ? 2 : 3, k);
		SC(SYS_ioctl, -1, UBI_IOCRNVOL, rn);
		line(ret(), "ioctl(-1, UBI_IOCRNVOL, {count=33, ents=[%s]})", exp);
	}
	/* 4368 bytes of which the last 8 cannot be read */
	SC(SYS_ioctl, -1, UBI_IOCRNVOL, (char *)rn + 8);
	line(ret(), "ioctl(-1, UBI_IOCRNVOL, %p)", (void *)((char *)rn + 8));
	mk->vol_id = 3;
	mk->alignment = 1;
	mk->bytes = 1 << 20;
	mk->vol_type = UBI_DYNAMIC_VOLUME;
	mk->flags = 0;
	mk->name_len = 4;
	memcpy(mk->name, "data", 5);
	SC(SYS_ioctl, -1, UBI_IOCMKVOL, mk);
	line(ret(), "ioctl(-1, UBI_IOCMKVOL, {vol_id=3, alignment=1, bytes=1048576, "
		    "vol_type=UBI_DYNAMIC_VOLUME, flags=0, name_len=4, name=\"data\"})");
	/* injected successes from here on */
	SC(SYS_ioctl, -1, UBI_IOCMKVOL, mk);
	line("0 (INJECTED)", "ioctl(-1, UBI_IOCMKVOL, {vol_id=3, alignment=1, bytes=1048576, "
			     "vol_type=UBI_DYNAMIC_VOLUME, flags=0, name_len=4, name=\"data\"} => [3])");
	at->ubi_num = -1;
	at->mtd_num = 2;
	at->vid_hdr_offset = 0;
	at->max_beb_per1024 = 20;
	SC(SYS_ioctl, -1, UBI_IOCATT, at);
	line("0 (INJECTED)", "ioctl(-1, UBI_IOCATT, {ubi_num=-1, mtd_num=2, vid_hdr_offset=0, "
			     "max_beb_per1024=20} => [-1])");
	e2e_exit(0);
}
