// SPDX-License-Identifier: MIT
/*
 * io_uring_register: its opcode, and its argument by the opcode, as strace
 * 6.1 prints them: arrays of descriptors, iovecs, restrictions and ring
 * descriptors; the files-update, probe, resource and buffer-ring structures
 * with the arrays they point to; io-wq's CPU mask and worker counts. The
 * kernel side captures them as SCT_CAP_URING_REG.
 */
#include <linux/io_uring.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fmt.h"
#include "xlat_uring.h"

#define RSRC_SIZE 32 /* struct io_uring_rsrc_register, struct io_uring_rsrc_update2 */
#define PROBE_SIZE 16 /* struct io_uring_probe, without its ops */
#define PROBE_OPS_MAX 256
#define BUF_REG_SIZE 40 /* struct io_uring_buf_reg */

/* The last MEM blob of argument i tagged aux (0: the argument itself): see struct cap_bytes. */
struct cap_bytes cap_bytes_of(const struct sc_event *ev, unsigned i, unsigned aux, uint64_t addr)
{
	struct cap_bytes u = { .addr = addr };
	const struct sct_blob *found = NULL;

	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = ev->blobs[k];

		if (b->arg == i && b->kind == SCT_BLOB_MEM && b->aux == aux)
			found = b;
	}
	if (!found)
		return u;
	u.cut = (found->flags & SCT_BLOB_FAULT) != 0;
	if (u.cut && !(found->flags & SCT_BLOB_SHORT))
		return u;
	u.p = sct_blob_data(found);
	u.have = found->len;
	return u;
}

/*
 * strace's print_array: NULL, [] (or [...] when trunc says the kernel has
 * more), the address when the first element is unreadable, "..." past -s
 * elements, "... / * 0x... * /" where a fault cut it; trunc: ", ..." after
 * the last element.
 */
void print_cap_array(struct strbuf *out, const struct cap_bytes *u, uint64_t count, unsigned elem,
		     cap_elem_fn *fn, const void *ctx, bool trunc, const struct decode_opts *o)
{
	uint64_t k;

	if (!u->addr) {
		strbuf_adds(out, "NULL");
		return;
	}
	if (!count) {
		strbuf_adds(out, trunc ? "[...]" : "[]");
		return;
	}
	if (count > UINT64_MAX / elem || u->addr + count * elem <= u->addr || u->have < elem) {
		fmt_addr(out, u->addr);
		return;
	}
	strbuf_addc(out, '[');
	for (k = 0; k < count; k++) {
		if (k)
			strbuf_adds(out, ", ");
		if ((k + 1) * elem > u->have) {
			strbuf_adds(out, "...");
			if (u->cut)
				strbuf_addf(out, " /* %#llx */", (unsigned long long)(u->addr + k * elem));
			break;
		}
		if (!o->verbose && count > o->str_max && k >= o->str_max) {
			strbuf_adds(out, "...");
			break;
		}
		fn(out, u->p + k * elem, k, ctx, o);
	}
	if (trunc && k == count)
		strbuf_adds(out, ", ...");
	strbuf_addc(out, ']');
}

/* A value of t in decimal, as strace's XVAL_U and printxval_d: 47 / * IORING_OP_??? * / */
static void print_enum_dec(struct strbuf *out, const struct flag_table *t, uint64_t v, bool sign,
			   const struct decode_opts *o)
{
	const char *name = flag_lookup(t, v);
	char raw[24], abbrev[96];

	if (sign)
		snprintf(raw, sizeof(raw), "%d", (int)(int32_t)v);
	else
		snprintf(raw, sizeof(raw), "%llu", (unsigned long long)v);
	if (name)
		snprintf(abbrev, sizeof(abbrev), "%s", name);
	else if (t->unknown)
		snprintf(abbrev, sizeof(abbrev), "%s /* %s */", raw, t->unknown);
	else
		snprintf(abbrev, sizeof(abbrev), "%s", raw);
	print_xlat_text(out, o->xlat, raw, abbrev);
}

static bool print_fd_elem(struct strbuf *out, const char *e, uint64_t idx, const void *ctx,
			  const struct decode_opts *o)
{
	(void)ctx;
	(void)idx;
	decode_fd(out, load_s32(e, 0), o);
	return true;
}

/* files_update's fds: IORING_REGISTER_FILES_SKIP below -1 */
static bool print_update_fd_elem(struct strbuf *out, const char *e, uint64_t idx, const void *ctx,
				 const struct decode_opts *o)
{
	(void)ctx;
	int fd = load_s32(e, 0);

	(void)idx;
	if (fd < -1)
		print_enum_dec(out, &uring_files_update_fd_names, (uint32_t)fd, true, o);
	else
		decode_fd(out, fd, o);
	return true;
}

