// SPDX-License-Identifier: MIT
/*
 * iovec arrays and struct msghdr as strace prints them: readv/writev,
 * preadv/pwritev (and their v2), sendmsg/recvmsg. The kernel side captures the array, then
 * each element's data (blob aux = the element's index) up to -s bytes, at most
 * the return value in all for the calls that fill buffers; msghdr adds its
 * header, name and control data (SCT_CAP_IOV_* and SCT_CAP_MSGHDR_* in
 * record.h).
 */
#include "iov.h"

#include <sys/socket.h>

#include "flags.h"
#include "fmt.h"

/* The blobs of a msghdr's parts: sendmsg's and recvmsg's; mmsg.c's element j's */
const struct msg_tags msg_tags_plain = { SCT_AUX_MSG_NAME, SCT_AUX_MSG_CONTROL, SCT_AUX_IOV, 0 };

/* The iovec array of argument i: all of it, or what its first page held (SCT_BLOB_SHORT). */
static const struct sct_blob *iov_array(const struct sc_event *ev, unsigned i, unsigned aux)
{
	const struct sct_blob *found = NULL;

	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = ev->blobs[k];

		if (b->arg == i && b->kind == SCT_BLOB_MEM && b->aux == aux)
			found = b;
	}
	if (found && fmt_blob_unreadable(found))
		return NULL;
	return found;
}


/*
 * An iovec array of count elements at uptr whose data holds at most avail
 * bytes in all (the return value of a read; UINT64_MAX for a write):
 * [{iov_base="...", iov_len=N}, ...], -s elements at most.
 */
static void print_iov(struct strbuf *out, const struct sc_event *ev, unsigned i, uint64_t uptr,
		      uint64_t count, uint64_t avail, bool failed, bool netlink,
		      const struct msg_tags *t, const struct decode_opts *o)
{
	const struct sct_blob *arr;
	bool cut = false, more;
	unsigned n;

	if (!uptr) {
		strbuf_adds(out, "NULL");
		return;
	}
	if (!count) {
		strbuf_adds(out, "[]");
		return;
	}
	arr = iov_array(ev, i, t->iov);
	if (!arr || arr->len < 16) {
		fmt_addr(out, uptr);
		return;
	}
	n = arr->len / 16;
	strbuf_addc(out, '[');
	for (unsigned j = 0; j < n; j++) {
		const char *e = sct_blob_data(arr) + j * 16;
		uint64_t len = load_u64(e, 8), shown = len < avail ? len : avail;
		const struct sct_blob *d = fmt_aux_blob(ev, i, t->data + j, false);

		if (j >= o->str_max) {
			strbuf_adds(out, j ? ", ..." : "...");
			cut = true;
			break;
		}
		if (avail != UINT64_MAX) /* a write: every byte counts, no budget */
			avail -= shown;
		strbuf_adds(out, j ? ", {iov_base=" : "{iov_base=");
		if (failed || !load_u64(e, 0)) {
			fmt_addr(out, load_u64(e, 0));
		} else if (netlink && print_netlink_iov(out, ev, i, d, load_u64(e, 0), shown, o)) {
			/* a netlink socket's messages */
		} else if (d) {
			unsigned k = d->len < o->str_max ? d->len : o->str_max;

			format_quoted(out, sct_blob_data(d), k, shown > k, o);
		} else if (!shown) {
			strbuf_adds(out, "\"\"");
		} else {
			fmt_addr(out, load_u64(e, 0));
		}
		strbuf_addf(out, ", iov_len=%llu}", (unsigned long long)len);
	}
	/* an array cut by a fault: strace read up to the element it could not */
	more = count > n && !cut;
	if (more && (arr->flags & SCT_BLOB_SHORT))
		strbuf_addf(out, ", ... /* %#llx */", (unsigned long long)(uptr + 16 * n));
	else if (more && n < o->str_max)
		strbuf_adds(out, ", ...");
	strbuf_addc(out, ']');
}

bool fmt_iovec_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	uint64_t count = i + 1 < SCT_MAX_ARGS ? ev->args[i + 1] : 0;

	print_iov(out, ev, i, ev->args[i], count, UINT64_MAX, false, false, &msg_tags_plain, o);
	return true;
}

bool fmt_iovec_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	uint64_t count = i + 1 < SCT_MAX_ARGS ? ev->args[i + 1] : 0;

	/* After a failure strace shows the elements' addresses. */
	print_iov(out, ev, i, ev->args[i], count, sc_event_failed(ev) ? 0 : (uint64_t)ev->ret,
		  sc_event_failed(ev), false, &msg_tags_plain, o);
	return true;
}

/*
 * {msg_name=..., msg_namelen=N, msg_iov=[...], msg_iovlen=N, msg_control=[...],
 *  msg_controllen=N, msg_flags=...}; avail as for print_iov, namelen_in the
 * length passed in (recvmsg: "110 => 16" when the call changed it), or -1.
 */
