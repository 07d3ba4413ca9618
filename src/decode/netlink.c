// SPDX-License-Identifier: MIT
/*
 * Netlink messages as strace prints them: the data of sendto/recvfrom on a
 * netlink socket (the kernel side tags such buffers with the socket's
 * protocol, SCT_AUX_NETLINK, and captures them whole) is an array of
 * {nlmsg_len=..., nlmsg_type=..., nlmsg_flags=..., nlmsg_seq=..., nlmsg_pid=...}
 * headers, each followed by its payload in hex. Tables per protocol name the
 * message types; constants come from the kernel's uapi headers.
 */
#include <arpa/inet.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/inet_diag.h>

#include <linux/xfrm.h>
#include <linux/cryptouser.h>
#include <linux/netfilter/nfnetlink.h>
#include <linux/netfilter/nfnetlink_conntrack.h>
#include <linux/netfilter/nfnetlink_acct.h>
#include <linux/netfilter/nfnetlink_cttimeout.h>
#include <linux/netfilter/nfnetlink_cthelper.h>
#include <linux/netfilter/nf_tables.h>
#include <linux/netfilter/nf_tables_compat.h>
#include <linux/netfilter/nfnetlink_hook.h>

#include "xlat_table.h"
#include "xlat_netlink.h"
#include "netlink.h"


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
      X(RTM_GETCHAIN), X(RTM_NEWNEXTHOP), X(RTM_DELNEXTHOP), X(RTM_GETNEXTHOP),
      X(RTM_NEWLINKPROP), X(RTM_DELLINKPROP), X(RTM_GETLINKPROP), X(RTM_NEWVLAN),
      X(RTM_DELVLAN), X(RTM_GETVLAN), X(RTM_NEWNEXTHOPBUCKET), X(RTM_DELNEXTHOPBUCKET),
      X(RTM_GETNEXTHOPBUCKET));
LOCAL_TABLE(nl_sock_diag_type_names, "SOCK_DIAG_???", NULL,
      X(TCPDIAG_GETSOCK), X(DCCPDIAG_GETSOCK), X(SOCK_DIAG_BY_FAMILY), X(SOCK_DESTROY));
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
#define UEVENT_HDR 40u /* struct udev_monitor_netlink_header */
#define NL_ALIGN(n) (((n) + 3u) & ~3u)

/* The message types of a netfilter subsystem, by its number. */
static const struct flag_table *const nf_type_tables[] = {
	[NFNL_SUBSYS_CTNETLINK] = &nf_ct_type_names,
	[NFNL_SUBSYS_CTNETLINK_EXP] = &nf_ct_exp_type_names,
	[NFNL_SUBSYS_QUEUE] = &nf_queue_type_names,
	[NFNL_SUBSYS_ULOG] = &nf_ulog_type_names,
	[NFNL_SUBSYS_OSF] = &nf_osf_type_names,
	[NFNL_SUBSYS_IPSET] = &nf_ipset_type_names,
	[NFNL_SUBSYS_ACCT] = &nf_acct_type_names,
	[NFNL_SUBSYS_CTNETLINK_TIMEOUT] = &nf_cttimeout_type_names,
	[NFNL_SUBSYS_CTHELPER] = &nf_cthelper_type_names,
	[NFNL_SUBSYS_NFTABLES] = &nf_nftables_type_names,
	[NFNL_SUBSYS_NFT_COMPAT] = &nf_compat_type_names,
	[NFNL_SUBSYS_HOOK] = &nf_hook_type_names,
};