/* {iov_base=0x..., iov_len=N}: an iovec's address and size (strace's iov_decode_addr) */
bool print_iov_addr_elem(struct strbuf *out, const char *e, uint64_t idx, const void *ctx,
			 const struct decode_opts *o)
{
	(void)ctx;
	(void)idx;
	(void)o;
	strbuf_adds(out, "{iov_base=");
	fmt_addr(out, load_u64(e, 0));
	strbuf_addf(out, ", iov_len=%llu}", (unsigned long long)load_u64(e, 8));
	return true;
}

static bool print_tag_elem(struct strbuf *out, const char *e, uint64_t idx, const void *ctx,
			   const struct decode_opts *o)
{
	(void)ctx;
	(void)idx;
	(void)o;
	strbuf_addf(out, "%#llx", (unsigned long long)load_u64(e, 0));
	return true;
}

static void print_resv2(struct strbuf *out, const char *p)
{
	uint32_t a = load_u32(p, 0), b = load_u32(p, 4), c = load_u32(p, 8);

	if (a || b || c)
		strbuf_addf(out, ", resv2=[%#x, %#x, %#x]", a, b, c);
}

/* struct io_uring_restriction: the union's member by opcode */
static bool print_restriction(struct strbuf *out, const char *e, uint64_t idx, const void *ctx,
			      const struct decode_opts *o)
{
	(void)ctx;
	uint16_t opcode = load_u16(e, 0);
	uint8_t v = (uint8_t)e[2], resv = (uint8_t)e[3];

	(void)idx;
	strbuf_adds(out, "{opcode=");
	print_enum_x(out, &uring_restriction_names, opcode, o->xlat);
	switch (opcode) {
	case IORING_RESTRICTION_REGISTER_OP:
		strbuf_adds(out, ", register_op=");
		print_enum_x(out, &uring_register_op_names, v, o->xlat);
		break;
	case IORING_RESTRICTION_SQE_OP:
		strbuf_adds(out, ", sqe_op=");
		print_enum_x(out, &uring_op_names, v, o->xlat);
		break;
	case IORING_RESTRICTION_SQE_FLAGS_ALLOWED:
	case IORING_RESTRICTION_SQE_FLAGS_REQUIRED:
		strbuf_adds(out, ", sqe_flags=");
		print_flags_x(out, &uring_sqe_flag_names, v, o->xlat);
		break;
	default:
		strbuf_addf(out, " /* op: %#x */", v);
	}
	if (resv)
		strbuf_addf(out, ", resv=%#x", resv);
	print_resv2(out, e + 4);
	strbuf_addc(out, '}');
	return true;
}

/* struct io_uring_rsrc_update of RING_FDS: offset -1 is "the first free one" */
static bool print_ringfd_reg(struct strbuf *out, const char *e, uint64_t idx, const void *ctx,
			     const struct decode_opts *o)
{
	(void)ctx;
	uint32_t off = load_u32(e, 0);

	(void)idx;
	strbuf_addf(out, off == UINT32_MAX ? "{offset=%d" : "{offset=%u", off);
	if (load_u32(e, 4))
		strbuf_addf(out, ", resv=%#x", load_u32(e, 4));
	strbuf_adds(out, ", data=");
	decode_fd(out, (int)load_u64(e, 8), o);
	strbuf_addc(out, '}');
	return true;
}

static bool print_ringfd_unreg(struct strbuf *out, const char *e, uint64_t idx, const void *ctx,
			       const struct decode_opts *o)
{
	(void)ctx;
	(void)idx;
	(void)o;
	strbuf_addf(out, "{offset=%u", load_u32(e, 0));
	if (load_u32(e, 4))
		strbuf_addf(out, ", resv=%#x", load_u32(e, 4));
	if (load_u64(e, 8))
		strbuf_addf(out, ", data=%#llx", (unsigned long long)load_u64(e, 8));
	strbuf_addc(out, '}');
	return true;
}

/* io-wq's worker counts, indexed by kind: [IO_WQ_BOUND]=4 */
static bool print_iowq_count(struct strbuf *out, const char *e, uint64_t idx, const void *ctx,
			     const struct decode_opts *o)
{
	(void)ctx;
	strbuf_addc(out, '[');
	print_enum_dec(out, &uring_iowq_acct_names, idx, false, o);
	strbuf_addf(out, "]=%u", load_u32(e, 0));
	return true;
}

