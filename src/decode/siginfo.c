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
#include "syscall_table.h"
#include "xlat_ioctl.h"
#include "xlat_proc.h"

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
	SI_OFF_ERRNO = 4,
	SI_OFF_ADDR_LSB = 24, /* BUS_MCEERR_* */
	SI_OFF_LOWER = 32, /* SEGV_BNDERR */
	SI_OFF_UPPER = 40,
	SI_OFF_PKEY = 32, /* SEGV_PKUERR */
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
	case SIGSYS: return &sigsys_code_names;
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

/*
 * The code: the SI_* names first, then the signal's own; a number in hex
 * under -X and when unknown (si_code=0x7), unlike the signal.
 */
static void print_code(struct strbuf *out, int sig, int code, int xlat)
{
	const struct flag_table *t = code_table(sig);
	const char *name = flag_lookup(&si_code_names, (uint32_t)code);
	char raw[16];

	if (!name && t)
		name = flag_lookup(t, (uint32_t)code);
	snprintf(raw, sizeof(raw), "%#x", (unsigned)code);
	if (!name) {
		strbuf_adds(out, raw);
		return;
	}
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

/* si_pid, a process (-Y, --pidns-translation), and si_uid as an id: -1 or unsigned */
static void print_sender(struct strbuf *out, const uint8_t *info, const struct decode_opts *o)
{
	uint32_t uid = load_u32(info, SI_OFF_UID);

	strbuf_adds(out, ", si_pid=");
	decode_pid(out, load_s32(info, SI_OFF_PID), PID_KIND_TGID, o);
	strbuf_adds(out, ", si_uid=");
	if (uid == UINT32_MAX)
		strbuf_adds(out, "-1");
	else
		strbuf_addf(out, "%u", uid);
}

/* si_int and si_ptr of a sigval */
static void print_value(struct strbuf *out, const uint8_t *info)
{
	uint64_t v = load_u64(info, SI_OFF_VALUE);

	strbuf_addf(out, ", si_int=%d, si_ptr=", (int)v);
	fmt_addr(out, v);
}

/* si_errno=ENOENT, its number when it has no name (or under -X) */
static void print_errno_field(struct strbuf *out, uint32_t err, int xlat)
{
	const char *name = err < 4096 ? errno_name((int)err) : NULL;

	strbuf_adds(out, ", si_errno=");
	if (!name || xlat != XLAT_ABBREV)
		strbuf_addf(out, "%u", err);
	if (name && xlat == XLAT_ABBREV)
		strbuf_adds(out, name);
	else if (name && xlat == XLAT_VERBOSE)
		strbuf_addf(out, " /* %s */", name);
}

/* SIGSYS's syscall, named for x86_64's, and its audit arch */
static void print_sigsys(struct strbuf *out, const uint8_t *info, int xlat)
{
	uint32_t nr = load_u32(info, SI_OFF_SYSCALL), arch = load_u32(info, SI_OFF_ARCH);
	const struct syscall_desc *d = arch == 0xc000003eu ? syscall_desc(nr) : NULL;

	print_ptr(out, "si_call_addr", load_u64(info, SI_OFF_CALL_ADDR));
	strbuf_adds(out, ", si_syscall=");
	if (d && d->name && xlat == XLAT_ABBREV)
		strbuf_addf(out, "__NR_%s", d->name);
	else if (d && d->name && xlat == XLAT_VERBOSE)
		strbuf_addf(out, "%u /* __NR_%s */", nr, d->name);
	else
		strbuf_addf(out, "%u", nr);
	strbuf_adds(out, ", si_arch=");
	print_enum_x(out, &audit_arch_names, arch, xlat);
}

/* SIGIO's si_band and si_fd; with -y, the descriptor's path as well */
static void print_band_fd(struct strbuf *out, const uint8_t *info, const struct decode_opts *o)
{
	int fd = load_s32(info, SI_OFF_FD);

	strbuf_addf(out, ", si_band=%lld, si_fd=%d", (long long)load_s64(info, SI_OFF_BAND), fd);
	if (fd >= 0)
		decode_fd_suffix(out, fd, o);
}

/* The fields of a code > 0 (sent by the kernel), by signal. */
static void print_kernel_fields(struct strbuf *out, int sig, int code, const uint8_t *info,
				int xlat, const struct decode_opts *o)
{
	switch (sig) {
	case SIGCHLD: {
		int status = load_s32(info, SI_OFF_STATUS);

		print_sender(out, info, o);
		strbuf_adds(out, ", si_status=");
		if (code == CLD_EXITED)
			strbuf_addf(out, "%d", status);
		else
			print_signo(out, status);
		strbuf_adds(out, ", si_utime=");
		print_clock_t(out, load_u64(info, SI_OFF_UTIME), xlat);
		strbuf_adds(out, ", si_stime=");
		print_clock_t(out, load_u64(info, SI_OFF_STIME), xlat);
		return;
	}
	case SIGILL:
	case SIGFPE:
	case SIGTRAP:
		print_ptr(out, "si_addr", load_u64(info, SI_OFF_ADDR));
		return;
	case SIGBUS:
		print_ptr(out, "si_addr", load_u64(info, SI_OFF_ADDR));
		if (code == BUS_MCEERR_AR || code == BUS_MCEERR_AO)
			strbuf_addf(out, ", si_addr_lsb=%#x",
				    (unsigned)(uint16_t)load_u32(info, SI_OFF_ADDR_LSB));
		return;
	case SIGSEGV:
		print_ptr(out, "si_addr", load_u64(info, SI_OFF_ADDR));
		if (code == SEGV_BNDERR) {
			print_ptr(out, "si_lower", load_u64(info, SI_OFF_LOWER));
			print_ptr(out, "si_upper", load_u64(info, SI_OFF_UPPER));
		} else if (code == SEGV_PKUERR) {
			strbuf_addf(out, ", si_pkey=%u", load_u32(info, SI_OFF_PKEY));
		}
		return;
	case SIGPOLL:
		if (code >= POLL_IN && code <= POLL_HUP)
			print_band_fd(out, info, o);
		return;
	case SIGSYS:
		print_sigsys(out, info, xlat);
		return;
	default:
		if (load_u32(info, SI_OFF_PID) || load_u32(info, SI_OFF_UID))
			print_sender(out, info, o);
		if (load_u64(info, SI_OFF_VALUE))
			print_value(out, info);
	}
}

/* The fields of a code <= 0 (sent by a process: kill, sigqueue, timers...). */
static void print_user_fields(struct strbuf *out, int code, const uint8_t *info,
			      const struct decode_opts *o)
{
	switch (code) {
	case SI_USER:
	case SI_TKILL:
		print_sender(out, info, o);
		return;
	case SI_TIMER:
		strbuf_addf(out, ", si_timerid=%#x, si_overrun=%d", load_u32(info, SI_OFF_TIMERID),
			    load_s32(info, SI_OFF_OVERRUN));
		print_value(out, info);
		return;
	case SI_SIGIO:
		print_band_fd(out, info, o);
		return;
	default:
		print_sender(out, info, o);
		if (load_u64(info, SI_OFF_VALUE))
			print_value(out, info);
	}
}

static void print_siginfo(struct strbuf *out, int sig, const uint8_t *info, int xlat,
			  const struct decode_opts *o)
{
	int code = load_s32(info, SI_OFF_CODE);
	uint32_t err = load_u32(info, SI_OFF_ERRNO);

	strbuf_addc(out, '{');
	if (!sig) {
		strbuf_addc(out, '}');
		return;
	}
	strbuf_adds(out, "si_signo=");
	print_named(out, sig, signal_name(sig), xlat);
	strbuf_adds(out, ", si_code=");
	print_code(out, sig, code, xlat);
	if (err)
		print_errno_field(out, err, xlat);
	if (code <= 0)
		print_user_fields(out, code, info, o);
	else
		print_kernel_fields(out, sig, code, info, xlat, o);
	strbuf_addc(out, '}');
}

void decode_siginfo(struct strbuf *out, int sig, const uint8_t *info, int xlat)
{
	print_siginfo(out, sig, info, xlat, NULL);
}

void decode_siginfo_opts(struct strbuf *out, int sig, const uint8_t *info,
			 const struct decode_opts *o)
{
	print_siginfo(out, sig, info, o->xlat, o);
}