/* NFNL_SUBSYS_ACCT<<8|NFNL_MSG_ACCT_NEW: the subsystem and its message type. */
static void print_nf_type(struct strbuf *out, const struct nl_buf *nb, uint16_t type)
{
	uint8_t sub = type >> 8, msg = (uint8_t)type;

	if (flag_lookup(&nf_control_type_names, type)) {
		nl_enum(out, nb, &nf_control_type_names, type);
		return;
	}
	nl_enum(out, nb, &nf_subsys_names, sub);
	strbuf_adds(out, "<<8|");
	if (sub < sizeof(nf_type_tables) / sizeof(nf_type_tables[0]) && nf_type_tables[sub])
		nl_enum(out, nb, nf_type_tables[sub], msg);
	else
		strbuf_addf(out, "%#x", msg);
}

static const struct flag_table *type_table(int proto, uint16_t type)
{
	if (type < NLMSG_MIN_TYPE)
		return &nl_ctl_type_names;
	if (proto == NETLINK_ROUTE)
		return &nl_route_type_names;
	switch (proto) {
	case NETLINK_SOCK_DIAG:
		return &nl_sock_diag_type_names;
	case NETLINK_AUDIT:
		return &nl_audit_type_names;
	case NETLINK_SELINUX:
		return &nl_selinux_type_names;
	case NETLINK_XFRM:
		return &nl_xfrm_type_names;
	case NETLINK_CRYPTO:
		return &nl_crypto_type_names;
	case NETLINK_GENERIC:
		return &nl_generic_type_names;
	}
	return &nl_ctl_type_names; /* "0x10 / * NLMSG_??? * /" */
}

