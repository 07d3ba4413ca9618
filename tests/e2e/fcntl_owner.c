// SPDX-License-Identifier: MIT
// fcntl F_SETOWN_EX / F_GETOWN_EX: struct f_owner_ex, also when it ends a page.
// TRACE: -e trace=fcntl,exit_group
// START: first
#include "e2e.h"
#include <fcntl.h>
#include <sys/mman.h>

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct f_owner_ex *own, got = { 0 };
	int tid = (int)syscall(SYS_gettid);

	munmap(page + 4096, 4096);
	own = (struct f_owner_ex *)(page + 4096 - sizeof(*own));
	own->type = F_OWNER_TID;
	own->pid = tid;
	SC(SYS_fcntl, 0, F_SETOWN_EX, own);
	line(ret(), "fcntl(0, F_SETOWN_EX, {type=F_OWNER_TID, pid=%d})", tid);
	SC(SYS_fcntl, 0, F_GETOWN_EX, &got);
	line(ret(), "fcntl(0, F_GETOWN_EX, {type=F_OWNER_TID, pid=%d})", got.pid);
	own->type = 7;
	SC(SYS_fcntl, 0, F_SETOWN_EX, own);
	line(ret(), "fcntl(0, F_SETOWN_EX, {type=0x7 /* F_OWNER_??? */, pid=%d})", tid);
	SC(SYS_fcntl, 0, F_GETOWN_EX, page + 4096);
	line(ret(), "fcntl(0, F_GETOWN_EX, %p)", (void *)(page + 4096));
	e2e_exit(0);
}
