// SPDX-License-Identifier: MIT
/*
 * struct siginfo as strace prints it in "--- SIGCHLD {...} ---" lines: the
 * signal, the code (named by the signal's own table for codes > 0), and the
 * fields that code defines. Offsets are those of the x86_64 kernel_siginfo.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "decode.h"
#include "flags.h"
#include "fmt.h"

/* x86_64 kernel_siginfo: three ints, padding, then the union at 16. */
enum {
	SI_OFF_SIGNO = 0,
	SI_OFF_CODE = 8,
	SI_OFF_PID = 16, /* kill, rt, sigchld */
	SI_OFF_UID = 20,
	SI_OFF_TIMERID = 16, /* timer */
	SI_OFF_OVERRUN = 20,
	SI_OFF_VALUE = 24, /* rt and timer sigval */
	SI_OFF_STATUS = 24, /* sigchld */
	SI_OFF_UTIME = 32,
	SI_OFF_STIME = 40,
	SI_OFF_ADDR = 16, /* sigfault */
	SI_OFF_BAND = 16, /* sigpoll */
	SI_OFF_FD = 24,
	SI_OFF_CALL_ADDR = 16, /* sigsys */
	SI_OFF_SYSCALL = 24,
	SI_OFF_ARCH = 28,
};

/* The table naming positive codes of sig, or NULL. */
static const struct flag_table *code_table(int sig)
{
	switch (sig) {
	case SIGCHLD: return &cld_code_names;
	case SIGSEGV: return &segv_code_names;
	case SIGBUS: return &bus_code_names;
	case SIGILL: return &ill_code_names;
	case SIGFPE: return &fpe_code_names;
	case SIGTRAP: return &trap_code_names;
	case SIGPOLL: return &poll_code_names;
	default: return NULL;
	}
}

/* NAME; with -X raw the number; with -X verbose the number and / * NAME * /. */
static void print_named(struct strbuf *out, int v, const char *name, int xlat)
{
	if (!name)
		strbuf_addf(out, "%d", v);
	else if (xlat == XLAT_RAW)
		strbuf_addf(out, "%d", v);
	else if (xlat == XLAT_VERBOSE)
		strbuf_addf(out, "%d /* %s */", v, name);
	else
		strbuf_adds(out, name);
}

/* The code: a number in hex under -X (si_code=0xfffffffa / * SI_TKILL * /), unlike the signal. */
static void print_code(struct strbuf *out, int sig, int code, int xlat)
{
	const struct flag_table *t = code_table(sig);
	const char *name = NULL;
	char raw[16];

	if (code > 0 && code != SI_KERNEL && t)
		name = flag_lookup(t, (uint32_t)code);
	if (!name)
		name = flag_lookup(&si_code_names, (uint32_t)code);
	if (!name) {
		strbuf_addf(out, "%d", code);
		return;
	}
	snprintf(raw, sizeof(raw), "%#x", (unsigned)code);
	print_xlat_text(out, xlat, raw, name);
}

static void print_signo(struct strbuf *out, int sig)
{
	print_named(out, sig, signal_name(sig), XLAT_ABBREV);
}

static void print_ptr(struct strbuf *out, const char *field, uint64_t v)
{
	strbuf_addf(out, ", %s=", field);
	fmt_addr(out, v);
}

static void print_sender(struct strbuf *out, const uint8_t *info)
{
	strbuf_addf(out, ", si_pid=%d, si_uid=%u", load_s32(info, SI_OFF_PID),
		    load_u32(info, SI_OFF_UID));
}

/* strace 6.1 leaves a zero sigval out, except for timers. */
static void print_value(struct strbuf *out, const uint8_t *info, bool always)
{
	uint64_t v = load_u64(info, SI_OFF_VALUE);

	if (!v && !always)
		return;
	strbuf_addf(out, ", si_int=%d, si_ptr=", (int)v);
	fmt_addr(out, v);
}

/* The fields of a code > 0 sent by the kernel, by signal. */
static void print_kernel_fields(struct strbuf *out, int sig, const uint8_t *info, int xlat)
{
	switch (sig) {
	case SIGCHLD: {
		int code = load_s32(info, SI_OFF_CODE), status = load_s32(info, SI_OFF_STATUS);

		print_sender(out, info);
		strbuf_adds(out, ", si_status=");
		if (code == CLD_EXITED)
			strbuf_addf(out, "%d", status);
		else
			print_signo(out, status);
		strbuf_adds(out, ", si_utime=");
		print_clock_t(out, load_u64(info, SI_OFF_UTIME), xlat);
		strbuf_adds(out, ", si_stime=");
		print_clock_t(out, load_u64(info, SI_OFF_STIME), xlat);
		break;
	}
	case SIGILL:
	case SIGFPE:
	case SIGSEGV:
	case SIGBUS:
	case SIGTRAP:
		print_ptr(out, "si_addr", load_u64(info, SI_OFF_ADDR));
		break;
	case SIGPOLL:
		strbuf_addf(out, ", si_band=%lld, si_fd=%d", (long long)load_s64(info, SI_OFF_BAND),
			    load_s32(info, SI_OFF_FD));
		break;
	case SIGSYS:
		print_ptr(out, "si_call_addr", load_u64(info, SI_OFF_CALL_ADDR));
		strbuf_addf(out, ", si_syscall=%d, si_arch=%#x", load_s32(info, SI_OFF_SYSCALL),
			    load_u32(info, SI_OFF_ARCH));
		break;
	}
}

void decode_siginfo(struct strbuf *out, int sig, const uint8_t *info, int xlat)
{
	int code = load_s32(info, SI_OFF_CODE);

	strbuf_adds(out, "{si_signo=");
	print_named(out, sig, signal_name(sig), xlat);
	strbuf_adds(out, ", si_code=");
	print_code(out, sig, code, xlat);
	switch (code) {
	case SI_USER:
	case SI_TKILL:
		print_sender(out, info);
		break;
	case SI_QUEUE:
	case SI_MESGQ:
	case SI_ASYNCNL:
		print_sender(out, info);
		print_value(out, info, false);
		break;
	case SI_TIMER:
		strbuf_addf(out, ", si_timerid=%#x, si_overrun=%d", load_u32(info, SI_OFF_TIMERID),
			    load_s32(info, SI_OFF_OVERRUN));
		print_value(out, info, true);
		break;
	case SI_KERNEL:
		if (sig == SIGSEGV || sig == SIGBUS)
			print_ptr(out, "si_addr", load_u64(info, SI_OFF_ADDR));
		break;
	default:
		if (code > 0)
			print_kernel_fields(out, sig, info, xlat);
		break;
	}
	strbuf_addc(out, '}');
}