/* Which request flags a message type of xfrm, crypto and netfilter takes. */
enum { FL_NEW = 1, FL_DEL, FL_GET };
#define NF(sub, msg) ((NFNL_SUBSYS_##sub) << 8 | (msg))
static const struct {
	uint8_t proto, kind;
	uint16_t type;
} flag_kinds[] = {
	{ NETLINK_XFRM, FL_NEW, XFRM_MSG_NEWSA }, { NETLINK_XFRM, FL_NEW, XFRM_MSG_NEWPOLICY },
	{ NETLINK_XFRM, FL_NEW, XFRM_MSG_NEWAE }, { NETLINK_XFRM, FL_NEW, XFRM_MSG_NEWSADINFO },
	{ NETLINK_XFRM, FL_NEW, XFRM_MSG_NEWSPDINFO }, { NETLINK_XFRM, FL_DEL, XFRM_MSG_DELSA },
	{ NETLINK_XFRM, FL_DEL, XFRM_MSG_DELPOLICY }, { NETLINK_XFRM, FL_GET, XFRM_MSG_GETSA },
	{ NETLINK_XFRM, FL_GET, XFRM_MSG_GETPOLICY }, { NETLINK_XFRM, FL_GET, XFRM_MSG_GETAE },
	{ NETLINK_XFRM, FL_GET, XFRM_MSG_GETSADINFO }, { NETLINK_XFRM, FL_GET, XFRM_MSG_GETSPDINFO },
	{ NETLINK_CRYPTO, FL_NEW, CRYPTO_MSG_NEWALG }, { NETLINK_CRYPTO, FL_DEL, CRYPTO_MSG_DELALG },
	{ NETLINK_CRYPTO, FL_DEL, CRYPTO_MSG_DELRNG }, { NETLINK_CRYPTO, FL_GET, CRYPTO_MSG_GETALG },
	{ NETLINK_NETFILTER, FL_NEW, NF(CTNETLINK, IPCTNL_MSG_CT_NEW) },
	{ NETLINK_NETFILTER, FL_GET, NF(CTNETLINK, IPCTNL_MSG_CT_GET) },
	{ NETLINK_NETFILTER, FL_GET, NF(CTNETLINK, IPCTNL_MSG_CT_GET_CTRZERO) },
	{ NETLINK_NETFILTER, FL_GET, NF(CTNETLINK, IPCTNL_MSG_CT_GET_STATS_CPU) },
	{ NETLINK_NETFILTER, FL_GET, NF(CTNETLINK, IPCTNL_MSG_CT_GET_STATS) },
	{ NETLINK_NETFILTER, FL_GET, NF(CTNETLINK, IPCTNL_MSG_CT_GET_DYING) },
	{ NETLINK_NETFILTER, FL_GET, NF(CTNETLINK, IPCTNL_MSG_CT_GET_UNCONFIRMED) },
	{ NETLINK_NETFILTER, FL_DEL, NF(CTNETLINK, IPCTNL_MSG_CT_DELETE) },
	{ NETLINK_NETFILTER, FL_NEW, NF(CTNETLINK_EXP, IPCTNL_MSG_EXP_NEW) },
	{ NETLINK_NETFILTER, FL_GET, NF(CTNETLINK_EXP, IPCTNL_MSG_EXP_GET) },
	{ NETLINK_NETFILTER, FL_GET, NF(CTNETLINK_EXP, IPCTNL_MSG_EXP_GET_STATS_CPU) },
	{ NETLINK_NETFILTER, FL_DEL, NF(CTNETLINK_EXP, IPCTNL_MSG_EXP_DELETE) },
	{ NETLINK_NETFILTER, FL_NEW, NF(ACCT, NFNL_MSG_ACCT_NEW) },
	{ NETLINK_NETFILTER, FL_GET, NF(ACCT, NFNL_MSG_ACCT_GET) },
	{ NETLINK_NETFILTER, FL_GET, NF(ACCT, NFNL_MSG_ACCT_GET_CTRZERO) },
	{ NETLINK_NETFILTER, FL_DEL, NF(ACCT, NFNL_MSG_ACCT_DEL) },
	{ NETLINK_NETFILTER, FL_NEW, NF(CTNETLINK_TIMEOUT, IPCTNL_MSG_TIMEOUT_NEW) },
	{ NETLINK_NETFILTER, FL_GET, NF(CTNETLINK_TIMEOUT, IPCTNL_MSG_TIMEOUT_GET) },
	{ NETLINK_NETFILTER, FL_DEL, NF(CTNETLINK_TIMEOUT, IPCTNL_MSG_TIMEOUT_DELETE) },
	{ NETLINK_NETFILTER, FL_NEW, NF(CTHELPER, NFNL_MSG_CTHELPER_NEW) },
	{ NETLINK_NETFILTER, FL_GET, NF(CTHELPER, NFNL_MSG_CTHELPER_GET) },
	{ NETLINK_NETFILTER, FL_DEL, NF(CTHELPER, NFNL_MSG_CTHELPER_DEL) },
	{ NETLINK_NETFILTER, FL_NEW, NF(NFTABLES, NFT_MSG_NEWTABLE) },
	{ NETLINK_NETFILTER, FL_NEW, NF(NFTABLES, NFT_MSG_NEWCHAIN) },
	{ NETLINK_NETFILTER, FL_NEW, NF(NFTABLES, NFT_MSG_NEWRULE) },
	{ NETLINK_NETFILTER, FL_NEW, NF(NFTABLES, NFT_MSG_NEWSET) },
	{ NETLINK_NETFILTER, FL_NEW, NF(NFTABLES, NFT_MSG_NEWSETELEM) },
	{ NETLINK_NETFILTER, FL_NEW, NF(NFTABLES, NFT_MSG_NEWGEN) },
	{ NETLINK_NETFILTER, FL_NEW, NF(NFTABLES, NFT_MSG_NEWOBJ) },
	{ NETLINK_NETFILTER, FL_NEW, NF(NFTABLES, NFT_MSG_NEWFLOWTABLE) },
	{ NETLINK_NETFILTER, FL_GET, NF(NFTABLES, NFT_MSG_GETTABLE) },
	{ NETLINK_NETFILTER, FL_GET, NF(NFTABLES, NFT_MSG_GETCHAIN) },
	{ NETLINK_NETFILTER, FL_GET, NF(NFTABLES, NFT_MSG_GETRULE) },
	{ NETLINK_NETFILTER, FL_GET, NF(NFTABLES, NFT_MSG_GETSET) },
	{ NETLINK_NETFILTER, FL_GET, NF(NFTABLES, NFT_MSG_GETSETELEM) },
	{ NETLINK_NETFILTER, FL_GET, NF(NFTABLES, NFT_MSG_GETGEN) },
	{ NETLINK_NETFILTER, FL_GET, NF(NFTABLES, NFT_MSG_GETOBJ) },
	{ NETLINK_NETFILTER, FL_GET, NF(NFTABLES, NFT_MSG_GETOBJ_RESET) },
	{ NETLINK_NETFILTER, FL_GET, NF(NFTABLES, NFT_MSG_GETFLOWTABLE) },
	{ NETLINK_NETFILTER, FL_DEL, NF(NFTABLES, NFT_MSG_DELTABLE) },
	{ NETLINK_NETFILTER, FL_DEL, NF(NFTABLES, NFT_MSG_DELCHAIN) },
	{ NETLINK_NETFILTER, FL_DEL, NF(NFTABLES, NFT_MSG_DELRULE) },
	{ NETLINK_NETFILTER, FL_DEL, NF(NFTABLES, NFT_MSG_DELSET) },
	{ NETLINK_NETFILTER, FL_DEL, NF(NFTABLES, NFT_MSG_DELSETELEM) },
	{ NETLINK_NETFILTER, FL_DEL, NF(NFTABLES, NFT_MSG_DELOBJ) },
	{ NETLINK_NETFILTER, FL_DEL, NF(NFTABLES, NFT_MSG_DELFLOWTABLE) },
	{ NETLINK_NETFILTER, FL_GET, NF(NFT_COMPAT, NFNL_MSG_COMPAT_GET) },
	{ NETLINK_NETFILTER, FL_GET, NF(HOOK, NFNL_MSG_HOOK_GET) },
};

