// SPDX-License-Identifier: MIT
// perf_event_open: struct perf_event_attr (abbreviated), "size=X => Y" after E2BIG, PERF_FLAG_*.
// TRACE: -e trace=perf_event_open,exit_group
// START: first
#include "e2e.h"
#include <linux/perf_event.h>
#include <sys/mman.h>

/* The kernel's size after E2BIG as strace 6.1 names it (it knows up to VER7, 128). */
static const char *size_name(unsigned size)
{
	static const char *const ver[] = { "PERF_ATTR_SIZE_VER0", "PERF_ATTR_SIZE_VER1",
					   "PERF_ATTR_SIZE_VER2", NULL, "PERF_ATTR_SIZE_VER3",
					   "PERF_ATTR_SIZE_VER4", "PERF_ATTR_SIZE_VER5",
					   "PERF_ATTR_SIZE_VER6", "PERF_ATTR_SIZE_VER7" };
	char *b;

	if (size >= 64 && size <= 128 && size % 8 == 0 && ver[(size - 64) / 8])
		return ver[(size - 64) / 8];
	b = e2e_tmp();
	snprintf(b, 8192, "%#x /* PERF_ATTR_SIZE_??? */", size);
	return b;
}

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct perf_event_attr *a;
	unsigned char big[160];
	int pid = getpid();

	SC(SYS_perf_event_open, NULL, -1, -1, -1, 0xffffffffffffffffUL);
	line(ret(), "perf_event_open(NULL, -1, -1, -1, PERF_FLAG_FD_NO_GROUP|PERF_FLAG_FD_OUTPUT|"
		    "PERF_FLAG_PID_CGROUP|PERF_FLAG_FD_CLOEXEC|0xfffffffffffffff0)");

	/* a software event, counting this process on any CPU */
	a = (void *)big;
	memset(big, 0, sizeof(big));
	a->type = PERF_TYPE_SOFTWARE;
	a->size = PERF_ATTR_SIZE_VER5;
	a->config = PERF_COUNT_SW_DUMMY;
	a->sample_period = 4000;
	a->sample_type = PERF_SAMPLE_IP | PERF_SAMPLE_TID;
	a->read_format = PERF_FORMAT_ID;
	a->disabled = 1;
	a->exclude_kernel = 1;
	a->precise_ip = 2;
	SC(SYS_perf_event_open, a, pid, -1, -1, (long)PERF_FLAG_FD_CLOEXEC);
	line(ret(), "perf_event_open({type=PERF_TYPE_SOFTWARE, size=PERF_ATTR_SIZE_VER5, "
		    "config=PERF_COUNT_SW_DUMMY, sample_period=4000, "
		    "sample_type=PERF_SAMPLE_IP|PERF_SAMPLE_TID, read_format=PERF_FORMAT_ID, "
		    "disabled=1, exclude_kernel=1, precise_ip=2 /* requested to have 0 skid */, "
		    "...}, %d, -1, -1, PERF_FLAG_FD_CLOEXEC)", pid);

	/* bytes past what the kernel knows that are not zero: it writes its size back */
	a->type = PERF_TYPE_HW_CACHE;
	a->size = sizeof(big);
	a->config = PERF_COUNT_HW_CACHE_LL | PERF_COUNT_HW_CACHE_OP_WRITE << 8 |
		    PERF_COUNT_HW_CACHE_RESULT_MISS << 16;
	a->freq = 1;
	a->sample_type = 0;
	a->read_format = 0;
	memset(big + 152, 0xff, 8);
	SC(SYS_perf_event_open, a, 0, 0, -1, 0L);
	line(ret(), "perf_event_open({type=PERF_TYPE_HW_CACHE, size=0xa0 /* PERF_ATTR_SIZE_??? */ => %s, "
		    "config=PERF_COUNT_HW_CACHE_RESULT_MISS<<16|PERF_COUNT_HW_CACHE_OP_WRITE<<8|"
		    "PERF_COUNT_HW_CACHE_LL, sample_freq=4000, sample_type=0, read_format=0, "
		    "disabled=1, exclude_kernel=1, freq=1, precise_ip=2 /* requested to have 0 skid */, "
		    "...}, 0, 0, -1, 0)", size_name(a->size));

	/* smaller than the first published size: the address */
	a->size = 8;
	SC(SYS_perf_event_open, a, 0, 0, -1, 0L);
	line(ret(), "perf_event_open(%p, 0, 0, -1, 0)", (void *)a);

	/* the structure ends a page, the next one unmapped: read as far as size says */
	munmap(page + 4096, 4096);
	a = (void *)(page + 4096 - PERF_ATTR_SIZE_VER0);
	memset(a, 0, PERF_ATTR_SIZE_VER0);
	a->type = 0x77;
	a->size = PERF_ATTR_SIZE_VER0;
	a->config = 0x1234;
	SC(SYS_perf_event_open, a, 0, 0, -1, 0L);
	line(ret(), "perf_event_open({type=0x77 /* PERF_TYPE_??? */, size=PERF_ATTR_SIZE_VER0, "
		    "config=0x1234, sample_period=0, sample_type=0, read_format=0, "
		    "precise_ip=0 /* arbitrary skid */, ...}, 0, 0, -1, 0)");
	e2e_exit(0);
}
