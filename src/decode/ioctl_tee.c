// SPDX-License-Identifier: MIT
/*
 * ioctl requests of TEE devices (type 0xa4, <linux/tee.h>) as strace 6.1
 * prints them: the version, shared memory requests, cancel and close, and
 * the four whose struct tee_ioctl_buf_data points to a structure followed
 * by its parameters (open session, invoke, supplicant receive and send;
 * the kernel side captures that buffer, SCT_AUX_POINTEE, when its buf_len
 * is at most TEE_MAX_ARG_SIZE). After success the values the call changed
 * follow " => ". A blocking call's buffer may have been captured at entry
 * and at exit: the first copy prints the request, the last the result.
 */
#include <stddef.h>
#include <linux/tee.h>

#include "ioctl.h"
#include "xlat_devices.h"

#define OFF(type, field) offsetof(struct type, field)

/* Not in uapi: an out-of-tree request strace decodes (and prints by number). */
#define SCT_TEE_IOC_SHM_REGISTER_FD _IOWR(TEE_IOC_MAGIC, TEE_IOC_BASE + 8, char[32])

/* The buffer's structure: its head's size, where num_params is, how each part prints. */
struct tee_buf_req {
	uint32_t code;
	unsigned head, nparams_off;
	void (*in)(const struct ioctl_call *c, const char *h);
	void (*out)(const struct ioctl_call *c, const char *h);
};

/* The first (entry) or last (exit) copy of the buffer, its bytes in *have. */
static const char *tee_buffer(const struct ioctl_call *c, bool last, unsigned *have)
{
	const struct sct_blob *found = NULL;

	for (unsigned k = 0; k < c->ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = c->ev->blobs[k];

		if (b->arg != c->i || b->kind != SCT_BLOB_MEM || b->aux != SCT_AUX_POINTEE)
			continue;
		found = b;
		if (!last)
			break;
	}
	*have = 0;
	if (!found || fmt_blob_unreadable(found))
		return NULL;
	*have = found->len;
	return sct_blob_data(found);
}

static void print_param(const struct ioctl_call *c, const char *e)
{
	uint64_t attr = load_u64(e, 0), a = load_u64(e, 8), b = load_u64(e, 16), v = load_u64(e, 24);

	strbuf_adds(c->out, "{attr=");
	ioctl_enum(c, &tee_param_attr_names, attr & ~(uint64_t)TEE_IOCTL_PARAM_ATTR_META);
	if (attr & TEE_IOCTL_PARAM_ATTR_META)
		strbuf_adds(c->out, "|TEE_IOCTL_PARAM_ATTR_META");
	switch (attr) {
	case TEE_IOCTL_PARAM_ATTR_TYPE_NONE:
		break;
	case TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_INPUT:
	case TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_OUTPUT:
	case TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_INOUT:
		strbuf_addf(c->out, ", shm_offs=%#llx, size=%#llx, shm_id=%llu", (unsigned long long)a,
			    (unsigned long long)b, (unsigned long long)v);
		break;
	default:
		strbuf_addf(c->out, ", a=%#llx, b=%#llx, c=%#llx", (unsigned long long)a,
			    (unsigned long long)b, (unsigned long long)v);
	}
	strbuf_addc(c->out, '}');
}

/*
 * ", params=[...]": n elements after the head, as strace's print_array: the
 * address when the first cannot be read, "... / * address * /" where the
 * readable bytes end, "..." past -s of them.
 */
static void print_params(const struct ioctl_call *c, uint64_t ptr, unsigned head, const char *buf,
			 unsigned have, uint32_t n)
{
	uint64_t addr = n ? ptr + head : 0;
	unsigned avail = have > head ? (have - head) / 32 : 0;

	strbuf_adds(c->out, ", params=");
	if (!addr || !avail) {
		if (addr)
			fmt_addr(c->out, addr);
		else
			strbuf_adds(c->out, "[]");
		return;
	}
	strbuf_addc(c->out, '[');
	for (uint32_t k = 0; k < n; k++) {
		if (k)
			strbuf_adds(c->out, ", ");
		if (ioctl_array_cut(c, k))
			break;
		if (k >= avail) {
			strbuf_addf(c->out, "... /* %#llx */", (unsigned long long)(addr + 32ULL * k));
			break;
		}
		print_param(c, buf + head + 32 * k);
	}
	strbuf_addc(c->out, ']');
}

