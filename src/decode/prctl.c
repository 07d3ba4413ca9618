// SPDX-License-Identifier: MIT
/*
 * prctl as strace 6.1 prints it: the option by name, then as many arguments
 * as strace shows for that option (PR_GET_DUMPABLE none, PR_SET_NAME one,
 * PR_SET_NO_NEW_PRIVS all four), each in its own form, and for a few options
 * the result explained: "1 (SUID_DUMP_USER)". One row per option (or per
 * option and first argument where the rest depends on it, as for
 * PR_SET_SECCOMP); options without a row print their four arguments in hex,
 * as strace does for the ones it does not decode.
 *
 * Captures (capture_plan.c): the second argument as 16 bytes read at exit
 * (the name PR_SET_NAME passes or PR_GET_NAME gets, the int or pointer
 * PR_GET_PDEATHSIG and friends write; a number passed by value makes the read
 * fault, which is fine), the fifth as a string (PR_SET_VMA's name).
 */
#include <stdio.h>
#include <asm/prctl.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>

#include "flags.h"
#include "fmt.h"

#define TASK_COMM_LEN 16

/* How one argument prints. */
enum prctl_kind {
	PK_END = 0, /* no more arguments */
	PK_DEC, /* unsigned long, decimal */
	PK_SDEC, /* long, decimal */
	PK_HEX, /* 0x5, 0 */
	PK_PTR, /* NULL, 0x7ff... */
	PK_SIG, /* SIGTERM, 0, or the number */
	PK_ENUM, /* a value of tab */
	PK_FLAGS, /* bits of tab */
	PK_NAME_IN, /* the task name passed: "name", at most 15 bytes */
	PK_NAME_OUT, /* the task name written */
	PK_OUT_INT, /* [1] */
	PK_OUT_SIG, /* [SIGTERM] */
	PK_OUT_ENUM, /* [PR_TSC_ENABLE] */
	PK_OUT_PTR, /* [0x7f...] */
	PK_STR, /* a string (the fifth argument) */
	PK_PTRACER, /* a pid, or PR_SET_PTRACER_ANY */
};

/* How the result prints. */
enum prctl_ret {
	PR_RET_INT = 0,
	PR_RET_ENUM, /* 1 (SUID_DUMP_USER) */
	PR_RET_FLAGS, /* 0x10 (SECBIT_KEEP_CAPS), 0 */
};

struct prctl_row {
	uint32_t option;
	int32_t arg1; /* the row applies when the second argument is this; -1: any */
	uint8_t kind[4];
	const struct flag_table *tab[4];
	uint8_t ret;
	const struct flag_table *ret_tab;
};

#define ANY (-1)
#define K(...) { __VA_ARGS__ }
#define HEX4 K(PK_HEX, PK_HEX, PK_HEX, PK_HEX)
#define DEC_HEX3 K(PK_DEC, PK_HEX, PK_HEX, PK_HEX)