static const struct flag_table *flag_table(int proto, uint16_t type)
{
	static const struct flag_table *const by_kind[] = {
		&nl_flag_names, &nl_new_flag_names, &nl_delete_flag_names, &nl_get_flag_names,
	};

	if (type < NLMSG_MIN_TYPE)
		return type == NLMSG_ERROR ? &nl_ack_flag_names : &nl_flag_names;
	if (proto == NETLINK_SOCK_DIAG)
		return &nl_get_flag_names;
	if (proto == NETLINK_ROUTE)
		return by_kind[type == RTM_DELACTION ? FL_GET : (type & 3) == 3 ? 0 : (type & 3) + 1];
	for (unsigned i = 0; i < sizeof(flag_kinds) / sizeof(flag_kinds[0]); i++)
		if (flag_kinds[i].proto == proto && flag_kinds[i].type == type)
			return by_kind[flag_kinds[i].kind];
	return &nl_flag_names;
}

static void print_nlmsghdr(struct strbuf *out, const struct nl_buf *nb, const char *h)
{
	uint16_t type = load_u16(h, 4), flags = load_u16(h, 6);
	const struct flag_table *t = type_table(nb->proto, type);

	strbuf_addf(out, "{nlmsg_len=%u, nlmsg_type=", load_u32(h, 0));
	if (nb->proto == NETLINK_NETFILTER && type >= NLMSG_MIN_TYPE)
		print_nf_type(out, nb, type);
	else if (t)
		print_enum_x(out, t, type, nb->o->xlat);
	else
		strbuf_addf(out, "%#x", type);
	strbuf_adds(out, ", nlmsg_flags=");
	print_flags_x(out, flag_table(nb->proto, type), flags, nb->o->xlat);
	strbuf_addf(out, ", nlmsg_seq=%u, nlmsg_pid=", load_u32(h, 8));
	/* a port id, most often a process's pid: strace prints it as one (signed, -Y...) */
	decode_pid(out, (int)load_u32(h, 12), PID_KIND_TGID, nb->o);
	strbuf_addc(out, '}');
}

