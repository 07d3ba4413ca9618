// SPDX-License-Identifier: MIT
/*
 * ptrace as strace 6.1 prints it (its ptrace.c, ptrace_syscall_info.c): the
 * request, then pid, addr and data as the request gives them meaning, some
 * not printed at all (PTRACE_TRACEME prints the request alone). What data
 * points to is read at exit (PTRACE_GET_SYSCALL_INFO's struct, PEEK's word,
 * GETSIGINFO's siginfo) and at entry for the SET requests; the register
 * sets are ptrace_regs.c's.
 */
#include <linux/audit.h>
#include <linux/ptrace.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/reg.h>
#include <sys/user.h>

#include "fmt.h"
#include "ptrace_regs.h"
#include "syscall_table.h"
#include "xlat_ioctl.h"
#include "xlat_prctl.h"
#include "xlat_proc.h"

#define SIGINFO_SIZE 128
#define PSI_ARCH_END 8 /* struct ptrace_syscall_info: op, arch, ... */
#define PSI_IP_END 16
#define PSI_SP_END 24
#define PSI_NR_END 32
#define PSI_ARGS 32
#define PSI_EXIT_SIZE 33
#define PSI_SECCOMP_SIZE 84
#define IOVEC_SIZE 16
#define NT_PRSTATUS 1
#define NT_FPREGSET 2
#define SECCOMP_METADATA_SIZE 16 /* struct seccomp_metadata: filter_off, flags */

static uint64_t request(const struct sc_event *ev)
{
	return ev->args[0];
}

bool fmt_ptrace_request(struct strbuf *out, const struct sc_event *ev, unsigned i,
			const struct decode_opts *o)
{
	print_enum_x(out, &ptrace_cmd_names, ev->args[i], o->xlat);
	return true;
}

/* PTRACE_TRACEME has no pid */
bool fmt_ptrace_pid(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	if (request(ev) == PTRACE_TRACEME)
		return false;
	return fmt_pid_tgid(out, ev, i, o);
}

/* Requests that print no addr and no data; and those whose data is registers (in addr's place). */
static bool no_addr(uint64_t req)
{
	return req == PTRACE_TRACEME || req == PTRACE_ATTACH || req == PTRACE_INTERRUPT ||
	       req == PTRACE_KILL || req == PTRACE_LISTEN;
}

static bool regs_req(uint64_t req)
{
	return req == PTRACE_GETREGS || req == PTRACE_SETREGS || req == PTRACE_GETFPREGS ||
	       req == PTRACE_SETFPREGS;
}

/*
 * PEEKUSER's and POKEUSER's offsets in struct user, as strace names them:
 * registers as 8 times their sys/reg.h index, the other fields by offsetof.
 */
#define UREG(r) { 8 * (r), "8*" #r }
#define UOFF(f) { offsetof(struct user, f), "offsetof(struct user, " #f ")" }
static const struct user_offset {
	uint64_t off;
	const char *name;
} user_offsets[] = {
	UREG(R15), UREG(R14), UREG(R13), UREG(R12), UREG(RBP), UREG(RBX), UREG(R11),
	UREG(R10), UREG(R9), UREG(R8), UREG(RAX), UREG(RCX), UREG(RDX), UREG(RSI),
	UREG(RDI), UREG(ORIG_RAX), UREG(RIP), UREG(CS), { 8 * EFLAGS, "8*EFL" },
	UREG(RSP), UREG(SS), UOFF(u_fpvalid), UOFF(i387), UOFF(u_tsize), UOFF(u_dsize),
	UOFF(u_ssize), UOFF(start_code), UOFF(start_stack), UOFF(signal), UOFF(reserved),
	UOFF(u_ar0), UOFF(u_fpstate), UOFF(magic), UOFF(u_comm), UOFF(u_debugreg),
	{ sizeof(struct user), "sizeof(struct user)" },
};
#define N_USER_OFFSETS (sizeof(user_offsets) / sizeof(user_offsets[0]))

/* 8*RIP, offsetof(struct user, u_debugreg)+56: the field at or before addr, and how far past */
static void print_user_offset(struct strbuf *out, uint64_t addr, int xlat)
{
	const struct user_offset *u = NULL;
	char raw[24], text[96];

	for (unsigned k = 0; k < N_USER_OFFSETS && user_offsets[k].off <= addr; k++)
		u = &user_offsets[k];
	/* nothing is named past struct user's end */
	if (!u || (u == &user_offsets[N_USER_OFFSETS - 1] && addr > u->off)) {
		fmt_addr(out, addr);
		return;
	}
	if (addr)
		snprintf(raw, sizeof(raw), "%#llx", (unsigned long long)addr);
	else
		snprintf(raw, sizeof(raw), "NULL");
	if (addr > u->off)
		snprintf(text, sizeof(text), "%s+%llu", u->name, (unsigned long long)(addr - u->off));
	else
		snprintf(text, sizeof(text), "%s", u->name);
	print_xlat_text(out, xlat, raw, text);
}

