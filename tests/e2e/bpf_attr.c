// SPDX-License-Identifier: MIT
// bpf: union bpf_attr by command, fields cut by size, ", ..." for bytes past it, outputs at exit.
// TRACE: -e trace=bpf,exit_group
// START: first
#include "e2e.h"
#include <linux/bpf.h>
#include <sys/mman.h>

static union bpf_attr *attr_at(char *page_end, unsigned size)
{
	union bpf_attr *a = (void *)(page_end - size);

	memset(a, 0, size);
	return a;
}

int main(void)
{
	char *page = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *end = page + 4096;
	static const char btf[] = "bPf\0daTum";
	static const char path[] = "/sys/fs/bpf/no-such-dir/e2e";
	struct bpf_insn insns[2] = { { .code = BPF_ALU64 | BPF_MOV | BPF_K }, { .code = BPF_JMP | BPF_EXIT } };
	union bpf_attr *a;
	unsigned before;
	int map_fd;

	munmap(page + 4096, 4096);

	SC(SYS_bpf, BPF_MAP_CREATE, NULL, 72);
	line(ret(), "bpf(BPF_MAP_CREATE, NULL, 72)");

	/* an array map, as far as map_extra (72 bytes, strace 6.1's whole structure) */
	a = attr_at(end, 72);
	a->map_type = BPF_MAP_TYPE_ARRAY;
	a->key_size = 4;
	a->value_size = 8;
	a->max_entries = 1;
	memcpy(a->map_name, "e2e_map", 8);
	map_fd = (int)SC(SYS_bpf, BPF_MAP_CREATE, a, 72);
	line(ret(), "bpf(BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_ARRAY, key_size=4, value_size=8, "
		    "max_entries=1, map_flags=0, inner_map_fd=0, map_name=\"e2e_map\", map_ifindex=0, "
		    "btf_fd=0, btf_key_type_id=0, btf_value_type_id=0, btf_vmlinux_value_type_id=0, "
		    "map_extra=0}, 72)");

	/* cut by the size: map_name has 8 of its bytes and no NUL in them */
	a = attr_at(end, 36);
	a->map_type = BPF_MAP_TYPE_HASH;
	a->map_flags = BPF_F_NO_PREALLOC | BPF_F_NUMA_NODE | 0x80000000u;
	a->inner_map_fd = -1;
	a->numa_node = 0xffffffffu;
	memcpy(a->map_name, "abcdefgh", 8);
	SC(SYS_bpf, BPF_MAP_CREATE, a, 36);
	line(ret(), "bpf(BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_HASH, key_size=0, value_size=0, "
		    "max_entries=0, map_flags=BPF_F_NO_PREALLOC|BPF_F_NUMA_NODE|0x80000000, "
		    "inner_map_fd=-1, numa_node=4294967295 /* NUMA_NO_NODE */, map_name=\"abcdefg\"...}, 36)");

	/* a size the page does not hold: the address */
	SC(SYS_bpf, BPF_MAP_CREATE, end - 4, 5);
	line(ret(), "bpf(BPF_MAP_CREATE, %p, 5)", (void *)(end - 4));

	/* a byte past the structure that is not zero */
	a = attr_at(end, 16);
	a->map_fd = -1;
	((char *)a)[12] = 1;
	SC(SYS_bpf, BPF_MAP_FREEZE, a, 16);
	line(ret(), "bpf(BPF_MAP_FREEZE, {map_fd=-1, ...}, 16)");

	if (map_fd >= 0) { /* the kernel writes back the size of its bpf_map_info */
		struct { char b[256]; } info;

		a = attr_at(end, 16);
		a->info.bpf_fd = map_fd;
		a->info.info_len = sizeof(info);
		a->info.info = (unsigned long)&info;
		SC(SYS_bpf, BPF_OBJ_GET_INFO_BY_FD, a, 16);
		line(ret(), "bpf(BPF_OBJ_GET_INFO_BY_FD, {info={bpf_fd=%d, info_len=256 => %u, "
			    "info=%p}}, 16)", map_fd, a->info.info_len, (void *)&info);
	}

	/* the strings it points to */
	a = attr_at(end, 16);
	a->pathname = (unsigned long)path;
	a->bpf_fd = -1;
	SC(SYS_bpf, BPF_OBJ_PIN, a, 16);
	line(ret(), "bpf(BPF_OBJ_PIN, {pathname=%s, bpf_fd=-1, file_flags=0}, 16)", qstr(path));

	a = attr_at(end, 28);
	a->btf = (unsigned long)btf;
	a->btf_size = 9;
	a->btf_log_level = 42;
	SC(SYS_bpf, BPF_BTF_LOAD, a, 28);
	line(ret(), "bpf(BPF_BTF_LOAD, {btf=\"bPf\\0daTum\", btf_log_buf=NULL, btf_size=9, "
		    "btf_log_size=0, btf_log_level=42}, 28)");

	a = attr_at(end, 48);
	a->prog_type = 0x77;
	a->insn_cnt = 2;
	a->insns = (unsigned long)insns;
	a->license = (unsigned long)"GPL";
	a->kern_version = 0x50a01;
	SC(SYS_bpf, BPF_PROG_LOAD, a, 48);
	line(ret(), "bpf(BPF_PROG_LOAD, {prog_type=0x77 /* BPF_PROG_TYPE_??? */, insn_cnt=2, "
		    "insns=%p, license=\"GPL\", log_level=0, log_size=0, log_buf=NULL, "
		    "kern_version=KERNEL_VERSION(5, 10, 1), prog_flags=0}, 48)", (void *)insns);

	/* an output: the next id, after the call */
	a = attr_at(end, 8);
	before = a->next_id = 0;
	SC(SYS_bpf, BPF_MAP_GET_NEXT_ID, a, 8);
	if (a->next_id != before)
		line(ret(), "bpf(BPF_MAP_GET_NEXT_ID, {start_id=0, next_id=0 => %u}, 8)", a->next_id);
	else
		line(ret(), "bpf(BPF_MAP_GET_NEXT_ID, {start_id=0, next_id=0}, 8)");

	SC(SYS_bpf, 100, end - 8, 8);
	line(ret(), "bpf(0x64 /* BPF_??? */, %p, 8)", (void *)(end - 8));

	e2e_exit(0);
}
