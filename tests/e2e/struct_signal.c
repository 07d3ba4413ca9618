// SPDX-License-Identifier: MIT
// struct sigaction and sigsets: rt_sigaction in/out, rt_sigprocmask ([...], ~[...]), rt_sigpending, rt_sigqueueinfo, EFAULT/EINVAL.
// TRACE: -e trace=rt_sigaction,rt_sigprocmask,rt_sigpending,rt_sigqueueinfo,exit_group
// START: first
#include "e2e.h"

struct ksa {
	unsigned long handler, flags, restorer, mask;
};

static void on_sig(int s)
{
	(void)s;
}

int main(void)
{
	struct ksa a = { (unsigned long)on_sig, 0x14000000, 0x1234, (1UL << 1) | (1UL << 14) }, o;
	unsigned long set = (1UL << 1) | (1UL << 14), old;

	SC(SYS_rt_sigaction, SIGUSR2, &a, &o, 8);
	line(ret(), "rt_sigaction(SIGUSR2, {sa_handler=%p, sa_mask=[INT TERM], sa_flags=SA_RESTORER|"
		    "SA_RESTART, sa_restorer=0x1234}, {sa_handler=SIG_DFL, sa_mask=[], sa_flags=0}, 8)",
	     (void *)on_sig);
	SC(SYS_rt_sigaction, SIGUSR2, NULL, &o, 8);
	line(ret(), "rt_sigaction(SIGUSR2, NULL, {sa_handler=%p, sa_mask=[INT TERM], sa_flags="
		    "SA_RESTORER|SA_RESTART, sa_restorer=0x1234}, 8)", (void *)on_sig);
	a = (struct ksa){ 1, 0x84000000, 0x1234, ~0UL };
	SC(SYS_rt_sigaction, SIGUSR2, &a, NULL, 8);
	line(ret(), "rt_sigaction(SIGUSR2, {sa_handler=SIG_IGN, sa_mask=~[], sa_flags=SA_RESTORER|"
		    "SA_RESETHAND, sa_restorer=0x1234}, NULL, 8)");
	a = (struct ksa){ 0, 0x5c000007, 0x1234, ~0UL & ~(3UL << 32) };
	SC(SYS_rt_sigaction, SIGUSR2, &a, NULL, 8);
	line(ret(), "rt_sigaction(SIGUSR2, {sa_handler=SIG_DFL, sa_mask=~[RT_1 RT_2], sa_flags="
		    "SA_RESTORER|SA_ONSTACK|SA_RESTART|SA_NODEFER|SA_SIGINFO|SA_NOCLDSTOP|"
		    "SA_NOCLDWAIT, sa_restorer=0x1234}, NULL, 8)");
	SC(SYS_rt_sigaction, SIGUSR2, (void *)0x10, NULL, 8);
	line(ret(), "rt_sigaction(SIGUSR2, 0x10, NULL, 8)");
	a = (struct ksa){ 0, 0, 0, (1UL << 31) | (1UL << 63) };
	SC(SYS_rt_sigaction, SIGKILL, &a, &o, 8);
	line(ret(), "rt_sigaction(SIGKILL, {sa_handler=SIG_DFL, sa_mask=[RTMIN RT_32], sa_flags=0}, "
		    "%p, 8)", (void *)&o);

	SC(SYS_rt_sigprocmask, SIG_BLOCK, &set, &old, 8);
	line(ret(), "rt_sigprocmask(SIG_BLOCK, [INT TERM], [], 8)");
	set = ~0UL & ~(3UL << 32);
	SC(SYS_rt_sigprocmask, SIG_SETMASK, &set, NULL, 8);
	line(ret(), "rt_sigprocmask(SIG_SETMASK, ~[RT_1 RT_2], NULL, 8)");
	set = 0;
	SC(SYS_rt_sigprocmask, SIG_SETMASK, &set, &old, 8);
	line(ret(), "rt_sigprocmask(SIG_SETMASK, [], ~[KILL STOP RT_1 RT_2], 8)");
	SC(SYS_rt_sigprocmask, SIG_SETMASK, NULL, &old, 8);
	line(ret(), "rt_sigprocmask(SIG_SETMASK, NULL, [], 8)");
	SC(SYS_rt_sigprocmask, SIG_UNBLOCK, &set, &old, 4);
	line(ret(), "rt_sigprocmask(SIG_UNBLOCK, %p, %p, 4)", (void *)&set, (void *)&old);
	set = (1UL << 34) | (1UL << 9);
	SC(SYS_rt_sigprocmask, 7, &set, &old, 8);
	line(ret(), "rt_sigprocmask(0x7 /* SIG_??? */, [USR1 RT_3], %p, 8)", (void *)&old);
	SC(SYS_rt_sigpending, &old, 8);
	line(ret(), "rt_sigpending([], 8)");

	/* rt_sigqueueinfo's siginfo; a zero sigval is left out, SI_ASYNCNL shows the sender */
	a = (struct ksa){ 1, 0x04000000, 0x1234, 0 };
	SC(SYS_rt_sigaction, SIGUSR1, &a, NULL, 8);
	line(ret(), "rt_sigaction(SIGUSR1, {sa_handler=SIG_IGN, sa_mask=[], sa_flags=SA_RESTORER, "
		    "sa_restorer=0x1234}, NULL, 8)");
	siginfo_t si;
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR1;
	si.si_code = SI_QUEUE;
	si.si_pid = getpid();
	SC(SYS_rt_sigqueueinfo, getpid(), SIGUSR1, &si);
	line(ret(), "rt_sigqueueinfo(%d, SIGUSR1, {si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=%d, "
		    "si_uid=0})", getpid(), getpid());
	note("--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_QUEUE, si_pid=%d, si_uid=0} ---", getpid());
	si.si_value.sival_int = 5;
	si.si_code = -60; /* SI_ASYNCNL */
	SC(SYS_rt_sigqueueinfo, getpid(), SIGUSR1, &si);
	line(ret(), "rt_sigqueueinfo(%d, SIGUSR1, {si_signo=SIGUSR1, si_code=SI_ASYNCNL, si_pid=%d, "
		    "si_uid=0, si_int=5, si_ptr=0x5})", getpid(), getpid());
	note("--- SIGUSR1 {si_signo=SIGUSR1, si_code=SI_ASYNCNL, si_pid=%d, si_uid=0, si_int=5, "
	     "si_ptr=0x5} ---", getpid());
	SC(SYS_rt_sigqueueinfo, getpid(), SIGUSR1, NULL);
	line(ret(), "rt_sigqueueinfo(%d, SIGUSR1, NULL)", getpid());
	e2e_exit(0);
}