static void print_uuid(const struct ioctl_call *c, const char *u)
{
	for (unsigned k = 0; k < 16; k++) {
		if (k == 4 || k == 6 || k == 8 || k == 10)
			strbuf_addc(c->out, '-');
		strbuf_addf(c->out, "%02x", (unsigned char)u[k]);
	}
}

static void open_session_in(const struct ioctl_call *c, const char *h)
{
	uint32_t login = load_u32(h, OFF(tee_ioctl_open_session_arg, clnt_login)),
		 gid = load_u32(h, OFF(tee_ioctl_open_session_arg, clnt_uuid));

	strbuf_adds(c->out, "uuid=");
	print_uuid(c, h + OFF(tee_ioctl_open_session_arg, uuid));
	strbuf_adds(c->out, ", clnt_login=");
	ioctl_enum(c, &tee_login_names, login);
	switch (login) {
	case TEE_IOCTL_LOGIN_PUBLIC:
	case TEE_IOCTL_LOGIN_USER:
	case TEE_IOCTL_LOGIN_APPLICATION:
	case TEE_IOCTL_LOGIN_USER_APPLICATION:
		break;
	case TEE_IOCTL_LOGIN_GROUP:
	case TEE_IOCTL_LOGIN_GROUP_APPLICATION: /* a gid, as strace's printuid */
		if (gid == UINT32_MAX)
			strbuf_adds(c->out, ", clnt_uuid=-1");
		else
			strbuf_addf(c->out, ", clnt_uuid=%u", gid);
		break;
	default:
		strbuf_adds(c->out, ", clnt_uuid=");
		ioctl_uarray(c, h + OFF(tee_ioctl_open_session_arg, clnt_uuid), TEE_IOCTL_UUID_LEN, 1,
			     true);
	}
	strbuf_addf(c->out, ", cancel_id=%u", load_u32(h, OFF(tee_ioctl_open_session_arg, cancel_id)));
}

static void open_session_out(const struct ioctl_call *c, const char *h)
{
	strbuf_addf(c->out, "session=%#x, ret=%u, ret_origin=",
		    load_u32(h, OFF(tee_ioctl_open_session_arg, session)),
		    load_u32(h, OFF(tee_ioctl_open_session_arg, ret)));
	ioctl_enum(c, &tee_origin_names, load_u32(h, OFF(tee_ioctl_open_session_arg, ret_origin)));
}

static void invoke_in(const struct ioctl_call *c, const char *h)
{
	strbuf_addf(c->out, "func=%u, session=%#x, cancel_id=%u",
		    load_u32(h, OFF(tee_ioctl_invoke_arg, func)),
		    load_u32(h, OFF(tee_ioctl_invoke_arg, session)),
		    load_u32(h, OFF(tee_ioctl_invoke_arg, cancel_id)));
}

static void invoke_out(const struct ioctl_call *c, const char *h)
{
	strbuf_addf(c->out, "ret=%u, ret_origin=", load_u32(h, OFF(tee_ioctl_invoke_arg, ret)));
	ioctl_enum(c, &tee_origin_names, load_u32(h, OFF(tee_ioctl_invoke_arg, ret_origin)));
}

static void recv_in(const struct ioctl_call *c, const char *h)
{
	strbuf_addf(c->out, "func=%u", load_u32(h, OFF(tee_iocl_supp_recv_arg, func)));
}

static void send_out(const struct ioctl_call *c, const char *h)
{
	strbuf_addf(c->out, "ret=%u", load_u32(h, OFF(tee_iocl_supp_send_arg, ret)));
}

