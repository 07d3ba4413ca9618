// SPDX-License-Identifier: MIT
/*
 * SG_IO (type 0x22, <scsi/sg.h>, <linux/bsg.h>) as strace 6.1 prints it:
 * struct sg_io_hdr ('S', v3) or struct sg_io_v4 ('Q'), the request's fields
 * and then the result's (printed after a failure too, as strace does), with
 * the buffers the header points to: the command, data out and in (bytes in
 * hex, or an iovec of strings), the sense buffer or response. The kernel
 * side captures those buffers at exit (SCT_SG_IO in record.h): a call that
 * blocked prints its request from them too, as they were at its end.
 */
#include <stddef.h>
#include <scsi/sg.h>
#include <linux/bsg.h>

#include "ioctl.h"
#include "xlat_devices.h"

#define OFF(type, field) offsetof(struct type, field)
#define SG_BUFS 4

/* The buffers of one capture: POINTEE blob k, and the iovec element data (IOCTL_STR) after it. */
struct sg_bufs {
	const struct sct_blob *buf[SG_BUFS];
	unsigned first[SG_BUFS], nstr[SG_BUFS]; /* their data blobs: indexes in the event */
};

static void sg_collect(const struct ioctl_call *c, struct sg_bufs *g)
{
	int cur = -1;

	memset(g, 0, sizeof(*g));
	for (unsigned k = 0; k < c->ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = c->ev->blobs[k];

		if (b->arg != c->i || b->kind != SCT_BLOB_MEM)
			continue;
		if (b->aux == SCT_AUX_POINTEE && cur + 1 < SG_BUFS) {
			g->buf[++cur] = b;
			g->first[cur] = k + 1;
		} else if (b->aux == SCT_AUX_IOCTL_STR && cur >= 0) {
			g->nstr[cur]++;
		}
	}
}

/* Data blob j of buffer k's iovec, or NULL. */
static const struct sct_blob *sg_str(const struct ioctl_call *c, const struct sg_bufs *g, unsigned k,
				     unsigned j)
{
	unsigned seen = 0;

	for (unsigned x = g->first[k]; x < c->ev->nblobs && x < SC_EVENT_MAX_BLOBS; x++) {
		const struct sct_blob *b = c->ev->blobs[x];

		if (b->arg != c->i || b->kind != SCT_BLOB_MEM)
			continue;
		if (b->aux != SCT_AUX_IOCTL_STR)
			break;
		if (seen++ == j)
			return b;
	}
	return NULL;
}

/* size bytes at addr as strace's printstr_ex: NULL, the address, or "\x.." (hex) / "..." (hex false). */
static void print_bytes(const struct ioctl_call *c, uint64_t addr, const struct sct_blob *b,
			uint64_t size, bool hex)
{
	unsigned n = size < c->o->str_max ? (unsigned)size : c->o->str_max;
	struct decode_opts o = *c->o;

	if (!addr) {
		strbuf_adds(c->out, "NULL");
		return;
	}
	if (!b || fmt_blob_unreadable(b) || b->len < n) {
		fmt_addr(c->out, addr);
		return;
	}
	if (hex)
		o.xstrings = XSTR_ALL;
	format_quoted(c->out, sct_blob_data(b), n, size > n, &o);
}

/*
 * Buffer k: size bytes at addr, or with iovs an iovec of that many
 * elements holding size bytes in all: [{iov_base="...", iov_len=N}, ...].
 */
static void print_buf(const struct ioctl_call *c, const struct sg_bufs *g, unsigned k, uint64_t addr,
		      uint64_t size, uint32_t iovs)
{
	const struct sct_blob *arr = g->buf[k];
	unsigned have;

	if (!iovs) {
		print_bytes(c, addr, arr, size, true);
		return;
	}
	have = arr && !fmt_blob_unreadable(arr) ? arr->len / 16 : 0;
	if (!addr || !have) {
		fmt_addr(c->out, addr);
		return;
	}
	strbuf_addc(c->out, '[');
	for (uint32_t j = 0; j < iovs; j++) {
		const char *e = sct_blob_data(arr) + 16 * j;
		uint64_t len, shown;

		if (j)
			strbuf_adds(c->out, ", ");
		if (ioctl_array_cut(c, j))
			break;
		if (j >= have) {
			if (arr->flags & SCT_BLOB_SHORT)
				strbuf_addf(c->out, "... /* %#llx */", (unsigned long long)(addr + 16ULL * j));
			else
				strbuf_adds(c->out, "...");
			break;
		}
		len = load_u64(e, 8);
		shown = len < size ? len : size;
		size -= shown;
		strbuf_adds(c->out, "{iov_base=");
		print_bytes(c, load_u64(e, 0), sg_str(c, g, k, j), shown, false);
		strbuf_addf(c->out, ", iov_len=%llu}", (unsigned long long)len);
	}
	strbuf_addc(c->out, ']');
}

