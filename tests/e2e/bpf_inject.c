// SPDX-License-Identifier: MIT
// bpf answered by injection (the call never runs, no ENTER): its inputs still read at exit, as strace shows them.
// TRACE: -v -e trace=bpf,getppid,exit_group -e inject=bpf:retval=42
// START: first
#include "e2e.h"
#include <linux/bpf.h>
#include <sys/mman.h>

#define MOV_R1_R10 "{code=BPF_ALU64|BPF_X|BPF_MOV, dst_reg=BPF_REG_1, src_reg=BPF_REG_10, off=0, imm=0}"
#define LDX "{code=BPF_LDX|BPF_DW|BPF_MEM, dst_reg=BPF_REG_0, src_reg=BPF_REG_1, off=-8, imm=0}"
#define EXIT "{code=BPF_JMP|BPF_K|BPF_EXIT, dst_reg=BPF_REG_0, src_reg=BPF_REG_0, off=0, imm=0}"

/* The return value the listener gave, as strace shows it. */
static const char *injected(void)
{
	static char r[64];

	snprintf(r, sizeof(r), "%s (INJECTED)", ret());
	return r;
}

int main(void)
{
	static const struct bpf_insn prog[3] = {
		{ .code = BPF_ALU64 | BPF_MOV | BPF_X, .dst_reg = 1, .src_reg = 10 },
		{ .code = BPF_LDX | BPF_MEM | BPF_DW, .dst_reg = 0, .src_reg = 1, .off = -8 },
		{ .code = BPF_JMP | BPF_EXIT },
	};
	static const char *syms[3] = { "a", "bb", NULL };
	union bpf_attr a;

	SC(SYS_getppid);
	line(ret(), "getppid()");

	memset(&a, 0, sizeof(a));
	a.prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
	a.insn_cnt = 3;
	a.insns = (__u64)(unsigned long)prog;
	a.license = (__u64)(unsigned long)"GPL";
	SC(SYS_bpf, BPF_PROG_LOAD, &a, 48);
	line(injected(),
	     "bpf(BPF_PROG_LOAD, {prog_type=BPF_PROG_TYPE_SOCKET_FILTER, insn_cnt=3, insns=[" MOV_R1_R10
	     ", " LDX ", " EXIT "], license=\"GPL\", log_level=0, log_size=0, log_buf=NULL, "
	     "kern_version=KERNEL_VERSION(0, 0, 0), prog_flags=0}, 48)");

	memset(&a, 0, sizeof(a));
	a.link_create.prog_fd = 5;
	a.link_create.attach_type = BPF_TRACE_KPROBE_MULTI;
	a.link_create.kprobe_multi.cnt = 3;
	a.link_create.kprobe_multi.syms = (__u64)(unsigned long)syms;
	SC(SYS_bpf, BPF_LINK_CREATE, &a, 48);
	line(injected(),
	     "bpf(BPF_LINK_CREATE, {link_create={prog_fd=5, target_fd=0, "
	     "attach_type=BPF_TRACE_KPROBE_MULTI, flags=0, kprobe_multi={flags=0, cnt=3, "
	     "syms=[\"a\", \"bb\", NULL], addrs=NULL, cookies=NULL}}}, 48)");
	e2e_exit(0);
}