/* PTRACE_PEEKSIGINFO's {off=0, flags=PTRACE_PEEKSIGINFO_SHARED, nr=1} */
static void print_peeksiginfo_args(struct strbuf *out, const struct sc_event *ev, unsigned i,
				   const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, 16, false);

	if (!p)
		return;
	strbuf_addf(out, "{off=%llu, flags=", (unsigned long long)load_u64(p, 0));
	print_flags_x(out, &ptrace_peeksiginfo_flag_names, load_u32(p, 8), o->xlat);
	strbuf_addf(out, ", nr=%u}", load_u32(p, 12));
}

bool fmt_ptrace_addr(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	uint64_t req = request(ev), addr = ev->args[i];

	if (no_addr(req) || regs_req(req))
		return false;
	switch (req) {
	case PTRACE_GETREGSET:
	case PTRACE_SETREGSET:
		print_enum_x(out, &nt_type_names, (uint32_t)addr, o->xlat);
		break;
	case PTRACE_GETSIGMASK:
	case PTRACE_SETSIGMASK:
	case PTRACE_SECCOMP_GET_FILTER:
	case PTRACE_SECCOMP_GET_METADATA:
	case PTRACE_GET_SYSCALL_INFO:
		strbuf_addf(out, "%llu", (unsigned long long)addr);
		break;
	case PTRACE_PEEKSIGINFO:
		if (o->nonverbose)
			fmt_addr(out, addr);
		else
			print_peeksiginfo_args(out, ev, i, o);
		break;
	case PTRACE_PEEKUSR:
	case PTRACE_POKEUSR:
		print_user_offset(out, addr, o->xlat);
		break;
	default:
		fmt_addr(out, addr);
	}
	return true;
}

/* The min bytes data points to, as captured (at exit for the GET requests), or NULL. */
static const char *data_mem(const struct sc_event *ev, unsigned i, unsigned min)
{
	unsigned have = 0;
	bool fault = false;
	const char *p = array_bytes(ev, i, &have, &fault);

	return ev->args[i] && p && have >= min ? p : NULL;
}

/* A syscall number of arch: __NR_chdir for x86_64's, the number for others. */
static void print_syscall_nr(struct strbuf *out, uint64_t nr, uint32_t arch, int xlat)
{
	const struct syscall_desc *d =
		arch == AUDIT_ARCH_X86_64 && nr < 0x7fffffff ? syscall_desc((unsigned)nr) : NULL;
	char name[64];

	if (!d || !d->name) {
		strbuf_addf(out, "%llu", (unsigned long long)nr);
		return;
	}
	snprintf(name, sizeof(name), "__NR_%s", d->name);
	if (xlat == XLAT_ABBREV)
		strbuf_adds(out, name);
	else if (xlat == XLAT_RAW)
		strbuf_addf(out, "%llu", (unsigned long long)nr);
	else
		strbuf_addf(out, "%llu /* %s */", (unsigned long long)nr, name);
}

/* entry={nr=__NR_chdir, args=[0x1, 0x2]}, as many args as were fetched */
static void print_psi_call(struct strbuf *out, const char *p, unsigned size, uint32_t arch,
			   bool seccomp, int xlat)
{
	unsigned nargs = (size - PSI_ARGS) / 8;

	strbuf_adds(out, seccomp ? "seccomp={nr=" : "entry={nr=");
	print_syscall_nr(out, load_u64(p, 24), arch, xlat);
	if (nargs > 6)
		nargs = 6;
	for (unsigned k = 0; k < nargs; k++) {
		uint64_t v = load_u64(p, PSI_ARGS + 8 * k);

		strbuf_adds(out, k ? ", " : ", args=[");
		strbuf_addf(out, v ? "%#llx" : "%llu", (unsigned long long)v);
	}
	if (nargs)
		strbuf_addc(out, ']');
	if (seccomp && size >= PSI_SECCOMP_SIZE)
		strbuf_addf(out, ", ret_data=%u", load_u32(p, 80));
	strbuf_addc(out, '}');
}

