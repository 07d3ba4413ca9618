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
 * Captures (SCT_CAP_MEM_PAGE, as far as the first page goes, so that a value
 * at the end of a page is seen as strace sees it): the second argument's 16
 * bytes (the name PR_SET_NAME passes or PR_GET_NAME gets, the int or pointer
 * PR_GET_PDEATHSIG and friends write; a number passed by value makes the read
 * fault, which is fine), the third as a struct sock_fprog (SCT_CAP_FPROG,
 * PR_SET_SECCOMP's filter, printed by seccomp.c), the fifth's -s + 1 bytes
 * (PR_SET_VMA's name, PR_SCHED_CORE_GET's cookie).
 *
 * Also here: arch_prctl's argument and result, and personality.
 */
#include <stdio.h>
#include <asm/prctl.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>

#include "flags.h"
#include "fmt.h"
#include "xlat_prctl.h"

#define TASK_COMM_LEN 16
#define VL_LEN_MASK 0xffffULL /* PR_SVE_VL_LEN_MASK, PR_SME_VL_LEN_MASK */
#define MTE_TAG_SHIFT 3 /* PR_MTE_TAG_SHIFT */

/* How one argument prints. */
enum prctl_kind {
	PK_END = 0, /* no more arguments */
	PK_DEC, /* unsigned long, decimal */
	PK_SDEC, /* long, decimal */
	PK_HEX, /* 0x5, 0 */
	PK_PTR, /* NULL, 0x7ff... */
	PK_SIG, /* SIGTERM, 0, or the number above 128 */
	PK_ENUM, /* a value of tab */
	PK_ENUM32, /* the same, of the low 32 bits */
	PK_FLAGS, /* bits of tab */
	PK_FLAGS32, /* the same, of the low 32 bits */
	PK_NAME_IN, /* the task name passed: "name", at most 15 bytes */
	PK_NAME_OUT, /* the task name written */
	PK_OUT_UINT, /* [1] */
	PK_OUT_SIG, /* [SIGTERM] */
	PK_OUT_ENUM, /* [PR_TSC_ENABLE] */
	PK_OUT_FLAGS, /* [PR_UNALIGN_NOPRINT] */
	PK_OUT_PTR, /* [0x7f...], [NULL] */
	PK_STR, /* a string (the fifth argument) */
	PK_PTRACER, /* a pid, or PR_SET_PTRACER_ANY */
	PK_VL, /* PR_SVE_SET_VL_ONEXEC|0x100: flags of tab and a vector length */
	PK_TAGGED, /* PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_SYNC|0x1<<PR_MTE_TAG_SHIFT */
	PK_FPROG, /* struct sock_fprog: {len=1, filter=...} */
	PK_CORE_PID, /* PR_SCHED_CORE's pid, of the type the next argument gives */
	PK_PIDTYPE, /* 0 / * PIDTYPE_PID * / */
	PK_CORE_OUT, /* PR_SCHED_CORE_GET's cookie: [0x...]; other commands an address */
};

/* How the result prints. */
enum prctl_ret {
	PR_RET_INT = 0,
	PR_RET_ENUM, /* 1 (SUID_DUMP_USER) */
	PR_RET_FLAGS, /* 0x10 (SECBIT_KEEP_CAPS), 0 */
	PR_RET_VL, /* 0x20100 (PR_SVE_VL_INHERIT|0x100) */
	PR_RET_TAGGED, /* 0x3 (PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_SYNC), even 0 in hex */
	PR_RET_SPEC, /* bits of ret_tab for the three known speculation controls */
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
#define NONE K(PK_END)

static const struct prctl_row rows[] = {
	{ .option = PR_SET_PDEATHSIG, .arg1 = ANY, .kind = K(PK_SIG) },
	{ .option = PR_GET_PDEATHSIG, .arg1 = ANY, .kind = K(PK_OUT_SIG) },
	{ .option = PR_GET_DUMPABLE, .arg1 = ANY, .kind = NONE,
	  .ret = PR_RET_ENUM, .ret_tab = &dumpable_names },
	{ .option = PR_SET_DUMPABLE, .arg1 = ANY, .kind = K(PK_ENUM), .tab = { &dumpable_names } },
	{ .option = PR_GET_UNALIGN, .arg1 = ANY, .kind = K(PK_OUT_FLAGS),
	  .tab = { &pr_unalign_names } },
	{ .option = PR_SET_UNALIGN, .arg1 = ANY, .kind = K(PK_FLAGS32),
	  .tab = { &pr_unalign_names } },
	{ .option = PR_GET_KEEPCAPS, .arg1 = ANY, .kind = NONE },
	{ .option = PR_SET_KEEPCAPS, .arg1 = ANY, .kind = K(PK_DEC) },
	{ .option = PR_GET_FPEMU, .arg1 = ANY, .kind = K(PK_OUT_UINT) },
	{ .option = PR_SET_FPEMU, .arg1 = ANY, .kind = K(PK_DEC) },
	{ .option = PR_GET_FPEXC, .arg1 = ANY, .kind = K(PK_OUT_UINT) },
	{ .option = PR_SET_FPEXC, .arg1 = ANY, .kind = K(PK_DEC) },
	{ .option = PR_GET_TIMING, .arg1 = ANY, .kind = NONE },
	{ .option = PR_SET_TIMING, .arg1 = ANY, .kind = K(PK_DEC) },
	{ .option = PR_SET_NAME, .arg1 = ANY, .kind = K(PK_NAME_IN) },
	{ .option = PR_GET_NAME, .arg1 = ANY, .kind = K(PK_NAME_OUT) },
	{ .option = PR_GET_ENDIAN, .arg1 = ANY, .kind = K(PK_OUT_UINT) },
	{ .option = PR_SET_ENDIAN, .arg1 = ANY, .kind = K(PK_DEC) },
	{ .option = PR_GET_SECCOMP, .arg1 = ANY, .kind = NONE },
	/* PR_SET_SECCOMP: STRICT alone, FILTER with its program, other modes with all four */
	{ .option = PR_SET_SECCOMP, .arg1 = SECCOMP_MODE_STRICT, .kind = K(PK_ENUM),
	  .tab = { &seccomp_mode_names } },
	{ .option = PR_SET_SECCOMP, .arg1 = SECCOMP_MODE_FILTER, .kind = K(PK_ENUM, PK_FPROG),
	  .tab = { &seccomp_mode_names } },
	{ .option = PR_SET_SECCOMP, .arg1 = ANY, .kind = K(PK_ENUM, PK_HEX, PK_HEX, PK_HEX),
	  .tab = { &seccomp_mode_names } },
	{ .option = PR_CAPBSET_READ, .arg1 = ANY, .kind = K(PK_ENUM),
	  .tab = { &capability_names } },
	{ .option = PR_CAPBSET_DROP, .arg1 = ANY, .kind = K(PK_ENUM),
	  .tab = { &capability_names } },
	{ .option = PR_GET_TSC, .arg1 = ANY, .kind = K(PK_OUT_ENUM), .tab = { &tsc_names } },
	{ .option = PR_SET_TSC, .arg1 = ANY, .kind = K(PK_ENUM32), .tab = { &tsc_names } },
	{ .option = PR_GET_SECUREBITS, .arg1 = ANY, .kind = NONE,
	  .ret = PR_RET_FLAGS, .ret_tab = &securebits_names },
	{ .option = PR_SET_SECUREBITS, .arg1 = ANY, .kind = K(PK_FLAGS),
	  .tab = { &securebits_names } },
	{ .option = PR_SET_TIMERSLACK, .arg1 = ANY, .kind = K(PK_SDEC) },
	{ .option = PR_GET_TIMERSLACK, .arg1 = ANY, .kind = NONE },
	{ .option = PR_TASK_PERF_EVENTS_DISABLE, .arg1 = ANY, .kind = NONE },
	{ .option = PR_TASK_PERF_EVENTS_ENABLE, .arg1 = ANY, .kind = NONE },
	/* PR_MCE_KILL: PR_MCE_KILL_SET takes a policy */
	{ .option = PR_MCE_KILL, .arg1 = PR_MCE_KILL_SET,
	  .kind = K(PK_ENUM, PK_ENUM, PK_HEX, PK_HEX),
	  .tab = { &mce_kill_names, &mce_kill_policy_names } },
	{ .option = PR_MCE_KILL, .arg1 = ANY, .kind = K(PK_ENUM, PK_HEX, PK_HEX, PK_HEX),
	  .tab = { &mce_kill_names } },
	{ .option = PR_MCE_KILL_GET, .arg1 = ANY, .kind = HEX4,
	  .ret = PR_RET_ENUM, .ret_tab = &mce_kill_policy_names },
	{ .option = PR_SET_MM, .arg1 = ANY, .kind = K(PK_ENUM32, PK_HEX, PK_HEX, PK_HEX),
	  .tab = { &set_mm_names } },
	{ .option = PR_SET_CHILD_SUBREAPER, .arg1 = ANY, .kind = K(PK_DEC) },
	{ .option = PR_GET_CHILD_SUBREAPER, .arg1 = ANY, .kind = K(PK_OUT_UINT) },
	{ .option = PR_SET_NO_NEW_PRIVS, .arg1 = ANY, .kind = DEC_HEX3 },
	{ .option = PR_GET_TID_ADDRESS, .arg1 = ANY, .kind = K(PK_OUT_PTR) },
	{ .option = PR_SET_THP_DISABLE, .arg1 = ANY, .kind = DEC_HEX3 },
	{ .option = PR_SET_FP_MODE, .arg1 = ANY, .kind = K(PK_FLAGS32),
	  .tab = { &pr_fp_mode_names } },
	{ .option = PR_GET_FP_MODE, .arg1 = ANY, .kind = NONE,
	  .ret = PR_RET_FLAGS, .ret_tab = &pr_fp_mode_names },
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
	{ .option = PR_SVE_SET_VL, .arg1 = ANY, .kind = K(PK_VL), .tab = { &pr_sve_vl_names },
	  .ret = PR_RET_VL, .ret_tab = &pr_sve_vl_names },
	{ .option = PR_SVE_GET_VL, .arg1 = ANY, .kind = NONE,
	  .ret = PR_RET_VL, .ret_tab = &pr_sve_vl_names },
	{ .option = PR_SME_SET_VL, .arg1 = ANY, .kind = K(PK_VL), .tab = { &pr_sme_vl_names },
	  .ret = PR_RET_VL, .ret_tab = &pr_sme_vl_names },
	{ .option = PR_SME_GET_VL, .arg1 = ANY, .kind = NONE,
	  .ret = PR_RET_VL, .ret_tab = &pr_sme_vl_names },
	{ .option = PR_GET_SPECULATION_CTRL, .arg1 = ANY, .kind = K(PK_ENUM),
	  .tab = { &spec_names }, .ret = PR_RET_SPEC, .ret_tab = &pr_spec_get_names },
	/* PR_SET_SPECULATION_CTRL: the known controls take one of the values */
	{ .option = PR_SET_SPECULATION_CTRL, .arg1 = PR_SPEC_STORE_BYPASS,
	  .kind = K(PK_ENUM, PK_ENUM), .tab = { &spec_names, &pr_spec_set_names } },
	{ .option = PR_SET_SPECULATION_CTRL, .arg1 = PR_SPEC_INDIRECT_BRANCH,
	  .kind = K(PK_ENUM, PK_ENUM), .tab = { &spec_names, &pr_spec_set_names } },
	{ .option = PR_SET_SPECULATION_CTRL, .arg1 = PR_SPEC_L1D_FLUSH,
	  .kind = K(PK_ENUM, PK_ENUM), .tab = { &spec_names, &pr_spec_set_names } },
	{ .option = PR_SET_SPECULATION_CTRL, .arg1 = ANY, .kind = K(PK_ENUM, PK_HEX),
	  .tab = { &spec_names } },
	{ .option = PR_PAC_RESET_KEYS, .arg1 = ANY, .kind = K(PK_FLAGS, PK_HEX, PK_HEX, PK_HEX),
	  .tab = { &pr_pac_reset_key_names } },
	{ .option = PR_SET_TAGGED_ADDR_CTRL, .arg1 = ANY,
	  .kind = K(PK_TAGGED, PK_HEX, PK_HEX, PK_HEX) },
	{ .option = PR_GET_TAGGED_ADDR_CTRL, .arg1 = ANY, .kind = HEX4, .ret = PR_RET_TAGGED },
	{ .option = PR_SET_IO_FLUSHER, .arg1 = ANY, .kind = DEC_HEX3 },
	{ .option = PR_SET_SYSCALL_USER_DISPATCH, .arg1 = ANY,
	  .kind = K(PK_ENUM, PK_HEX, PK_HEX, PK_PTR), .tab = { &pr_sud_names } },
	{ .option = PR_PAC_SET_ENABLED_KEYS, .arg1 = ANY,
	  .kind = K(PK_FLAGS, PK_FLAGS, PK_HEX, PK_HEX),
	  .tab = { &pr_pac_key_names, &pr_pac_key_names } },
	{ .option = PR_PAC_GET_ENABLED_KEYS, .arg1 = ANY, .kind = HEX4,
	  .ret = PR_RET_FLAGS, .ret_tab = &pr_pac_key_names },
	{ .option = PR_SCHED_CORE, .arg1 = ANY,
	  .kind = K(PK_ENUM32, PK_CORE_PID, PK_PIDTYPE, PK_CORE_OUT),
	  .tab = { &pr_sched_core_names, NULL, &pidtype_names } },
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

/*
 * The memory of argument i the kernel side read (SCT_CAP_MEM_PAGE): the copy
 * at entry (first) or at exit, when it has at least len bytes; the part of a
 * read cut at the end of a page counts.
 */
const void *prctl_arg_mem(const struct sc_event *ev, unsigned i, unsigned len, bool first,
			  unsigned *got)
{
	const struct sct_blob *found = fmt_mem_blob(ev, i, first);

	if (!found || found->len < len)
		return NULL;
	if (fmt_blob_unreadable(found))
		return NULL;
	if (got)
		*got = found->len;
	return sct_blob_data(found);
}

/*
 * A string of at most len bytes as strace's printstr_ex reads it: -s + 1
 * bytes (len if fewer), shown up to a NUL or -s bytes, "..." when no NUL
 * came; false when fewer bytes than that could be read and none was a NUL
 * (strace's read fails: the address is printed).
 */
static bool print_read_str(struct strbuf *out, const char *p, unsigned got, unsigned len,
			   const struct decode_opts *o)
{
	unsigned read = o->str_max < len ? o->str_max + 1 : len;
	unsigned show = o->str_max < len ? o->str_max : len;
	const char *nul = memchr(p, 0, got < read ? got : read);

	if (!nul && got < read)
		return false;
	format_quoted(out, p, nul ? (unsigned)(nul - p) : show, !nul, o);
	return true;
}

/* PR_SET_NAME's name (15 bytes read), PR_GET_NAME's (16) */
static void print_task_name(struct strbuf *out, const struct sc_event *ev, unsigned i, bool in,
			    const struct decode_opts *o)
{
	unsigned got = 0;
	const char *p = prctl_arg_mem(ev, i, 0, in, &got);

	if (!ev->args[i] || !p || (!in && sc_event_failed(ev)) ||
	    !print_read_str(out, p, got, in ? TASK_COMM_LEN - 1 : TASK_COMM_LEN, o))
		fmt_addr(out, ev->args[i]);
}

/*
 * PR_SET_VMA's name: a string up to -s bytes, from the -s + 1 bytes read (or
 * a string blob, as logs before them hold).
 */
static void print_str(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	const struct sct_blob *b = sc_event_blob(ev, i);
	unsigned got = 0;
	const char *p;

	if (ev->args[i] && b && b->kind == SCT_BLOB_STR && !(b->flags & SCT_BLOB_FAULT)) {
		format_quoted(out, sct_blob_data(b), b->len < o->str_max ? b->len : o->str_max,
			      b->len > o->str_max || (b->flags & SCT_BLOB_TRUNC), o);
		return;
	}
	p = ev->args[i] ? prctl_arg_mem(ev, i, 0, true, &got) : NULL;
	if (!p || !print_read_str(out, p, got, o->str_max + 1, o))
		fmt_addr(out, ev->args[i]);
}

/* The int or pointer an option wrote, or the address after a failure (NULL if unreadable). */
static const char *out_value(struct strbuf *out, const struct sc_event *ev, unsigned i,
			     unsigned len)
{
	const char *p = prctl_arg_mem(ev, i, len, false, NULL);

	if (!ev->args[i] || !p || sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return NULL;
	}
	return p;
}

/* PR_SVE_SET_VL's PR_SVE_VL_INHERIT|0x100, as text for an argument or the result */
static void print_vl(struct strbuf *out, const struct flag_table *t, uint64_t v)
{
	uint64_t flags = v & ~VL_LEN_MASK;

	if (flags) {
		print_flag_bits(out, t, flags, false);
		strbuf_addc(out, '|');
	}
	strbuf_addf(out, "%#llx", (unsigned long long)(v & VL_LEN_MASK));
}

static void print_vl_arg(struct strbuf *out, const struct flag_table *t, uint64_t v, int xlat)
{
	if (xlat == XLAT_RAW) {
		strbuf_addf(out, "%#llx", (unsigned long long)v);
		return;
	}
	if (xlat == XLAT_VERBOSE && (v & ~VL_LEN_MASK)) {
		strbuf_addf(out, "%#llx /* ", (unsigned long long)v);
		print_vl(out, t, v);
		strbuf_adds(out, " */");
		return;
	}
	print_vl(out, t, v);
}

/* PR_TAGGED_ADDR_ENABLE|PR_MTE_TCF_SYNC|0x1<<PR_MTE_TAG_SHIFT|0xrest */
static void print_tagged(struct strbuf *out, uint64_t v)
{
	uint64_t tcf = v & PR_MTE_TCF_MASK, tag = v & PR_MTE_TAG_MASK;
	uint64_t rest = v & ~(uint64_t)(PR_TAGGED_ADDR_ENABLE | PR_MTE_TCF_MASK | PR_MTE_TAG_MASK);

	print_flags(out, &pr_tagged_addr_names, v & PR_TAGGED_ADDR_ENABLE);
	strbuf_addc(out, '|');
	print_enum(out, &pr_mte_tcf_names, tcf);
	if (tag)
		strbuf_addf(out, "|%#llx<<PR_MTE_TAG_SHIFT", (unsigned long long)(tag >> MTE_TAG_SHIFT));
	if (rest)
		strbuf_addf(out, "|%#llx", (unsigned long long)rest);
}

static void print_tagged_arg(struct strbuf *out, uint64_t v, int xlat)
{
	if (xlat != XLAT_ABBREV)
		strbuf_addf(out, "%#llx", (unsigned long long)v);
	if (xlat == XLAT_RAW)
		return;
	if (xlat == XLAT_VERBOSE)
		strbuf_adds(out, " /* ");
	print_tagged(out, v);
	if (xlat == XLAT_VERBOSE)
		strbuf_adds(out, " */");
}

static const enum pid_kind core_pid_kinds[] = { PID_KIND_TID, PID_KIND_TGID, PID_KIND_PGID,
						PID_KIND_SID };

static void print_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      enum prctl_kind kind, const struct flag_table *t, const struct decode_opts *o)
{
	const char *p;

	switch (kind) {
	case PK_OUT_UINT:
		if ((p = out_value(out, ev, i, 4)))
			strbuf_addf(out, "[%u]", load_u32(p, 0));
		break;
	case PK_OUT_SIG:
		if ((p = out_value(out, ev, i, 4))) {
			strbuf_addc(out, '[');
			print_signal_x(out, (int)load_u32(p, 0), o->xlat);
			strbuf_addc(out, ']');
		}
		break;
	case PK_OUT_ENUM:
	case PK_OUT_FLAGS:
		if ((p = out_value(out, ev, i, 4))) {
			strbuf_addc(out, '[');
			if (kind == PK_OUT_ENUM)
				print_enum_x(out, t, load_u32(p, 0), o->xlat);
			else
				print_flags_x(out, t, load_u32(p, 0), o->xlat);
			strbuf_addc(out, ']');
		}
		break;
	case PK_OUT_PTR:
		if ((p = out_value(out, ev, i, 8))) {
			strbuf_addc(out, '[');
			fmt_addr(out, load_u64(p, 0));
			strbuf_addc(out, ']');
		}
		break;
	default:
		break;
	}
}

bool fmt_prctl_arg(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	const struct prctl_row *r = prctl_row(ev);
	unsigned k = i - 1;
	uint64_t v = ev->args[i];

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
		if (v <= 128)
			print_signal_x(out, (int)v, o->xlat);
		else
			strbuf_addf(out, "%llu", (unsigned long long)v);
		break;
	case PK_ENUM:
		print_enum_x(out, r->tab[k], v, o->xlat);
		break;
	case PK_ENUM32:
		print_enum_x(out, r->tab[k], (uint32_t)v, o->xlat);
		break;
	case PK_FLAGS:
		print_flags_x(out, r->tab[k], v, o->xlat);
		break;
	case PK_FLAGS32:
		print_flags_x(out, r->tab[k], (uint32_t)v, o->xlat);
		break;
	case PK_NAME_IN:
	case PK_NAME_OUT:
		print_task_name(out, ev, i, r->kind[k] == PK_NAME_IN, o);
		break;
	case PK_OUT_UINT:
	case PK_OUT_SIG:
	case PK_OUT_ENUM:
	case PK_OUT_FLAGS:
	case PK_OUT_PTR:
		print_out(out, ev, i, (enum prctl_kind)r->kind[k], r->tab[k], o);
		break;
	case PK_STR:
		print_str(out, ev, i, o);
		break;
	case PK_PTRACER:
		/* strace compares the int: 0xffffffff is "any" too */
		if ((int)v == -1)
			print_xlat_text(out, o->xlat, "-1", "PR_SET_PTRACER_ANY");
		else
			decode_pid(out, (int)v, PID_KIND_TGID, o);
		break;
	case PK_VL:
		print_vl_arg(out, r->tab[k], v, o->xlat);
		break;
	case PK_TAGGED:
		print_tagged_arg(out, v, o->xlat);
		break;
	case PK_FPROG:
		print_seccomp_fprog(out, ev, i, o);
		break;
	case PK_CORE_PID:
		if ((uint32_t)ev->args[3] < 4)
			decode_pid(out, (int)v, core_pid_kinds[(uint32_t)ev->args[3]], o);
		else
			strbuf_addf(out, "%d", (int)v);
		break;
	case PK_PIDTYPE:
		print_enum_x(out, r->tab[k], (uint32_t)v, o->xlat == XLAT_RAW ? XLAT_RAW : XLAT_VERBOSE);
		break;
	case PK_CORE_OUT: {
		const char *p;

		if ((uint32_t)ev->args[1] != PR_SCHED_CORE_GET)
			fmt_addr(out, v);
		else if ((p = out_value(out, ev, i, 8)))
			strbuf_addf(out, "[%#llx]", (unsigned long long)load_u64(p, 0));
		break;
	}
	default:
		strbuf_addf(out, "%#llx", (unsigned long long)v);
		break;
	}
	return true;
}

/*
 * The bits of v as strace explains a result: NAME|NAME|0xrest, the zero name
 * for 0, nothing when no bit is known (or under -X raw).
 */
static bool print_ret_flags(struct strbuf *out, const struct flag_table *t, uint64_t v)
{
	if (!v) {
		if (!t->zero)
			return false;
		strbuf_adds(out, t->zero);
		return true;
	}
	if (!(v & flag_known_bits(t)))
		return false;
	print_flag_bits(out, t, v, false);
	return true;
}

/* " (text)" after the value, when there is text */
static void print_aux(struct strbuf *out, const struct strbuf *aux)
{
	if (aux->data && aux->data[0])
		strbuf_addf(out, " (%s)", aux->data);
}

void print_prctl_ret(struct strbuf *out, const struct sc_event *ev, const struct decode_opts *o)
{
	const struct prctl_row *r = prctl_row(ev);
	uint64_t v = (uint64_t)ev->ret;
	const char *name = r->ret_tab ? flag_lookup(r->ret_tab, v) : NULL;
	bool raw = o && o->xlat == XLAT_RAW;
	bool spec = r->ret == PR_RET_SPEC && ev->args[1] <= PR_SPEC_L1D_FLUSH;
	struct strbuf aux;

	if (r->ret == PR_RET_ENUM) {
		strbuf_addf(out, "%lld", (long long)ev->ret);
		if (name)
			strbuf_addf(out, " (%s)", name);
		return;
	}
	if (!spec && r->ret != PR_RET_TAGGED && (!v || (r->ret != PR_RET_FLAGS && r->ret != PR_RET_VL))) {
		strbuf_addf(out, "%lld", (long long)ev->ret);
		return;
	}
	strbuf_addf(out, "%#llx", (unsigned long long)v);
	if (raw)
		return;
	strbuf_init(&aux);
	if (r->ret == PR_RET_VL) {
		if (v & ~VL_LEN_MASK)
			print_vl(&aux, r->ret_tab, v);
	} else if (r->ret == PR_RET_TAGGED) {
		print_tagged(&aux, v);
	} else {
		print_ret_flags(&aux, r->ret_tab, v);
	}
	print_aux(out, &aux);
	strbuf_free(&aux);
}

/* arch_prctl's second argument, by the code before it. */
bool fmt_arch_prctl_arg(struct strbuf *out, const struct sc_event *ev, unsigned i,
			const struct decode_opts *o)
{
	int xlat = o->xlat == XLAT_RAW ? XLAT_RAW : XLAT_VERBOSE;
	const char *p;

	switch (i ? (uint32_t)ev->args[i - 1] : 0) {
	case ARCH_GET_CPUID:
		return false;
	case ARCH_GET_FS:
	case ARCH_GET_GS:
		print_out(out, ev, i, PK_OUT_PTR, NULL, o);
		return true;
	case ARCH_GET_XCOMP_SUPP:
	case ARCH_GET_XCOMP_PERM:
	case ARCH_GET_XCOMP_GUEST_PERM:
		/* the features as a comment: their names are not in the uapi headers */
		if ((p = out_value(out, ev, i, 8))) {
			strbuf_addc(out, '[');
			print_flags_x(out, &x86_xfeature_mask_names, load_u64(p, 0), xlat);
			strbuf_addc(out, ']');
		}
		return true;
	case ARCH_REQ_XCOMP_PERM:
	case ARCH_REQ_XCOMP_GUEST_PERM:
		print_enum_x(out, &x86_xfeature_names, ev->args[i], xlat);
		return true;
	default:
		strbuf_addf(out, "%#llx", (unsigned long long)ev->args[i]);
		return true;
	}
}

/* ARCH_REQ_XCOMP_PERM returns the features now permitted: 0x60000 (XFEATURE_MASK_XTILE) */
void print_arch_prctl_ret(struct strbuf *out, const struct sc_event *ev,
			  const struct decode_opts *o)
{
	uint32_t code = (uint32_t)ev->args[0];
	struct strbuf aux;

	if (ev->ret <= 0 || (code != ARCH_REQ_XCOMP_PERM && code != ARCH_REQ_XCOMP_GUEST_PERM)) {
		strbuf_addf(out, "%lld", (long long)ev->ret);
		return;
	}
	strbuf_addf(out, "%#llx", (unsigned long long)ev->ret);
	if (o && o->xlat == XLAT_RAW)
		return;
	strbuf_init(&aux);
	print_ret_flags(&aux, &x86_xfeature_mask_names, (uint64_t)ev->ret);
	print_aux(out, &aux);
	strbuf_free(&aux);
}

/* PER_LINUX|ADDR_NO_RANDOMIZE: the type in the low byte, then flags (unknown ones plain) */
static void print_personality(struct strbuf *out, uint32_t v, int xlat)
{
	uint32_t flags = v & ~0xffu;

	print_enum_x(out, &personality_type_names, v & 0xff, xlat);
	if (!flags)
		return;
	strbuf_addc(out, '|');
	if (flags & flag_known_bits(&personality_flag_names))
		print_flags_x(out, &personality_flag_names, flags, xlat);
	else
		strbuf_addf(out, "%#x", flags);
}

bool fmt_personality(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	if ((uint32_t)ev->args[i] == 0xffffffff)
		strbuf_adds(out, "0xffffffff"); /* the query */
	else
		print_personality(out, (uint32_t)ev->args[i], o->xlat);
	return true;
}

/* The previous personality: 0x400000 (PER_LINUX|READ_IMPLIES_EXEC) */
void print_personality_ret(struct strbuf *out, const struct sc_event *ev,
			   const struct decode_opts *o)
{
	strbuf_addf(out, "%#llx (", (unsigned long long)ev->ret);
	print_personality(out, (uint32_t)ev->ret, o ? o->xlat : XLAT_ABBREV);
	strbuf_addc(out, ')');
}