static const struct prctl_row rows[] = {
	{ .option = PR_SET_PDEATHSIG, .arg1 = ANY, .kind = K(PK_SIG) },
	{ .option = PR_GET_PDEATHSIG, .arg1 = ANY, .kind = K(PK_OUT_SIG) },
	{ .option = PR_GET_DUMPABLE, .arg1 = ANY, .kind = K(PK_END),
	  .ret = PR_RET_ENUM, .ret_tab = &dumpable_names },
	{ .option = PR_SET_DUMPABLE, .arg1 = ANY, .kind = K(PK_ENUM), .tab = { &dumpable_names } },
	{ .option = PR_GET_UNALIGN, .arg1 = ANY, .kind = K(PK_PTR) },
	{ .option = PR_GET_KEEPCAPS, .arg1 = ANY, .kind = K(PK_END) },
	{ .option = PR_SET_KEEPCAPS, .arg1 = ANY, .kind = K(PK_DEC) },
	{ .option = PR_SET_FPEMU, .arg1 = ANY, .kind = K(PK_DEC) },
	{ .option = PR_GET_TIMING, .arg1 = ANY, .kind = K(PK_END) },
	{ .option = PR_SET_TIMING, .arg1 = ANY, .kind = K(PK_DEC) },
	{ .option = PR_SET_NAME, .arg1 = ANY, .kind = K(PK_NAME_IN) },
	{ .option = PR_GET_NAME, .arg1 = ANY, .kind = K(PK_NAME_OUT) },
	{ .option = PR_SET_ENDIAN, .arg1 = ANY, .kind = K(PK_DEC) },
	{ .option = PR_GET_SECCOMP, .arg1 = ANY, .kind = K(PK_END) },
	/* PR_SET_SECCOMP: STRICT alone, FILTER with its program, other modes with all four */
	{ .option = PR_SET_SECCOMP, .arg1 = SECCOMP_MODE_STRICT, .kind = K(PK_ENUM),
	  .tab = { &seccomp_mode_names } },
	{ .option = PR_SET_SECCOMP, .arg1 = SECCOMP_MODE_FILTER, .kind = K(PK_ENUM, PK_PTR),
	  .tab = { &seccomp_mode_names } },
	{ .option = PR_SET_SECCOMP, .arg1 = ANY, .kind = K(PK_ENUM, PK_HEX, PK_HEX, PK_HEX),
	  .tab = { &seccomp_mode_names } },
	{ .option = PR_CAPBSET_READ, .arg1 = ANY, .kind = K(PK_ENUM),
	  .tab = { &capability_names } },
	{ .option = PR_CAPBSET_DROP, .arg1 = ANY, .kind = K(PK_ENUM),
	  .tab = { &capability_names } },
	{ .option = PR_GET_TSC, .arg1 = ANY, .kind = K(PK_OUT_ENUM), .tab = { &tsc_names } },
	{ .option = PR_SET_TSC, .arg1 = ANY, .kind = K(PK_ENUM), .tab = { &tsc_names } },
	{ .option = PR_GET_SECUREBITS, .arg1 = ANY, .kind = K(PK_END),
	  .ret = PR_RET_FLAGS, .ret_tab = &securebits_names },
	{ .option = PR_SET_SECUREBITS, .arg1 = ANY, .kind = K(PK_FLAGS),
	  .tab = { &securebits_names } },
	{ .option = PR_SET_TIMERSLACK, .arg1 = ANY, .kind = K(PK_SDEC) },
	{ .option = PR_GET_TIMERSLACK, .arg1 = ANY, .kind = K(PK_END) },
	{ .option = PR_TASK_PERF_EVENTS_DISABLE, .arg1 = ANY, .kind = K(PK_END) },
	{ .option = PR_TASK_PERF_EVENTS_ENABLE, .arg1 = ANY, .kind = K(PK_END) },
	/* PR_MCE_KILL: PR_MCE_KILL_SET takes a policy */
	{ .option = PR_MCE_KILL, .arg1 = PR_MCE_KILL_SET,
	  .kind = K(PK_ENUM, PK_ENUM, PK_HEX, PK_HEX),
	  .tab = { &mce_kill_names, &mce_kill_policy_names } },
	{ .option = PR_MCE_KILL, .arg1 = ANY, .kind = K(PK_ENUM, PK_HEX, PK_HEX, PK_HEX),
	  .tab = { &mce_kill_names } },
	{ .option = PR_MCE_KILL_GET, .arg1 = ANY, .kind = HEX4,
	  .ret = PR_RET_ENUM, .ret_tab = &mce_kill_policy_names },
	{ .option = PR_SET_MM, .arg1 = ANY, .kind = K(PK_ENUM, PK_HEX, PK_HEX, PK_HEX),
	  .tab = { &set_mm_names } },
	{ .option = PR_SET_CHILD_SUBREAPER, .arg1 = ANY, .kind = K(PK_DEC) },
	{ .option = PR_GET_CHILD_SUBREAPER, .arg1 = ANY, .kind = K(PK_OUT_INT) },
	{ .option = PR_SET_NO_NEW_PRIVS, .arg1 = ANY, .kind = DEC_HEX3 },
	{ .option = PR_GET_NO_NEW_PRIVS, .arg1 = ANY, .kind = HEX4 },
	{ .option = PR_GET_TID_ADDRESS, .arg1 = ANY, .kind = K(PK_OUT_PTR) },
	{ .option = PR_SET_THP_DISABLE, .arg1 = ANY, .kind = DEC_HEX3 },
	{ .option = PR_GET_THP_DISABLE, .arg1 = ANY, .kind = HEX4 },
	{ .option = PR_GET_FP_MODE, .arg1 = ANY, .kind = K(PK_END) },
	/* PR_CAP_AMBIENT: IS_SET, RAISE and LOWER take a capability */
	{ .option = PR_CAP_AMBIENT, .arg1 = PR_CAP_AMBIENT_IS_SET,
	  .kind = K(PK_ENUM, PK_ENUM, PK_HEX, PK_HEX),
	  .tab = { &cap_ambient_names, &capability_names } },
	{ .option = PR_CAP_AMBIENT, .arg1 = PR_CAP_AMBIENT_RAISE,
	  .kind = K(PK_ENUM, PK_ENUM, PK_HEX, PK_HEX),
	  .tab = { &cap_ambient_names, &capability_names } },
	{ .option = PR_CAP_AMBIENT, .arg1 = PR_CAP_AMBIENT_LOWER,
	  .kind = K(PK_ENUM, PK_ENUM, PK_HEX, PK_HEX),
	  .tab = { &cap_ambient_names, &capability_names } },
	{ .option = PR_CAP_AMBIENT, .arg1 = ANY, .kind = K(PK_ENUM, PK_HEX, PK_HEX, PK_HEX),
	  .tab = { &cap_ambient_names } },
	{ .option = PR_GET_SPECULATION_CTRL, .arg1 = ANY, .kind = K(PK_ENUM),
	  .tab = { &spec_names }, .ret = PR_RET_FLAGS, .ret_tab = &spec_ctrl_names },
	{ .option = PR_SET_SPECULATION_CTRL, .arg1 = ANY, .kind = K(PK_ENUM, PK_FLAGS),
	  .tab = { &spec_names, &spec_ctrl_names } },
	{ .option = PR_SET_IO_FLUSHER, .arg1 = ANY, .kind = DEC_HEX3 },
	{ .option = PR_GET_IO_FLUSHER, .arg1 = ANY, .kind = HEX4 },
	{ .option = PR_SET_PTRACER, .arg1 = ANY, .kind = K(PK_PTRACER) },
	/* PR_SET_VMA: PR_SET_VMA_ANON_NAME's range and name */
	{ .option = PR_SET_VMA, .arg1 = PR_SET_VMA_ANON_NAME,
	  .kind = K(PK_ENUM, PK_PTR, PK_DEC, PK_STR), .tab = { &set_vma_names } },
	{ .option = PR_SET_VMA, .arg1 = ANY, .kind = K(PK_ENUM, PK_HEX, PK_HEX, PK_HEX),
	  .tab = { &set_vma_names } },
};

