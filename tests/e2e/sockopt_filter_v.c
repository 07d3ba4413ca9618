// SPDX-License-Identifier: MIT
// Classic BPF socket filters under -v: setsockopt(SO_ATTACH_FILTER)'s program, getsockopt(SO_GET_FILTER)'s instructions.
// TRACE: -v -e trace=getsockopt,setsockopt,exit_group
// START: first
#include "e2e.h"
#include <linux/filter.h>
#include <sys/socket.h>

#define INSNS                                                                            \
	"[BPF_STMT(BPF_LD|BPF_B|BPF_ABS, SKF_AD_OFF+SKF_AD_PROTOCOL), "                  \
	"BPF_JUMP(BPF_JMP|BPF_K|BPF_JEQ, 0x11, 0, 0x1), BPF_STMT(BPF_LD|BPF_W|BPF_LEN, 0), " \
	"BPF_STMT(BPF_RET|BPF_K, 0xffff)]"

int main(void)
{
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	struct sock_filter insn[] = {
		BPF_STMT(BPF_LD | BPF_B | BPF_ABS, SKF_AD_OFF + SKF_AD_PROTOCOL),
		BPF_JUMP(BPF_JMP | BPF_K | BPF_JEQ, 17, 0, 1),
		BPF_STMT(BPF_LD | BPF_W | BPF_LEN, 0),
		BPF_STMT(BPF_RET | BPF_K, 0xffff),
	};
	struct sock_fprog prog = { 4, insn };
	struct sock_filter got[8];
	socklen_t len = 8;

	SC(SYS_setsockopt, s, SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof(prog));
	line(ret(), "setsockopt(%d, SOL_SOCKET, SO_ATTACH_FILTER, {len=4, filter=" INSNS "}, 16)", s);
	SC(SYS_getsockopt, s, SOL_SOCKET, SO_GET_FILTER, got, &len);
	line(ret(), "getsockopt(%d, SOL_SOCKET, SO_GET_FILTER, " INSNS ", [8 => 4])", s);
	e2e_exit(0);
}