static const struct tee_buf_req tee_buf_reqs[] = {
	{ TEE_IOC_OPEN_SESSION, sizeof(struct tee_ioctl_open_session_arg),
	  OFF(tee_ioctl_open_session_arg, num_params), open_session_in, open_session_out },
	{ TEE_IOC_INVOKE, sizeof(struct tee_ioctl_invoke_arg), OFF(tee_ioctl_invoke_arg, num_params),
	  invoke_in, invoke_out },
	{ TEE_IOC_SUPPL_RECV, sizeof(struct tee_iocl_supp_recv_arg),
	  OFF(tee_iocl_supp_recv_arg, num_params), recv_in, NULL },
	{ TEE_IOC_SUPPL_SEND, sizeof(struct tee_iocl_supp_send_arg),
	  OFF(tee_iocl_supp_send_arg, num_params), NULL, send_out },
};

/*
 * The head and parameters of one copy of the buffer (" => " after success:
 * the last copy, only num_params, which the kernel may change, checked), or
 * {buf_len=N, buf_ptr=0x...} when they cannot be read or do not fit buf_len.
 */
static bool print_buf_part(const struct ioctl_call *c, const struct tee_buf_req *r, bool exit)
{
	const char *a = ioctl_in(c, sizeof(struct tee_ioctl_buf_data));
	uint64_t ptr, len;
	unsigned have;
	const char *h;
	uint32_t n;

	if (!a)
		return false;
	ptr = load_u64(a, OFF(tee_ioctl_buf_data, buf_ptr));
	len = load_u64(a, OFF(tee_ioctl_buf_data, buf_len));
	h = tee_buffer(c, exit, &have);
	n = h && have >= r->head ? load_u32(h, r->nparams_off) : 0;
	if (len > TEE_MAX_ARG_SIZE || len < r->head || !h || have < r->head || c->o->nonverbose ||
	    (!exit && r->head + 32ULL * n != len)) {
		strbuf_addf(c->out, "{buf_len=%llu, buf_ptr=", (unsigned long long)len);
		fmt_addr(c->out, ptr);
		strbuf_addc(c->out, '}');
		return false;
	}
	if (!exit)
		strbuf_addf(c->out, "{buf_len=%llu, buf_ptr=", (unsigned long long)len);
	strbuf_addc(c->out, '{');
	if (exit && r->out) { /* what the kernel sets; num_params only where it may change it */
		r->out(c, h);
	} else if (exit) {
		strbuf_addf(c->out, "num_params=%u", n);
	} else {
		if (r->in) {
			r->in(c, h);
			strbuf_adds(c->out, ", ");
		}
		strbuf_addf(c->out, "num_params=%u", n);
	}
	print_params(c, ptr, r->head, h, have, n);
	strbuf_addc(c->out, '}');
	return true;
}

static void print_buf_req(const struct ioctl_call *c, const struct tee_buf_req *r)
{
	if (!print_buf_part(c, r, false))
		return;
	if (!ioctl_failed(c)) {
		strbuf_adds(c->out, " => ");
		print_buf_part(c, r, true);
	}
	strbuf_addc(c->out, '}');
}

static void print_version(const struct ioctl_call *c)
{
	const char *p = ioctl_out(c, sizeof(struct tee_ioctl_version_data));
	uint32_t impl;

	if (!p)
		return;
	impl = load_u32(p, OFF(tee_ioctl_version_data, impl_id));
	strbuf_adds(c->out, "{impl_id=");
	ioctl_enum(c, &tee_impl_id_names, impl);
	strbuf_adds(c->out, ", gen_caps=");
	ioctl_flags(c, &tee_gen_cap_names, load_u32(p, OFF(tee_ioctl_version_data, gen_caps)));
	strbuf_adds(c->out, ", impl_caps=");
	if (impl == TEE_IMPL_ID_OPTEE)
		ioctl_flags(c, &tee_optee_cap_names, load_u32(p, OFF(tee_ioctl_version_data, impl_caps)));
	else
		strbuf_addf(c->out, "%#x", load_u32(p, OFF(tee_ioctl_version_data, impl_caps)));
	strbuf_addc(c->out, '}');
}

