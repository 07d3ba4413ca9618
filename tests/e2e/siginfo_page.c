// SPDX-License-Identifier: MIT
// A siginfo_t the call reads is all of its 128 bytes: near the end of a page, its address.
// TRACE: -e trace=rt_sigqueueinfo,exit_group
// START: first
#include "e2e.h"
#include <sys/mman.h>

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	siginfo_t *info;

	munmap(page + 4096, 4096);
	/* the kernel's fields (48 bytes) are readable, the padding after them is not */
	info = (siginfo_t *)(page + 4096 - 64);
	memset(info, 0, 64);
	info->si_signo = SIGUSR1;
	info->si_code = SI_QUEUE;
	info->si_pid = 42;
	info->si_uid = 7;
	SC(SYS_rt_sigqueueinfo, 0x7ffffff0, SIGUSR1, info);
	line(ret(), "rt_sigqueueinfo(2147483632, SIGUSR1, %p)", (void *)info);

	info = (siginfo_t *)(page + 4096 - sizeof(siginfo_t));
	memset(info, 0, sizeof(*info));
	info->si_signo = SIGUSR1;
	info->si_code = SI_QUEUE;
	info->si_pid = 42;
	info->si_uid = 7;
	info->si_value.sival_int = 5;
	SC(SYS_rt_sigqueueinfo, 0x7ffffff0, SIGUSR1, info);
	line(ret(), "rt_sigqueueinfo(2147483632, SIGUSR1, {si_signo=SIGUSR1, si_code=SI_QUEUE, "
		    "si_pid=42, si_uid=7, si_int=5, si_ptr=0x5})");
	e2e_exit(0);
}