void print_msghdr_tagged(struct strbuf *out, const struct sc_event *ev, unsigned i, const char *m,
			uint64_t avail, int64_t namelen_in, const struct msg_tags *t,
			const struct decode_opts *o)
{
	uint64_t name = load_u64(m, 0), iov = load_u64(m, 16), iovlen = load_u64(m, 24);
	uint64_t control = load_u64(m, 32), controllen = load_u64(m, 40);
	uint32_t namelen = load_u32(m, 8), flags = load_u32(m, 48);
	const struct sct_blob *nb = fmt_aux_blob(ev, i, t->name, false);
	bool netlink = false;

	strbuf_adds(out, "{msg_name=");
	/* the kernel wrote only as much as was passed in, even if the name is longer */
	if (namelen_in >= 0 && (uint64_t)namelen_in < namelen)
		namelen = (uint32_t)namelen_in;
	/* shorter than sa_family: strace prints the address */
	if (name && namelen >= 2 && nb && nb->len >= (namelen < 128 ? namelen : 128)) {
		decode_sockaddr(out, sct_blob_data(nb), nb->len < namelen ? nb->len : namelen, o);
		/* as strace: the data are netlink messages when the name is a netlink one */
		netlink = load_u16(sct_blob_data(nb), 0) == AF_NETLINK;
	} else
		fmt_addr(out, name);
	if (namelen_in >= 0 && namelen_in != load_u32(m, 8))
		strbuf_addf(out, ", msg_namelen=%lld => %u", (long long)namelen_in, load_u32(m, 8));
	else
		strbuf_addf(out, ", msg_namelen=%u", load_u32(m, 8));
	strbuf_adds(out, ", msg_iov=");
	print_iov(out, ev, i, iov, iovlen, avail, false, netlink, t, o);
	strbuf_addf(out, ", msg_iovlen=%llu", (unsigned long long)iovlen);
	if (controllen) {
		strbuf_adds(out, ", msg_control=");
		print_msg_control(out, fmt_aux_blob(ev, i, t->control, false), control,
				  controllen, o);
	}
	strbuf_addf(out, ", msg_controllen=%llu, msg_flags=", (unsigned long long)controllen);
	print_flags_x(out, &msg_flag_names, flags, o->xlat);
	strbuf_addc(out, '}');
}

bool fmt_msghdr_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	const struct sct_blob *h = fmt_aux_blob(ev, i, SCT_AUX_MSGHDR, false);

	if (!ev->args[i] || !h || h->len < SCT_MSGHDR_SIZE) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	print_msghdr_tagged(out, ev, i, sct_blob_data(h), UINT64_MAX, -1, &msg_tags_plain, o);
	return true;
}

bool fmt_msghdr_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	/* The header as it was at entry (a call that blocked) and as the call left it. */
	const struct sct_blob *first = fmt_aux_blob(ev, i, SCT_AUX_MSGHDR, true);
	const struct sct_blob *h = fmt_aux_blob(ev, i, SCT_AUX_MSGHDR, false);
	const struct sct_blob *early = fmt_aux_blob(ev, i, SCT_AUX_MSG_NAMELEN_IN, false);
	int64_t namelen_in = -1;

	if (!ev->args[i] || !h || h->len < SCT_MSGHDR_SIZE) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	if (early && early->len >= 4)
		namelen_in = load_u32(sct_blob_data(early), 0);
	else if (first && first != h && first->len >= SCT_MSGHDR_SIZE)
		namelen_in = load_u32(sct_blob_data(first), 8);
	if (sc_event_failed(ev)) { /* strace shows the length passed in, alone */
		strbuf_addf(out, "{msg_namelen=%lld}",
			    (long long)(namelen_in >= 0 ? namelen_in : load_u32(sct_blob_data(h), 8)));
		return true;
	}
	print_msghdr_tagged(out, ev, i, sct_blob_data(h), (uint64_t)ev->ret, namelen_in,
			    &msg_tags_plain, o);
	return true;
}

void iov_each_buffer(const struct sc_event *ev, unsigned i, uint64_t total, iov_buffer_fn *fn,
		     void *ctx)
{
	iov_each_buffer_tagged(ev, i, total, &msg_tags_plain, fn, ctx);
}

void iov_each_buffer_tagged(const struct sc_event *ev, unsigned i, uint64_t total,
			    const struct msg_tags *t, iov_buffer_fn *fn, void *ctx)
{
	const struct sct_blob *arr = fmt_aux_blob(ev, i, t->iov, false);
	unsigned n = arr ? arr->len / 16 : 0;

	for (unsigned j = 0; j < n && total; j++) {
		uint64_t len = load_u64(sct_blob_data(arr), j * 16 + 8);
		uint64_t sz = len < total ? len : total;
		const struct sct_blob *d = fmt_aux_blob(ev, i, t->data + j, false);

		if (!sz) /* strace's dumpiov_upto stops at the first empty buffer */
			return;
		total -= sz;
		if (d)
			fn(ctx, j, (const unsigned char *)sct_blob_data(d), (unsigned)(sz < d->len ? sz : d->len),
			   sz);
	}
}