static bool print_probe_op(struct strbuf *out, const char *e, uint64_t idx, const void *ctx,
			   const struct decode_opts *o)
{
	(void)ctx;
	(void)idx;
	strbuf_adds(out, "{op=");
	print_enum_dec(out, &uring_op_names, (uint8_t)e[0], false, o);
	if (e[1])
		strbuf_addf(out, ", resv=%#x", (uint8_t)e[1]);
	strbuf_adds(out, ", flags=");
	print_flags_x(out, &uring_op_flag_names, load_u16(e, 2), o->xlat);
	if (load_u32(e, 4))
		strbuf_addf(out, ", resv2=%#x", load_u32(e, 4));
	strbuf_addc(out, '}');
	return true;
}

/* The structure at u, size bytes, or its address when unreadable (umove_or_printaddr). */
static const char *reg_struct(struct strbuf *out, const struct cap_bytes *u, unsigned size,
			      const struct decode_opts *o)
{
	if (!u->addr || o->nonverbose || u->have < size) {
		fmt_addr(out, u->addr);
		return NULL;
	}
	return u->p;
}

/* struct io_uring_files_update: its fds, nargs of them */
static void print_files_update(struct strbuf *out, const struct sc_event *ev, unsigned i,
			       const struct cap_bytes *u, const struct decode_opts *o)
{
	const char *p = reg_struct(out, u, 16, o);
	struct cap_bytes fds;

	if (!p)
		return;
	fds = cap_bytes_of(ev, i, SCT_AUX_URING_DATA, load_u64(p, 8));
	strbuf_addf(out, "{offset=%u", load_u32(p, 0));
	if (load_u32(p, 4))
		strbuf_addf(out, ", resv=%#x", load_u32(p, 4));
	strbuf_adds(out, ", fds=");
	print_cap_array(out, &fds, (uint32_t)ev->args[3], 4, print_update_fd_elem, NULL, false, o);
	strbuf_addc(out, '}');
}

/* A probe as it was passed in (all nargs ops), or as the kernel filled it (ops_len of them). */
static void print_probe_body(struct strbuf *out, const char *p, uint32_t nargs, bool filled,
			     const struct decode_opts *o)
{
	struct cap_bytes ops = { .addr = 1, .p = p + PROBE_SIZE, .have = nargs * 8 };
	uint8_t ops_len = (uint8_t)p[1];

	strbuf_adds(out, "{last_op=");
	print_enum_dec(out, &uring_op_names, (uint8_t)p[0], false, o);
	strbuf_addf(out, ", ops_len=%u", ops_len);
	if (load_u16(p, 2))
		strbuf_addf(out, ", resv=%#x", load_u16(p, 2));
	print_resv2(out, p + 4);
	strbuf_adds(out, ", ops=");
	print_cap_array(out, &ops, filled && ops_len < nargs ? ops_len : nargs, 8, print_probe_op, NULL,
		     filled && nargs < ops_len, o);
	strbuf_addc(out, '}');
}

/*
 * IORING_REGISTER_PROBE: strace prints the structure at entry unless it is
 * all zeros (as the kernel wants it), and at exit after success. Only what
 * the call left is captured: an injected call left it as it was; otherwise
 * its first 8 bytes at entry tell whether it was zero.
 */
static void print_probe(struct strbuf *out, const struct sc_event *ev, unsigned i,
			const struct cap_bytes *u, const struct decode_opts *o)
{
	uint32_t nargs = (uint32_t)ev->args[3];
	struct cap_bytes early = cap_bytes_of(ev, i, SCT_AUX_URING_EARLY, 1);
	const char *p;
	bool nonzero = false, entry_nonzero;

	if (nargs > PROBE_OPS_MAX || (sc_event_failed(ev) && !u->have)) {
		fmt_addr(out, u->addr);
		return;
	}
	p = reg_struct(out, u, PROBE_SIZE + nargs * 8, o);
	if (!p)
		return;
	for (unsigned k = 0; k < PROBE_SIZE + nargs * 8 && !nonzero; k++)
		nonzero = p[k] != 0;
	if (sc_event_failed(ev) || !ev->has_ret) {
		if (nonzero)
			print_probe_body(out, p, nargs, false, o);
		else
			fmt_addr(out, u->addr);
		return;
	}
	entry_nonzero = ev->injected ? nonzero : early.have >= 8 && load_u64(early.p, 0);
	if (entry_nonzero) {
		print_probe_body(out, p, nargs, false, o);
		strbuf_adds(out, " => ");
	}
	print_probe_body(out, p, nargs, true, o);
}

