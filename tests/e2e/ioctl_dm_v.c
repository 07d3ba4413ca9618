// SPDX-License-Identifier: MIT
// Device mapper ioctls under -v: the payload after struct dm_ioctl (a pointee of the capture, up to data_size): target specs, a message, a rename's string, and after injected successes the dependencies, device names and target versions the kernel would have written.
// TRACE: -v -s 12 -e trace=ioctl,exit_group -e inject=ioctl:retval=0:when=4+
// START: first
#include <linux/dm-ioctl.h>
#include <linux/ioctl.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/sysmacros.h>

#include "e2e.h"

#define HDR "version=[4, 1, 2], data_size=%u, data_start=312, dev=makedev(0x8, 0x1), name=\"vg\""

/* size bytes that end where the page ends (the next page is unmapped) */
static void *at_page_end(size_t size)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	munmap(p + 4096, 4096);
	return p + 4096 - size;
}

static struct dm_ioctl *header(void *buf, unsigned size)
{
	struct dm_ioctl *d = buf;

	memset(buf, 0, size);
	d->version[0] = 4, d->version[1] = 1, d->version[2] = 2;
	d->data_size = size;
	d->data_start = sizeof(*d);
	d->dev = makedev(8, 1);
	strcpy(d->name, "vg");
	return d;
}

int main(void)
{
	unsigned size = 312 + 2 * 48 + 8;
	char *buf = at_page_end(size);
	struct dm_ioctl *d = header(buf, size);
	struct dm_target_spec *t = (void *)(buf + 312);

	d->target_count = 2;
	t->sector_start = 0, t->length = 2048, t->next = 48;
	strcpy(t->target_type, "linear");
	strcpy((char *)(t + 1), "8:1 0");
	t = (void *)(buf + 312 + 48);
	t->sector_start = 2048, t->length = 4096, t->next = 48;
	strcpy(t->target_type, "striped");
	strcpy((char *)(t + 1), "2 64 8:2 0 8"); /* -s bytes: its NUL right after them ends it */
	SC(SYS_ioctl, -1, DM_TABLE_LOAD, d);
	line(ret(), "ioctl(-1, DM_TABLE_LOAD, [{" HDR ", target_count=2, flags=0}, {sector_start=0, "
		    "length=2048, target_type=\"linear\", string=\"8:1 0\"}, {sector_start=2048, length=4096, "
		    "target_type=\"striped\", string=\"2 64 8:2 0 8\"}])", size);
	d = header(buf, size);
	strcpy(buf + 312 + 8, "a message longer than -s");
	SC(SYS_ioctl, -1, DM_TARGET_MSG, d);
	line(ret(), "ioctl(-1, DM_TARGET_MSG, [{" HDR ", flags=0}, {sector=0, message=\"a message lo\"...}])", size);
	d = header(buf, size);
	strcpy(buf + 312, "newname");
	SC(SYS_ioctl, -1, DM_DEV_RENAME, d);
	line(ret(), "ioctl(-1, DM_DEV_RENAME, [{" HDR ", event_nr=0, flags=0}, {string=\"newname\"}])", size);

	/* injected successes: the payload as the kernel would have filled it */
	d = header(buf, size);
	{
		struct dm_target_deps *dp = (void *)(buf + 312);

		dp->count = 2;
		dp->dev[0] = makedev(8, 2);
		dp->dev[1] = makedev(253, 7);
	}
	SC(SYS_ioctl, -1, DM_TABLE_DEPS, d);
	line("0 (INJECTED)", "ioctl(-1, DM_TABLE_DEPS, [{" HDR ", flags=0}] => [{" HDR ", target_count=0, "
			     "open_count=0, event_nr=0, flags=0}, {count=2, deps=[makedev(0x8, 0x2), "
			     "makedev(0xfd, 0x7)]}])", size, size);
	d = header(buf, size);
	{
		struct dm_name_list *n = (void *)(buf + 312);

		n->dev = makedev(253, 0);
		n->next = 32;
		strcpy(n->name, "root");
		n = (void *)(buf + 312 + 32);
		n->dev = makedev(253, 1);
		n->next = 0;
		strcpy(n->name, "swap");
	}
	SC(SYS_ioctl, -1, DM_LIST_DEVICES, d);
	line("0 (INJECTED)", "ioctl(-1, DM_LIST_DEVICES, [{version=[4, 1, 2], data_size=%u, data_start=312, "
			     "flags=0}] => [{version=[4, 1, 2], data_size=%u, data_start=312, flags=0}, "
			     "{dev=makedev(0xfd, 0), name=\"root\"}, {dev=makedev(0xfd, 0x1), name=\"swap\"}])",
	     size, size);
	d = header(buf, size);
	{
		struct dm_target_versions *v = (void *)(buf + 312);

		v->next = 0;
		v->version[0] = 1, v->version[1] = 14, v->version[2] = 0;
		strcpy(v->name, "linear");
	}
	SC(SYS_ioctl, -1, DM_LIST_VERSIONS, d);
	line("0 (INJECTED)", "ioctl(-1, DM_LIST_VERSIONS, [{version=[4, 1, 2], data_size=%u, data_start=312, "
			     "flags=0}] => [{version=[4, 1, 2], data_size=%u, data_start=312, flags=0}, "
			     "{name=\"linear\", version=[1, 14, 0]}])", size, size);
	e2e_exit(0);
}
