// SPDX-License-Identifier: MIT
/*
 * ioctl requests of perf events (type '$', <linux/perf_event.h>) as strace
 * 6.1 prints them: the group flag, refresh counts, periods, output and BPF
 * descriptors, filters, event ids, BPF program queries and the attributes
 * of PERF_EVENT_IOC_MODIFY_ATTRIBUTES (perf.c's struct perf_event_attr).
 */
#include <stddef.h>
#include <string.h>
#include <linux/perf_event.h>

#include "ioctl.h"
#include "xlat_kd.h"

/* [N] of a __u64 the request reads (or, out, writes) */
static void u64_ptr(const struct ioctl_call *c, bool out)
{
	const char *p = out ? ioctl_out(c, 8) : ioctl_in(c, 8);

	if (p)
		strbuf_addf(c->out, "[%llu]", (unsigned long long)load_u64(p, 0));
}

/*
 * The filter string: at most -s bytes up to its NUL, "..." when longer;
 * the address when it runs into unreadable memory (the capture ends at its
 * page) before a NUL.
 */
static void filter(const struct ioctl_call *c)
{
	const char *p = ioctl_in(c, 1), *nul;
	unsigned have, want = c->o->str_max + 1;

	if (!p)
		return;
	have = ioctl_have(c);
	nul = memchr(p, 0, have < want ? have : want);
	if (!nul && have < want) {
		fmt_addr(c->out, c->arg);
		return;
	}
	if (nul && (unsigned)(nul - p) <= c->o->str_max)
		format_quoted(c->out, p, (unsigned)(nul - p), false, c->o);
	else
		format_quoted(c->out, p, c->o->str_max, true, c->o);
}

/* struct perf_event_query_bpf: ids_len, and after success prog_cnt and the ids */
static void query_bpf(const struct ioctl_call *c)
{
	const size_t ids = offsetof(struct perf_event_query_bpf, ids);
	const char *p = ioctl_in(c, 4);
	unsigned have;
	uint32_t n;

	if (!p)
		return;
	strbuf_addf(c->out, "{ids_len=%u, ", load_u32(p, 0));
	have = ioctl_have(c);
	if (ioctl_failed(c) || have < ids) {
		strbuf_adds(c->out, "...}");
		return;
	}
	n = load_u32(p, offsetof(struct perf_event_query_bpf, prog_cnt));
	strbuf_addf(c->out, "prog_cnt=%u, ids=", n);
	if (!n)
		strbuf_adds(c->out, "[]");
	for (uint32_t k = 0; k < n; k++) {
		if (k)
			strbuf_adds(c->out, ", ");
		if (ids + 4 * (k + 1) > have) {
			if (k)
				strbuf_addf(c->out, "... /* %#llx */]",
					    (unsigned long long)(c->arg + ids + 4 * k));
			else
				fmt_addr(c->out, c->arg + ids);
			break;
		}
		if (!k)
			strbuf_addc(c->out, '[');
		if (ioctl_array_cut(c, k)) {
			strbuf_addc(c->out, ']');
			break;
		}
		strbuf_addf(c->out, "%u", load_u32(p, ids + 4 * k));
		if (k + 1 == n)
			strbuf_addc(c->out, ']');
	}
	strbuf_addc(c->out, '}');
}

enum ioctl_res ioctl_perf_decode(const struct ioctl_call *c)
{
	switch (c->code) {
	case PERF_EVENT_IOC_ENABLE:
	case PERF_EVENT_IOC_DISABLE:
	case PERF_EVENT_IOC_RESET:
		ioctl_flags(c, &perf_ioc_flag_names, (uint32_t)c->arg);
		break;
	case PERF_EVENT_IOC_REFRESH:
	case PERF_EVENT_IOC_SET_OUTPUT:
	case PERF_EVENT_IOC_SET_BPF:
		strbuf_addf(c->out, "%d", (int)c->arg);
		break;
	case PERF_EVENT_IOC_PAUSE_OUTPUT:
		strbuf_addf(c->out, "%llu", (unsigned long long)c->arg);
		break;
	case PERF_EVENT_IOC_PERIOD:
		u64_ptr(c, false);
		break;
	case PERF_EVENT_IOC_ID:
		u64_ptr(c, true);
		break;
	case PERF_EVENT_IOC_SET_FILTER:
		filter(c);
		break;
	case PERF_EVENT_IOC_QUERY_BPF:
		query_bpf(c);
		break;
	case PERF_EVENT_IOC_MODIFY_ATTRIBUTES:
		fmt_perf_attr(c->out, c->ev, c->i, c->o);
		break;
	default:
		return IOCTL_UNKNOWN;
	}
	return IOCTL_ARG;
}
