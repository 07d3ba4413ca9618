// SPDX-License-Identifier: MIT
/*
 * Linux AIO: io_setup's context, io_submit's struct iocb *[] (uring: each
 * iocb and what its aio_buf points to, SCT_CAP_IOCBS), io_cancel's iocb,
 * io_getevents' and io_pgetevents' events (struct io_event[return value]);
 * and _sysctl's struct __sysctl_args, whose fields strace prints as they are.
 */
#include <linux/aio_abi.h>
#include <stdio.h>

#include "fmt.h"
#include "xlat_perf.h"
#include "xlat_proc.h"
#include "xlat_uring.h"

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

/* --- uring: struct iocb --- */
#define IOCB_SIZE 64
/* offsets in struct iocb (x86_64) */
enum {
	CB_DATA = 0, CB_KEY = 8, CB_RW_FLAGS = 12, CB_OPCODE = 16, CB_REQPRIO = 18, CB_FILDES = 20,
	CB_BUF = 24, CB_NBYTES = 32, CB_OFFSET = 40, CB_FLAGS = 56, CB_RESFD = 60,
};

/* aio_data ... aio_fildes, as strace's print_iocb_header (io_cancel prints it alone) */
static void print_iocb_header(struct strbuf *out, const char *cb, const struct decode_opts *o)
{
	uint16_t op = load_u16(cb, CB_OPCODE), prio = load_u16(cb, CB_REQPRIO);
	char raw[16], abbrev[48];
	const char *name = flag_lookup(&aio_cmd_names, op);

	strbuf_addf(out, "aio_data=%#llx", (unsigned long long)load_u64(cb, CB_DATA));
	if (load_u32(cb, CB_KEY))
		strbuf_addf(out, ", aio_key=%u", load_u32(cb, CB_KEY));
	if (load_u32(cb, CB_RW_FLAGS)) {
		strbuf_adds(out, ", aio_rw_flags=");
		print_flags_x(out, &rwf_flag_names, load_u32(cb, CB_RW_FLAGS), o->xlat);
	}
	snprintf(raw, sizeof(raw), "%u", op);
	if (name)
		snprintf(abbrev, sizeof(abbrev), "%s", name);
	else
		snprintf(abbrev, sizeof(abbrev), "%u /* IOCB_CMD_??? */", op);
	strbuf_adds(out, ", aio_lio_opcode=");
	print_xlat_text(out, o->xlat, raw, abbrev);
	if (load_u32(cb, CB_FLAGS) & IOCB_FLAG_IOPRIO) {
		strbuf_adds(out, ", aio_reqprio=IOPRIO_PRIO_VALUE(");
		print_enum_x(out, &ioprio_class_names, prio >> 13, o->xlat);
		strbuf_addf(out, ", %d)", prio & 0x1fff);
	} else if (prio) {
		strbuf_addf(out, ", aio_reqprio=%d", (int16_t)prio);
	}
	strbuf_adds(out, ", aio_fildes=");
	decode_fd(out, load_s32(cb, CB_FILDES), o);
}

static void print_iocb_flags(struct strbuf *out, const char *cb, const struct decode_opts *o)
{
	uint32_t flags = load_u32(cb, CB_FLAGS);

	if (flags) {
		strbuf_adds(out, ", aio_flags=");
		print_flags_x(out, &aio_iocb_flag_names, flags, o->xlat);
	}
	if (flags & IOCB_FLAG_RESFD) {
		strbuf_adds(out, ", aio_resfd=");
		decode_fd(out, load_s32(cb, CB_RESFD), o);
	} else if (load_u32(cb, CB_RESFD)) {
		strbuf_addf(out, ", aio_resfd=%#x", load_u32(cb, CB_RESFD));
	}
}

/*
 * What aio_buf is by the command: PWRITE's data (its -s bytes, captured),
 * PREADV's and PWRITEV's iovec array (addresses and sizes: PWRITEV's
 * strings are not captured), POLL's events; the address otherwise.
 */
static void print_iocb_body(struct strbuf *out, const struct sc_event *ev, unsigned i, uint64_t j,
			    const char *cb, const struct decode_opts *o)
{
	uint16_t op = load_u16(cb, CB_OPCODE);
	uint64_t buf = load_u64(cb, CB_BUF), nbytes = load_u64(cb, CB_NBYTES);
	bool valid = (int64_t)nbytes >= 0;
	struct cap_bytes b = cap_bytes_of(ev, i, SCT_AUX_IOCB_BUF(j), buf);

	if (op == IOCB_CMD_PREAD || op == IOCB_CMD_PWRITE) {
		strbuf_adds(out, ", aio_buf=");
		if (op == IOCB_CMD_PWRITE && valid)
			print_user_strn(out, buf, b.cut ? NULL : b.p, b.have,
					nbytes < UINT32_MAX ? (uint32_t)nbytes : UINT32_MAX - 1, false, o);
		else
			strbuf_addf(out, "%#llx", (unsigned long long)buf);
		strbuf_addf(out, ", aio_nbytes=%llu", (unsigned long long)nbytes);
	} else if (op == IOCB_CMD_PREADV || op == IOCB_CMD_PWRITEV) {
		if (valid) {
			strbuf_adds(out, ", aio_buf=");
			print_cap_array(out, &b, nbytes, 16, print_iov_addr_elem, NULL, false, o);
		} else {
			strbuf_addf(out, ", aio_buf=%#llx, aio_nbytes=%llu", (unsigned long long)buf,
				    (unsigned long long)nbytes);
		}
	} else if (op == IOCB_CMD_POLL) {
		strbuf_adds(out, ", aio_buf=");
		print_flags_x(out, &poll_event_names, buf, o->xlat);
		print_iocb_flags(out, cb, o);
		return;
	} else {
		return;
	}
	strbuf_addf(out, ", aio_offset=%lld", (long long)load_s64(cb, CB_OFFSET));
	print_iocb_flags(out, cb, o);
}

struct iocbs_ctx {
	const struct sc_event *ev;
	unsigned i;
};

/* element j: the iocb it points to (aux j + 1), or the pointer when unreadable */
static bool print_iocbp(struct strbuf *out, const char *e, uint64_t j, const void *ctx,
			const struct decode_opts *o)
{
	const struct iocbs_ctx *c = ctx;
	struct cap_bytes cb = cap_bytes_of(c->ev, c->i, (unsigned)j + 1, load_u64(e, 0));

	if (!cb.addr || o->nonverbose || cb.cut || cb.have < IOCB_SIZE) {
		fmt_addr(out, cb.addr);
		return true;
	}
	strbuf_addc(out, '{');
	print_iocb_header(out, cb.p, o);
	print_iocb_body(out, c->ev, c->i, j, cb.p, o);
	strbuf_addc(out, '}');
	return true;
}

/* io_submit's struct iocb *iocbpp[nr] */
bool fmt_aio_iocbs(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	int64_t nr = (int64_t)ev->args[i - 1];
	struct cap_bytes u = cap_bytes_of(ev, i, 0, ev->args[i]);
	struct iocbs_ctx c = { ev, i };

	if (nr < 0) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	print_cap_array(out, &u, (uint64_t)nr, 8, print_iocbp, &c, false, o);
	return true;
}

/* io_cancel's iocb: its header */
bool fmt_aio_iocb_hdr(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	const char *cb = fmt_struct(out, ev, i, IOCB_SIZE, false);

	if (!cb)
		return true;
	strbuf_addc(out, '{');
	print_iocb_header(out, cb, o);
	strbuf_addc(out, '}');
	return true;
}