static void print_psi_exit(struct strbuf *out, const char *p, unsigned size, int xlat)
{
	int64_t rval = (int64_t)load_u64(p, 24);
	const char *err = size >= PSI_EXIT_SIZE && p[32] && rval < 0 ? errno_name((int)-rval) : NULL;

	strbuf_adds(out, "exit={rval=");
	if (!err || xlat != XLAT_ABBREV)
		strbuf_addf(out, "%lld", (long long)rval);
	if (err && xlat == XLAT_ABBREV)
		strbuf_addf(out, "-%s", err);
	else if (err && xlat == XLAT_VERBOSE)
		strbuf_addf(out, " /* -%s */", err);
	if (size >= PSI_EXIT_SIZE)
		strbuf_addf(out, ", is_error=%u", (unsigned char)p[32]);
	strbuf_addc(out, '}');
}

/* struct ptrace_syscall_info, min(addr, return value) bytes of it */
static void print_syscall_info(struct strbuf *out, const struct sc_event *ev, unsigned i,
			       const struct decode_opts *o)
{
	uint64_t ret = (uint64_t)ev->ret, want = ev->args[2] < ret ? ev->args[2] : ret;
	unsigned size = want < 88 ? (unsigned)want : 88;
	const char *p = size ? data_mem(ev, i, size) : NULL;
	uint32_t arch;

	if (!p) {
		fmt_addr(out, ev->args[i]);
		return;
	}
	strbuf_adds(out, "{op=");
	print_enum_x(out, &ptrace_syscall_info_op_names, (unsigned char)p[0], o->xlat);
	if (size < PSI_ARCH_END)
		goto end;
	arch = load_u32(p, 4);
	strbuf_adds(out, ", arch=");
	print_enum_x(out, &audit_arch_names, arch, o->xlat);
	if (size < PSI_IP_END)
		goto end;
	strbuf_adds(out, ", instruction_pointer=");
	fmt_addr(out, load_u64(p, 8));
	if (size < PSI_SP_END)
		goto end;
	strbuf_adds(out, ", stack_pointer=");
	fmt_addr(out, load_u64(p, 16));
	if (size < PSI_NR_END)
		goto end;
	switch (p[0]) {
	case PTRACE_SYSCALL_INFO_ENTRY:
	case PTRACE_SYSCALL_INFO_SECCOMP:
		strbuf_adds(out, ", ");
		print_psi_call(out, p, size, arch, p[0] == PTRACE_SYSCALL_INFO_SECCOMP, o->xlat);
		break;
	case PTRACE_SYSCALL_INFO_EXIT:
		strbuf_adds(out, ", ");
		print_psi_exit(out, p, size, o->xlat);
		break;
	}
end:
	strbuf_addc(out, '}');
}

/* sigset_t of addr bytes (PTRACE_GETSIGMASK, PTRACE_SETSIGMASK): 8 of them or an address */
static void print_sigmask(struct strbuf *out, const struct sc_event *ev, unsigned i, bool output,
			  int xlat)
{
	const char *p = ev->args[2] == 8 ? data_mem(ev, i, 8) : NULL;

	if (!p || (output && sc_event_failed(ev)))
		fmt_addr(out, ev->args[i]);
	else
		print_sigset(out, load_u64(p, 0), xlat);
}

static void print_siginfo_at(struct strbuf *out, const struct sc_event *ev, unsigned i,
			     bool output, const struct decode_opts *o)
{
	const char *p = data_mem(ev, i, SIGINFO_SIZE);

	if (!p || (output && sc_event_failed(ev)))
		fmt_addr(out, ev->args[i]);
	else
		decode_siginfo_opts(out, (int)load_u32(p, 0), (const uint8_t *)p, o);
}

/* PTRACE_PEEKSIGINFO's siginfos, as many as it returns: [{si_signo=SIGUSR1, ...}, ...] */
static void print_siginfo_array(struct strbuf *out, const struct sc_event *ev, unsigned i,
				const struct decode_opts *o)
{
	unsigned have = 0, n;
	bool fault = false;
	const char *p = array_bytes(ev, i, &have, &fault);

	if (sc_event_failed(ev) || !ev->args[i] || !p || have < SIGINFO_SIZE) {
		fmt_addr(out, ev->args[i]);
		return;
	}
	n = have / SIGINFO_SIZE;
	strbuf_addc(out, '[');
	for (unsigned k = 0; k < n && k < (uint64_t)ev->ret; k++) {
		const char *e = p + k * SIGINFO_SIZE;

		if (k)
			strbuf_adds(out, ", ");
		decode_siginfo_opts(out, (int)load_u32(e, 0), (const uint8_t *)e, o);
	}
	if ((uint64_t)ev->ret > n)
		strbuf_adds(out, ", ...");
	strbuf_addc(out, ']');
}

