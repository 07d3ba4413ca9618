// SPDX-License-Identifier: MIT
// prctl: memory at a page's end (names, ints, a cookie) and the newer options (SVE, MTE, PAC...).
// TRACE: -e trace=prctl,exit_group
// START: first
#include "e2e.h"
#include <linux/prctl.h>
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>

int main(void)
{
	/* two pages, the second unmapped: what ends at the first page's end can be read */
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *end, *name;
	int *ip;
	uint64_t *cookie;

	if (page == MAP_FAILED || munmap(page + 4096, 4096))
		return 1;
	end = page + 4096;

	SC(SYS_prctl, PR_SET_PDEATHSIG, SIGUSR1, 0, 0, 0);
	line(ret(), "prctl(PR_SET_PDEATHSIG, SIGUSR1)");
	/* an int in the page's last 4 bytes */
	ip = (int *)(end - 4);
	SC(SYS_prctl, PR_GET_PDEATHSIG, ip, 0, 0, 0);
	line(ret(), "prctl(PR_GET_PDEATHSIG, [SIGUSR1])");
	/* half of it past the end: the call fails, strace shows the address */
	SC(SYS_prctl, PR_GET_PDEATHSIG, end - 2, 0, 0, 0);
	line(ret(), "prctl(PR_GET_PDEATHSIG, %p)", end - 2);
	/* a name with its NUL as the page's last byte */
	name = end - 4;
	memcpy(name, "abc", 4);
	SC(SYS_prctl, PR_SET_NAME, name, 0, 0, 0);
	line(ret(), "prctl(PR_SET_NAME, \"abc\")");
	/* no NUL before the end of the page: strace cannot read a string */
	memcpy(end - 4, "wxyz", 4);
	SC(SYS_prctl, PR_SET_NAME, end - 4, 0, 0, 0);
	line(ret(), "prctl(PR_SET_NAME, %p)", end - 4);
	/* 15 bytes without a NUL are enough: strace shows them and "..." */
	memcpy(end - 15, "0123456789abcde", 15);
	SC(SYS_prctl, PR_SET_NAME, end - 15, 0, 0, 0);
	line(ret(), "prctl(PR_SET_NAME, \"0123456789abcde\"...)");
	SC(SYS_prctl, PR_GET_NAME, end - 16, 0, 0, 0);
	line(ret(), "prctl(PR_GET_NAME, \"0123456789abcde\")");
	SC(SYS_prctl, PR_GET_ENDIAN, end - 4, 0, 0, 0);
	line(ret(), "prctl(PR_GET_ENDIAN, %p)", end - 4);
	SC(SYS_prctl, PR_GET_TSC, end - 4, 0, 0, 0);
	line(ret(), "prctl(PR_GET_TSC, [PR_TSC_ENABLE])");
	SC(SYS_prctl, PR_SET_TSC, 0xdeadbeef00000001ULL, 0, 0, 0);
	line(ret(), "prctl(PR_SET_TSC, PR_TSC_ENABLE)");
	SC(SYS_prctl, PR_SET_UNALIGN, 3, 0, 0, 0);
	line(ret(), "prctl(PR_SET_UNALIGN, PR_UNALIGN_NOPRINT|PR_UNALIGN_SIGBUS)");
	SC(SYS_prctl, PR_SET_FP_MODE, 0x21, 0, 0, 0);
	line(ret(), "prctl(PR_SET_FP_MODE, PR_FP_MODE_FR|0x20)");
	SC(SYS_prctl, PR_SVE_SET_VL, PR_SVE_VL_INHERIT | 0x100, 0, 0, 0);
	line(ret(), "prctl(PR_SVE_SET_VL, PR_SVE_VL_INHERIT|0x100)");
	SC(SYS_prctl, PR_SME_SET_VL, 0x10000, 0, 0, 0);
	line(ret(), "prctl(PR_SME_SET_VL, 0x10000|0)");
	SC(SYS_prctl, PR_SVE_GET_VL, 0, 0, 0, 0);
	line(ret(), "prctl(PR_SVE_GET_VL)");
	SC(SYS_prctl, PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_SYNC | (5 << 3), 1, 2,
	   3);
	line(ret(), "prctl(PR_SET_TAGGED_ADDR_CTRL, PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_SYNC"
		    "|0x5<<PR_MTE_TAG_SHIFT, 0x1, 0x2, 0x3)");
	SC(SYS_prctl, PR_PAC_RESET_KEYS, PR_PAC_APIAKEY | PR_PAC_APGAKEY | 0x40, 0, 0, 0);
	line(ret(), "prctl(PR_PAC_RESET_KEYS, PR_PAC_APIAKEY|PR_PAC_APGAKEY|0x40, 0, 0, 0)");
	SC(SYS_prctl, PR_PAC_SET_ENABLED_KEYS, PR_PAC_APDBKEY, 0x100, 0, 0);
	line(ret(), "prctl(PR_PAC_SET_ENABLED_KEYS, PR_PAC_APDBKEY, 0x100 /* PR_PAC_??? */, 0, 0)");
	SC(SYS_prctl, PR_SET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 1, 0, 0);
	line(ret(), "prctl(PR_SET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0x1 /* PR_SPEC_??? */)");
	SC(SYS_prctl, PR_SET_SPECULATION_CTRL, 7, 1, 0, 0);
	line(ret(), "prctl(PR_SET_SPECULATION_CTRL, 0x7 /* PR_SPEC_??? */, 0x1)");
	/* OFF takes no range: EINVAL (ON could turn every call into SIGSYS) */
	SC(SYS_prctl, PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_OFF, 1, 0, 0);
	line(ret(), "prctl(PR_SET_SYSCALL_USER_DISPATCH, PR_SYS_DISPATCH_OFF, 0x1, 0, NULL)");
	/* PR_SCHED_CORE_GET's cookie in the page's last 8 bytes: written on success only */
	cookie = (uint64_t *)(end - 8);
	*cookie = 0;
	if (SC(SYS_prctl, PR_SCHED_CORE, PR_SCHED_CORE_GET, 0, 0, cookie) == 0)
		line(ret(), "prctl(PR_SCHED_CORE, PR_SCHED_CORE_GET, 0, 0 /* PIDTYPE_PID */, [%#llx])",
		     (unsigned long long)*cookie);
	else
		line(ret(), "prctl(PR_SCHED_CORE, PR_SCHED_CORE_GET, 0, 0 /* PIDTYPE_PID */, %p)", cookie);
	SC(SYS_prctl, PR_SCHED_CORE, 9, -1, 7, 0);
	line(ret(), "prctl(PR_SCHED_CORE, 0x9 /* PR_SCHED_CORE_??? */, -1, 0x7 /* PIDTYPE_??? */, NULL)");
	SC(SYS_prctl, PR_GET_FP_MODE, 0, 0, 0, 0);
	line(ret(), "prctl(PR_GET_FP_MODE)");
	e2e_exit(0);
}
