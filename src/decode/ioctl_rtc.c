// SPDX-License-Identifier: MIT
/*
 * ioctl requests of real-time clocks (type 'p', <linux/rtc.h>) as strace 6.1
 * prints them: times and alarms (struct rtc_time, the last three fields under
 * -v only), PLL info, voltage flags, frequencies and epochs, and the
 * parameters of RTC_PARAM_GET/SET by parameter.
 */
#include <stddef.h>
#include <linux/ioctl.h>
#include <linux/rtc.h>

#include "ioctl.h"
#include "xlat_ioctl.h"

/* struct rtc_time: tm_sec..tm_year, and under -v tm_wday, tm_yday, tm_isdst */
static void print_time(const struct ioctl_call *c, const char *p)
{
	static const char *const fields[] = { "tm_sec", "tm_min", "tm_hour", "tm_mday", "tm_mon",
					      "tm_year", "tm_wday", "tm_yday", "tm_isdst" };
	unsigned n = c->o->verbose ? 9 : 6;

	for (unsigned k = 0; k < n; k++)
		strbuf_addf(c->out, "%s%s=%d", k ? ", " : "{", fields[k], (int32_t)load_u32(p, 4 * k));
	strbuf_adds(c->out, c->o->verbose ? "}" : ", ...}");
}

static void print_wkalrm(const struct ioctl_call *c, const char *p)
{
	strbuf_addf(c->out, "{enabled=%u, pending=%u, time=", (unsigned char)p[0],
		    (unsigned char)p[1]);
	print_time(c, p + offsetof(struct rtc_wkalrm, time));
	strbuf_addc(c->out, '}');
}

static void print_pll(const struct ioctl_call *c, const char *p)
{
	strbuf_addf(c->out, "{pll_ctrl=%d, pll_value=%d, pll_max=%d, pll_min=%d, pll_posmult=%d, "
			    "pll_negmult=%d, pll_clock=%lld}",
		    (int32_t)load_u32(p, 0), (int32_t)load_u32(p, 4), (int32_t)load_u32(p, 8),
		    (int32_t)load_u32(p, 12), (int32_t)load_u32(p, 16), (int32_t)load_u32(p, 20),
		    (long long)load_s64(p, offsetof(struct rtc_pll_info, pll_clock)));
}

/* struct rtc_param's value, by the parameter */
static void print_param_value(const struct ioctl_call *c, uint64_t param, uint64_t v)
{
	switch (param) {
	case RTC_PARAM_FEATURES:
		strbuf_adds(c->out, "uvalue=");
		ioctl_flags(c, &rtc_feature_names, v);
		break;
	case RTC_PARAM_CORRECTION:
		strbuf_addf(c->out, "svalue=%lld", (long long)v);
		break;
	case RTC_PARAM_BACKUP_SWITCH_MODE:
		strbuf_adds(c->out, "uvalue=");
		ioctl_enum(c, &rtc_bsm_names, v);
		break;
	default:
		strbuf_addf(c->out, "uvalue=%#llx", (unsigned long long)v);
	}
}

/*
 * {param=..., [value, ]index=N[, __pad=0x...]}; RTC_PARAM_GET then
 * " => {value[, __pad=...]}" after success, its address after a failure.
 */
static void print_param(const struct ioctl_call *c, bool get)
{
	const unsigned size = sizeof(struct rtc_param);
	const char *p = ioctl_in(c, size);
	uint64_t param;
	uint32_t pad;

	if (!p)
		return;
	param = load_u64(p, 0);
	pad = load_u32(p, offsetof(struct rtc_param, __pad));
	strbuf_adds(c->out, "{param=");
	ioctl_enum(c, &rtc_param_names, param);
	strbuf_adds(c->out, ", ");
	if (!get) {
		print_param_value(c, param, load_u64(p, 8));
		strbuf_adds(c->out, ", ");
	}
	strbuf_addf(c->out, "index=%u", load_u32(p, offsetof(struct rtc_param, index)));
	if (pad)
		strbuf_addf(c->out, ", __pad=%#x", pad);
	strbuf_addc(c->out, '}');
	if (!get)
		return;
	strbuf_adds(c->out, " => ");
	if (!(p = ioctl_out(c, size)))
		return;
	strbuf_addc(c->out, '{');
	print_param_value(c, param, load_u64(p, 8));
	if ((pad = load_u32(p, offsetof(struct rtc_param, __pad))))
		strbuf_addf(c->out, ", __pad=%#x", pad);
	strbuf_addc(c->out, '}');
}

enum ioctl_res ioctl_rtc_decode(const struct ioctl_call *c)
{
	const char *p;

	switch (c->code) {
	case RTC_ALM_READ:
	case RTC_RD_TIME:
		if ((p = ioctl_out(c, sizeof(struct rtc_time))))
			print_time(c, p);
		break;
	case RTC_ALM_SET:
	case RTC_SET_TIME:
		if ((p = ioctl_in(c, sizeof(struct rtc_time))))
			print_time(c, p);
		break;
	case RTC_IRQP_SET:
	case RTC_EPOCH_SET:
		strbuf_addf(c->out, "%llu", (unsigned long long)c->arg);
		break;
	case RTC_IRQP_READ:
	case RTC_EPOCH_READ:
		if ((p = ioctl_out(c, 8)))
			strbuf_addf(c->out, "[%llu]", (unsigned long long)load_u64(p, 0));
		break;
	case RTC_WKALM_RD:
		if ((p = ioctl_out(c, sizeof(struct rtc_wkalrm))))
			print_wkalrm(c, p);
		break;
	case RTC_WKALM_SET:
		if ((p = ioctl_in(c, sizeof(struct rtc_wkalrm))))
			print_wkalrm(c, p);
		break;
	case RTC_PLL_GET:
		if ((p = ioctl_out(c, sizeof(struct rtc_pll_info))))
			print_pll(c, p);
		break;
	case RTC_PLL_SET:
		if ((p = ioctl_in(c, sizeof(struct rtc_pll_info))))
			print_pll(c, p);
		break;
	case RTC_VL_READ:
		if ((p = ioctl_out(c, 4))) {
			strbuf_addc(c->out, '[');
			ioctl_flags(c, &rtc_vl_flag_names, load_u32(p, 0));
			strbuf_addc(c->out, ']');
		}
		break;
	case RTC_PARAM_GET:
	case RTC_PARAM_SET:
		print_param(c, c->code == RTC_PARAM_GET);
		break;
	case RTC_AIE_ON:
	case RTC_AIE_OFF:
	case RTC_UIE_ON:
	case RTC_UIE_OFF:
	case RTC_PIE_ON:
	case RTC_PIE_OFF:
	case RTC_WIE_ON:
	case RTC_WIE_OFF:
	case RTC_VL_CLR:
		return IOCTL_NO_ARG;
	default:
		return IOCTL_UNKNOWN;
	}
	return IOCTL_ARG;
}
