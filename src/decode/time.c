// SPDX-License-Identifier: MIT
/*
 * Time structures and the small system structures strace prints in full or
 * abbreviated: timespec, timeval, timezone, itimerval, itimerspec, rusage,
 * utsname, sysinfo, tms, sched_param, time's time_t; and futex's arguments,
 * which depend on the operation (strace's do_futex). x86_64 layouts.
 */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "flags.h"
#include "fmt.h"

#define FUTEX_CMD_MASK 127

void print_timespec(struct strbuf *out, const void *p)
{
	strbuf_addf(out, "{tv_sec=%lld, tv_nsec=%llu}", (long long)load_u64(p, 0),
		    (unsigned long long)load_u64(p, 8));
}

void print_timeval(struct strbuf *out, const void *p)
{
	strbuf_addf(out, "{tv_sec=%lld, tv_usec=%llu}", (long long)load_u64(p, 0),
		    (unsigned long long)load_u64(p, 8));
}

/*
 * A clock_t in ticks, then (unless -X raw) the seconds it makes as a comment,
 * with as many decimals as the tick rate has digits: 31 / * 0.31 s * /.
 */
void print_clock_t(struct strbuf *out, uint64_t v, int xlat)
{
	static long tck;
	unsigned width = 0;

	strbuf_addf(out, "%llu", (unsigned long long)v);
	if (!tck)
		tck = sysconf(_SC_CLK_TCK);
	if (xlat == XLAT_RAW || tck <= 0 || !v)
		return;
	for (long t = tck; t >= 10; t /= 10)
		width++;
	char frac[32];
	snprintf(frac, sizeof(frac), "%.*f", (int)width, (double)(v % (uint64_t)tck) / (double)tck);
	const char *dot = strchr(frac, '.');
	strbuf_addf(out, " /* %llu%s s */", (unsigned long long)(v / (uint64_t)tck), dot ? dot : "");
}

static void print_interval(struct strbuf *out, const char *p, void (*one)(struct strbuf *, const void *))
{
	strbuf_adds(out, "{it_interval=");
	one(out, p);
	strbuf_adds(out, ", it_value=");
	one(out, p + 16);
	strbuf_addc(out, '}');
}

/* A structure formatter pair: NAME_in (read at entry) and NAME_out (an output). */
#define STRUCT_FMT(name, size, body)                                                      \
	static void pr_##name(struct strbuf *out, const char *p,                        \
				 const struct decode_opts *o)                               \
	{                                                                                  \
		(void)o;                                                                   \
		body;                                                                      \
	}
#define FMT_IN(name, size)                                                                \
	bool fmt_##name##_in(struct strbuf *out, const struct sc_event *ev, unsigned i,    \
			     const struct decode_opts *o)                                  \
	{                                                                                  \
		const char *p = fmt_struct(out, ev, i, size, false);                       \
		if (p)                                                                     \
			pr_##name(out, p, o);                                           \
		return true;                                                               \
	}
#define FMT_OUT(name, size)                                                               \
	bool fmt_##name##_out(struct strbuf *out, const struct sc_event *ev, unsigned i,   \
			      const struct decode_opts *o)                                 \
	{                                                                                  \
		const char *p = fmt_struct(out, ev, i, size, true);                        \
		if (p)                                                                     \
			pr_##name(out, p, o);                                           \
		return true;                                                               \
	}

STRUCT_FMT(timespec, 16, print_timespec(out, p))
STRUCT_FMT(timeval, 16, print_timeval(out, p))
STRUCT_FMT(timezone, 8,
	   strbuf_addf(out, "{tz_minuteswest=%d, tz_dsttime=%d}", (int)load_u32(p, 0),
		       (int)load_u32(p, 4)))
STRUCT_FMT(itimerval, 32, print_interval(out, p, print_timeval))
STRUCT_FMT(itimerspec, 32, print_interval(out, p, print_timespec))
STRUCT_FMT(sched_param, 4, strbuf_addf(out, "[%d]", (int)load_u32(p, 0)))
static const char *const tms_fields[] = { "tms_utime", "tms_stime", "tms_cutime", "tms_cstime" };

STRUCT_FMT(tms, 32,
	   for (unsigned k = 0; k < 4; k++) {
		   strbuf_addf(out, "%s%s=", k ? ", " : "{", tms_fields[k]);
		   print_clock_t(out, load_u64(p, 8 * k), o->xlat);
	   } strbuf_addc(out, '}'))