/* PEEK*'s word, as a pointer, GETEVENTMSG's number: [0x...], [NULL], [N] */
static void print_word_out(struct strbuf *out, const struct sc_event *ev, unsigned i, bool ptr)
{
	const char *p = data_mem(ev, i, 8);

	if (!p || sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return;
	}
	strbuf_addc(out, '[');
	if (ptr)
		fmt_addr(out, load_u64(p, 0));
	else
		strbuf_addf(out, "%llu", (unsigned long long)load_u64(p, 0));
	strbuf_addc(out, ']');
}

/*
 * GETREGS, SETREGS, GETFPREGS, SETFPREGS: the set data points to, as the
 * call wrote it (GET, unless it failed) or read it (SET)
 */
static void print_regs_at(struct strbuf *out, const struct sc_event *ev, unsigned i, uint64_t req,
			  const struct decode_opts *o)
{
	bool fp = req == PTRACE_GETFPREGS || req == PTRACE_SETFPREGS;
	bool get = req == PTRACE_GETREGS || req == PTRACE_GETFPREGS;
	unsigned have = 0;
	bool fault = false;
	const char *p = ev->args[i] ? array_bytes(ev, i, &have, &fault) : NULL;
	bool done = false;

	if (!(get && sc_event_failed(ev)) && !o->nonverbose)
		done = fp ? print_fpregs(out, p, have, PTRACE_FPREGS_SIZE, o) :
			    print_prstatus_regs(out, p, have, PTRACE_PRSTATUS_SIZE);
	if (!done)
		fmt_addr(out, ev->args[i]);
}

/* The registers GETREGSET/SETREGSET's iovec points to, as captured (SCT_AUX_PTRACE_REGSET). */
static const struct sct_blob *regset_blob(const struct sc_event *ev, unsigned i)
{
	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = ev->blobs[k];

		if (b->arg == i && b->kind == SCT_BLOB_MEM && b->aux == SCT_AUX_PTRACE_REGSET &&
		    !(b->flags & SCT_BLOB_FAULT))
			return b;
	}
	return NULL;
}

/* iov_base's registers, of the set the note type (addr) names, size bytes of them */
static void print_regset(struct strbuf *out, const struct sc_event *ev, unsigned i, uint64_t base,
			 uint64_t size, const struct decode_opts *o)
{
	const struct sct_blob *b = regset_blob(ev, i);
	const char *p = b ? sct_blob_data(b) : NULL;
	unsigned have = b ? b->len : 0;
	bool done = false;

	if (!o->nonverbose && (uint32_t)ev->args[2] == NT_PRSTATUS)
		done = print_prstatus_regs(out, p, have, size);
	else if (!o->nonverbose && (uint32_t)ev->args[2] == NT_FPREGSET)
		done = print_fpregs(out, p, have, size, o);
	if (!done)
		fmt_addr(out, base);
}

/*
 * {iov_base={r15=0x1, ...}, iov_len=216}; iov_len=217 => 216 when the call
 * changed it. GETREGSET's registers are those it wrote, iov_len bytes of
 * them after the call; SETREGSET's those it read, iov_len bytes before.
 */
static void print_regset_iov(struct strbuf *out, const struct sc_event *ev, unsigned i, bool get,
			     const struct decode_opts *o)
{
	const char *iov = data_mem(ev, i, IOVEC_SIZE), *early = array_early(ev, i);
	uint64_t base, len_now, len_in;

	if (!iov) {
		fmt_addr(out, ev->args[i]);
		return;
	}
	base = load_u64(iov, 0);
	len_now = load_u64(iov, 8);
	len_in = early ? load_u64(early, 0) : len_now;
	strbuf_adds(out, "{iov_base=");
	if (get && sc_event_failed(ev))
		fmt_addr(out, base);
	else
		print_regset(out, ev, i, base, get ? len_now : len_in, o);
	strbuf_addf(out, ", iov_len=%llu", (unsigned long long)len_in);
	if (len_now != len_in)
		strbuf_addf(out, " => %llu", (unsigned long long)len_now);
	strbuf_addc(out, '}');
}

/*
 * PTRACE_SECCOMP_GET_METADATA's struct of addr bytes: {filter_off=N} as
 * passed in, then after success the flags the call wrote when the bytes it
 * returns reach them ("???" when they do not), "..." past the struct
 */
