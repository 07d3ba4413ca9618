// SPDX-License-Identifier: MIT
/*
 * Netlink messages as strace prints them: the data of sendto/recvfrom on a
 * netlink socket (the kernel side tags such buffers with the socket's
 * protocol, SCT_AUX_NETLINK, and captures them whole) is an array of
 * {nlmsg_len=..., nlmsg_type=..., nlmsg_flags=..., nlmsg_seq=..., nlmsg_pid=...}
 * headers, each followed by its payload in hex. Tables per protocol name the
 * message types; constants come from the kernel's uapi headers.
 */
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>

#include "xlat_table.h"
#include "fmt.h"


LOCAL_TABLE(nl_ctl_type_names, "NLMSG_???", NULL,
      X(NLMSG_NOOP), X(NLMSG_ERROR), X(NLMSG_DONE), X(NLMSG_OVERRUN));
LOCAL_TABLE(nl_route_type_names, "RTM_???", NULL,
      X(RTM_NEWLINK), X(RTM_DELLINK), X(RTM_GETLINK), X(RTM_SETLINK), X(RTM_NEWADDR),
      X(RTM_DELADDR), X(RTM_GETADDR), X(RTM_NEWROUTE), X(RTM_DELROUTE), X(RTM_GETROUTE),
      X(RTM_NEWNEIGH), X(RTM_DELNEIGH), X(RTM_GETNEIGH), X(RTM_NEWRULE), X(RTM_DELRULE),
      X(RTM_GETRULE), X(RTM_NEWQDISC), X(RTM_DELQDISC), X(RTM_GETQDISC), X(RTM_NEWTCLASS),
      X(RTM_DELTCLASS), X(RTM_GETTCLASS), X(RTM_NEWTFILTER), X(RTM_DELTFILTER),
      X(RTM_GETTFILTER), X(RTM_NEWACTION), X(RTM_DELACTION), X(RTM_GETACTION),
      X(RTM_NEWPREFIX), X(RTM_GETMULTICAST), X(RTM_GETANYCAST), X(RTM_NEWNEIGHTBL),
      X(RTM_GETNEIGHTBL), X(RTM_SETNEIGHTBL), X(RTM_NEWNDUSEROPT), X(RTM_NEWADDRLABEL),
      X(RTM_DELADDRLABEL), X(RTM_GETADDRLABEL), X(RTM_GETDCB), X(RTM_SETDCB),
      X(RTM_NEWNETCONF), X(RTM_DELNETCONF), X(RTM_GETNETCONF), X(RTM_NEWMDB), X(RTM_DELMDB),
      X(RTM_GETMDB), X(RTM_NEWNSID), X(RTM_DELNSID), X(RTM_GETNSID), X(RTM_NEWSTATS),
      X(RTM_GETSTATS), X(RTM_NEWCACHEREPORT), X(RTM_NEWCHAIN), X(RTM_DELCHAIN),
      X(RTM_GETCHAIN), X(RTM_NEWNEXTHOP), X(RTM_DELNEXTHOP), X(RTM_GETNEXTHOP));
LOCAL_TABLE(nl_sock_diag_type_names, "SOCK_DIAG_???", NULL,
      X(SOCK_DIAG_BY_FAMILY), X(SOCK_DESTROY));
/* The common flags, then those of a get, new or delete request (NLM_F_DUMP before its bits). */
#define NLM_COMMON X(NLM_F_REQUEST), X(NLM_F_MULTI), X(NLM_F_ACK), X(NLM_F_ECHO), \
	X(NLM_F_DUMP_INTR), X(NLM_F_DUMP_FILTERED)
LOCAL_TABLE(nl_flag_names, "NLM_F_???", NULL, NLM_COMMON);
LOCAL_TABLE(nl_get_flag_names, "NLM_F_???", NULL, NLM_COMMON, X(NLM_F_DUMP), X(NLM_F_ROOT),
      X(NLM_F_MATCH), X(NLM_F_ATOMIC));
LOCAL_TABLE(nl_new_flag_names, "NLM_F_???", NULL, NLM_COMMON, X(NLM_F_REPLACE), X(NLM_F_EXCL),
      X(NLM_F_CREATE), X(NLM_F_APPEND));
LOCAL_TABLE(nl_delete_flag_names, "NLM_F_???", NULL, NLM_COMMON, X(NLM_F_NONREC), X(NLM_F_BULK));
LOCAL_TABLE(nl_ack_flag_names, "NLM_F_???", NULL, NLM_COMMON, X(NLM_F_CAPPED),
      X(NLM_F_ACK_TLVS));