static const struct prctl_row generic = { .option = 0, .arg1 = ANY, .kind = HEX4 };

static const struct prctl_row *prctl_row(const struct sc_event *ev)
{
	for (unsigned k = 0; k < sizeof(rows) / sizeof(rows[0]); k++)
		if (rows[k].option == (uint32_t)ev->args[0] &&
		    (rows[k].arg1 == ANY || (uint64_t)rows[k].arg1 == ev->args[1]))
			return &rows[k];
	return &generic;
}

bool fmt_prctl_option(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	print_enum_x(out, &prctl_option_names, (uint32_t)ev->args[i], o->xlat);
	return true;
}

/* PR_SET_NAME: up to the NUL within 16 bytes, 15 bytes and "..." when there is none. */
static void print_task_name(struct strbuf *out, const struct sc_event *ev, unsigned i, bool in,
			    const struct decode_opts *o)
{
	const struct sct_blob *b = fmt_mem(ev, i, 1);
	const char *p, *nul;
	unsigned n, max = TASK_COMM_LEN - 1;

	if (!ev->args[i] || !b || (!in && sc_event_failed(ev))) {
		fmt_addr(out, ev->args[i]);
		return;
	}
	p = sct_blob_data(b);
	nul = memchr(p, 0, b->len < TASK_COMM_LEN ? b->len : TASK_COMM_LEN);
	n = nul ? (unsigned)(nul - p) : max;
	if (o->str_max < max)
		max = o->str_max;
	format_quoted(out, p, n < max ? n : max, n > max || (!nul && in), o);
}

/* [VALUE] of an int or pointer the call wrote; the address after a failure. */
static const char *out_value(struct strbuf *out, const struct sc_event *ev, unsigned i,
			     unsigned len)
{
	return fmt_struct(out, ev, i, len, true);
}

