// SPDX-License-Identifier: MIT
/*
 * Linux AIO: io_setup's context, io_getevents' and io_pgetevents' events
 * (struct io_event[return value]); and _sysctl's struct __sysctl_args, whose
 * fields strace prints as they are.
 */
#include "fmt.h"

#define IO_EVENT_SIZE 32 /* data, obj, res, res2 */
#define SYSCTL_ARGS_SIZE 80 /* struct __sysctl_args, with its __unused[4] */

/* io_setup: [0x7f...], the context the kernel wrote */
bool fmt_aio_ctx_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	const char *p = fmt_struct(out, ev, i, 8, true);

	(void)o;
	if (!p)
		return true;
	strbuf_addc(out, '[');
	fmt_addr(out, load_u64(p, 0));
	strbuf_addc(out, ']');
	return true;
}

/* [{data=0x..., obj=0x..., res=4096, res2=0}, ...]: the return value's events, -s of them */
bool fmt_io_events_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct decode_opts *o)
{
	uint64_t n = ev->has_ret && ev->ret > 0 ? (uint64_t)ev->ret : 0;
	const struct sct_blob *b;
	const char *p;
	unsigned have;

	if (!ev->args[i] || !ev->has_ret || sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	if (!n) {
		strbuf_adds(out, "[]");
		return true;
	}
	b = fmt_mem(ev, i, IO_EVENT_SIZE);
	if (!b) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	p = sct_blob_data(b);
	have = b->len / IO_EVENT_SIZE;
	strbuf_addc(out, '[');
	for (unsigned k = 0; k < have && k < n; k++) {
		const char *e = p + k * IO_EVENT_SIZE;

		if (k >= o->str_max) {
			strbuf_adds(out, ", ...");
			break;
		}
		strbuf_addf(out, "%s{data=%#llx, obj=", k ? ", " : "",
			    (unsigned long long)load_u64(e, 0));
		fmt_addr(out, load_u64(e, 8));
		strbuf_addf(out, ", res=%lld, res2=%lld}", (long long)load_s64(e, 16),
			    (long long)load_s64(e, 24));
	}
	if (have < n && have < o->str_max)
		strbuf_adds(out, ", ...");
	strbuf_addc(out, ']');
	return true;
}

bool fmt_sysctl_args(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	static const char *const ptrs[] = { "oldval", "oldlenp", "newval" };
	const char *p = fmt_struct(out, ev, i, SYSCTL_ARGS_SIZE, false);

	(void)o;
	if (!p)
		return true;
	strbuf_adds(out, "{name=");
	fmt_addr(out, load_u64(p, 0));
	strbuf_addf(out, ", nlen=%d", load_s32(p, 8));
	for (unsigned k = 0; k < 3; k++) {
		strbuf_addf(out, ", %s=", ptrs[k]);
		fmt_addr(out, load_u64(p, 16 + 8 * k));
	}
	strbuf_addf(out, ", newlen=%llu}", (unsigned long long)load_u64(p, 40));
	return true;
}