FMT_IN(timespec, 16)
FMT_OUT(timespec, 16)
FMT_IN(timeval, 16)
FMT_OUT(timeval, 16)
FMT_OUT(timezone, 8)
FMT_IN(itimerval, 32)
FMT_OUT(itimerval, 32)
FMT_IN(itimerspec, 32)
FMT_OUT(itimerspec, 32)
FMT_IN(sched_param, 4)
FMT_OUT(sched_param, 4)
FMT_OUT(tms, 32)

/* struct rusage: two timevals, then 14 longs; abbreviated after ru_stime. */
static const char *const rusage_longs[] = {
	"ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap",
	"ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw",
};

bool fmt_rusage_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, o->verbose ? 144 : 32, true);

	if (!p)
		return true;
	strbuf_adds(out, "{ru_utime=");
	print_timeval(out, p);
	strbuf_adds(out, ", ru_stime=");
	print_timeval(out, p + 16);
	if (!o->verbose) {
		strbuf_adds(out, ", ...}");
		return true;
	}
	for (unsigned k = 0; k < sizeof(rusage_longs) / sizeof(rusage_longs[0]); k++)
		strbuf_addf(out, ", %s=%llu", rusage_longs[k], (unsigned long long)load_u64(p, 32 + 8 * k));
	strbuf_addc(out, '}');
	return true;
}

/* struct utsname: six 65-byte strings; abbreviated after nodename. */
static const char *const uts_fields[] = {
	"sysname", "nodename", "release", "version", "machine", "domainname",
};

bool fmt_utsname_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	const struct sct_blob *b = fmt_mem(ev, i, 130);
	unsigned n;

	if (!ev->args[i] || !b || sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	/* -v needs all six fields (390 bytes); print those captured, then "...". */
	n = o->verbose && b->len >= 6 * 65 ? 6 : 2;
	for (unsigned k = 0; k < n; k++) {
		const char *s = sct_blob_data(b) + 65 * k;

		strbuf_addf(out, "%s%s=", k ? ", " : "{", uts_fields[k]);
		format_quoted(out, s, (unsigned)strnlen(s, 65), false,
			      &(struct decode_opts){ .str_max = 65, .xstrings = o->xstrings });
	}
	strbuf_adds(out, n < 6 ? ", ...}" : "}");
	return true;
}

bool fmt_sysinfo_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, 112, true);

	(void)o;
	if (!p)
		return true;
	strbuf_addf(out,
		    "{uptime=%lld, loads=[%llu, %llu, %llu], totalram=%llu, freeram=%llu, "
		    "sharedram=%llu, bufferram=%llu, totalswap=%llu, freeswap=%llu, procs=%u, "
		    "totalhigh=%llu, freehigh=%llu, mem_unit=%u}",
		    (long long)load_u64(p, 0), (unsigned long long)load_u64(p, 8),
		    (unsigned long long)load_u64(p, 16), (unsigned long long)load_u64(p, 24),
		    (unsigned long long)load_u64(p, 32), (unsigned long long)load_u64(p, 40),
		    (unsigned long long)load_u64(p, 48), (unsigned long long)load_u64(p, 56),
		    (unsigned long long)load_u64(p, 64), (unsigned long long)load_u64(p, 72),
		    (unsigned)load_u16(p, 80), (unsigned long long)load_u64(p, 88),
		    (unsigned long long)load_u64(p, 96), (unsigned)load_u32(p, 104));
	return true;
}

/*
 * strace's sprinttime(): local time, ISO 8601 with the zone offset, and a
 * fraction of frac_digits digits when frac is not 0 (9 for ns, 6 for us).
 */
void print_date_frac(struct strbuf *out, int64_t t, uint64_t frac, int frac_digits)
{
	time_t tt = (time_t)t;
	struct tm tm;
	char date[64], zone[16];

	if (!localtime_r(&tt, &tm) || !strftime(date, sizeof(date), "%FT%T", &tm) ||
	    !strftime(zone, sizeof(zone), "%z", &tm)) {
		strbuf_adds(out, "?");
		return;
	}
	strbuf_adds(out, date);
	if (frac)
		strbuf_addf(out, ".%0*llu", frac_digits, (unsigned long long)frac);
	strbuf_adds(out, zone);
}

void print_date_comment(struct strbuf *out, int64_t sec, uint64_t frac, uint64_t max,
			int frac_digits)
{
	time_t tt = (time_t)sec;
	struct tm tm;

	if ((!sec && !frac) || frac > max || !localtime_r(&tt, &tm))
		return;
	strbuf_adds(out, " /* ");
	print_date_frac(out, sec, frac, frac_digits);
	strbuf_adds(out, " */");
}

static void print_date(struct strbuf *out, int64_t t)
{
	print_date_frac(out, t, 0, 0);
}

#define UTIME_NOW_NS ((1l << 30) - 1l)
#define UTIME_OMIT_NS ((1l << 30) - 2l)

