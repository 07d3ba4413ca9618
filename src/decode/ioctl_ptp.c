// SPDX-License-Identifier: MIT
/*
 * ioctl requests of PTP hardware clocks (type '=', <linux/ptp_clock.h>) as
 * strace 6.1 prints them: capabilities, external timestamp and periodic
 * output requests, system offset samples, pin functions. Clock times that
 * are dates get a comment with the date; reserved words print only when
 * not zero.
 */
#include <stddef.h>
#include <linux/ioctl.h>
#include <linux/ptp_clock.h>

#include "ioctl.h"
#include "xlat_ioctl.h"

#define OFF(type, field) offsetof(struct type, field)
#define TIME_SIZE sizeof(struct ptp_clock_time)

/* {sec=N, nsec=N[, reserved=0x...]}, and for a date (rtc) its comment */
static void print_time(const struct ioctl_call *c, const char *p, bool rtc)
{
	int64_t sec = (int64_t)load_u64(p, 0);
	uint32_t nsec = load_u32(p, 8), rsv = load_u32(p, 12);

	strbuf_addf(c->out, "{sec=%lld, nsec=%u", (long long)sec, nsec);
	if (rsv)
		strbuf_addf(c->out, ", reserved=%#x", rsv);
	strbuf_addc(c->out, '}');
	if (rtc && c->o->xlat != XLAT_RAW)
		print_date_comment(c->out, sec, nsec, 999999999, 9);
}

/* ", name=[0x1, 0]" unless all n words are zero */
static void print_rsv(const struct ioctl_call *c, const char *p, unsigned n)
{
	for (unsigned k = 0; k < n; k++)
		if (load_u32(p, 4 * k)) {
			strbuf_adds(c->out, ", rsv=");
			ioctl_uarray(c, p, n, 4, true);
			return;
		}
}

static void print_caps(const struct ioctl_call *c)
{
	static const char *const fields[] = { "max_adj", "n_alarm", "n_ext_ts", "n_per_out", "pps",
					      "n_pins", "cross_timestamping", "adjust_phase" };
	const char *p = ioctl_out(c, sizeof(struct ptp_clock_caps));

	if (!p)
		return;
	for (unsigned k = 0; k < 8; k++)
		strbuf_addf(c->out, "%s%s=%d", k ? ", " : "{", fields[k], (int32_t)load_u32(p, 4 * k));
	print_rsv(c, p + OFF(ptp_clock_caps, rsv), 12);
	strbuf_addc(c->out, '}');
}

static void print_extts(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct ptp_extts_request));

	if (!p)
		return;
	strbuf_addf(c->out, "{index=%u, flags=", load_u32(p, 0));
	ioctl_flags(c, &ptp_extts_flag_names, load_u32(p, 4));
	if (c->code == PTP_EXTTS_REQUEST2)
		print_rsv(c, p + OFF(ptp_extts_request, rsv), 2);
	strbuf_addc(c->out, '}');
}

static void print_perout(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, sizeof(struct ptp_perout_request));
	uint32_t flags;

	if (!p)
		return;
	flags = load_u32(p, OFF(ptp_perout_request, flags));
	strbuf_adds(c->out, flags & PTP_PEROUT_PHASE ? "{phase=" : "{start=");
	print_time(c, p, !(flags & PTP_PEROUT_PHASE));
	strbuf_adds(c->out, ", period=");
	print_time(c, p + OFF(ptp_perout_request, period), false);
	strbuf_addf(c->out, ", index=%u, flags=", load_u32(p, OFF(ptp_perout_request, index)));
	ioctl_flags(c, &ptp_perout_flag_names, flags);
	if (flags & PTP_PEROUT_DUTY_CYCLE) {
		strbuf_adds(c->out, ", on=");
		print_time(c, p + OFF(ptp_perout_request, on), false);
	} else if (c->code == PTP_PEROUT_REQUEST2) {
		print_rsv(c, p + OFF(ptp_perout_request, rsv), 4);
	}
	strbuf_addc(c->out, '}');
}

/*
 * The samples: n_samples at entry, then after success the times the kernel
 * wrote, per of them entries of per clock times (at most PTP_MAX_SAMPLES).
 */
