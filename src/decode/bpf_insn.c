// SPDX-License-Identifier: MIT
/*
 * eBPF instructions (struct bpf_insn) as strace 6.1 prints them: bpf(2)'s
 * BPF_PROG_LOAD under -v and the translated program BPF_OBJ_GET_INFO_BY_FD
 * returns (bpf.c). The code's parts are named as in a classic filter
 * (sock_filter.c), but for eBPF's classes (BPF_JMP32, BPF_ALU64) and modes.
 */
#include <linux/bpf.h>

#include "bpf_insn.h"
#include "fmt.h"
#include "xlat_bpf.h"
#include "xlat_sockets.h"

static void print_part(struct strbuf *out, const struct flag_table *t, unsigned v, int xlat)
{
	strbuf_addc(out, '|');
	print_enum_x(out, t, v, xlat);
}

/*
 * The code (strace's print_bpf_filter_code, extended): the class, then
 * size|mode for loads and stores, source|operation for ALU and JMP, the bits
 * left unnamed for BPF_JMP32: BPF_JMP|BPF_K|BPF_EXIT, BPF_JMP32|0x50 / * BPF_??? * /
 */
static void print_insn_code(struct strbuf *out, unsigned code, int xlat)
{
	unsigned cls = BPF_CLASS(code), rest = code & ~cls;

	print_enum_x(out, &bpf_insn_class_names, cls, xlat);
	switch (cls) {
	case BPF_LD:
	case BPF_LDX:
	case BPF_ST:
	case BPF_STX:
		print_part(out, &bpf_size_names, BPF_SIZE(code), xlat);
		print_part(out, &bpf_insn_mode_names, BPF_MODE(code), xlat);
		return;
	case BPF_ALU:
	case BPF_ALU64:
		print_part(out, &bpf_src_names, BPF_SRC(code), xlat);
		print_part(out, &bpf_alu_op_names, BPF_OP(code), xlat);
		return;
	case BPF_JMP:
		print_part(out, &bpf_src_names, BPF_SRC(code), xlat);
		print_part(out, &bpf_jmp_op_names, BPF_OP(code), xlat);
		return;
	}
	if (rest) {
		strbuf_addf(out, "|%#x", rest);
		if (xlat != XLAT_RAW)
			strbuf_adds(out, " /* BPF_??? */");
	}
}

/* struct bpf_insn: {code=..., dst_reg=BPF_REG_1, src_reg=BPF_REG_0, off=0, imm=0x1} */
void print_ebpf_insn(struct strbuf *out, const char *e, const struct decode_opts *o)
{
	unsigned char regs = (unsigned char)e[1];

	strbuf_adds(out, "{code=");
	print_insn_code(out, (unsigned char)e[0], o->xlat);
	strbuf_adds(out, ", dst_reg=");
	print_enum_x(out, &bpf_reg_names, regs & 0xf, o->xlat);
	strbuf_adds(out, ", src_reg=");
	print_enum_x(out, &bpf_reg_names, regs >> 4, o->xlat);
	strbuf_addf(out, ", off=%d, imm=%#x}", (int16_t)load_u16(e, 2), load_u32(e, 4));
}
