// SPDX-License-Identifier: MIT
// perf event ioctls (type '$') with every ioctl's result injected: the group flag, refresh counts, periods, filters (cut at -s), event ids written back, BPF program queries with ids at a page's end.
// TRACE: -e trace=ioctl,exit_group -e inject=ioctl:retval=0
// START: first
#include <linux/perf_event.h>
#include <stdint.h>
#include <sys/mman.h>

#include "e2e.h"

#define OK "0 (INJECTED)"

/* size bytes that end where the page ends (the next page is unmapped) */
static void *at_page_end(size_t size)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	munmap(p + 4096, 4096);
	return p + 4096 - size;
}

int main(void)
{
	uint64_t *u = at_page_end(8);
	char *f = at_page_end(64);
	struct perf_event_query_bpf *q = at_page_end(sizeof(*q) + 2 * 4);

	SC(SYS_ioctl, -1, PERF_EVENT_IOC_ENABLE, (unsigned long)PERF_IOC_FLAG_GROUP | 4);
	line(OK, "ioctl(-1, PERF_EVENT_IOC_ENABLE, PERF_IOC_FLAG_GROUP|0x4)");
	SC(SYS_ioctl, -1, PERF_EVENT_IOC_REFRESH, 3UL);
	line(OK, "ioctl(-1, PERF_EVENT_IOC_REFRESH, 3)");
	*u = 100000;
	SC(SYS_ioctl, -1, PERF_EVENT_IOC_PERIOD, u);
	line(OK, "ioctl(-1, PERF_EVENT_IOC_PERIOD, [100000])");
	SC(SYS_ioctl, -1, PERF_EVENT_IOC_ID, u);
	line(OK, "ioctl(-1, PERF_EVENT_IOC_ID, [100000])");
	SC(SYS_ioctl, -1, PERF_EVENT_IOC_ID, u + 1);
	line(OK, "ioctl(-1, PERF_EVENT_IOC_ID, %p)", (void *)(u + 1));
	memset(f, 'a', 64);
	f[63] = 0;
	SC(SYS_ioctl, -1, PERF_EVENT_IOC_SET_FILTER, f);
	line(OK, "ioctl(-1, PERF_EVENT_IOC_SET_FILTER, \"%.32s\"...)", f);
	SC(SYS_ioctl, -1, PERF_EVENT_IOC_SET_FILTER, f + 40);
	line(OK, "ioctl(-1, PERF_EVENT_IOC_SET_FILTER, \"%s\")", f + 40);
	f[63] = 'a'; /* no NUL before the page ends */
	SC(SYS_ioctl, -1, PERF_EVENT_IOC_SET_FILTER, f + 40);
	line(OK, "ioctl(-1, PERF_EVENT_IOC_SET_FILTER, %p)", (void *)(f + 40));
	q->ids_len = 4;
	q->prog_cnt = 3;
	q->ids[0] = 7;
	q->ids[1] = 9;
	SC(SYS_ioctl, -1, PERF_EVENT_IOC_QUERY_BPF, q);
	line(OK, "ioctl(-1, PERF_EVENT_IOC_QUERY_BPF, {ids_len=4, prog_cnt=3, ids=[7, 9, ... /* %p */]})",
	     (void *)&q->ids[2]);
	e2e_exit(0);
}
