// SPDX-License-Identifier: MIT
// ptrace's register sets (GETREGS/SETREGS, GETFPREGS, GETREGSET/SETREGSET iovecs), PEEKUSER's struct user offsets, PEEKDATA's words and SECCOMP_GET_METADATA, on a stopped child.
// TRACE: -e trace=ptrace,exit_group -e signal=none
// START: first
#include "e2e.h"
#include <elf.h>
#include <stddef.h>
#include <linux/ptrace.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <sys/wait.h>

static const char *const gpr_names[] = {
	"r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9", "r8", "rax", "rcx", "rdx", "rsi",
	"rdi", "orig_rax", "rip", "cs", "eflags", "rsp", "ss", "fs_base", "gs_base", "ds", "es", "fs",
	"gs",
};

static void hex(char *s, const char *name, unsigned long long v, int first)
{
	size_t n = strlen(s);

	snprintf(s + n, 8192 - n, v ? "%s%s=%#llx" : "%s%s=%llu", first ? "" : ", ", name, v);
}

/* {r15=0x..., ...}: the registers size bytes reach */
static const char *gprs(const void *buf, size_t size)
{
	char *s = e2e_tmp();
	const unsigned long long *r = buf;

	strcpy(s, "{");
	for (size_t k = 0; k * 8 < size && k < 27; k++)
		hex(s, gpr_names[k], r[k], !k);
	strcat(s, size > 216 ? ", ...}" : "}");
	return s;
}

static void words(char *s, const char *name, const unsigned *w, size_t n)
{
	size_t len = strlen(s);

	len += snprintf(s + len, 8192 - len, ", %s=[", name);
	for (size_t k = 0; k < n; k++) {
		if (k == 32) { /* -s 32: strace shows 32 elements */
			len += snprintf(s + len, 8192 - len, ", ...");
			break;
		}
		len += snprintf(s + len, 8192 - len, w[k] ? "%s%#x" : "%s%u", k ? ", " : "", w[k]);
	}
	snprintf(s + len, 8192 - len, "]");
}

/* {cwd=0x37f, ...}: the fields size bytes reach */
static const char *fpregs(const struct user_fpregs_struct *f, size_t size)
{
	char *s = e2e_tmp();

	strcpy(s, "{");
	hex(s, "cwd", f->cwd, 1);
	hex(s, "swd", f->swd, 0);
	hex(s, "ftw", f->ftw, 0);
	hex(s, "fop", f->fop, 0);
	if (size > 8)
		hex(s, "rip", f->rip, 0);
	if (size > 16)
		hex(s, "rdp", f->rdp, 0);
	if (size > 24)
		hex(s, "mxcsr", f->mxcsr, 0);
	if (size > 28)
		hex(s, "mxcr_mask", f->mxcr_mask, 0);
	if (size > 32)
		words(s, "st_space", f->st_space, (size - 32) / 4 < 32 ? (size - 32) / 4 : 32);
	if (size > 160)
		words(s, "xmm_space", f->xmm_space, (size - 160) / 4 < 64 ? (size - 160) / 4 : 64);
	if (size > 416)
		words(s, "padding", f->padding, 24);
	strcat(s, "}");
	return s;
}

/* PEEK*'s data: the word it read, as a pointer, or the address after a failure */
static const char *peeked(long r, const long *word)
{
	char *s = e2e_tmp();

	if (r < 0)
		snprintf(s, 64, "%p", (const void *)word);
	else if (*word)
		snprintf(s, 64, "[%#lx]", *word);
	else
		snprintf(s, 64, "[NULL]");
	return s;
}