/* The data array of a resource structure, by opcode */
static void print_rsrc_data(struct strbuf *out, const struct sc_event *ev, unsigned i, uint32_t op,
			    uint64_t addr, uint32_t nr, const struct decode_opts *o)
{
	struct cap_bytes d = cap_bytes_of(ev, i, SCT_AUX_URING_DATA, addr);

	strbuf_adds(out, ", data=");
	if (op == IORING_REGISTER_FILES2)
		print_cap_array(out, &d, nr, 4, print_fd_elem, NULL, false, o);
	else if (op == IORING_REGISTER_FILES_UPDATE2)
		print_cap_array(out, &d, nr, 4, print_update_fd_elem, NULL, false, o);
	else
		print_cap_array(out, &d, nr, 16, print_iov_addr_elem, NULL, false, o);
}

/* Bytes past the 32 known ones, up to a page: shown when not zero, "???" when unreadable */
static void print_rsrc_tail(struct strbuf *out, const struct cap_bytes *u, uint32_t size,
			    const struct decode_opts *o)
{
	uint32_t end = size < 4096 ? size : 4096;

	if (size <= RSRC_SIZE)
		return;
	if (u->have < end) {
		strbuf_adds(out, ", ???");
		return;
	}
	print_struct_tail(out, u->p, u->have, RSRC_SIZE, size, false, o);
}

/*
 * FILES2, BUFFERS2: struct io_uring_rsrc_register; FILES_UPDATE2,
 * BUFFERS_UPDATE: struct io_uring_rsrc_update2; nargs is their size.
 */
static void print_rsrc(struct strbuf *out, const struct sc_event *ev, unsigned i, uint32_t op,
		       const struct cap_bytes *u, const struct decode_opts *o)
{
	uint32_t size = (uint32_t)ev->args[3];
	bool reg = op == IORING_REGISTER_FILES2 || op == IORING_REGISTER_BUFFERS2;
	const char *p;
	uint32_t nr;
	struct cap_bytes tags;

	if (size < RSRC_SIZE) {
		fmt_addr(out, u->addr);
		return;
	}
	p = reg_struct(out, u, RSRC_SIZE, o);
	if (!p)
		return;
	nr = load_u32(p, reg ? 0 : 24);
	if (reg) {
		strbuf_addf(out, "{nr=%u, flags=", nr);
		print_flags_x(out, &uring_rsrc_flag_names, load_u32(p, 4), o->xlat);
		if (load_u64(p, 8))
			strbuf_addf(out, ", resv2=%#llx", (unsigned long long)load_u64(p, 8));
	} else {
		strbuf_addf(out, "{offset=%u", load_u32(p, 0));
		if (load_u32(p, 4))
			strbuf_addf(out, ", resv=%#x", load_u32(p, 4));
	}
	print_rsrc_data(out, ev, i, op, load_u64(p, reg ? 16 : 8), nr, o);
	tags = cap_bytes_of(ev, i, SCT_AUX_URING_TAGS, load_u64(p, reg ? 24 : 16));
	strbuf_adds(out, ", tags=");
	print_cap_array(out, &tags, nr, 8, print_tag_elem, NULL, false, o);
	if (!reg) {
		strbuf_addf(out, ", nr=%u", nr);
		if (load_u32(p, 28))
			strbuf_addf(out, ", resv2=%#x", load_u32(p, 28));
	}
	print_rsrc_tail(out, u, size, o);
	strbuf_addc(out, '}');
}

/* struct io_uring_buf_reg */
static void print_buf_reg(struct strbuf *out, const struct cap_bytes *u, const struct decode_opts *o)
{
	const char *p = reg_struct(out, u, BUF_REG_SIZE, o);

	if (!p)
		return;
	strbuf_adds(out, "{ring_addr=");
	fmt_addr(out, load_u64(p, 0));
	strbuf_addf(out, ", ring_entries=%u, bgid=%u", load_u32(p, 8), load_u16(p, 12));
	if (load_u16(p, 14))
		strbuf_addf(out, ", pad=%#x", load_u16(p, 14));
	if (load_u64(p, 16) || load_u64(p, 24) || load_u64(p, 32))
		strbuf_addf(out, ", resv=[%#llx, %#llx, %#llx]", (unsigned long long)load_u64(p, 16),
			    (unsigned long long)load_u64(p, 24), (unsigned long long)load_u64(p, 32));
	strbuf_addc(out, '}');
}