static void v3_request(const struct ioctl_call *c, const char *h, const struct sg_bufs *g)
{
	uint32_t dir = load_u32(h, OFF(sg_io_hdr, dxfer_direction));

	strbuf_adds(c->out, "dxfer_direction=");
	ioctl_enum(c, &sg_dxfer_names, dir);
	strbuf_addf(c->out, ", cmd_len=%u, cmdp=", (unsigned char)h[OFF(sg_io_hdr, cmd_len)]);
	print_buf(c, g, 0, load_u64(h, OFF(sg_io_hdr, cmdp)), (unsigned char)h[OFF(sg_io_hdr, cmd_len)], 0);
	strbuf_addf(c->out, ", mx_sb_len=%u, iovec_count=%u, dxfer_len=%u, timeout=%u, flags=",
		    (unsigned char)h[OFF(sg_io_hdr, mx_sb_len)], load_u16(h, OFF(sg_io_hdr, iovec_count)),
		    load_u32(h, OFF(sg_io_hdr, dxfer_len)), load_u32(h, OFF(sg_io_hdr, timeout)));
	ioctl_flags(c, &sg_flag_names, load_u32(h, OFF(sg_io_hdr, flags)));
	if (dir == (uint32_t)SG_DXFER_TO_DEV || dir == (uint32_t)SG_DXFER_TO_FROM_DEV) {
		strbuf_adds(c->out, ", dxferp=");
		print_buf(c, g, 1, load_u64(h, OFF(sg_io_hdr, dxferp)), load_u32(h, OFF(sg_io_hdr, dxfer_len)),
			  load_u16(h, OFF(sg_io_hdr, iovec_count)));
	}
}

static void v3_result(const struct ioctl_call *c, const char *h, const struct sg_bufs *g)
{
	uint32_t dir = load_u32(h, OFF(sg_io_hdr, dxfer_direction)),
		 len = load_u32(h, OFF(sg_io_hdr, dxfer_len));
	int32_t resid = (int32_t)load_u32(h, OFF(sg_io_hdr, resid));
	unsigned char sb = (unsigned char)h[OFF(sg_io_hdr, sb_len_wr)];

	if (resid > 0 && (uint32_t)resid <= len)
		len -= (uint32_t)resid;
	if (dir == (uint32_t)SG_DXFER_FROM_DEV || (dir == (uint32_t)SG_DXFER_TO_FROM_DEV && len)) {
		strbuf_adds(c->out, dir == (uint32_t)SG_DXFER_FROM_DEV ? ", dxferp=" : " => dxferp=");
		print_buf(c, g, 1, load_u64(h, OFF(sg_io_hdr, dxferp)), len,
			  load_u16(h, OFF(sg_io_hdr, iovec_count)));
	}
	strbuf_addf(c->out, ", status=%#x, masked_status=%#x, msg_status=%#x, sb_len_wr=%u, sbp=",
		    (unsigned char)h[OFF(sg_io_hdr, status)], (unsigned char)h[OFF(sg_io_hdr, masked_status)],
		    (unsigned char)h[OFF(sg_io_hdr, msg_status)], sb);
	print_buf(c, g, 2, load_u64(h, OFF(sg_io_hdr, sbp)), sb, 0);
	strbuf_addf(c->out, ", host_status=%#x, driver_status=%#x, resid=%d, duration=%u, info=",
		    load_u16(h, OFF(sg_io_hdr, host_status)), load_u16(h, OFF(sg_io_hdr, driver_status)),
		    resid, load_u32(h, OFF(sg_io_hdr, duration)));
	ioctl_flags(c, &sg_info_names, load_u32(h, OFF(sg_io_hdr, info)));
}