#define NL_HDRLEN 16u
#define NL_ALIGN(n) (((n) + 3u) & ~3u)

/* A captured buffer of netlink messages: have bytes of the len at addr readable. */
struct nl_buf {
	const char *p;
	uint64_t addr, len;
	unsigned have;
	int proto;
	const struct decode_opts *o;
};

/* bytes [off, off + n) as a hex string, -s of them, or the address when unreadable. */
static void print_hex(struct strbuf *out, const struct nl_buf *nb, uint64_t off, uint64_t n)
{
	struct decode_opts hex = *nb->o;
	uint64_t k = n < hex.str_max ? n : hex.str_max;

	if (off + k > nb->have) {
		fmt_addr(out, nb->addr + off);
		return;
	}
	hex.xstrings = 2;
	format_quoted(out, nb->p + off, (unsigned)k, n > k, &hex);
}

static const struct flag_table *type_table(int proto, uint16_t type)
{
	if (type < NLMSG_MIN_TYPE)
		return &nl_ctl_type_names;
	if (proto == NETLINK_ROUTE)
		return &nl_route_type_names;
	if (proto == NETLINK_SOCK_DIAG)
		return &nl_sock_diag_type_names;
	return NULL;
}

static const struct flag_table *flag_table(int proto, uint16_t type)
{
	if (type < NLMSG_MIN_TYPE)
		return type == NLMSG_ERROR ? &nl_ack_flag_names : &nl_flag_names;
	if (proto == NETLINK_SOCK_DIAG)
		return &nl_get_flag_names;
	if (proto != NETLINK_ROUTE)
		return &nl_flag_names;
	if (type == RTM_DELACTION)
		return &nl_get_flag_names;
	switch (type & 3) {
	case 0:
		return &nl_new_flag_names;
	case 1:
		return &nl_delete_flag_names;
	case 2:
		return &nl_get_flag_names;
	default:
		return &nl_flag_names;
	}
}

static void print_nlmsghdr(struct strbuf *out, const struct nl_buf *nb, const char *h)
{
	uint16_t type = load_u16(h, 4), flags = load_u16(h, 6);
	const struct flag_table *t = type_table(nb->proto, type);

	strbuf_addf(out, "{nlmsg_len=%u, nlmsg_type=", load_u32(h, 0));
	if (t)
		print_enum_x(out, t, type, nb->o->xlat);
	else
		strbuf_addf(out, "%#x", type);
	strbuf_adds(out, ", nlmsg_flags=");
	print_flags_x(out, flag_table(nb->proto, type), flags, nb->o->xlat);
	strbuf_addf(out, ", nlmsg_seq=%u, nlmsg_pid=%u}", load_u32(h, 8), load_u32(h, 12));
}

static void print_message(struct strbuf *out, const struct nl_buf *nb, uint64_t off,
			  uint64_t left);

/* NLMSG_ERROR's payload, len bytes at off: {error=-EACCES, msg={the request's header...}}. */
static void print_nlmsgerr(struct strbuf *out, const struct nl_buf *nb, uint64_t off, uint64_t len,
			   bool capped)
{
	uint64_t mlen, payload;
	int32_t err;
	const char *name;

	if (len < 4 + NL_HDRLEN) {
		print_hex(out, nb, off, len);
		return;
	}
	if (off + 4 + NL_HDRLEN > nb->have) {
		fmt_addr(out, nb->addr + off);
		return;
	}
	err = (int32_t)load_u32(nb->p, (unsigned)off);
	mlen = load_u32(nb->p, (unsigned)off + 4);
	if (mlen < NL_HDRLEN)
		mlen = NL_HDRLEN;
	payload = capped ? NL_HDRLEN : mlen;
	if (payload > len - 4)
		payload = len - 4;
	if (len - 4 > payload)
		strbuf_addc(out, '[');
	name = err < 0 ? errno_name(-err) : NULL;
	if (name)
		strbuf_addf(out, "{error=-%s, msg=", name);
	else
		strbuf_addf(out, "{error=%d, msg=", err);
	print_message(out, nb, off + 4, payload);
	strbuf_addc(out, '}');
	if (len - 4 > payload) { /* the extended ack's attributes */
		strbuf_adds(out, ", ");
		print_hex(out, nb, off + 4 + payload, len - 4 - payload);
		strbuf_addc(out, ']');
	}
}

