// SPDX-License-Identifier: MIT
/*
 * seccomp(2) as strace 6.1 prints it, and the struct sock_fprog that it and
 * prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER) pass: {len=2, filter=[...]},
 * the instructions as BPF_STMT(code, k) and BPF_JUMP(code, k, jt, jf) with
 * the code's parts by name, under -v only (an address otherwise).
 *
 * Captures (SCT_CAP_FPROG): the third argument's first 16 bytes at entry and
 * at exit (the program header, GET_ACTION_AVAIL's action, GET_NOTIF_SIZES'
 * sizes), and at entry the filter (SCT_AUX_POINTEE), each as far as its first
 * page can be read.
 */
#include <stdio.h>
#include <linux/filter.h>
#include <linux/seccomp.h>

#include "flags.h"
#include "fmt.h"
#include "xlat_prctl.h"
#include "xlat_sockets.h" /* the classic BPF tables */

#define BPF_MAX_INSNS 4096 /* BPF_MAXINSNS: strace prints no more */

/* The code's parts: BPF_LD|BPF_W|BPF_ABS; each a number under -X raw */
static void print_bpf_code(struct strbuf *out, uint16_t code, int xlat)
{
	unsigned cls = BPF_CLASS(code), rest = code & ~BPF_CLASS(code);

	print_enum_x(out, &bpf_class_names, cls, xlat);
	switch (cls) {
	case BPF_LD:
	case BPF_LDX:
		strbuf_addc(out, '|');
		print_enum_x(out, &bpf_size_names, BPF_SIZE(code), xlat);
		strbuf_addc(out, '|');
		print_enum_x(out, &bpf_mode_names, BPF_MODE(code), xlat);
		return;
	case BPF_ALU:
	case BPF_JMP:
		strbuf_addc(out, '|');
		print_enum_x(out, &bpf_src_names, BPF_SRC(code), xlat);
		strbuf_addc(out, '|');
		print_enum_x(out, cls == BPF_ALU ? &bpf_alu_op_names : &bpf_jmp_op_names,
			     BPF_OP(code), xlat);
		return;
	case BPF_MISC:
		strbuf_addc(out, '|');
		print_enum_x(out, &bpf_miscop_names, BPF_MISCOP(code), xlat);
		rest &= ~BPF_MISCOP(code);
		break;
	case BPF_RET:
		strbuf_addc(out, '|');
		print_enum_x(out, &bpf_rval_names, BPF_RVAL(code), xlat);
		rest &= ~BPF_RVAL(code);
		break;
	default: /* BPF_ST, BPF_STX */
		break;
	}
	if (rest)
		strbuf_addf(out, "|%#x /* BPF_??? */", rest);
}

/* One instruction; a return's k is a seccomp action and its data. */
void print_seccomp_insn(struct strbuf *out, const uint8_t *p, int xlat)
{
	uint16_t code = load_u16(p, 0);
	uint8_t jt = p[2], jf = p[3];
	uint32_t k = load_u32(p, 4);

	strbuf_adds(out, jt || jf ? "BPF_JUMP(" : "BPF_STMT(");
	print_bpf_code(out, code, xlat);
	strbuf_adds(out, ", ");
	if (jt || jf) {
		strbuf_addf(out, "%#x, %#x, %#x)", k, jt, jf);
		return;
	}
	if (BPF_CLASS(code) == BPF_RET) {
		print_enum_x(out, &seccomp_ret_names, k & SECCOMP_RET_ACTION_FULL, xlat);
		if (k & ~SECCOMP_RET_ACTION_FULL)
			strbuf_addf(out, "|%#x", k & ~SECCOMP_RET_ACTION_FULL);
	} else {
		strbuf_addf(out, "%#x", k);
	}
	strbuf_addc(out, ')');
}