/*
 * One timestamp of utimensat/utimes: {tv_sec=1, tv_nsec=5} / * date * /, or
 * UTIME_NOW (-X raw: the timespec; -X verbose: the timespec / * UTIME_NOW * /).
 */
static void print_utime(struct strbuf *out, const char *p, bool ns, int xlat)
{
	int64_t sec = (int64_t)load_u64(p, 0), frac = (int64_t)load_u64(p, 8);

	if (ns && (frac == UTIME_NOW_NS || frac == UTIME_OMIT_NS)) {
		const char *name = frac == UTIME_NOW_NS ? "UTIME_NOW" : "UTIME_OMIT";

		if (xlat == XLAT_ABBREV) {
			strbuf_adds(out, name);
			return;
		}
		print_timespec(out, p);
		if (xlat == XLAT_VERBOSE)
			strbuf_addf(out, " /* %s */", name);
		return;
	}
	/* strace prints the fraction unsigned, and no date for an impossible one */
	strbuf_addf(out, "{tv_sec=%lld, tv_%s=%llu}", (long long)sec, ns ? "nsec" : "usec",
		    (unsigned long long)frac);
	print_date_comment(out, sec, (uint64_t)frac, ns ? 999999999 : 999999, ns ? 9 : 6);
}

static bool print_utime_pair(struct strbuf *out, const struct sc_event *ev, unsigned i, bool ns,
			     int xlat)
{
	const char *p = fmt_struct(out, ev, i, 32, false);

	if (!p)
		return true;
	strbuf_addc(out, '[');
	print_utime(out, p, ns, xlat);
	strbuf_adds(out, ", ");
	print_utime(out, p + 16, ns, xlat);
	strbuf_addc(out, ']');
	return true;
}

/* utimensat's struct timespec[2]. */
bool fmt_utimens_times(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct decode_opts *o)
{
	return print_utime_pair(out, ev, i, true, o->xlat);
}

/* utimes' and futimesat's struct timeval[2]. */
bool fmt_utimes_times(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	return print_utime_pair(out, ev, i, false, o->xlat);
}

/* utime's struct utimbuf: {actime=5 / * date * /, modtime=6 / * date * /}. */
bool fmt_utimbuf(struct strbuf *out, const struct sc_event *ev, unsigned i,
		 const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, 16, false);

	(void)o;
	if (!p)
		return true;
	strbuf_addf(out, "{actime=%lld /* ", (long long)load_u64(p, 0));
	print_date(out, (int64_t)load_u64(p, 0));
	strbuf_addf(out, " */, modtime=%lld /* ", (long long)load_u64(p, 8));
	print_date(out, (int64_t)load_u64(p, 8));
	strbuf_adds(out, " */}");
	return true;
}

bool fmt_time_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, 8, true);

	(void)o;
	if (!p)
		return true;
	strbuf_addf(out, "[%lld /* ", (long long)load_u64(p, 0));
	print_date(out, (int64_t)load_u64(p, 0));
	strbuf_adds(out, " */]");
	return true;
}

void print_time_ret(struct strbuf *out, int64_t t)
{
	strbuf_addf(out, "%lld (", (long long)t);
	print_date(out, t);
	strbuf_addc(out, ')');
}

/* futex: which arguments strace prints depends on the command (op & 127). */
enum { FU_WAIT = 0, FU_WAKE = 1, FU_FD = 2, FU_REQUEUE = 3, FU_CMP_REQUEUE = 4,
       FU_WAKE_OP = 5, FU_LOCK_PI = 6, FU_UNLOCK_PI = 7, FU_TRYLOCK_PI = 8,
       FU_WAIT_BITSET = 9, FU_WAKE_BITSET = 10, FU_WAIT_REQUEUE_PI = 11,
       FU_CMP_REQUEUE_PI = 12, FU_LOCK_PI2 = 13 };

enum fu_show { FS_NONE, FS_U, FS_TS, FS_ADDR, FS_HEX, FS_BITSET, FS_WAKEOP };

