// SPDX-License-Identifier: MIT
// ptrace under -e verbose=none: what addr and data point to prints as addresses, numbers, offsets, signals and options as usual.
// TRACE: -e verbose=none -e trace=ptrace,exit_group -e signal=none
// START: first
#include "e2e.h"
#include <linux/ptrace.h>
#include <sys/user.h>
#include <sys/wait.h>

int main(void)
{
	struct user_regs_struct regs;
	struct ptrace_peeksiginfo_args pa = { 0, 0, 1 };
	siginfo_t si;
	unsigned long long mask;
	long word;
	int status, pid = fork();

	if (pid == 0) {
		syscall(SYS_ptrace, PTRACE_TRACEME, 0L, 0L, 0L);
		raise(SIGSTOP);
		_exit(0);
	}
	waitpid(pid, &status, 0);

	SC(SYS_ptrace, (long)PTRACE_PEEKUSR, pid, 16 * 8L, &word);
	line(ret(), "ptrace(PTRACE_PEEKUSER, %d, 8*RIP, %p)", pid, (void *)&word);
	SC(SYS_ptrace, (long)PTRACE_GETREGS, pid, 0L, &regs);
	line(ret(), "ptrace(PTRACE_GETREGS, %d, %p)", pid, (void *)&regs);
	SC(SYS_ptrace, (long)PTRACE_GETSIGMASK, pid, 8L, &mask);
	line(ret(), "ptrace(PTRACE_GETSIGMASK, %d, 8, %p)", pid, (void *)&mask);
	SC(SYS_ptrace, (long)PTRACE_PEEKSIGINFO, pid, &pa, &si);
	line(ret(), "ptrace(PTRACE_PEEKSIGINFO, %d, %p, %p)", pid, (void *)&pa, (void *)&si);
	SC(SYS_ptrace, (long)PTRACE_SETOPTIONS, pid, 0L, (long)PTRACE_O_TRACESYSGOOD);
	line(ret(), "ptrace(PTRACE_SETOPTIONS, %d, NULL, PTRACE_O_TRACESYSGOOD)", pid);
	SC(SYS_ptrace, (long)PTRACE_CONT, pid, 0L, 0L);
	line(ret(), "ptrace(PTRACE_CONT, %d, NULL, 0)", pid);
	waitpid(pid, &status, 0);
	e2e_exit(0);
}
