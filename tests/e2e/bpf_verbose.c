// SPDX-License-Identifier: MIT
// bpf -v -y: instructions, extra_data, kprobe_multi's symbol names, bpf_map_info/bpf_prog_info at exit.
// TRACE: -v -y -e trace=bpf,getppid,exit_group
// START: first
#include "e2e.h"
#include <linux/bpf.h>
#include <sys/mman.h>

static char rbuf[4][64];
static unsigned rnext;

/* The return value, a descriptor with -y's <anon_inode:...> when the call made one. */
static const char *fdret(const char *path)
{
	char *b = rbuf[rnext++ % 4];

	if (e2e_r < 0)
		return ret();
	snprintf(b, sizeof(rbuf[0]), "%ld<%s>", e2e_r, path);
	return b;
}

/* A fresh attribute of size bytes that ends where the page does. */
static union bpf_attr *attr_at(char *page_end, unsigned size)
{
	union bpf_attr *a = (void *)(page_end - size);

	memset(a, 0, size);
	return a;
}

/* "\x01\x02" */
static const char *hex(const void *p, unsigned n)
{
	char *b = e2e_tmp(), *w = b;

	*w++ = '"';
	for (unsigned k = 0; k < n; k++)
		w += sprintf(w, "\\x%02x", ((const unsigned char *)p)[k]);
	*w++ = '"';
	*w = 0;
	return b;
}