/*
 * IOWQ_MAX_WORKERS: the counts passed in, and when they could all be read,
 * " => " and those the kernel wrote back (the address after a failure).
 * Entry's are the 8 bytes saved then (the kernel takes 2 counts).
 */
static void print_iowq_max(struct strbuf *out, const struct sc_event *ev, unsigned i,
			   const struct cap_bytes *u, const struct decode_opts *o)
{
	uint32_t nargs = (uint32_t)ev->args[3];
	struct cap_bytes in = *u, early = cap_bytes_of(ev, i, SCT_AUX_URING_EARLY, u->addr);

	if (ev->has_ret && !sc_event_failed(ev) && nargs <= 2 && early.have >= nargs * 4)
		in = early;
	print_cap_array(out, &in, nargs, 4, print_iowq_count, NULL, false, o);
	if (!u->addr || !nargs || in.have < (uint64_t)nargs * 4 || !ev->has_ret)
		return;
	strbuf_adds(out, " => ");
	if (sc_event_failed(ev))
		fmt_addr(out, u->addr);
	else
		print_cap_array(out, u, nargs, 4, print_iowq_count, NULL, false, o);
}

/*
 * RING_FDS: the kernel writes the offsets it chose over those passed in,
 * which strace prints; the first element's are the 8 bytes saved at entry
 * (later elements show what the kernel wrote).
 */
static void print_ring_fds(struct strbuf *out, const struct sc_event *ev, unsigned i,
			   const struct cap_bytes *u, const struct decode_opts *o)
{
	struct cap_bytes early = cap_bytes_of(ev, i, SCT_AUX_URING_EARLY, u->addr), in = *u;
	char *copy = NULL;

	if (ev->has_ret && !sc_event_failed(ev) && early.have >= 8 && u->have >= 16 &&
	    (copy = malloc(u->have))) {
		memcpy(copy, u->p, u->have);
		memcpy(copy, early.p, 8);
		in.p = copy;
	}
	print_cap_array(out, &in, (uint32_t)ev->args[3], 16, print_ringfd_reg, NULL, false, o);
	free(copy);
}

bool fmt_uring_reg_op(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	print_enum_x(out, &uring_register_op_names, (uint32_t)ev->args[i], o->xlat);
	return true;
}

bool fmt_uring_reg_arg(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct decode_opts *o)
{
	uint32_t op = (uint32_t)ev->args[1], nargs = (uint32_t)ev->args[3];
	struct cap_bytes u = cap_bytes_of(ev, i, 0, ev->args[i]);

	switch (op) {
	case IORING_REGISTER_BUFFERS:
		print_cap_array(out, &u, nargs, 16, print_iov_addr_elem, NULL, false, o);
		break;
	case IORING_REGISTER_FILES:
	case IORING_REGISTER_EVENTFD:
	case IORING_REGISTER_EVENTFD_ASYNC:
		print_cap_array(out, &u, nargs, 4, print_fd_elem, NULL, false, o);
		break;
	case IORING_REGISTER_FILES_UPDATE:
		print_files_update(out, ev, i, &u, o);
		break;
	case IORING_REGISTER_PROBE:
		print_probe(out, ev, i, &u, o);
		break;
	case IORING_REGISTER_RESTRICTIONS:
		print_cap_array(out, &u, nargs, 16, print_restriction, NULL, false, o);
		break;
	case IORING_REGISTER_FILES2:
	case IORING_REGISTER_BUFFERS2:
	case IORING_REGISTER_FILES_UPDATE2:
	case IORING_REGISTER_BUFFERS_UPDATE:
		print_rsrc(out, ev, i, op, &u, o);
		break;
	case IORING_REGISTER_IOWQ_AFF:
		if (o->nonverbose)
			fmt_addr(out, u.addr);
		else
			print_cpu_mask_bytes(out, u.addr, u.p, u.have, nargs);
		break;
	case IORING_REGISTER_IOWQ_MAX_WORKERS:
		print_iowq_max(out, ev, i, &u, o);
		break;
	case IORING_REGISTER_RING_FDS:
		print_ring_fds(out, ev, i, &u, o);
		break;
	case IORING_UNREGISTER_RING_FDS:
		print_cap_array(out, &u, nargs, 16, print_ringfd_unreg, NULL, false, o);
		break;
	case IORING_REGISTER_PBUF_RING:
	case IORING_UNREGISTER_PBUF_RING:
		print_buf_reg(out, &u, o);
		break;
	default:
		fmt_addr(out, u.addr);
	}
	return true;
}
