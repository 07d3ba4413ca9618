// SPDX-License-Identifier: MIT
// Structures of timer_create, xattr, io_uring, aio, _sysctl, memfd, kexec, madvise, futex_waitv.
// TRACE: -e trace=timer_create,setxattr,getxattr,listxattr,io_uring_setup,io_setup,io_getevents,io_destroy,_sysctl,memfd_create,kexec_file_load,process_madvise,futex_waitv,exit_group
// START: first
#include <signal.h>
#include <string.h>
#include <sys/mman.h>

#include "e2e.h"

int main(void)
{
	static const char val[] = "foo\0bar";
	static struct sigevent sev;
	static unsigned params[30];
	static unsigned long sysctl_args[10] = { 0, 3 };
	static int tid;
	static char list[64];
	static unsigned long ctx;
	struct timespec ts = { 0, 1000 };
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *name = page + 4096 - 250;

	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGUSR1;
	SC(SYS_timer_create, 1L, &sev, &tid);
	line(ret(), "timer_create(CLOCK_MONOTONIC, {sigev_signo=SIGUSR1, sigev_notify=SIGEV_SIGNAL}, [%d])",
	     tid);
	sev.sigev_notify = 7;
	sev.sigev_value.sival_ptr = (void *)0x1;
	SC(SYS_timer_create, 0L, &sev, NULL);
	line(ret(), "timer_create(CLOCK_REALTIME, {sigev_value={sival_int=1, sival_ptr=0x1}, sigev_signo=10, "
		    "sigev_notify=0x7 /* SIGEV_??? */}, NULL)");

	SC(SYS_setxattr, "missing", "user.x", val, 8L, 3L);
	line(ret(), "setxattr(\"missing\", \"user.x\", \"foo\\0bar\", 8, XATTR_CREATE|XATTR_REPLACE)");
	SC(SYS_setxattr, ".", "user.x", val, 70000L, 0L);
	line(ret(), "setxattr(\".\", \"user.x\", %p, 70000, 0)", (void *)val);
	SC(SYS_getxattr, "missing", "user.none", list, sizeof(list));
	line(ret(), "getxattr(\"missing\", \"user.none\", %p, %zu)", (void *)list, sizeof(list));
	SC(SYS_listxattr, ".", list, 0L);
	line(ret(), "listxattr(\".\", %p, 0)", (void *)list);

	SC(SYS_io_uring_setup, 1L, NULL);
	line(ret(), "io_uring_setup(1, NULL)");
	params[2] = 0x80000000; /* flags */
	SC(SYS_io_uring_setup, 1L, params);
	line(ret(), "io_uring_setup(1, {flags=0x80000000 /* IORING_SETUP_??? */, sq_thread_cpu=0, "
		    "sq_thread_idle=0})");

	SC(SYS_io_setup, 1L, &ctx);
	line(ret(), "io_setup(1, [%#lx])", ctx);
	SC(SYS_io_getevents, ctx, 0L, 1L, list, &ts);
	line(ret(), "io_getevents(%#lx, 0, 1, [], {tv_sec=0, tv_nsec=1000})", ctx);
	SC(SYS_io_destroy, ctx);
	line(ret(), "io_destroy(%#lx)", ctx);

	SC(SYS__sysctl, sysctl_args);
	line(ret(), "_sysctl({name=NULL, nlen=3, oldval=NULL, oldlenp=NULL, newval=NULL, newlen=0})");

	memset(name, 'a', 250);
	SC(SYS_memfd_create, name, 0x100L);
	line(ret(), "memfd_create(\"%.32s\"..., 0x100 /* MFD_??? */)", name);
	/* an iovec array whose second element is past the end of the mapping */
	munmap(page + 4096, 4096);
	memcpy(page + 4096 - 16, (unsigned long[]){ 0x1000, 8 }, 16);
	SC(SYS_process_madvise, -1, page + 4096 - 16, 2L, 0L, 0L);
	line(ret(), "process_madvise(-1, [{iov_base=0x1000, iov_len=8}, ... /* %p */], 2, MADV_NORMAL, 0)",
	     (void *)(page + 4096));
	SC(SYS_kexec_file_load, -1, -1, 7L, "abcdefgh", 0x2L);
	line(ret(), "kexec_file_load(-1, -1, 7, \"abcdefg\", KEXEC_FILE_ON_CRASH)");
	SC(SYS_kexec_file_load, -1, -1, 4L, page + 4096 - 3, 0x10L);
	line(ret(), "kexec_file_load(-1, -1, 4, %p, 0x10 /* KEXEC_FILE_??? */)", (void *)(page + 4096 - 3));
	static unsigned word;
	static unsigned long long waiter[3];
	waiter[0] = 1;
	waiter[1] = (unsigned long)&word;
	waiter[2] = 0x82; /* FUTEX_32|FUTEX_PRIVATE_FLAG */
	SC(SYS_futex_waitv, waiter, 1L, 0L, NULL, 1L);
	line(ret(), "futex_waitv([{val=0x1, uaddr=%p, flags=FUTEX_32|FUTEX_PRIVATE_FLAG}], 1, 0, NULL, "
		    "CLOCK_MONOTONIC)", (void *)&word);
	e2e_exit(0);
}
