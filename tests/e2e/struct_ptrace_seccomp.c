// SPDX-License-Identifier: MIT
// ptrace's seccomp requests on a child with a filter: SECCOMP_GET_FILTER's instructions (-v), SECCOMP_GET_METADATA's flags as far as the call returns them.
// TRACE: -v -e trace=ptrace,exit_group -e signal=none
// START: first
#include "e2e.h"
#include <linux/filter.h>
#include <linux/ptrace.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/wait.h>

int main(void)
{
	struct sock_filter filter[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { 2, filter };
	unsigned char got[64];
	unsigned long long md[3] = { 0, 0, 0 };
	int status, pid = fork();

	if (pid == 0) {
		syscall(SYS_ptrace, PTRACE_TRACEME, 0L, 0L, 0L);
		prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
		syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
		raise(SIGSTOP);
		_exit(0);
	}
	waitpid(pid, &status, 0);

	SC(SYS_ptrace, (long)PTRACE_SECCOMP_GET_FILTER, pid, 0L, got);
	if (e2e_r == 2)
		line(ret(), "ptrace(PTRACE_SECCOMP_GET_FILTER, %d, 0, [BPF_STMT(BPF_LD|BPF_W|BPF_ABS, 0), "
			    "BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ALLOW)])", pid);
	else
		line(ret(), "ptrace(PTRACE_SECCOMP_GET_FILTER, %d, 0, %p)", pid, (void *)got);
	/* no second filter */
	SC(SYS_ptrace, (long)PTRACE_SECCOMP_GET_FILTER, pid, 1L, got);
	line(ret(), "ptrace(PTRACE_SECCOMP_GET_FILTER, %d, 1, %p)", pid, (void *)got);
	/* a size past the struct: the call returns its 16 bytes, no "..." */
	SC(SYS_ptrace, (long)PTRACE_SECCOMP_GET_METADATA, pid, 24L, md);
	line(ret(), "ptrace(PTRACE_SECCOMP_GET_METADATA, %d, 24, {filter_off=0, %s})", pid,
	     e2e_r >= 16 ? "flags=0" : "???");
	/* too short for the flags */
	SC(SYS_ptrace, (long)PTRACE_SECCOMP_GET_METADATA, pid, 12L, md);
	line(ret(), "ptrace(PTRACE_SECCOMP_GET_METADATA, %d, 12, {filter_off=0, ???})", pid);

	SC(SYS_ptrace, (long)PTRACE_CONT, pid, 0L, 0L);
	line(ret(), "ptrace(PTRACE_CONT, %d, NULL, 0)", pid);
	waitpid(pid, &status, 0);
	e2e_exit(0);
}