/* One message at off, len bytes left: its header, and its payload when it has one. */
static void print_message(struct strbuf *out, const struct nl_buf *nb, uint64_t off, uint64_t left)
{
	const char *h = nb->p + off;
	uint64_t mlen = load_u32(h, 0) < left ? load_u32(h, 0) : left;

	if (mlen > NL_HDRLEN)
		strbuf_addc(out, '[');
	print_nlmsghdr(out, nb, h);
	if (mlen <= NL_HDRLEN)
		return;
	strbuf_adds(out, ", ");
	if (load_u16(h, 4) == NLMSG_ERROR)
		print_nlmsgerr(out, nb, off + NL_HDRLEN, mlen - NL_HDRLEN,
			       load_u16(h, 6) & NLM_F_CAPPED);
	else if (nb->proto == NETLINK_SOCK_DIAG && load_u16(h, 4) >= NLMSG_MIN_TYPE &&
		 mlen - NL_HDRLEN == 1 && off + 17 <= nb->have) { /* the family alone */
		strbuf_adds(out, "{family=");
		print_enum_x(out, &sock_domain_names, (uint8_t)h[NL_HDRLEN], nb->o->xlat);
		strbuf_addc(out, '}');
	} else if (load_u16(h, 4) == NLMSG_DONE && mlen - NL_HDRLEN == 4 && off + 20 <= nb->have)
		strbuf_addf(out, "%d", (int32_t)load_u32(h, NL_HDRLEN));
	else
		print_hex(out, nb, off + NL_HDRLEN, mlen - NL_HDRLEN);
	strbuf_addc(out, ']');
}

/* The messages of the buffer, -s of them at most. */
static void print_messages(struct strbuf *out, const struct nl_buf *nb)
{
	uint64_t off = 0, left = nb->len;
	bool array = false;

	for (unsigned elt = 0;; elt++) {
		uint64_t next = 0;
		uint32_t mlen;

		if (left < NL_HDRLEN) {
			print_hex(out, nb, off, left);
			break;
		}
		if (off + NL_HDRLEN > nb->have) {
			if (array)
				strbuf_addf(out, "... /* %#llx */", (unsigned long long)(nb->addr + off));
			else
				fmt_addr(out, nb->addr + off);
			break;
		}
		if (elt == nb->o->str_max) {
			strbuf_adds(out, "...");
			break;
		}
		mlen = NL_ALIGN(load_u32(nb->p + off, 0));
		if (load_u32(nb->p + off, 0) >= NL_HDRLEN && left > mlen)
			next = mlen;
		if (!array && next) {
			strbuf_addc(out, '[');
			array = true;
		}
		print_message(out, nb, off, left);
		if (!next)
			break;
		strbuf_adds(out, ", ");
		off += next;
		left -= next;
	}
	if (array)
		strbuf_addc(out, ']');
}

/* The protocol the kernel side noted for argument i, or -1: no netlink socket. */
static int netlink_proto(const struct sc_event *ev, unsigned i)
{
	const struct sct_blob *b = fmt_aux_blob(ev, i, SCT_AUX_NETLINK, false);

	return b && b->len >= 4 ? (int)load_u32(sct_blob_data(b), 0) : -1;
}

/* Argument i's buffer of len bytes as netlink messages; false if it is none. */
static bool print_netlink(struct strbuf *out, const struct sc_event *ev, unsigned i, uint64_t len,
			  const struct decode_opts *o)
{
	struct nl_buf nb = { .addr = ev->args[i], .len = len, .o = o };
	const struct sct_blob *b = NULL;

	nb.proto = netlink_proto(ev, i);
	if (nb.proto < 0 || !ev->args[i])
		return false;
	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++)
		if (ev->blobs[k]->arg == i && ev->blobs[k]->kind == SCT_BLOB_MEM &&
		    !SCT_AUX_TAGGED(ev->blobs[k]->aux))
			b = ev->blobs[k];
	if (!b)
		return false;
	nb.p = sct_blob_data(b);
	nb.have = b->len;
	if ((b->flags & SCT_BLOB_FAULT) && !(b->flags & SCT_BLOB_SHORT))
		nb.have = 0;
	if (!nb.have && len >= NL_HDRLEN) {
		fmt_addr(out, nb.addr);
		return true;
	}
	print_messages(out, &nb);
	return true;
}

bool fmt_sockbuf_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	if (print_netlink(out, ev, i, i + 1 < SCT_MAX_ARGS ? ev->args[i + 1] : 0, o))
		return true;
	return fmt_buf_in(out, ev, i, o);
}

bool fmt_sockbuf_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	if (!sc_event_failed(ev) && print_netlink(out, ev, i, (uint64_t)ev->ret, o))
		return true;
	return fmt_buf_out(out, ev, i, o);
}