#define MOV_R0_0 "{code=BPF_ALU64|BPF_K|BPF_MOV, dst_reg=BPF_REG_0, src_reg=BPF_REG_0, off=0, imm=0}"
#define EXIT "{code=BPF_JMP|BPF_K|BPF_EXIT, dst_reg=BPF_REG_0, src_reg=BPF_REG_0, off=0, imm=0}"

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *end = page + 4096, *p2 = mmap(NULL, 8192, PROT_READ | PROT_WRITE,
					     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	static const struct bpf_insn prog[2] = {
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K },
		{ .code = BPF_JMP | BPF_EXIT },
	};
	/* an odd one: a JMP32 code, a register past BPF_REG_10, negative off and imm */
	static const struct bpf_insn odd = { .code = BPF_JMP32 | BPF_X | BPF_JNE, .dst_reg = 10,
					     .src_reg = 11, .off = -2, .imm = -4 };
	struct bpf_insn *cut = (void *)(p2 + 4096 - 2 * sizeof(struct bpf_insn)), xlated[2];
	const char *syms_strs[4] = { "e2e_sym", NULL, "x", "abcdefghijklmnopqrstuvwxyz0123456789" };
	const char **syms = (void *)(p2 + 4096 - 4 * sizeof(char *));
	struct bpf_map_info minfo;
	struct bpf_prog_info pinfo;
	union bpf_attr *a;
	int map_fd, prog_fd;

	munmap(page + 4096, 4096);
	munmap(p2 + 4096, 4096);
	SC(SYS_getppid);
	line(ret(), "getppid()");

	/* instructions, printed as strace prints them (the size stops the fields at prog_flags) */
	a = attr_at(end, 48);
	a->prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
	a->insn_cnt = 2;
	a->insns = (__u64)(unsigned long)prog;
	a->license = (__u64)(unsigned long)"GPL";
	prog_fd = (int)SC(SYS_bpf, BPF_PROG_LOAD, a, 48);
	line(fdret("anon_inode:bpf-prog"),
	     "bpf(BPF_PROG_LOAD, {prog_type=BPF_PROG_TYPE_SOCKET_FILTER, insn_cnt=2, insns=[" MOV_R0_0
	     ", " EXIT "], license=\"GPL\", log_level=0, log_size=0, log_buf=NULL, "
	     "kern_version=KERNEL_VERSION(0, 0, 0), prog_flags=0}, 48)");

	/* three instructions of which the page holds two: the third's address */
	cut[0] = odd;
	cut[1] = prog[1];
	a = attr_at(end, 48);
	a->prog_type = 0x77;
	a->insn_cnt = 3;
	a->insns = (__u64)(unsigned long)cut;
	SC(SYS_bpf, BPF_PROG_LOAD, a, 48);
	line(ret(),
	     "bpf(BPF_PROG_LOAD, {prog_type=0x77 /* BPF_PROG_TYPE_??? */, insn_cnt=3, insns=[{code="
	     "BPF_JMP32|0x58 /* BPF_??? */, dst_reg=BPF_REG_10, src_reg=0xb /* BPF_REG_??? */, "
	     "off=-2, imm=0xfffffffc}, " EXIT ", ... /* %p */], license=NULL, log_level=0, "
	     "log_size=0, log_buf=NULL, kern_version=KERNEL_VERSION(0, 0, 0), prog_flags=0}, 48)",
	     (void *)(cut + 2));

	/* bytes past the structure: all of them under -v */
	a = attr_at(end, 16);
	a->map_fd = -1;
	((char *)a)[9] = 0x2a;
	SC(SYS_bpf, BPF_MAP_FREEZE, a, 16);
	line(ret(), "bpf(BPF_MAP_FREEZE, {map_fd=-1, extra_data=%s /* bytes 4..15 */}, 16)",
	     hex((char *)a + 4, 12));

	/* kprobe_multi: the symbol names, NULL among them; the fifth pointer past the page */
	memcpy(syms, syms_strs, sizeof(syms_strs));
	a = attr_at(end, 48);
	a->link_create.prog_fd = -1;
	a->link_create.target_fd = -1;
	a->link_create.attach_type = BPF_TRACE_KPROBE_MULTI;
	a->link_create.kprobe_multi.cnt = 5;
	a->link_create.kprobe_multi.syms = (__u64)(unsigned long)syms;
	SC(SYS_bpf, BPF_LINK_CREATE, a, 48);
	line(ret(),
	     "bpf(BPF_LINK_CREATE, {link_create={prog_fd=-1, target_fd=-1, "
	     "attach_type=BPF_TRACE_KPROBE_MULTI, flags=0, kprobe_multi={flags=0, cnt=5, "
	     "syms=[\"e2e_sym\", NULL, \"x\", \"abcdefghijklmnopqrstuvwxyz012345\"..., ... /* %p */], "
	     "addrs=NULL, cookies=NULL}}}, 48)",
	     (void *)(syms + 4));

	/* a map's bpf_map_info at exit, whole (88 bytes: strace 6.1's), then cut at 16 bytes */
	a = attr_at(end, 72);
	a->map_type = BPF_MAP_TYPE_ARRAY;
	a->key_size = 4;
	a->value_size = 8;
	a->max_entries = 1;
	memcpy(a->map_name, "e2e_map", 8);
	map_fd = (int)SC(SYS_bpf, BPF_MAP_CREATE, a, 72);
	line(fdret("anon_inode:bpf-map"),
	     "bpf(BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_ARRAY, key_size=4, value_size=8, "
	     "max_entries=1, map_flags=0, inner_map_fd=0</dev/null>, map_name=\"e2e_map\", map_ifindex=0, "
	     "btf_fd=0</dev/null>, btf_key_type_id=0, btf_value_type_id=0, btf_vmlinux_value_type_id=0, "
	     "map_extra=0}, 72)");
	if (map_fd >= 0) {
		memset(&minfo, 0, sizeof(minfo));
		a = attr_at(end, 16);
		a->info.bpf_fd = map_fd;
		a->info.info_len = 88;
		a->info.info = (__u64)(unsigned long)&minfo;
		SC(SYS_bpf, BPF_OBJ_GET_INFO_BY_FD, a, 16);
		line(ret(),
		     "bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=%d<anon_inode:bpf-map>, info_len=88, "
		     "info={type=BPF_MAP_TYPE_ARRAY, id=%u, key_size=4, value_size=8, max_entries=1, "
		     "map_flags=0, name=\"e2e_map\", ifindex=0, btf_vmlinux_value_type_id=0, "
		     "netns_dev=makedev(0, 0), netns_ino=0, btf_id=0, btf_key_type_id=0, "
		     "btf_value_type_id=0}}}, 16)",
		     map_fd, minfo.id);
		a = attr_at(end, 16);
		a->info.bpf_fd = map_fd;
		a->info.info_len = 16;
		a->info.info = (__u64)(unsigned long)&minfo;
		SC(SYS_bpf, BPF_OBJ_GET_INFO_BY_FD, a, 16);
		line(ret(),
		     "bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=%d<anon_inode:bpf-map>, info_len=16, "
		     "info={type=BPF_MAP_TYPE_ARRAY, id=%u, key_size=4, value_size=8, max_entries=0, "
		     "map_flags=0}}}, 16)",
		     map_fd, minfo.id);
	}

	/*
	 * a program's bpf_prog_info, 40 bytes of it (to xlated_prog_insns): the
	 * lengths the kernel wrote back, and the two instructions it translated
	 */
	if (prog_fd >= 0) {
		memset(&pinfo, 0, sizeof(pinfo));
		memset(xlated, 0, sizeof(xlated));
		pinfo.xlated_prog_len = sizeof(xlated);
		pinfo.xlated_prog_insns = (__u64)(unsigned long)xlated;
		a = attr_at(end, 16);
		a->info.bpf_fd = prog_fd;
		a->info.info_len = 40;
		a->info.info = (__u64)(unsigned long)&pinfo;
		SC(SYS_bpf, BPF_OBJ_GET_INFO_BY_FD, a, 16);
		line(ret(),
		     "bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=%d<anon_inode:bpf-prog>, info_len=40, "
		     "info={type=BPF_PROG_TYPE_SOCKET_FILTER, id=%u, tag=%s, jited_prog_len=0%s%.0u, "
		     "jited_prog_insns=NULL, xlated_prog_len=16%s%.0u, xlated_prog_insns=[%s, %s]}}}, "
		     "16)",
		     prog_fd, pinfo.id, hex(pinfo.tag, 8), pinfo.jited_prog_len ? " => " : "",
		     pinfo.jited_prog_len, pinfo.xlated_prog_len != 16 ? " => " : "",
		     pinfo.xlated_prog_len != 16 ? pinfo.xlated_prog_len : 0,
		     memcmp(xlated, prog, 8) ? "?" : MOV_R0_0, memcmp(xlated + 1, prog + 1, 8) ? "?" : EXIT);
	}
	e2e_exit(0);
}
