// SPDX-License-Identifier: MIT
/*
 * io_uring: io_uring_setup's struct io_uring_params (the inputs, then what
 * the kernel wrote after success) and io_uring_enter's flags.
 */
#include <linux/io_uring.h>

#include "fmt.h"
#include "xlat_newsys.h"

#define PARAMS_SIZE 120
/* offsets in struct io_uring_params */
enum {
	P_SQ_ENTRIES = 0, P_CQ_ENTRIES = 4, P_FLAGS = 8, P_SQ_THREAD_CPU = 12,
	P_SQ_THREAD_IDLE = 16, P_FEATURES = 20, P_WQ_FD = 24, P_RESV = 28, P_SQ_OFF = 40,
	P_CQ_OFF = 80,
};

/* The u32 fields of the ring offsets, then resv1 (u32) and resv2 (u64) when not zero. */
static void print_ring_offsets(struct strbuf *out, const char *p, const char *const names[7])
{
	strbuf_addc(out, '{');
	for (unsigned k = 0; k < 7; k++)
		strbuf_addf(out, "%s%s=%u", k ? ", " : "", names[k], load_u32(p, 4 * k));
	if (load_u32(p, 28))
		strbuf_addf(out, ", resv1=%#x", load_u32(p, 28));
	if (load_u64(p, 32))
		strbuf_addf(out, ", resv2=%#llx", (unsigned long long)load_u64(p, 32));
	strbuf_addc(out, '}');
}

static void print_params_in(struct strbuf *out, const char *p, const struct decode_opts *o)
{
	uint32_t flags = load_u32(p, P_FLAGS);

	strbuf_adds(out, "{flags=");
	print_flags_x(out, &uring_setup_flag_names, flags, o->xlat);
	strbuf_addf(out, ", sq_thread_cpu=%#x, sq_thread_idle=%u", load_u32(p, P_SQ_THREAD_CPU),
		    load_u32(p, P_SQ_THREAD_IDLE));
	if (flags & IORING_SETUP_ATTACH_WQ) {
		int fd = load_s32(p, P_WQ_FD);

		strbuf_adds(out, ", wq_fd=");
		decode_fd(out, fd, o);
	}
	if (load_u32(p, P_RESV) || load_u32(p, P_RESV + 4) || load_u32(p, P_RESV + 8))
		strbuf_addf(out, ", resv=[%#x, %#x, %#x]", load_u32(p, P_RESV),
			    load_u32(p, P_RESV + 4), load_u32(p, P_RESV + 8));
}

static void print_params_out(struct strbuf *out, const char *p, const struct decode_opts *o)
{
	static const char *const sq[7] = { "head", "tail", "ring_mask", "ring_entries",
					   "flags", "dropped", "array" };
	static const char *const cq[7] = { "head", "tail", "ring_mask", "ring_entries",
					   "overflow", "cqes", "flags" };

	strbuf_addf(out, ", sq_entries=%u, cq_entries=%u, features=", load_u32(p, P_SQ_ENTRIES),
		    load_u32(p, P_CQ_ENTRIES));
	print_flags_x(out, &uring_feature_names, load_u32(p, P_FEATURES), o->xlat);
	strbuf_adds(out, ", sq_off=");
	print_ring_offsets(out, p + P_SQ_OFF, sq);
	strbuf_adds(out, ", cq_off=");
	print_ring_offsets(out, p + P_CQ_OFF, cq);
}

/* {flags=..., sq_thread_cpu=..., sq_thread_idle=...[, sq_entries=... after success]} */
bool fmt_io_uring_params(struct strbuf *out, const struct sc_event *ev, unsigned i,
			 const struct decode_opts *o)
{
	const struct sct_blob *in = fmt_mem_entry(ev, i, PARAMS_SIZE);
	const char *p = fmt_struct(out, ev, i, PARAMS_SIZE, false);

	if (!p)
		return true;
	print_params_in(out, in ? sct_blob_data(in) : p, o);
	if (ev->has_ret && !sc_event_failed(ev))
		print_params_out(out, p, o);
	strbuf_addc(out, '}');
	return true;
}

bool fmt_uring_enter_flags(struct strbuf *out, const struct sc_event *ev, unsigned i,
			   const struct decode_opts *o)
{
	(void)o;
	print_flags(out, &uring_enter_flag_names, (uint32_t)ev->args[i]);
	return true;
}
