// SPDX-License-Identifier: MIT
// Memory policies, I/O priorities, groups, CPU masks, capabilities, stack_t, timex, sched_attr.
// TRACE: -e trace=set_mempolicy,get_mempolicy,mbind,ioprio_get,ioprio_set,getgroups,setgroups,sched_getaffinity,sched_setaffinity,capget,sigaltstack,rt_sigpending,mincore,sched_getattr,sched_setattr,move_pages,exit_group
// START: first
#include "e2e.h"
#include <linux/capability.h>
#include <linux/ioprio.h>
#include <linux/mempolicy.h>
#include <signal.h>
#include <sys/mman.h>

int main(void)
{
	unsigned char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
				   -1, 0);
	unsigned long *mask = (unsigned long *)(page + 4096 - 8);
	unsigned char cpus[128];
	unsigned gids[2] = { 0, 4294967295u };
	int pol = -1;
	char vec[2];

	munmap(page + 4096, 4096);
	*mask = 1;
	SC(SYS_set_mempolicy, MPOL_DEFAULT, (void *)0, 0L);
	line(ret(), "set_mempolicy(MPOL_DEFAULT, NULL, 0)");
	/* two longs asked for, one readable: strace stops at the unreadable one */
	SC(SYS_set_mempolicy, MPOL_BIND | MPOL_F_STATIC_NODES, mask, 66L);
	line(ret(), "set_mempolicy(MPOL_BIND|MPOL_F_STATIC_NODES, [0x00000000000001, ... /* %p */], 66)",
	     (void *)(page + 4096));
	SC(SYS_get_mempolicy, &pol, (void *)0, 0L, (void *)0, 0L);
	line(ret(), "get_mempolicy([MPOL_DEFAULT], NULL, 0, NULL, 0)");
	SC(SYS_mbind, page, 4096L, 0x6L, (void *)0, 0L, 0xfL);
	line(ret(), "mbind(%p, 4096, 0x6 /* MPOL_??? */, NULL, 0, MPOL_MF_STRICT|MPOL_MF_MOVE|MPOL_MF_MOVE_ALL|0x8)",
	     (void *)page);

	long prio = SC(SYS_ioprio_get, IOPRIO_WHO_PROCESS, 0);
	char pr[128];
	const char *cls[] = { "IOPRIO_CLASS_NONE", "IOPRIO_CLASS_RT", "IOPRIO_CLASS_BE",
			      "IOPRIO_CLASS_IDLE" };

	snprintf(pr, sizeof(pr), "%ld (IOPRIO_PRIO_VALUE(%s, %ld))", prio,
		 prio >= 0 && (prio >> 13) < 4 ? cls[prio >> 13] : "?", prio & 0x1fff);
	line(prio >= 0 ? pr : ret(), "ioprio_get(IOPRIO_WHO_PROCESS, 0)");
	SC(SYS_ioprio_set, 0xdeadL, 0, (2 << 13) | 4);
	line(ret(), "ioprio_set(0xdead /* IOPRIO_WHO_??? */, 0, IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4))");

	SC(SYS_setgroups, 2, gids);
	line(ret(), "setgroups(2, [0, -1])");
	SC(SYS_setgroups, 2, (unsigned *)(page + 4096 - 4));
	line(ret(), "setgroups(2, [%u, ... /* %p */])", *(unsigned *)(page + 4096 - 4),
	     (void *)(page + 4096));

	long n = SC(SYS_sched_getaffinity, 0, sizeof(cpus), cpus);
	char list[512] = "";
	for (long b = 0; n > 0 && b < n * 8; b++)
		if (cpus[b / 8] & (1 << (b % 8)))
			snprintf(list + strlen(list), sizeof(list) - strlen(list), "%s%ld",
				 list[0] ? " " : "", b);
	line(ret(), "sched_getaffinity(0, %zu, [%s])", sizeof(cpus), list);
	SC(SYS_sched_setaffinity, 0, 0, cpus);
	line(ret(), "sched_setaffinity(0, 0, [])");

	struct __user_cap_header_struct h = { 0xbadc0ded, 0 };
	SC(SYS_capget, &h, (void *)0);
	line(ret(), "capget({version=0xbadc0ded /* _LINUX_CAPABILITY_VERSION_??? */, pid=0}, NULL)");

	stack_t ss = { .ss_sp = (void *)0x1000, .ss_flags = SS_DISABLE, .ss_size = 8192 };
	SC(SYS_sigaltstack, &ss, (void *)0);
	line(ret(), "sigaltstack({ss_sp=0x1000, ss_flags=SS_DISABLE, ss_size=8192}, NULL)");

	unsigned long pend;
	SC(SYS_rt_sigpending, &pend, 4L);
	line(ret(), "rt_sigpending([], 4)");

	page[0] = 1;
	SC(SYS_mincore, page, 4095L, vec);
	line(ret(), "mincore(%p, 4095, [1])", (void *)page);

	void *pages[1] = { page };
	int status[1] = { -1 };
	SC(SYS_move_pages, 0, 1L, pages, (void *)0, status, 2L);
	if (e2e_r == 0)
		line(ret(), "move_pages(0, 1, [%p], NULL, [%d], MPOL_MF_MOVE)", (void *)page, status[0]);
	else
		line(ret(), "move_pages(0, 1, [%p], NULL, %p, MPOL_MF_MOVE)", (void *)page, (void *)status);
	e2e_exit(0);
}