static void print_samples(const struct ioctl_call *c, size_t size, unsigned per, bool offset1)
{
	const char *p = ioctl_in(c, (unsigned)size);
	uint32_t n;
	unsigned count;

	if (!p)
		return;
	strbuf_addf(c->out, "{n_samples=%u", load_u32(p, 0));
	print_rsv(c, p + 4, 3);
	if (!ioctl_failed(c)) {
		{
			n = load_u32(p, 0) < PTP_MAX_SAMPLES ? load_u32(p, 0) : PTP_MAX_SAMPLES;
			count = offset1 ? 2 * n + 1 : n;
			strbuf_adds(c->out, ", ts=[");
			for (unsigned k = 0; k < count; k++) {
				const char *e = p + 16 + k * per * TIME_SIZE;

				if (k)
					strbuf_adds(c->out, ", ");
				if (ioctl_array_cut(c, k))
					break;
				if (per == 1) {
					print_time(c, e, true);
					continue;
				}
				for (unsigned j = 0; j < per; j++) {
					strbuf_adds(c->out, j ? ", " : "[");
					print_time(c, e + j * TIME_SIZE, true);
				}
				strbuf_addc(c->out, ']');
			}
			strbuf_addc(c->out, ']');
		}
	}
	strbuf_addc(c->out, '}');
}

/* struct ptp_pin_desc: index (and rsv) at entry; the function, from the kernel for GETFUNC. */
static void print_pin(const struct ioctl_call *c)
{
	const size_t size = sizeof(struct ptp_pin_desc);
	bool get = c->code == PTP_PIN_GETFUNC || c->code == PTP_PIN_GETFUNC2;
	const char *p = ioctl_in(c, size);

	if (!p)
		return;
	strbuf_addf(c->out, "{index=%u", load_u32(p, OFF(ptp_pin_desc, index)));
	if (c->code == PTP_PIN_GETFUNC2)
		print_rsv(c, p + OFF(ptp_pin_desc, rsv), 5);
	if (get && ioctl_failed(c)) {
		strbuf_addc(c->out, '}');
		return;
	}
	if (get) {
		strbuf_adds(c->out, ", name=");
		ioctl_cstring(c, p + OFF(ptp_pin_desc, name), sizeof(((struct ptp_pin_desc *)0)->name));
	}
	strbuf_adds(c->out, ", func=");
	ioctl_enum(c, &ptp_pin_func_names, load_u32(p, OFF(ptp_pin_desc, func)));
	strbuf_addf(c->out, ", chan=%u", load_u32(p, OFF(ptp_pin_desc, chan)));
	if (c->code == PTP_PIN_SETFUNC2)
		print_rsv(c, p + OFF(ptp_pin_desc, rsv), 5);
	strbuf_addc(c->out, '}');
}

static void print_precise(const struct ioctl_call *c)
{
	const char *p = ioctl_out(c, sizeof(struct ptp_sys_offset_precise));

	if (!p)
		return;
	strbuf_adds(c->out, "{device=");
	print_time(c, p, true);
	strbuf_adds(c->out, ", sys_realtime=");
	print_time(c, p + OFF(ptp_sys_offset_precise, sys_realtime), true);
	strbuf_adds(c->out, ", sys_monoraw=");
	print_time(c, p + OFF(ptp_sys_offset_precise, sys_monoraw), false);
	print_rsv(c, p + OFF(ptp_sys_offset_precise, rsv), 4);
	strbuf_addc(c->out, '}');
}

enum ioctl_res ioctl_ptp_decode(const struct ioctl_call *c)
{
	switch (c->code) {
	case PTP_CLOCK_GETCAPS:
	case PTP_CLOCK_GETCAPS2:
		print_caps(c);
		break;
	case PTP_EXTTS_REQUEST:
	case PTP_EXTTS_REQUEST2:
		print_extts(c);
		break;
	case PTP_PEROUT_REQUEST:
	case PTP_PEROUT_REQUEST2:
		print_perout(c);
		break;
	case PTP_ENABLE_PPS:
	case PTP_ENABLE_PPS2:
		strbuf_addf(c->out, "%#llx", (unsigned long long)c->arg);
		break;
	case PTP_SYS_OFFSET:
	case PTP_SYS_OFFSET2:
		print_samples(c, sizeof(struct ptp_sys_offset), 1, true);
		break;
	case PTP_SYS_OFFSET_EXTENDED:
	case PTP_SYS_OFFSET_EXTENDED2:
		print_samples(c, sizeof(struct ptp_sys_offset_extended), 3, false);
		break;
	case PTP_PIN_GETFUNC:
	case PTP_PIN_GETFUNC2:
	case PTP_PIN_SETFUNC:
	case PTP_PIN_SETFUNC2:
		print_pin(c);
		break;
	case PTP_SYS_OFFSET_PRECISE:
	case PTP_SYS_OFFSET_PRECISE2:
		print_precise(c);
		break;
	default:
		return IOCTL_UNKNOWN;
	}
	return IOCTL_ARG;
}