int main(void)
{
	struct user_regs_struct regs;
	struct user_fpregs_struct fp;
	unsigned long long big[28];
	unsigned long long md[2] = { 0, 0 };
	struct iovec iov;
	long word = 0, zero = 0;
	int status, pid = fork();

	if (pid == 0) {
		/* stopped by kill(0, ...) in a group of its own: no pid in its registers */
		syscall(SYS_ptrace, PTRACE_TRACEME, 0L, 0L, 0L);
		setpgid(0, 0);
		syscall(SYS_kill, 0L, (long)SIGSTOP);
		_exit(0);
	}
	waitpid(pid, &status, 0);

	SC(SYS_ptrace, (long)PTRACE_GETREGS, pid, 0L, &regs);
	line(ret(), "ptrace(PTRACE_GETREGS, %d, %s)", pid, gprs(&regs, sizeof(regs)));
	SC(SYS_ptrace, (long)PTRACE_SETREGS, pid, 0L, &regs);
	line(ret(), "ptrace(PTRACE_SETREGS, %d, %s)", pid, gprs(&regs, sizeof(regs)));
	SC(SYS_ptrace, (long)PTRACE_GETFPREGS, pid, 0L, &fp);
	line(ret(), "ptrace(PTRACE_GETFPREGS, %d, %s)", pid, fpregs(&fp, sizeof(fp)));

	/* iov_len one slot past the set: the call shortens it */
	iov.iov_base = big;
	iov.iov_len = sizeof(big);
	SC(SYS_ptrace, (long)PTRACE_GETREGSET, pid, (long)NT_PRSTATUS, &iov);
	line(ret(), "ptrace(PTRACE_GETREGSET, %d, NT_PRSTATUS, {iov_base=%s, iov_len=%zu => %zu})",
	     pid, gprs(big, iov.iov_len), sizeof(big), iov.iov_len);
	iov.iov_len = 24;
	SC(SYS_ptrace, (long)PTRACE_SETREGSET, pid, (long)NT_PRSTATUS, &iov);
	line(ret(), "ptrace(PTRACE_SETREGSET, %d, NT_PRSTATUS, {iov_base=%s, iov_len=24})", pid,
	     gprs(big, 24));
	/* not a whole number of slots: the address */
	iov.iov_len = 12;
	SC(SYS_ptrace, (long)PTRACE_GETREGSET, pid, (long)NT_PRSTATUS, &iov);
	line(ret(), "ptrace(PTRACE_GETREGSET, %d, NT_PRSTATUS, {iov_base=%p, iov_len=12})", pid,
	     (void *)big);
	iov.iov_base = &fp;
	iov.iov_len = 16;
	SC(SYS_ptrace, (long)PTRACE_GETREGSET, pid, (long)NT_FPREGSET, &iov);
	line(ret(), "ptrace(PTRACE_GETREGSET, %d, NT_FPREGSET, {iov_base=%s, iov_len=16})", pid,
	     fpregs(&fp, 16));
	/* a set strace does not decode */
	iov.iov_base = big;
	iov.iov_len = 8;
	SC(SYS_ptrace, (long)PTRACE_GETREGSET, pid, (long)NT_PRPSINFO, &iov);
	line(ret(), "ptrace(PTRACE_GETREGSET, %d, NT_PRPSINFO, {iov_base=%p, iov_len=8})", pid,
	     (void *)big);

	/* the child has no seccomp filter: the call fails, filter_off alone */
	md[0] = 3;
	SC(SYS_ptrace, (long)PTRACE_SECCOMP_GET_METADATA, pid, 16L, md);
	line(ret(), "ptrace(PTRACE_SECCOMP_GET_METADATA, %d, 16, {filter_off=3})", pid);
	SC(SYS_ptrace, (long)PTRACE_SECCOMP_GET_METADATA, pid, 4L, md);
	line(ret(), "ptrace(PTRACE_SECCOMP_GET_METADATA, %d, 4, %p)", pid, (void *)md);

	/* struct user's offsets: a register (8 * its sys/reg.h index), a field, past them */
	SC(SYS_ptrace, (long)PTRACE_PEEKUSR, pid, 16 * 8L, &word);
	line(ret(), "ptrace(PTRACE_PEEKUSER, %d, 8*RIP, %s)", pid, peeked(e2e_r, &word));
	SC(SYS_ptrace, (long)PTRACE_PEEKUSR, pid, 1L, &word);
	line(ret(), "ptrace(PTRACE_PEEKUSER, %d, 8*R15+1, %s)", pid, peeked(e2e_r, &word));
	SC(SYS_ptrace, (long)PTRACE_PEEKUSR, pid, (long)offsetof(struct user, u_debugreg[7]), &word);
	line(ret(), "ptrace(PTRACE_PEEKUSER, %d, offsetof(struct user, u_debugreg)+56, %s)", pid,
	     peeked(e2e_r, &word));
	SC(SYS_ptrace, (long)PTRACE_POKEUSR, pid, (long)offsetof(struct user, u_debugreg[0]), 0L);
	line(ret(), "ptrace(PTRACE_POKEUSER, %d, offsetof(struct user, u_debugreg), NULL)", pid);
	SC(SYS_ptrace, (long)PTRACE_PEEKUSR, pid, (long)sizeof(struct user), &word);
	line(ret(), "ptrace(PTRACE_PEEKUSER, %d, sizeof(struct user), %s)", pid,
	     peeked(e2e_r, &word));
	SC(SYS_ptrace, (long)PTRACE_PEEKUSR, pid, (long)sizeof(struct user) + 8, &word);
	line(ret(), "ptrace(PTRACE_PEEKUSER, %d, %#zx, %s)", pid, sizeof(struct user) + 8,
	     peeked(e2e_r, &word));
	/* a word of 0 is a NULL pointer */
	SC(SYS_ptrace, (long)PTRACE_PEEKDATA, pid, &zero, &word);
	line(ret(), "ptrace(PTRACE_PEEKDATA, %d, %p, %s)", pid, (void *)&zero, peeked(e2e_r, &word));

	SC(SYS_ptrace, (long)PTRACE_CONT, pid, 0L, 0L);
	line(ret(), "ptrace(PTRACE_CONT, %d, NULL, 0)", pid);
	waitpid(pid, &status, 0);
	e2e_exit(0);
}
