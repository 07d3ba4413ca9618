// SPDX-License-Identifier: MIT
// ptrace's requests and arguments, sched_attr, struct timex, user_desc, setfsuid, clone3's set_tid.
// TRACE: -e trace=rt_sigreturn,ptrace,sched_getattr,sched_setattr,adjtimex,modify_ldt,setfsuid,clone3,exit_group
// START: first
#include "e2e.h"
#include <linux/ptrace.h>
#include <linux/sched.h>
#include <sys/timex.h>

static void on_usr1(int sig)
{
	(void)sig;
}

int main(void)
{
	unsigned char attr[56];
	struct timex tx = { 0 };
	unsigned desc[4] = { 0xffffffffu, 0, 0, 0x41 };
	int pid = getpid();

	SC(SYS_ptrace, 0xdeadbeefL, pid, 0L, 0L);
	line(ret(), "ptrace(0xdeadbeef /* PTRACE_??? */, %d, NULL, NULL)", pid);
	SC(SYS_ptrace, (long)PTRACE_PEEKDATA, pid, 0x1000L, 0L);
	line(ret(), "ptrace(PTRACE_PEEKDATA, %d, 0x1000, NULL)", pid);
	SC(SYS_ptrace, (long)PTRACE_SETOPTIONS, pid, 0L, (long)(PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL));
	line(ret(), "ptrace(PTRACE_SETOPTIONS, %d, NULL, PTRACE_O_TRACESYSGOOD|PTRACE_O_EXITKILL)", pid);
	SC(SYS_ptrace, (long)PTRACE_CONT, pid, 0L, (long)SIGUSR1);
	line(ret(), "ptrace(PTRACE_CONT, %d, NULL, SIGUSR1)", pid);
	SC(SYS_ptrace, (long)PTRACE_KILL, pid, 0L, 0L);
	line(ret(), "ptrace(PTRACE_KILL, %d)", pid);
	SC(SYS_ptrace, (long)PTRACE_GET_SYSCALL_INFO, pid, 88L, (void *)0);
	line(ret(), "ptrace(PTRACE_GET_SYSCALL_INFO, %d, 88, NULL)", pid);

	if (SC(SYS_sched_getattr, 0, attr, 48L, 0L) == 0)
		line(ret(), "sched_getattr(0, {size=48, sched_policy=SCHED_OTHER, sched_flags=0, "
			    "sched_nice=%d, sched_priority=%u, sched_runtime=%llu, sched_deadline=%llu, "
			    "sched_period=%llu}, 48, 0)",
		     *(int *)(attr + 16), *(unsigned *)(attr + 20),
		     *(unsigned long long *)(attr + 24), *(unsigned long long *)(attr + 32),
		     *(unsigned long long *)(attr + 40));
	else
		line(ret(), "sched_getattr(0, %p, 48, 0)", (void *)attr);
	*(unsigned *)attr = 1;
	SC(SYS_sched_setattr, 0, attr, 0L);
	line(ret(), "sched_setattr(0, {size=1} => {size=%u}, 0)", *(unsigned *)attr);

	long st = SC(SYS_adjtimex, &tx);
	line(st == 5 ? "5 (TIME_ERROR)" : st == 0 ? "0 (TIME_OK)" : ret(),
	     "adjtimex({modes=0, offset=%ld, freq=%ld, maxerror=%ld, esterror=%ld, status=%s, "
	     "constant=%ld, precision=%ld, tolerance=%ld, time={tv_sec=%ld, tv_usec=%ld}, "
	     "tick=%ld, ppsfreq=%ld, jitter=%ld, shift=%d, stabil=%ld, jitcnt=%ld, calcnt=%ld, "
	     "errcnt=%ld, stbcnt=%ld, tai=%d})",
	     tx.offset, tx.freq, tx.maxerror, tx.esterror,
	     tx.status == STA_UNSYNC ? "STA_UNSYNC" : tx.status == 0 ? "0" : "?", tx.constant,
	     tx.precision, tx.tolerance, (long)tx.time.tv_sec, (long)tx.time.tv_usec, tx.tick,
	     tx.ppsfreq, tx.jitter, tx.shift, tx.stabil, tx.jitcnt, tx.calcnt, tx.errcnt,
	     tx.stbcnt, tx.tai);

	long r = SC(SYS_modify_ldt, 0x11, desc, 16L);
	char lr[128];

	/* x86_64 returns its int zero-extended: strace names the errno all the same */
	if ((unsigned long)r >= 0xfffff000ul && (unsigned long)r <= 0xfffffffful)
		snprintf(lr, sizeof(lr), "%ld %s (%s)", r, errname(-(int)r), strerror(-(int)r));
	else
		snprintf(lr, sizeof(lr), "%s", ret());
	line(lr, "modify_ldt(17, {entry_number=-1, base_addr=00000000, limit=00000000, "
		    "seg_32bit=1, contents=0, read_exec_only=0, limit_in_pages=0, seg_not_present=0, "
		    "useable=1, lm=0}, 16)");
	SC(SYS_setfsuid, -1L);
	line(ret(), "setfsuid(-1)");

	int tids[2] = { 7, 8 };
	/* CLONE_THREAD without CLONE_SIGHAND: EINVAL, no child */
	struct clone_args ca = { .flags = CLONE_THREAD, .set_tid = (unsigned long)tids,
				 .set_tid_size = 2 };
	SC(SYS_clone3, &ca, 64L);
	line(ret(), "clone3({flags=CLONE_THREAD, exit_signal=0, stack=NULL, stack_size=0}, 64)");
	SC(SYS_clone3, &ca, 88L);
	line(ret(), "clone3({flags=CLONE_THREAD, exit_signal=0, stack=NULL, stack_size=0, "
		    "set_tid=[7, 8], set_tid_size=2}, 88)");
	/* the handler returns: rt_sigreturn restores the mask of before the signal */
	sigset_t blk;
	struct sigaction sa = { .sa_handler = on_usr1 };

	sigaction(SIGUSR1, &sa, NULL);
	sigemptyset(&blk);
	sigaddset(&blk, SIGUSR2);
	sigprocmask(SIG_BLOCK, &blk, NULL);
	syscall(SYS_tgkill, pid, pid, SIGUSR1);
	note("--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_TKILL, si_pid=%d, si_uid=%u} ---", pid,
	     (unsigned)getuid());
	e2e_r = 0;
	line("0", "rt_sigreturn({mask=[USR2]})");
	e2e_exit(0);
}