static void print_message(struct strbuf *out, const struct nl_buf *nb, uint64_t off,
			  uint64_t left);

/* NLMSGERR_ATTR_COOKIE: its bytes as numbers, [171, 254]. */
static bool nla_cookie(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		       const void *arg)
{
	const char *p = nl_ptr(nb, off, len ? 1 : 0);

	(void)arg;
	if (!len)
		return false;
	if (!p) {
		nl_addr(out, nb, off);
		return true;
	}
	strbuf_addc(out, '[');
	for (unsigned i = 0; i < len; i++) {
		if (i)
			strbuf_adds(out, ", ");
		if (!nb->o->verbose && i == nb->o->str_max) {
			strbuf_adds(out, "...");
			break;
		}
		if (!nl_ptr(nb, off + i, 1)) {
			strbuf_addf(out, "... /* %#llx */", (unsigned long long)(nb->addr + off + i));
			break;
		}
		strbuf_addf(out, "%u", (uint8_t)nb->p[off + i]);
	}
	strbuf_addc(out, ']');
	return true;
}

static const struct nla_dec nlmsgerr_dec[] = {
	[NLMSGERR_ATTR_MSG] = { nla_str, NULL },
	[NLMSGERR_ATTR_OFFS] = { nla_u32, NULL },
	[NLMSGERR_ATTR_COOKIE] = { nla_cookie, NULL },
};
NLA_SET(nlmsgerr_attrs, nlmsgerr_attr_names, nlmsgerr_dec);

/* NLMSG_ERROR's payload, len bytes at off: {error=-EACCES, msg={the request's header...}}. */
static void print_nlmsgerr(struct strbuf *out, const struct nl_buf *nb, uint64_t off, uint64_t len,
			   bool capped)
{
	uint64_t mlen, payload;
	int32_t err;
	const char *name;

	if (len < 4 + NL_HDRLEN) {
		nl_hex(out, nb, off, len);
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
		nl_attrs(out, nb, off + 4 + payload, len - 4 - payload, &nlmsgerr_attrs);
		strbuf_addc(out, ']');
	}
}