/* filter=[...]: the instructions read, "... / * address * /" where reading stopped. */
static void print_filter(struct strbuf *out, const struct sc_event *ev, unsigned i,
			 uint64_t addr, unsigned len, int xlat)
{
	const struct sct_blob *b = NULL;
	unsigned have, n;

	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++)
		if (ev->blobs[k]->arg == i && ev->blobs[k]->kind == SCT_BLOB_MEM &&
		    ev->blobs[k]->aux == SCT_AUX_POINTEE)
			b = ev->blobs[k];
	if (!addr) {
		strbuf_adds(out, "NULL");
		return;
	}
	if (!len) {
		strbuf_adds(out, "[]");
		return;
	}
	have = b && (!(b->flags & SCT_BLOB_FAULT) || (b->flags & SCT_BLOB_SHORT)) ? b->len / 8 : 0;
	if (!have) {
		fmt_addr(out, addr);
		return;
	}
	n = len < have ? len : have;
	strbuf_addc(out, '[');
	for (unsigned k = 0; k < n && k < BPF_MAX_INSNS; k++) {
		if (k)
			strbuf_adds(out, ", ");
		print_seccomp_insn(out, (const uint8_t *)sct_blob_data(b) + k * 8, xlat);
	}
	if (n >= BPF_MAX_INSNS && len > BPF_MAX_INSNS)
		strbuf_adds(out, ", ...");
	else if (n < len && (b->flags & SCT_BLOB_SHORT))
		strbuf_addf(out, ", ... /* %#llx */", (unsigned long long)(addr + n * 8));
	else if (n < len)
		strbuf_adds(out, ", ...");
	strbuf_addc(out, ']');
}

void print_seccomp_fprog(struct strbuf *out, const struct sc_event *ev, unsigned i,
			 const struct decode_opts *o)
{
	const uint8_t *p = prctl_arg_mem(ev, i, 16, true, NULL);
	uint64_t filter;

	if (!ev->args[i] || !p) {
		fmt_addr(out, ev->args[i]);
		return;
	}
	filter = load_u64(p, 8);
	strbuf_addf(out, "{len=%u, filter=", load_u16(p, 0));
	if (o->verbose)
		print_filter(out, ev, i, filter, load_u16(p, 0), o->xlat);
	else
		fmt_addr(out, filter);
	strbuf_addc(out, '}');
}

bool fmt_seccomp_op(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	print_enum_x(out, &seccomp_op_names, (uint32_t)ev->args[i], o->xlat);
	return true;
}

bool fmt_seccomp_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct decode_opts *o)
{
	if ((uint32_t)ev->args[0] == SECCOMP_SET_MODE_FILTER)
		print_flags_x(out, &seccomp_filter_flag_names, (uint32_t)ev->args[i], o->xlat);
	else
		strbuf_addf(out, "%#x", (uint32_t)ev->args[i]);
	return true;
}

bool fmt_seccomp_arg(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	const uint8_t *p;

	switch ((uint32_t)ev->args[0]) {
	case SECCOMP_SET_MODE_FILTER:
		print_seccomp_fprog(out, ev, i, o);
		return true;
	case SECCOMP_GET_ACTION_AVAIL: /* read at entry */
		if (!ev->args[i] || !(p = prctl_arg_mem(ev, i, 4, true, NULL)))
			break;
		strbuf_addc(out, '[');
		print_enum_x(out, &seccomp_ret_names, load_u32(p, 0), o->xlat);
		strbuf_addc(out, ']');
		return true;
	case SECCOMP_GET_NOTIF_SIZES: /* written by the call */
		if (!ev->args[i] || sc_event_failed(ev) ||
		    !(p = prctl_arg_mem(ev, i, 6, false, NULL)))
			break;
		strbuf_addf(out, "{seccomp_notif=%u, seccomp_notif_resp=%u, seccomp_data=%u}",
			    load_u16(p, 0), load_u16(p, 2), load_u16(p, 4));
		return true;
	default:
		break;
	}
	fmt_addr(out, ev->args[i]);
	return true;
}