bool fmt_prctl_arg(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	const struct prctl_row *r = prctl_row(ev);
	unsigned k = i - 1;
	uint64_t v = ev->args[i];
	const char *p;

	if (!i || k >= 4 || r->kind[k] == PK_END)
		return false;
	for (unsigned j = 0; j < k; j++)
		if (r->kind[j] == PK_END)
			return false;
	switch (r->kind[k]) {
	case PK_DEC:
		strbuf_addf(out, "%llu", (unsigned long long)v);
		break;
	case PK_SDEC:
		strbuf_addf(out, "%lld", (long long)v);
		break;
	case PK_PTR:
		fmt_addr(out, v);
		break;
	case PK_SIG:
		if (v <= 0x7fffffff)
			print_signal_x(out, (int)v, o->xlat);
		else
			strbuf_addf(out, "%llu", (unsigned long long)v);
		break;
	case PK_ENUM:
		print_enum_x(out, r->tab[k], v, o->xlat);
		break;
	case PK_FLAGS:
		print_flags_x(out, r->tab[k], v, o->xlat);
		break;
	case PK_NAME_IN:
	case PK_NAME_OUT:
		print_task_name(out, ev, i, r->kind[k] == PK_NAME_IN, o);
		break;
	case PK_OUT_INT:
		if ((p = out_value(out, ev, i, 4)))
			strbuf_addf(out, "[%d]", (int)load_u32(p, 0));
		break;
	case PK_OUT_SIG:
		if ((p = out_value(out, ev, i, 4))) {
			strbuf_addc(out, '[');
			print_signal_x(out, (int)load_u32(p, 0), o->xlat);
			strbuf_addc(out, ']');
		}
		break;
	case PK_OUT_ENUM:
		if ((p = out_value(out, ev, i, 4))) {
			strbuf_addc(out, '[');
			print_enum_x(out, r->tab[k], load_u32(p, 0), o->xlat);
			strbuf_addc(out, ']');
		}
		break;
	case PK_OUT_PTR:
		if ((p = out_value(out, ev, i, 8)))
			strbuf_addf(out, "[%#llx]", (unsigned long long)load_u64(p, 0));
		break;
	case PK_STR: {
		const struct sct_blob *b = sc_event_blob(ev, i);

		if (!v || !b || b->kind != SCT_BLOB_STR || (b->flags & SCT_BLOB_FAULT))
			fmt_addr(out, v);
		else
			format_quoted(out, sct_blob_data(b), b->len < o->str_max ? b->len : o->str_max,
				      b->len > o->str_max || (b->flags & SCT_BLOB_TRUNC), o);
		break;
	}
	case PK_PTRACER:
		/* strace compares the int: 0xffffffff is "any" too */
		if ((int)v == -1)
			print_xlat_text(out, o->xlat, "0xffffffff", "PR_SET_PTRACER_ANY");
		else
			strbuf_addf(out, "%d", (int)v);
		break;
	default:
		strbuf_addf(out, "%#llx", (unsigned long long)v);
		break;
	}
	return true;
}

void print_prctl_ret(struct strbuf *out, const struct sc_event *ev)
{
	const struct prctl_row *r = prctl_row(ev);
	uint64_t v = (uint64_t)ev->ret;
	const char *name = r->ret_tab ? flag_lookup(r->ret_tab, v) : NULL;

	if (r->ret == PR_RET_ENUM && name) {
		strbuf_addf(out, "%lld (%s)", (long long)ev->ret, name);
	} else if (r->ret == PR_RET_FLAGS && v) {
		strbuf_addf(out, "%#llx (", (unsigned long long)v);
		print_flags(out, r->ret_tab, v);
		strbuf_addc(out, ')');
	} else {
		strbuf_addf(out, "%lld", (long long)ev->ret);
	}
}

/* arch_prctl's second argument, by the code before it: none, a number, the address written. */
bool fmt_arch_prctl_arg(struct strbuf *out, const struct sc_event *ev, unsigned i,
			const struct decode_opts *o)
{
	const struct sct_blob *b;

	(void)o;
	switch (i ? (uint32_t)ev->args[i - 1] : 0) {
	case ARCH_GET_CPUID:
		return false;
	case ARCH_SET_CPUID:
		strbuf_addf(out, "%d", (int)ev->args[i]);
		return true;
	case ARCH_GET_FS:
	case ARCH_GET_GS:
		b = fmt_arg_mem(ev, i, 8);
		if (!b || sc_event_failed(ev)) {
			fmt_addr(out, ev->args[i]);
			return true;
		}
		strbuf_addf(out, "[%#llx]", (unsigned long long)load_u64(sct_blob_data(b), 0));
		return true;
	default:
		return fmt_hex(out, ev, i, o);
	}
}
