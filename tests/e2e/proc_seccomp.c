// SPDX-License-Identifier: MIT
// seccomp, personality, arch_prctl, get_thread_area: a filter under -v, values at a page's end.
// TRACE: -v -e trace=seccomp,prctl,personality,arch_prctl,get_thread_area,exit_group
// START: first
#include "e2e.h"
#include <asm/prctl.h>
#include <linux/filter.h>
#include <linux/prctl.h>
#include <linux/seccomp.h>
#include <stdint.h>
#include <sys/mman.h>

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct sock_filter insns[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0),
		BPF_JUMP(BPF_JMP | BPF_K | BPF_JEQ, 39, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { .len = 4, .filter = insns };
	struct seccomp_notif_sizes sizes;
	struct sock_filter *tail;
	uint32_t *action;
	uint64_t fs = 0;
	char *end;
	long r;

	if (page == MAP_FAILED || munmap(page + 4096, 4096))
		return 1;
	end = page + 4096;

	/* flags no kernel knows: EINVAL, nothing installed */
	SC(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0x80000001UL, &prog);
	line(ret(), "seccomp(SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC|0x80000000, "
	     "{len=4, filter=["
	     "BPF_STMT(BPF_LD|BPF_W|BPF_ABS, 0), BPF_JUMP(BPF_JMP|BPF_K|BPF_JEQ, 0x27, 0, 0x1), "
	     "BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ERRNO|0x1), "
	     "BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ALLOW)]})");
	/* one instruction at the end of the page, two announced */
	tail = (struct sock_filter *)(end - sizeof(*tail));
	*tail = insns[3];
	prog.len = 2;
	prog.filter = tail;
	SC(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0x80000000UL, &prog);
	line(ret(), "seccomp(SECCOMP_SET_MODE_FILTER, 0x80000000 /* SECCOMP_FILTER_FLAG_??? */, "
	     "{len=2, filter=["
	     "BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ALLOW), ... /* %p */]})", end);
	SC(SYS_prctl, PR_SET_SECCOMP, 7, 1, 2, 3);
	line(ret(), "prctl(PR_SET_SECCOMP, 0x7 /* SECCOMP_MODE_??? */, 0x1, 0x2, 0x3)");
	/* the action in the page's last 4 bytes */
	action = (uint32_t *)(end - 4);
	*action = SECCOMP_RET_LOG;
	SC(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, action);
	line(ret(), "seccomp(SECCOMP_GET_ACTION_AVAIL, 0, [SECCOMP_RET_LOG])");
	*action = 0x12345;
	SC(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, action);
	line(ret(), "seccomp(SECCOMP_GET_ACTION_AVAIL, 0, [0x12345 /* SECCOMP_RET_??? */])");
	if (SC(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, &sizes) == 0)
		line(ret(), "seccomp(SECCOMP_GET_NOTIF_SIZES, 0, {seccomp_notif=%u, seccomp_notif_resp=%u, "
		     "seccomp_data=%u})", sizes.seccomp_notif, sizes.seccomp_notif_resp, sizes.seccomp_data);
	else
		line(ret(), "seccomp(SECCOMP_GET_NOTIF_SIZES, 0, %p)", (void *)&sizes);
	SC(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, end - 4);
	line(ret(), "seccomp(SECCOMP_GET_NOTIF_SIZES, 0, %p)", end - 4);
	SC(SYS_seccomp, 9, 0xfeedface00000010UL, 0);
	line(ret(), "seccomp(0x9 /* SECCOMP_SET_MODE_??? */, 0x10, NULL)");

	r = SC(SYS_personality, 0xffffffffUL);
	line(r == 0 ? "0 (PER_LINUX)" : ret(), "personality(0xffffffff)");
	r = SC(SYS_personality, 0x0400000UL);
	line(r == 0 ? "0 (PER_LINUX)" : ret(), "personality(PER_LINUX|READ_IMPLIES_EXEC)");
	SC(SYS_personality, 0UL);
	line("0x400000 (PER_LINUX|READ_IMPLIES_EXEC)", "personality(PER_LINUX)");

	/* FS's base in the page's last 8 bytes */
	SC(SYS_arch_prctl, ARCH_GET_FS, &fs);
	line(ret(), "arch_prctl(ARCH_GET_FS, [%#llx])", (unsigned long long)fs);
	SC(SYS_arch_prctl, ARCH_GET_FS, end - 4);
	line(ret(), "arch_prctl(ARCH_GET_FS, %p)", end - 4);
	SC(SYS_arch_prctl, ARCH_REQ_XCOMP_PERM, 0x13UL);
	line(ret(), "arch_prctl(ARCH_REQ_XCOMP_PERM, 0x13 /* XFEATURE_??? */)");
	SC(SYS_arch_prctl, 0x1fffUL, 5UL);
	line(ret(), "arch_prctl(0x1fff /* ARCH_??? */, 0x5)");

	/* the entry number alone readable: a failed call shows it */
	*action = 12;
	SC(SYS_get_thread_area, action);
	line(ret(), "get_thread_area({entry_number=12, ...})");
	e2e_exit(0);
}