static void print_seccomp_metadata(struct strbuf *out, const struct sc_event *ev, unsigned i,
				   const struct decode_opts *o)
{
	uint64_t size = (uint64_t)ev->ret;
	const char *p = ev->args[2] >= 8 ? data_mem(ev, i, 8) : NULL;
	unsigned have = 0;
	bool fault = false;

	if (!p) {
		fmt_addr(out, ev->args[i]);
		return;
	}
	array_bytes(ev, i, &have, &fault);
	strbuf_addf(out, "{filter_off=%llu", (unsigned long long)load_u64(p, 0));
	if (!sc_event_failed(ev) && size > 8) {
		strbuf_adds(out, ", ");
		if (size < SECCOMP_METADATA_SIZE || have < SECCOMP_METADATA_SIZE) {
			strbuf_adds(out, "???");
		} else {
			strbuf_adds(out, "flags=");
			print_flags_x(out, &seccomp_filter_flag_names, load_u64(p, 8), o->xlat);
			if (size > SECCOMP_METADATA_SIZE)
				strbuf_adds(out, ", ...");
		}
	}
	strbuf_addc(out, '}');
}

/*
 * PTRACE_SECCOMP_GET_FILTER's instructions, as many as it returns, with -v
 * (without it, the address as strace prints it); the address when they
 * pass what was captured
 */
static void print_seccomp_filter(struct strbuf *out, const struct sc_event *ev, unsigned i,
				 const struct decode_opts *o)
{
	unsigned have = 0, n = (uint16_t)ev->ret;
	bool fault = false;
	const char *p = ev->args[i] ? array_bytes(ev, i, &have, &fault) : NULL;

	if (!o->verbose || sc_event_failed(ev) || !p || have < n * 8u) {
		fmt_addr(out, ev->args[i]);
		return;
	}
	strbuf_addc(out, '[');
	for (unsigned k = 0; k < n; k++) {
		if (k)
			strbuf_adds(out, ", ");
		print_seccomp_insn(out, (const uint8_t *)p + 8 * k, o->xlat);
	}
	strbuf_addc(out, ']');
}

bool fmt_ptrace_data(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	uint64_t req = request(ev), data = ev->args[i];

	if (no_addr(req))
		return false;
	switch (req) {
	case PTRACE_CONT:
	case PTRACE_DETACH:
	case PTRACE_SYSCALL:
	case PTRACE_SINGLESTEP:
	case PTRACE_SINGLEBLOCK:
	case PTRACE_SYSEMU:
	case PTRACE_SYSEMU_SINGLESTEP:
		print_signal_x(out, (int)data, o->xlat);
		return true;
	case PTRACE_SEIZE:
	case PTRACE_SETOPTIONS:
	case PTRACE_OLDSETOPTIONS:
		print_flags_x(out, &ptrace_option_names, data, o->xlat);
		return true;
	}
	if (o->nonverbose) { /* -e verbose=: what data points to is not read */
		fmt_addr(out, data);
		return true;
	}
	switch (req) {
	case PTRACE_SETSIGINFO:
		print_siginfo_at(out, ev, i, false, o);
		break;
	case PTRACE_GETSIGINFO:
		print_siginfo_at(out, ev, i, true, o);
		break;
	case PTRACE_SETSIGMASK:
		print_sigmask(out, ev, i, false, o->xlat);
		break;
	case PTRACE_GETSIGMASK:
		print_sigmask(out, ev, i, true, o->xlat);
		break;
	case PTRACE_PEEKDATA:
	case PTRACE_PEEKTEXT:
	case PTRACE_PEEKUSR:
		print_word_out(out, ev, i, true);
		break;
	case PTRACE_GETEVENTMSG:
		print_word_out(out, ev, i, false);
		break;
	case PTRACE_GET_SYSCALL_INFO:
		print_syscall_info(out, ev, i, o);
		break;
	case PTRACE_PEEKSIGINFO:
		print_siginfo_array(out, ev, i, o);
		break;
	case PTRACE_GETREGS:
	case PTRACE_SETREGS:
	case PTRACE_GETFPREGS:
	case PTRACE_SETFPREGS:
		print_regs_at(out, ev, i, req, o);
		break;
	case PTRACE_GETREGSET:
	case PTRACE_SETREGSET:
		print_regset_iov(out, ev, i, req == PTRACE_GETREGSET, o);
		break;
	case PTRACE_SECCOMP_GET_METADATA:
		print_seccomp_metadata(out, ev, i, o);
		break;
	case PTRACE_SECCOMP_GET_FILTER:
		print_seccomp_filter(out, ev, i, o);
		break;
	default:
		fmt_addr(out, data);
	}
	return true;
}