/* The shared memory requests: what goes in, and after success " => " what came back. */
static void print_shm(const struct ioctl_call *c)
{
	unsigned size = _IOC_SIZE(c->code);
	const char *p = ioctl_in(c, size), *q;

	if (!p)
		return;
	if (c->code == TEE_IOC_SHM_ALLOC) {
		strbuf_addf(c->out, "{size=%#llx, flags=", (unsigned long long)load_u64(p, 0));
		ioctl_flags(c, &tee_shm_flag_names, load_u32(p, 8));
	} else if (c->code == TEE_IOC_SHM_REGISTER) {
		strbuf_adds(c->out, "{addr=");
		fmt_addr(c->out, load_u64(p, 0));
		strbuf_addf(c->out, ", length=%#llx, flags=", (unsigned long long)load_u64(p, 8));
		ioctl_flags(c, &tee_shm_flag_names, load_u32(p, 16));
	} else { /* struct { int64_t fd; uint64_t size; uint32_t flags; ...; int32_t id; } */
		int fd = (int)load_u64(p, 0);

		strbuf_adds(c->out, "{fd=");
		decode_fd(c->out, fd, c->o);
		strbuf_adds(c->out, ", flags=");
		ioctl_flags(c, &tee_shm_flag_names, load_u32(p, 16));
	}
	strbuf_addc(c->out, '}');
	if (ioctl_failed(c))
		return;
	strbuf_adds(c->out, " => ");
	if (!(q = ioctl_out(c, size)))
		return;
	if (c->code == TEE_IOC_SHM_ALLOC) {
		strbuf_addf(c->out, "{size=%#llx, flags=", (unsigned long long)load_u64(q, 0));
		ioctl_flags(c, &tee_shm_flag_names, load_u32(q, 8));
		strbuf_addf(c->out, ", id=%d}", (int)load_u32(q, 12));
	} else if (c->code == TEE_IOC_SHM_REGISTER) {
		strbuf_addf(c->out, "{length=%#llx, flags=", (unsigned long long)load_u64(q, 8));
		ioctl_flags(c, &tee_shm_flag_names, load_u32(q, 16));
		strbuf_addf(c->out, ", id=%d}", (int)load_u32(q, 20));
	} else {
		strbuf_addf(c->out, "{size=%#llx, id=%d}", (unsigned long long)load_u64(q, 8),
			    (int)load_u32(q, 24));
	}
}

enum ioctl_res ioctl_tee_decode(const struct ioctl_call *c)
{
	const char *p;

	for (unsigned k = 0; k < sizeof(tee_buf_reqs) / sizeof(tee_buf_reqs[0]); k++)
		if (tee_buf_reqs[k].code == c->code) {
			print_buf_req(c, &tee_buf_reqs[k]);
			return IOCTL_ARG;
		}
	switch (c->code) {
	case TEE_IOC_VERSION:
		print_version(c);
		break;
	case TEE_IOC_CANCEL:
		if ((p = ioctl_in(c, sizeof(struct tee_ioctl_cancel_arg))))
			strbuf_addf(c->out, "{cancel_id=%u, session=%#x}", load_u32(p, 0), load_u32(p, 4));
		break;
	case TEE_IOC_CLOSE_SESSION:
		if ((p = ioctl_in(c, sizeof(struct tee_ioctl_close_session_arg))))
			strbuf_addf(c->out, "{session=%#x}", load_u32(p, 0));
		break;
	case TEE_IOC_SHM_ALLOC:
	case TEE_IOC_SHM_REGISTER:
	case SCT_TEE_IOC_SHM_REGISTER_FD:
		print_shm(c);
		break;
	default:
		return IOCTL_UNKNOWN;
	}
	return IOCTL_ARG;
}
