// SPDX-License-Identifier: MIT
/*
 * Classic BPF socket filters as strace 6.1 prints them (setsockopt's
 * SO_ATTACH_FILTER and SO_ATTACH_REUSEPORT_CBPF, getsockopt's SO_GET_FILTER):
 * {len=2, filter=[BPF_STMT(BPF_LD|BPF_B|BPF_ABS, SKF_AD_OFF+SKF_AD_PROTOCOL),
 * BPF_JUMP(BPF_JMP|BPF_K|BPF_JEQ, 0x11, 0, 0x1)]}; the instructions only
 * under -v, as their address otherwise.
 */
#include <stdio.h>
#include <linux/filter.h>

#include "flags.h"
#include "fmt.h"
#include "sock_filter.h"
#include "xlat_sockets.h"

#define INSN_SIZE 8 /* struct sock_filter */

static void print_or(struct strbuf *out, const struct flag_table *t, unsigned v, int xlat)
{
	strbuf_addc(out, '|');
	print_enum_x(out, t, v, xlat);
}

/* Bits of the code no name covers: |0x8 / * BPF_??? * / */
static void print_rest(struct strbuf *out, unsigned rest, int xlat)
{
	if (!rest)
		return;
	strbuf_addf(out, "|%#x", rest);
	if (xlat != XLAT_RAW)
		strbuf_adds(out, " /* BPF_??? */");
}

static void print_code(struct strbuf *out, unsigned code, int xlat)
{
	unsigned cls = BPF_CLASS(code), rest = code & ~cls;

	print_enum_x(out, &bpf_class_names, cls, xlat);
	switch (cls) {
	case BPF_ST:
	case BPF_STX:
		print_rest(out, rest, xlat);
		break;
	case BPF_LD:
	case BPF_LDX:
		print_or(out, &bpf_size_names, BPF_SIZE(code), xlat);
		print_or(out, &bpf_mode_names, BPF_MODE(code), xlat);
		break;
	case BPF_MISC:
		print_or(out, &bpf_miscop_names, BPF_MISCOP(code), xlat);
		print_rest(out, rest & ~BPF_MISCOP(code), xlat);
		break;
	case BPF_ALU:
		print_or(out, &bpf_src_names, BPF_SRC(code), xlat);
		print_or(out, &bpf_alu_op_names, BPF_OP(code), xlat);
		break;
	case BPF_JMP:
		print_or(out, &bpf_src_names, BPF_SRC(code), xlat);
		print_or(out, &bpf_jmp_op_names, BPF_OP(code), xlat);
		break;
	case BPF_RET:
		print_or(out, &bpf_rval_names, BPF_RVAL(code), xlat);
		print_rest(out, rest & ~BPF_RVAL(code), xlat);
		break;
	}
}

/* An offset from a named base: SKF_NET_OFF+8, under -X raw 0xfff00000+8. */
static void print_base(struct strbuf *out, uint32_t base, const char *name, int xlat)
{
	char raw[16];

	snprintf(raw, sizeof(raw), "%#x", base);
	print_xlat_text(out, xlat, raw, name);
	strbuf_addc(out, '+');
}

/* A load's k: the SKF_* areas by name, else false. */
static bool print_sock_k(struct strbuf *out, unsigned code, uint32_t k, int xlat)
{
	if (BPF_CLASS(code) != BPF_LD || BPF_MODE(code) != BPF_ABS)
		return false;
	if (k >= (uint32_t)SKF_AD_OFF) {
		print_base(out, (uint32_t)SKF_AD_OFF, "SKF_AD_OFF", xlat);
		print_enum_x(out, &skf_ad_names, k - (uint32_t)SKF_AD_OFF, xlat);
	} else if (k >= (uint32_t)SKF_NET_OFF) {
		print_base(out, (uint32_t)SKF_NET_OFF, "SKF_NET_OFF", xlat);
		strbuf_addf(out, "%u", k - (uint32_t)SKF_NET_OFF);
	} else if (k >= (uint32_t)SKF_LL_OFF) {
		print_base(out, (uint32_t)SKF_LL_OFF, "SKF_LL_OFF", xlat);
		strbuf_addf(out, "%u", k - (uint32_t)SKF_LL_OFF);
	} else {
		return false;
	}
	return true;
}

static void print_insn(struct strbuf *out, const char *p, int xlat)
{
	unsigned code = load_u16(p, 0), jt = (unsigned char)p[2], jf = (unsigned char)p[3];
	uint32_t k = load_u32(p, 4);

	if (jt || jf) {
		strbuf_adds(out, "BPF_JUMP(");
		print_code(out, code, xlat);
		strbuf_addf(out, ", %#x, %#x, %#x)", k, jt, jf);
		return;
	}
	strbuf_adds(out, "BPF_STMT(");
	print_code(out, code, xlat);
	strbuf_adds(out, ", ");
	if (!print_sock_k(out, code, k, xlat))
		strbuf_addf(out, "%#x", k);
	strbuf_addc(out, ')');
}

void print_sock_filter_array(struct strbuf *out, uint64_t addr, const char *p, unsigned have,
			     unsigned n, const struct decode_opts *o)
{
	unsigned shown = n < o->str_max ? n : o->str_max;

	if (!o->verbose || !p || have < shown * INSN_SIZE) {
		fmt_addr(out, addr);
		return;
	}
	strbuf_addc(out, '[');
	for (unsigned k = 0; k < shown; k++) {
		if (k)
			strbuf_adds(out, ", ");
		print_insn(out, p + k * INSN_SIZE, o->xlat);
	}
	if (shown < n)
		strbuf_adds(out, ", ...");
	strbuf_addc(out, ']');
}

void print_sock_filter_insns(struct strbuf *out, uint64_t addr, const char *p, unsigned have,
			     unsigned n, const struct decode_opts *o)
{
	unsigned shown = n < o->str_max ? n : o->str_max;

	strbuf_addc(out, '[');
	for (unsigned k = 0; k < shown; k++) {
		if (k)
			strbuf_adds(out, ", ");
		if ((k + 1) * INSN_SIZE > have) { /* strace's print_array at an unreadable element */
			strbuf_addf(out, "... /* %#llx */]", (unsigned long long)(addr + k * INSN_SIZE));
			return;
		}
		print_insn(out, p + k * INSN_SIZE, o->xlat);
	}
	if (shown < n)
		strbuf_adds(out, ", ...");
	strbuf_addc(out, ']');
}

void print_sock_fprog(struct strbuf *out, const struct sc_event *ev, unsigned i, const char *p,
		      const struct decode_opts *o)
{
	const struct sct_blob *insns = fmt_aux_blob(ev, i, SCT_AUX_POINTEE, false);
	unsigned n = load_u16(p, 0);
	uint64_t filter = load_u64(p, 8);

	strbuf_addf(out, "{len=%u, filter=", n);
	print_sock_filter_array(out, filter, insns ? sct_blob_data(insns) : NULL,
				insns ? insns->len : 0, n, o);
	strbuf_addc(out, '}');
}