/* What futex prints for arguments 2 (val) .. 5 (val3). */
static enum fu_show futex_show(const struct sc_event *ev, unsigned i)
{
	static const uint8_t shows[14][4] = {
		[FU_WAIT] = { FS_U, FS_TS, FS_NONE, FS_NONE },
		[FU_WAKE] = { FS_U, FS_NONE, FS_NONE, FS_NONE },
		[FU_FD] = { FS_U, FS_NONE, FS_NONE, FS_NONE },
		[FU_REQUEUE] = { FS_U, FS_U, FS_ADDR, FS_NONE },
		[FU_CMP_REQUEUE] = { FS_U, FS_U, FS_ADDR, FS_U },
		[FU_WAKE_OP] = { FS_U, FS_U, FS_ADDR, FS_WAKEOP },
		[FU_LOCK_PI] = { FS_NONE, FS_TS, FS_NONE, FS_NONE },
		[FU_UNLOCK_PI] = { FS_NONE, FS_NONE, FS_NONE, FS_NONE },
		[FU_TRYLOCK_PI] = { FS_NONE, FS_NONE, FS_NONE, FS_NONE },
		[FU_WAIT_BITSET] = { FS_U, FS_TS, FS_NONE, FS_BITSET },
		[FU_WAKE_BITSET] = { FS_U, FS_NONE, FS_NONE, FS_BITSET },
		[FU_WAIT_REQUEUE_PI] = { FS_U, FS_TS, FS_ADDR, FS_NONE },
		[FU_CMP_REQUEUE_PI] = { FS_U, FS_U, FS_ADDR, FS_U },
		[FU_LOCK_PI2] = { FS_NONE, FS_TS, FS_NONE, FS_NONE },
	};
	static const uint8_t other[4] = { FS_U, FS_ADDR, FS_ADDR, FS_HEX };
	unsigned cmd = (unsigned)ev->args[1] & FUTEX_CMD_MASK;

	if (i < 2 || i > 5)
		return FS_NONE;
	return (enum fu_show)(cmd < 14 ? shows[cmd][i - 2] : other[i - 2]);
}

/*
 * One field of a FUTEX_WAKE_OP value, at its shift. strace 6.1 under -X raw
 * prints the "unknown" comment even after a known field: 0x1<<28 / * FUTEX_OP_??? * /.
 */
static void print_wake_op_field(struct strbuf *out, const struct flag_table *t, unsigned v,
				unsigned shift, int xlat)
{
	const char *name = flag_lookup(t, v);

	if (name && xlat == XLAT_ABBREV)
		strbuf_addf(out, "%s<<%u", name, shift);
	else if (name && xlat == XLAT_VERBOSE)
		strbuf_addf(out, "%#x /* %s */<<%u", v, name, shift);
	else
		strbuf_addf(out, "%#x<<%u /* %s */", v, shift, t->unknown);
}

static void print_futex_wake_op(struct strbuf *out, uint32_t v, int xlat)
{
	if ((v >> 28) & 8)
		strbuf_adds(out, xlat == XLAT_ABBREV ? "FUTEX_OP_OPARG_SHIFT<<28|" :
				 xlat == XLAT_RAW ? "0x8<<28|" :
						    "0x8 /* FUTEX_OP_OPARG_SHIFT */<<28|");
	print_wake_op_field(out, &futex_wake_op_names, (v >> 28) & 7, 28, xlat);
	strbuf_addf(out, "|%#x<<12|", (v >> 12) & 0xfff);
	print_wake_op_field(out, &futex_wake_cmp_names, (v >> 24) & 0xf, 24, xlat);
	strbuf_addf(out, "|%#x", v & 0xfff);
}

static bool print_futex_arg(struct strbuf *out, const struct sc_event *ev, unsigned i, int xlat)
{
	uint32_t v = (uint32_t)ev->args[i];
	const char *p;

	switch (futex_show(ev, i)) {
	case FS_NONE:
		return false;
	case FS_U:
		strbuf_addf(out, "%u", v);
		return true;
	case FS_TS:
		p = fmt_struct(out, ev, i, 16, false);
		if (p)
			print_timespec(out, p);
		return true;
	case FS_ADDR:
		fmt_addr(out, ev->args[i]);
		return true;
	case FS_HEX:
		strbuf_addf(out, "%#x", v);
		return true;
	case FS_BITSET:
		if (v == 0xffffffffu)
			print_xlat_text(out, xlat, "0xffffffff", "FUTEX_BITSET_MATCH_ANY");
		else
			strbuf_addf(out, "%#x", v);
		return true;
	case FS_WAKEOP:
		print_futex_wake_op(out, v, xlat);
		return true;
	}
	return false;
}

bool fmt_futex_op(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	(void)o;
	print_enum(out, &futex_op_names, (uint32_t)ev->args[i]);
	return true;
}

bool fmt_futex_val(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	return print_futex_arg(out, ev, i, o->xlat);
}

bool fmt_futex_timeout(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct decode_opts *o)
{
	return print_futex_arg(out, ev, i, o->xlat);
}

bool fmt_futex_uaddr2(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	return print_futex_arg(out, ev, i, o->xlat);
}

bool fmt_futex_val3(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	return print_futex_arg(out, ev, i, o->xlat);
}