static void v4_request(const struct ioctl_call *c, const char *h, const struct sg_bufs *g)
{
	strbuf_adds(c->out, "protocol=");
	ioctl_enum(c, &bsg_protocol_names, load_u32(h, OFF(sg_io_v4, protocol)));
	strbuf_adds(c->out, ", subprotocol=");
	ioctl_enum(c, &bsg_subprotocol_names, load_u32(h, OFF(sg_io_v4, subprotocol)));
	strbuf_addf(c->out, ", request_len=%u, request=", load_u32(h, OFF(sg_io_v4, request_len)));
	print_buf(c, g, 0, load_u64(h, OFF(sg_io_v4, request)), load_u32(h, OFF(sg_io_v4, request_len)), 0);
	strbuf_addf(c->out,
		    ", request_tag=%#llx, request_attr=%u, request_priority=%u, request_extra=%u, "
		    "max_response_len=%u, dout_iovec_count=%u, dout_xfer_len=%u, din_iovec_count=%u, "
		    "din_xfer_len=%u, dout_xferp=",
		    (unsigned long long)load_u64(h, OFF(sg_io_v4, request_tag)),
		    load_u32(h, OFF(sg_io_v4, request_attr)), load_u32(h, OFF(sg_io_v4, request_priority)),
		    load_u32(h, OFF(sg_io_v4, request_extra)), load_u32(h, OFF(sg_io_v4, max_response_len)),
		    load_u32(h, OFF(sg_io_v4, dout_iovec_count)), load_u32(h, OFF(sg_io_v4, dout_xfer_len)),
		    load_u32(h, OFF(sg_io_v4, din_iovec_count)), load_u32(h, OFF(sg_io_v4, din_xfer_len)));
	print_buf(c, g, 1, load_u64(h, OFF(sg_io_v4, dout_xferp)), load_u32(h, OFF(sg_io_v4, dout_xfer_len)),
		  load_u32(h, OFF(sg_io_v4, dout_iovec_count)));
	strbuf_addf(c->out, ", timeout=%u, flags=", load_u32(h, OFF(sg_io_v4, timeout)));
	ioctl_flags(c, &bsg_flag_names, load_u32(h, OFF(sg_io_v4, flags)));
	strbuf_addf(c->out, ", usr_ptr=%#llx", (unsigned long long)load_u64(h, OFF(sg_io_v4, usr_ptr)));
}

static void v4_result(const struct ioctl_call *c, const char *h, const struct sg_bufs *g)
{
	uint32_t rlen = load_u32(h, OFF(sg_io_v4, response_len)), len = load_u32(h, OFF(sg_io_v4, din_xfer_len));
	int32_t resid = (int32_t)load_u32(h, OFF(sg_io_v4, din_resid));

	strbuf_addf(c->out, ", response_len=%u, response=", rlen);
	print_buf(c, g, 2, load_u64(h, OFF(sg_io_v4, response)), rlen, 0);
	if (resid > 0 && (uint32_t)resid <= len)
		len -= (uint32_t)resid;
	strbuf_adds(c->out, ", din_xferp=");
	print_buf(c, g, 3, load_u64(h, OFF(sg_io_v4, din_xferp)), len, load_u32(h, OFF(sg_io_v4, din_iovec_count)));
	strbuf_addf(c->out,
		    ", driver_status=%#x, transport_status=%#x, device_status=%#x, retry_delay=%u, info=",
		    load_u32(h, OFF(sg_io_v4, driver_status)), load_u32(h, OFF(sg_io_v4, transport_status)),
		    load_u32(h, OFF(sg_io_v4, device_status)), load_u32(h, OFF(sg_io_v4, retry_delay)));
	ioctl_flags(c, &sg_info_names, load_u32(h, OFF(sg_io_v4, info)));
	strbuf_addf(c->out,
		    ", duration=%u, response_len=%u, din_resid=%d, dout_resid=%d, generated_tag=%#llx",
		    load_u32(h, OFF(sg_io_v4, duration)), rlen, resid,
		    (int32_t)load_u32(h, OFF(sg_io_v4, dout_resid)),
		    (unsigned long long)load_u64(h, OFF(sg_io_v4, generated_tag)));
}

/*
 * {interface_id='S', ...} or {guard='Q', ...}; the address of the rest when
 * only the id could be read; [id] for another id.
 */
static void print_sg_io(const struct ioctl_call *c)
{
	const char *h = ioctl_in(c, 4), *r;
	unsigned have = ioctl_have(c), size;
	const struct sct_blob *x, *e;
	struct sg_bufs g;
	uint32_t iid;
	bool v3;

	if (!h)
		return;
	iid = load_u32(h, 0);
	if (iid != 'S' && iid != 'Q') {
		strbuf_addf(c->out, "[%u]", iid);
		return;
	}
	v3 = iid == 'S';
	strbuf_adds(c->out, v3 ? "{interface_id='S', " : "{guard='Q', ");
	size = v3 ? sizeof(struct sg_io_hdr) : sizeof(struct sg_io_v4);
	x = have >= size ? fmt_mem(c->ev, c->i, size) : NULL;
	if (!x) {
		fmt_addr(c->out, c->arg + 4);
		strbuf_addc(c->out, '}');
		return;
	}
	/*
	 * The result from the exit copy, the request from the entry copy (a call
	 * that blocked has one) when that is whole: h only held the id.
	 */
	r = sct_blob_data(x);
	e = fmt_mem_entry(c->ev, c->i, size);
	h = e ? sct_blob_data(e) : r;
	sg_collect(c, &g);
	if (v3) {
		v3_request(c, h, &g);
		v3_result(c, r, &g);
	} else {
		v4_request(c, h, &g);
		v4_result(c, r, &g);
	}
	strbuf_addc(c->out, '}');
}

enum ioctl_res ioctl_sg_decode(const struct ioctl_call *c)
{
	if (c->code != SG_IO)
		return IOCTL_UNKNOWN;
	print_sg_io(c);
	return IOCTL_ARG;
}