/* The payload of a message of the protocol's own types (and NLMSG_DONE's); false: in hex. */
static bool print_payload(struct strbuf *out, const struct nl_buf *nb, const char *h,
			  uint64_t off, uint64_t len)
{
	uint16_t type = load_u16(h, 4);
	bool done;

	if (type < NLMSG_MIN_TYPE && type != NLMSG_DONE)
		return false;
	switch (nb->proto) {
	case NETLINK_ROUTE:
		done = nl_route_payload(out, nb, type, off, len);
		break;
	case NETLINK_SOCK_DIAG:
		done = nl_diag_payload(out, nb, type, load_u16(h, 6), off, len);
		break;
	default:
		done = nl_misc_payload(out, nb, type, off, len);
	}
	if (done)
		return true;
	if (type == NLMSG_DONE && len == 4 && nl_ptr(nb, off, 4)) {
		strbuf_addf(out, "%d", (int32_t)load_u32(nb->p, (unsigned)off));
		return true;
	}
	if (type == NLMSG_DONE && len == 4) {
		nl_addr(out, nb, off);
		return true;
	}
	return false;
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
	else if (!print_payload(out, nb, h, off + NL_HDRLEN, mlen - NL_HDRLEN))
		nl_hex(out, nb, off + NL_HDRLEN, mlen - NL_HDRLEN);
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
			nl_hex(out, nb, off, left);
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

/*
 * A NETLINK_KOBJECT_UEVENT buffer from libudev: its header (prefix "libudev",
 * big endian magic and hashes), then the properties as a string. Other
 * buffers (the kernel's "change@..." events) are strings, -s bytes of them
 * printed when one more is readable, as strace's printstrn reads them.
 */
static bool print_uevent(struct strbuf *out, const struct nl_buf *nb)
{
	static const char *const f[] = {
		"magic", "header_size", "properties_off", "properties_len",
		"filter_subsystem_hash", "filter_devtype_hash", "filter_tag_bloom_hi",
		"filter_tag_bloom_lo",
	};
	const char *p = nl_ptr(nb, 0, UEVENT_HDR);

	if (nb->len < UEVENT_HDR || !p || memcmp(p, "libudev", 8)) {
		uint64_t k = nb->len < nb->o->str_max ? nb->len : nb->o->str_max;

		if (!nl_ptr(nb, 0, nb->len <= k ? nb->len : k + 1))
			nl_addr(out, nb, 0);
		else
			format_quoted(out, nb->p, (unsigned)k, nb->len > k, nb->o);
		return true;
	}
	if (nb->len > UEVENT_HDR)
		strbuf_addc(out, '[');
	strbuf_adds(out, "{prefix=\"libudev\"");
	for (unsigned i = 0; i < 8; i++) {
		uint32_t v = load_u32(p, 8 + 4 * i);

		if (i == 0 || i >= 4)
			strbuf_addf(out, ", %s=htonl(%#x)", f[i], ntohl(v));
		else
			strbuf_addf(out, ", %s=%u", f[i], v);
	}
	strbuf_addc(out, '}');
	if (nb->len > UEVENT_HDR) {
		strbuf_adds(out, ", ");
		nla_strn(out, nb, UEVENT_HDR, (unsigned)(nb->len - UEVENT_HDR), NULL);
		strbuf_addc(out, ']');
	}
	return true;
}

/*
 * The protocol the kernel side noted for argument i, or -1: no netlink
 * socket. (strace cannot ask the protocol of a socket that has no port yet,
 * before its first bind or send, and decodes less then; sctrace knows it.)
 */
static int netlink_proto(const struct sc_event *ev, unsigned i)
{
	const struct sct_blob *b = fmt_aux_blob(ev, i, SCT_AUX_NETLINK, false);

	return b && b->len >= 4 ? (int)load_u32(sct_blob_data(b), 0) : -1;
}

/* The len bytes at addr, captured in b, as messages of protocol proto. */
static bool print_netlink_blob(struct strbuf *out, int proto, const struct sct_blob *b,
			       uint64_t addr, uint64_t len, const struct decode_opts *o)
{
	struct nl_buf nb = { .addr = addr, .len = len, .proto = proto, .o = o };

	if (proto < 0 || !addr || !b)
		return false;
	nb.p = sct_blob_data(b);
	nb.have = b->len;
	if (fmt_blob_unreadable(b))
		nb.have = 0;
	if (nb.proto == NETLINK_KOBJECT_UEVENT)
		return print_uevent(out, &nb);
	if (!nb.have && len >= NL_HDRLEN) {
		fmt_addr(out, nb.addr);
		return true;
	}
	print_messages(out, &nb);
	return true;
}

/* Argument i's buffer of len bytes as netlink messages; false if it is none. */
static bool print_netlink(struct strbuf *out, const struct sc_event *ev, unsigned i, uint64_t len,
			  const struct decode_opts *o)
{
	const struct sct_blob *b = NULL;
	int proto = netlink_proto(ev, i);

	if (proto < 0 || !ev->args[i])
		return false;
	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++)
		if (ev->blobs[k]->arg == i && ev->blobs[k]->kind == SCT_BLOB_MEM &&
		    !SCT_AUX_TAGGED(ev->blobs[k]->aux))
			b = ev->blobs[k];
	return print_netlink_blob(out, proto, b, ev->args[i], len, o);
}

bool print_netlink_iov(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct sct_blob *d, uint64_t addr, uint64_t len,
		       const struct decode_opts *o)
{
	return print_netlink_blob(out, netlink_proto(ev, i), d, addr, len, o);
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
