// SPDX-License-Identifier: MIT
/*
 * NETLINK_ROUTE payloads: the structure each rtnetlink message type starts
 * with (ifinfomsg, ifaddrmsg, rtmsg, ndmsg...) and its attributes, as
 * tables: fields, then attribute printers by type. Types without a decoder
 * print {family=..., data="..."}. The links' attributes (IFLA_*) are in
 * netlink_route_link.c.
 */
#include <arpa/inet.h>
#include <linux/dcbnl.h>
#include <linux/fib_rules.h>
#include <linux/if_addr.h>
#include <linux/if_addrlabel.h>
#include <linux/if_bridge.h>
#include <linux/if_link.h>
#include <linux/mroute.h>
#include <linux/mroute6.h>
#include <linux/neighbour.h>
#include <linux/net_namespace.h>
#include <linux/netconf.h>
#include <linux/netlink.h>
#include <linux/nexthop.h>
#include <linux/pkt_cls.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

#include "netlink.h"
#include "netlink_route.h"
#include "xlat_netlink.h"

/*
 * An address of nb->family in len bytes at off, as "name=inet_addr(...)" or
 * "inet_pton(AF_INET6, ..., &name)"; "name=" and hex for other families.
 */
void nl_field_addr(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		   const char *name)
{
	unsigned size = nb->family == AF_INET ? 4 : nb->family == AF_INET6 ? 16 : 0;
	const char *p = size && len >= size ? nl_ptr(nb, off, size) : NULL;

	if (p) {
		nl_inet_addr(out, nb, nb->family, p, size, name);
		return;
	}
	strbuf_addf(out, "%s=", name);
	if (!size || len < size)
		nl_hex(out, nb, off, len);
	else
		nl_addr(out, nb, off);
}

/* An address of the message's family (AF_INET, AF_INET6), in hex otherwise. */
bool nla_family_addr(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		     const void *arg)
{
	unsigned size = nb->family == AF_INET ? 4 : nb->family == AF_INET6 ? 16 : 0;
	const char *p;

	(void)arg;
	if (!size || len < size) {
		nl_hex(out, nb, off, len);
		return true;
	}
	p = nl_ptr(nb, off, size);
	if (!p)
		nl_addr(out, nb, off);
	else
		nl_inet_addr(out, nb, nb->family, p, size, NULL);
	return true;
}

/* A routing table (u32): RT_TABLE_MAIN, or the number. */
static const struct nla_xval rt_class = { .t = &rt_table_names, .size = 4 };
static const struct nla_xval rt_proto = { .t = &rtprot_names, .size = 1 };

/* --- addresses: RTM_*ADDR --- */
static const struct nl_field ifaddr_f[] = {
	NL_FIELD(struct ifaddrmsg, ifa_family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct ifaddrmsg, ifa_prefixlen, NF_U, NULL),
	NL_FIELD(struct ifaddrmsg, ifa_flags, NF_FLAGS, &ifa_f_names),
	NL_FIELD(struct ifaddrmsg, ifa_scope, NF_ENUM, &rt_scope_names),
	NL_FIELD(struct ifaddrmsg, ifa_index, NF_IFINDEX, NULL),
};
static const struct nl_field ifa_cacheinfo_f[] = {
	NL_FIELD(struct ifa_cacheinfo, ifa_prefered, NF_U, NULL),
	NL_FIELD(struct ifa_cacheinfo, ifa_valid, NF_U, NULL),
	NL_FIELD(struct ifa_cacheinfo, cstamp, NF_U, NULL),
	NL_FIELD(struct ifa_cacheinfo, tstamp, NF_U, NULL),
};
NLA_STRUCT(nla_ifa_cacheinfo, struct ifa_cacheinfo, ifa_cacheinfo_f)
static const struct nla_xval ifa_flags = { .t = &ifa_f_names, .size = 4, .flags = true };
static const struct nla_dec ifa_dec[] = {
	[IFA_ADDRESS] = { nla_family_addr, NULL },
	[IFA_LOCAL] = { nla_family_addr, NULL },
	[IFA_LABEL] = { nla_str, NULL },
	[IFA_BROADCAST] = { nla_family_addr, NULL },
	[IFA_ANYCAST] = { nla_family_addr, NULL },
	[IFA_CACHEINFO] = { nla_ifa_cacheinfo, NULL },
	[IFA_MULTICAST] = { nla_family_addr, NULL },
	[IFA_FLAGS] = { nla_xval, &ifa_flags },
	[IFA_RT_PRIORITY] = { nla_u32, NULL },
	[IFA_TARGET_NETNSID] = { nla_s32, NULL },
};
NLA_SET(ifa_attrs, ifa_names, ifa_dec);

/* --- address labels --- */
static const struct nl_field ifal_f[] = {
	NL_FIELD(struct ifaddrlblmsg, ifal_family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct ifaddrlblmsg, ifal_prefixlen, NF_U, NULL),
	NL_FIELD(struct ifaddrlblmsg, ifal_flags, NF_U, NULL),
	NL_FIELD(struct ifaddrlblmsg, ifal_index, NF_IFINDEX, NULL),
	NL_FIELD(struct ifaddrlblmsg, ifal_seq, NF_U, NULL),
};
static const struct nla_dec ifal_dec[] = {
	[IFAL_ADDRESS] = { nla_family_addr, NULL },
	[IFAL_LABEL] = { nla_u32, NULL },
};
NLA_SET(ifal_attrs, ifal_names, ifal_dec);

/* --- routes --- */
static const struct nl_field rtmsg_f[] = {
	NL_FIELD(struct rtmsg, rtm_family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct rtmsg, rtm_dst_len, NF_U, NULL),
	NL_FIELD(struct rtmsg, rtm_src_len, NF_U, NULL),
	NL_FIELD(struct rtmsg, rtm_tos, NF_FLAGS, &iptos_names),
	NL_FIELD(struct rtmsg, rtm_table, NF_ENUM, &rt_table_names),
	NL_FIELD(struct rtmsg, rtm_protocol, NF_ENUM, &rtprot_names),
	NL_FIELD(struct rtmsg, rtm_scope, NF_ENUM, &rt_scope_names),
	NL_FIELD(struct rtmsg, rtm_type, NF_ENUM, &rtn_type_names),
	NL_FIELD(struct rtmsg, rtm_flags, NF_FLAGS, &rtm_f_names),
};
static const struct nl_field rta_cacheinfo_f[] = {
	NL_FIELD(struct rta_cacheinfo, rta_clntref, NF_U, NULL),
	NL_FIELD(struct rta_cacheinfo, rta_lastuse, NF_U, NULL),
	NL_FIELD(struct rta_cacheinfo, rta_expires, NF_U, NULL),
	NL_FIELD(struct rta_cacheinfo, rta_error, NF_U, NULL),
	NL_FIELD(struct rta_cacheinfo, rta_used, NF_U, NULL),
	NL_FIELD(struct rta_cacheinfo, rta_id, NF_X, NULL),
	NL_FIELD(struct rta_cacheinfo, rta_ts, NF_U, NULL),
	NL_FIELD(struct rta_cacheinfo, rta_tsage, NF_U, NULL),
};
NLA_STRUCT(nla_rta_cacheinfo, struct rta_cacheinfo, rta_cacheinfo_f)
static const struct nl_field mfc_stats_f[] = {
	NL_FIELD(struct rta_mfc_stats, mfcs_packets, NF_U, NULL),
	NL_FIELD(struct rta_mfc_stats, mfcs_bytes, NF_U, NULL),
	NL_FIELD(struct rta_mfc_stats, mfcs_wrong_if, NF_U, NULL),
};
NLA_STRUCT(nla_mfc_stats, struct rta_mfc_stats, mfc_stats_f)
static const struct nla_dec rtax_dec[] = {
	[RTAX_LOCK] = { nla_u32, NULL },
	[RTAX_MTU] = { nla_u32, NULL },
	[RTAX_WINDOW] = { nla_u32, NULL },
	[RTAX_RTT] = { nla_u32, NULL },
	[RTAX_RTTVAR] = { nla_u32, NULL },
	[RTAX_SSTHRESH] = { nla_u32, NULL },
	[RTAX_CWND] = { nla_u32, NULL },
	[RTAX_ADVMSS] = { nla_u32, NULL },
	[RTAX_REORDERING] = { nla_u32, NULL },
	[RTAX_HOPLIMIT] = { nla_u32, NULL },
	[RTAX_INITCWND] = { nla_u32, NULL },
	[RTAX_FEATURES] = { nla_u32, NULL },
	[RTAX_RTO_MIN] = { nla_u32, NULL },
	[RTAX_INITRWND] = { nla_u32, NULL },
	[RTAX_QUICKACK] = { nla_u32, NULL },
	[RTAX_CC_ALGO] = { nla_str, NULL },
};
NLA_SET(rtax_attrs, rtax_names, rtax_dec);

/* RTA_VIA: {rtvia_family=AF_INET, rtvia_addr=inet_addr("...")} */
static bool nla_rtvia(struct strbuf *out, const struct nl_buf *nb0, uint64_t off, unsigned len,
		      const void *arg)
{
	struct nl_buf nb = *nb0;
	const char *p;

	if (len < sizeof(struct rtvia))
		return false;
	p = nl_ptr(&nb, off, sizeof(struct rtvia));
	if (!p) {
		nl_addr(out, &nb, off);
		return true;
	}
	strbuf_adds(out, "{rtvia_family=");
	nb.family = (uint8_t)load_u16(p, 0);
	nl_enum(out, &nb, &sock_domain_names, load_u16(p, 0));
	if (len > 2) {
		strbuf_adds(out, ", ");
		nl_field_addr(out, &nb, off + 2, len - 2, "rtvia_addr");
	}
	strbuf_addc(out, '}');
	(void)arg;
	return true;
}

static const struct nla_set rta_attrs;
/* RTA_MULTIPATH: struct rtnexthop items, each with its attributes. */
static bool nla_multipath(struct strbuf *out, const struct nl_buf *nb, uint64_t off,
			  unsigned len, const void *arg)
{
	uint64_t cur = off, left = len;
	unsigned hdr = RTNH_ALIGN(sizeof(struct rtnexthop));
	bool array = false;
	const char *p;

	(void)arg;
	if (len < sizeof(struct rtnexthop))
		return false;
	while ((p = nl_ptr(nb, cur, sizeof(struct rtnexthop)))) {
		unsigned rlen = load_u16(p, 0) < left ? load_u16(p, 0) : (unsigned)left;

		if (cur == off && load_u16(p, 0) < len) {
			strbuf_addc(out, '[');
			array = true;
		}
		if (cur > off)
			strbuf_adds(out, ", ");
		if (rlen > hdr)
			strbuf_addc(out, '[');
		strbuf_addf(out, "{rtnh_len=%u, rtnh_flags=", load_u16(p, 0));
		nl_flags(out, nb, &rtnh_f_names, (uint8_t)p[2]);
		strbuf_addf(out, ", rtnh_hops=%u, rtnh_ifindex=", (uint8_t)p[3]);
		nl_ifindex(out, nb, load_u32(p, 4));
		strbuf_addc(out, '}');
		if (rlen > hdr) {
			strbuf_adds(out, ", ");
			nl_attrs(out, nb, cur + hdr, rlen - hdr, &rta_attrs);
			strbuf_addc(out, ']');
		}
		if (RTNH_ALIGN(rlen) >= left || !RTNH_ALIGN(rlen))
			break;
		cur += RTNH_ALIGN(rlen);
		left -= RTNH_ALIGN(rlen);
	}
	if (!p)
		nl_addr(out, nb, cur);
	if (array)
		strbuf_addc(out, ']');
	return true;
}
static const struct nla_xval lwt_encap = { .t = &lwt_encap_names, .size = 2 };
static const struct nla_dec rta_dec[] = {
	[RTA_DST] = { nla_family_addr, NULL },
	[RTA_SRC] = { nla_family_addr, NULL },
	[RTA_IIF] = { nla_ifindex, NULL },
	[RTA_OIF] = { nla_ifindex, NULL },
	[RTA_GATEWAY] = { nla_family_addr, NULL },
	[RTA_PRIORITY] = { nla_u32, NULL },
	[RTA_PREFSRC] = { nla_family_addr, NULL },
	[RTA_PROTOINFO] = { nla_u32, NULL },
	[RTA_FLOW] = { nla_u32, NULL },
	[RTA_METRICS] = { nla_nested, &rtax_attrs },
	[RTA_MULTIPATH] = { nla_multipath, NULL },
	[RTA_CACHEINFO] = { nla_rta_cacheinfo, NULL },
	[RTA_MP_ALGO] = { nla_u32, NULL },
	[RTA_TABLE] = { nla_xval, &rt_class },
	[RTA_MARK] = { nla_u32, NULL },
	[RTA_MFC_STATS] = { nla_mfc_stats, NULL },
	[RTA_VIA] = { nla_rtvia, NULL },
	[RTA_NEWDST] = { nla_family_addr, NULL },
	[RTA_PREF] = { nla_u8, NULL },
	[RTA_ENCAP_TYPE] = { nla_xval, &lwt_encap },
	[RTA_EXPIRES] = { nla_u64, NULL },
	[RTA_UID] = { nla_u32, NULL },
	[RTA_TTL_PROPAGATE] = { nla_u8, NULL },
	[RTA_IP_PROTO] = { nla_u8, NULL },
	[RTA_SPORT] = { nla_u16, NULL },
	[RTA_DPORT] = { nla_u16, NULL },
};
static const struct nla_set rta_attrs = { &rta_names, rta_dec, NL_N(rta_dec) };

/* --- neighbours --- */
static const struct nl_field ndmsg_f[] = {
	NL_FIELD(struct ndmsg, ndm_family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct ndmsg, ndm_ifindex, NF_IFINDEX, NULL),
	NL_FIELD(struct ndmsg, ndm_state, NF_FLAGS, &nud_names),
	NL_FIELD(struct ndmsg, ndm_flags, NF_FLAGS, &ntf_names),
	NL_FIELD(struct ndmsg, ndm_type, NF_ENUM, &rtn_type_names),
};
static const struct nl_field nda_cacheinfo_f[] = {
	NL_FIELD(struct nda_cacheinfo, ndm_confirmed, NF_U, NULL),
	NL_FIELD(struct nda_cacheinfo, ndm_used, NF_U, NULL),
	NL_FIELD(struct nda_cacheinfo, ndm_updated, NF_U, NULL),
	NL_FIELD(struct nda_cacheinfo, ndm_refcnt, NF_U, NULL),
};
NLA_STRUCT(nla_nda_cacheinfo, struct nda_cacheinfo, nda_cacheinfo_f)
static const struct nla_xval fdb_notify = { .t = &fdb_notify_names, .size = 1, .flags = true };
static const struct nla_dec nfea_dec[] = {
	[NFEA_ACTIVITY_NOTIFY] = { nla_xval, &fdb_notify },
};
NLA_SET(nfea_attrs, nfea_names, nfea_dec);
static const struct nla_xval ntf_ext = { .t = &ntf_ext_names, .size = 4, .flags = true };
static const struct nla_xval nud_mask = { .t = &nud_names, .size = 2, .flags = true };
static const struct nla_xval ntf_mask = { .t = &ntf_names, .size = 1, .flags = true };
static const struct nla_dec nda_dec[] = {
	[NDA_DST] = { nla_family_addr, NULL },
	[NDA_LLADDR] = { nla_hwaddr, NULL },
	[NDA_CACHEINFO] = { nla_nda_cacheinfo, NULL },
	[NDA_PROBES] = { nla_u32, NULL },
	[NDA_VLAN] = { nla_u16, NULL },
	[NDA_PORT] = { nla_be16, NULL },
	[NDA_VNI] = { nla_u32, NULL },
	[NDA_IFINDEX] = { nla_ifindex, NULL },
	[NDA_MASTER] = { nla_ifindex, NULL },
	[NDA_LINK_NETNSID] = { nla_u32, NULL },
	[NDA_SRC_VNI] = { nla_u32, NULL },
	[NDA_PROTOCOL] = { nla_ip_proto, NULL },
	[NDA_NH_ID] = { nla_u32, NULL },
	[NDA_FDB_EXT_ATTRS] = { nla_nested, &nfea_attrs },
	[NDA_FLAGS_EXT] = { nla_xval, &ntf_ext },
	[NDA_NDM_STATE_MASK] = { nla_xval, &nud_mask },
	[NDA_NDM_FLAGS_MASK] = { nla_xval, &ntf_mask },
};
NLA_SET(nda_attrs, nda_names, nda_dec);

/* --- neighbour tables --- */
static const struct nl_field ndtmsg_f[] = {
	NL_FIELD(struct ndtmsg, ndtm_family, NF_ENUM, &sock_domain_names),
};
static const struct nl_field ndt_config_f[] = {
	NL_FIELD(struct ndt_config, ndtc_key_len, NF_U, NULL),
	NL_FIELD(struct ndt_config, ndtc_entry_size, NF_U, NULL),
	NL_FIELD(struct ndt_config, ndtc_entries, NF_U, NULL),
	NL_FIELD(struct ndt_config, ndtc_last_flush, NF_U, NULL),
	NL_FIELD(struct ndt_config, ndtc_last_rand, NF_U, NULL),
	NL_FIELD(struct ndt_config, ndtc_hash_rnd, NF_U, NULL),
	NL_FIELD(struct ndt_config, ndtc_hash_mask, NF_0X, NULL),
	NL_FIELD(struct ndt_config, ndtc_hash_chain_gc, NF_U, NULL),
	NL_FIELD(struct ndt_config, ndtc_proxy_qlen, NF_U, NULL),
};
static const struct nl_field ndt_stats_f[] = {
	NL_FIELD(struct ndt_stats, ndts_allocs, NF_U, NULL),
	NL_FIELD(struct ndt_stats, ndts_destroys, NF_U, NULL),
	NL_FIELD(struct ndt_stats, ndts_hash_grows, NF_U, NULL),
	NL_FIELD(struct ndt_stats, ndts_res_failed, NF_U, NULL),
	NL_FIELD(struct ndt_stats, ndts_lookups, NF_U, NULL),
	NL_FIELD(struct ndt_stats, ndts_hits, NF_U, NULL),
	NL_FIELD(struct ndt_stats, ndts_rcv_probes_mcast, NF_U, NULL),
	NL_FIELD(struct ndt_stats, ndts_rcv_probes_ucast, NF_U, NULL),
	NL_FIELD(struct ndt_stats, ndts_periodic_gc_runs, NF_U, NULL),
	NL_FIELD(struct ndt_stats, ndts_forced_gc_runs, NF_U, NULL),
	NL_FIELD(struct ndt_stats, ndts_table_fulls, NF_U, NULL),
};
NLA_STRUCT(nla_ndt_config, struct ndt_config, ndt_config_f)
NLA_STRUCT(nla_ndt_stats, struct ndt_stats, ndt_stats_f)
static const struct nla_dec ndtpa_dec[] = {
	[NDTPA_IFINDEX] = { nla_ifindex, NULL },
	[NDTPA_REFCNT] = { nla_u32, NULL },
	[NDTPA_REACHABLE_TIME] = { nla_u64, NULL },
	[NDTPA_BASE_REACHABLE_TIME] = { nla_u64, NULL },
	[NDTPA_RETRANS_TIME] = { nla_u64, NULL },
	[NDTPA_GC_STALETIME] = { nla_u64, NULL },
	[NDTPA_DELAY_PROBE_TIME] = { nla_u64, NULL },
	[NDTPA_QUEUE_LEN] = { nla_u32, NULL },
	[NDTPA_APP_PROBES] = { nla_u32, NULL },
	[NDTPA_UCAST_PROBES] = { nla_u32, NULL },
	[NDTPA_MCAST_PROBES] = { nla_u32, NULL },
	[NDTPA_ANYCAST_DELAY] = { nla_u64, NULL },
	[NDTPA_PROXY_DELAY] = { nla_u64, NULL },
	[NDTPA_PROXY_QLEN] = { nla_u32, NULL },
	[NDTPA_LOCKTIME] = { nla_u64, NULL },
	[NDTPA_QUEUE_LENBYTES] = { nla_u32, NULL },
	[NDTPA_MCAST_REPROBES] = { nla_u32, NULL },
};
NLA_SET(ndtpa_attrs, ndtpa_names, ndtpa_dec);
static const struct nla_dec ndta_dec[] = {
	[NDTA_NAME] = { nla_str, NULL },
	[NDTA_THRESH1] = { nla_u32, NULL },
	[NDTA_THRESH2] = { nla_u32, NULL },
	[NDTA_THRESH3] = { nla_u32, NULL },
	[NDTA_CONFIG] = { nla_ndt_config, NULL },
	[NDTA_PARMS] = { nla_nested, &ndtpa_attrs },
	[NDTA_STATS] = { nla_ndt_stats, NULL },
	[NDTA_GC_INTERVAL] = { nla_u64, NULL },
};
NLA_SET(ndta_attrs, ndta_names, ndta_dec);

/* --- rules --- */
static const struct nl_field rule_f[] = {
	NL_FIELD(struct fib_rule_hdr, family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct fib_rule_hdr, dst_len, NF_U, NULL),
	NL_FIELD(struct fib_rule_hdr, src_len, NF_U, NULL),
	NL_FIELD(struct fib_rule_hdr, tos, NF_FLAGS, &iptos_names),
	NL_FIELD(struct fib_rule_hdr, table, NF_ENUM, &rt_table_names),
	NL_FIELD(struct fib_rule_hdr, action, NF_ENUM, &fr_act_names),
	NL_FIELD(struct fib_rule_hdr, flags, NF_FLAGS, &fib_rule_flag_names),
};
static const struct nl_field uid_range_f[] = {
	NL_FIELD(struct fib_rule_uid_range, start, NF_U, NULL),
	NL_FIELD(struct fib_rule_uid_range, end, NF_U, NULL),
};
static const struct nl_field port_range_f[] = {
	NL_FIELD(struct fib_rule_port_range, start, NF_U, NULL),
	NL_FIELD(struct fib_rule_port_range, end, NF_U, NULL),
};
NLA_STRUCT(nla_uid_range, struct fib_rule_uid_range, uid_range_f)
NLA_STRUCT(nla_port_range, struct fib_rule_port_range, port_range_f)
static const struct nla_dec fra_dec[] = {
	[FRA_DST] = { nla_family_addr, NULL },
	[FRA_SRC] = { nla_family_addr, NULL },
	[FRA_IIFNAME] = { nla_str, NULL },
	[FRA_GOTO] = { nla_u32, NULL },
	[FRA_PRIORITY] = { nla_u32, NULL },
	[FRA_FWMARK] = { nla_u32, NULL },
	[FRA_FLOW] = { nla_u32, NULL },
	[FRA_TUN_ID] = { nla_be64, NULL },
	[FRA_SUPPRESS_IFGROUP] = { nla_u32, NULL },
	[FRA_SUPPRESS_PREFIXLEN] = { nla_u32, NULL },
	[FRA_TABLE] = { nla_xval, &rt_class },
	[FRA_FWMASK] = { nla_u32, NULL },
	[FRA_OIFNAME] = { nla_str, NULL },
	[FRA_L3MDEV] = { nla_u8, NULL },
	[FRA_UID_RANGE] = { nla_uid_range, NULL },
	[FRA_PROTOCOL] = { nla_xval, &rt_proto },
	[FRA_IP_PROTO] = { nla_ip_proto, NULL },
	[FRA_SPORT_RANGE] = { nla_port_range, NULL },
	[FRA_DPORT_RANGE] = { nla_port_range, NULL },
};
NLA_SET(fra_attrs, fra_names, fra_dec);

/* --- netconf, nsid, dcb, address label, mdb, nexthop, stats, tc --- */
static const struct nl_field netconf_f[] = {
	NL_FIELD(struct netconfmsg, ncm_family, NF_ENUM, &sock_domain_names),
};
static const struct nla_dec netconfa_dec[] = {
	[NETCONFA_IFINDEX] = { nla_ifindex, NULL },
	[NETCONFA_FORWARDING] = { nla_s32, NULL },
	[NETCONFA_RP_FILTER] = { nla_s32, NULL },
	[NETCONFA_MC_FORWARDING] = { nla_s32, NULL },
	[NETCONFA_PROXY_NEIGH] = { nla_s32, NULL },
	[NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN] = { nla_s32, NULL },
	[NETCONFA_INPUT] = { nla_s32, NULL },
	[NETCONFA_BC_FORWARDING] = { nla_s32, NULL },
};
NLA_SET(netconfa_attrs, netconfa_names, netconfa_dec);

static const struct nl_field rtgen_f[] = {
	NL_FIELD(struct rtgenmsg, rtgen_family, NF_ENUM, &sock_domain_names),
};
static const struct nla_dec netnsa_dec[] = {
	[NETNSA_NSID] = { nla_s32, NULL },
	[NETNSA_PID] = { nla_u32, NULL },
	[NETNSA_FD] = { nla_fd, NULL },
	[NETNSA_TARGET_NSID] = { nla_s32, NULL },
	[NETNSA_CURRENT_NSID] = { nla_s32, NULL },
};
NLA_SET(netnsa_attrs, netnsa_names, netnsa_dec);

static const struct nl_field dcb_f[] = {
	NL_FIELD(struct dcbmsg, dcb_family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct dcbmsg, cmd, NF_ENUM, &dcb_cmd_names),
};
static const struct nla_dec no_dec[1];
NLA_SET(dcb_attrs, dcb_attr_names, no_dec);

static const struct nl_field tcmsg_f[] = {
	NL_FIELD(struct tcmsg, tcm_family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct tcmsg, tcm_ifindex, NF_IFINDEX, NULL),
	NL_FIELD(struct tcmsg, tcm_handle, NF_U, NULL),
	NL_FIELD(struct tcmsg, tcm_parent, NF_U, NULL),
	NL_FIELD(struct tcmsg, tcm_info, NF_U, NULL),
};
static const struct nl_field tcamsg_f[] = {
	NL_FIELD(struct tcamsg, tca_family, NF_ENUM, &sock_domain_names),
};

static const struct nl_field nhmsg_f[] = {
	NL_FIELD(struct nhmsg, nh_family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct nhmsg, nh_scope, NF_ENUM, &rt_scope_names),
	NL_FIELD(struct nhmsg, nh_protocol, NF_ENUM, &rtprot_names),
	NL_FIELD(struct nhmsg, resvd, NF_X | NF_OPT, NULL),
	NL_FIELD(struct nhmsg, nh_flags, NF_FLAGS, &rtnh_f_names),
};

static const struct nl_field ifstats_f[] = {
	NL_FIELD(struct if_stats_msg, family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct if_stats_msg, pad1, NF_X | NF_OPT, NULL),
	NL_FIELD(struct if_stats_msg, pad2, NF_X | NF_OPT, NULL),
	NL_FIELD(struct if_stats_msg, ifindex, NF_IFINDEX, NULL),
	NL_FIELD(struct if_stats_msg, filter_mask, NF_FLAGS, &ifla_stats_mask_names),
};

static const struct nl_field bpm_f[] = {
	NL_FIELD(struct br_port_msg, family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct br_port_msg, ifindex, NF_IFINDEX, NULL),
};

#define MSG(name, type, fields, attrs) \
	static const struct nl_msg_desc name = { sizeof(type), fields, NL_N(fields), attrs }
MSG(ifaddr_d, struct ifaddrmsg, ifaddr_f, &ifa_attrs);
MSG(ifal_d, struct ifaddrlblmsg, ifal_f, &ifal_attrs);
MSG(rtmsg_d, struct rtmsg, rtmsg_f, &rta_attrs);
MSG(ndmsg_d, struct ndmsg, ndmsg_f, &nda_attrs);
MSG(ndtmsg_d, struct ndtmsg, ndtmsg_f, &ndta_attrs);
MSG(rule_d, struct fib_rule_hdr, rule_f, &fra_attrs);
MSG(netconf_d, struct netconfmsg, netconf_f, &netconfa_attrs);
MSG(nsid_d, struct rtgenmsg, rtgen_f, &netnsa_attrs);
MSG(dcb_d, struct dcbmsg, dcb_f, &dcb_attrs);
MSG(tcmsg_d, struct tcmsg, tcmsg_f, &nl_tca_attrs);
MSG(tcamsg_d, struct tcamsg, tcamsg_f, &nl_tca_act_attrs);
MSG(nhmsg_d, struct nhmsg, nhmsg_f, &nl_nha_attrs);
MSG(ifstats_d, struct if_stats_msg, ifstats_f, &nl_ifstats_attrs);
MSG(bpm_d, struct br_port_msg, bpm_f, &nl_mdba_attrs);

/* The structure of each message type, from RTM_BASE on. */
static const struct nl_msg_desc *const route_msgs[] = {
	[RTM_NEWLINK - RTM_BASE] = &nl_ifinfo_desc,
	[RTM_DELLINK - RTM_BASE] = &nl_ifinfo_desc,
	[RTM_GETLINK - RTM_BASE] = &nl_ifinfo_desc,
	[RTM_SETLINK - RTM_BASE] = &nl_ifinfo_desc,
	[RTM_NEWADDR - RTM_BASE] = &ifaddr_d,
	[RTM_DELADDR - RTM_BASE] = &ifaddr_d,
	[RTM_GETADDR - RTM_BASE] = &ifaddr_d,
	[RTM_NEWROUTE - RTM_BASE] = &rtmsg_d,
	[RTM_DELROUTE - RTM_BASE] = &rtmsg_d,
	[RTM_GETROUTE - RTM_BASE] = &rtmsg_d,
	[RTM_NEWNEIGH - RTM_BASE] = &ndmsg_d,
	[RTM_DELNEIGH - RTM_BASE] = &ndmsg_d,
	[RTM_GETNEIGH - RTM_BASE] = &ndmsg_d,
	[RTM_NEWRULE - RTM_BASE] = &rule_d,
	[RTM_DELRULE - RTM_BASE] = &rule_d,
	[RTM_GETRULE - RTM_BASE] = &rule_d,
	[RTM_NEWQDISC - RTM_BASE] = &tcmsg_d,
	[RTM_DELQDISC - RTM_BASE] = &tcmsg_d,
	[RTM_GETQDISC - RTM_BASE] = &tcmsg_d,
	[RTM_NEWTCLASS - RTM_BASE] = &tcmsg_d,
	[RTM_DELTCLASS - RTM_BASE] = &tcmsg_d,
	[RTM_GETTCLASS - RTM_BASE] = &tcmsg_d,
	[RTM_NEWTFILTER - RTM_BASE] = &tcmsg_d,
	[RTM_DELTFILTER - RTM_BASE] = &tcmsg_d,
	[RTM_GETTFILTER - RTM_BASE] = &tcmsg_d,
	[RTM_NEWACTION - RTM_BASE] = &tcamsg_d,
	[RTM_DELACTION - RTM_BASE] = &tcamsg_d,
	[RTM_GETACTION - RTM_BASE] = &tcamsg_d,
	[RTM_GETMULTICAST - RTM_BASE] = &ifaddr_d,
	[RTM_GETANYCAST - RTM_BASE] = &ifaddr_d,
	[RTM_NEWNEIGHTBL - RTM_BASE] = &ndtmsg_d,
	[RTM_GETNEIGHTBL - RTM_BASE] = &ndtmsg_d,
	[RTM_SETNEIGHTBL - RTM_BASE] = &ndtmsg_d,
	[RTM_NEWADDRLABEL - RTM_BASE] = &ifal_d,
	[RTM_DELADDRLABEL - RTM_BASE] = &ifal_d,
	[RTM_GETADDRLABEL - RTM_BASE] = &ifal_d,
	[RTM_GETDCB - RTM_BASE] = &dcb_d,
	[RTM_SETDCB - RTM_BASE] = &dcb_d,
	[RTM_NEWNETCONF - RTM_BASE] = &netconf_d,
	[RTM_DELNETCONF - RTM_BASE] = &netconf_d,
	[RTM_GETNETCONF - RTM_BASE] = &netconf_d,
	[RTM_NEWMDB - RTM_BASE] = &bpm_d,
	[RTM_DELMDB - RTM_BASE] = &bpm_d,
	[RTM_GETMDB - RTM_BASE] = &bpm_d,
	[RTM_NEWNSID - RTM_BASE] = &nsid_d,
	[RTM_DELNSID - RTM_BASE] = &nsid_d,
	[RTM_GETNSID - RTM_BASE] = &nsid_d,
	[RTM_NEWSTATS - RTM_BASE] = &ifstats_d,
	[RTM_GETSTATS - RTM_BASE] = &ifstats_d,
	[RTM_NEWCHAIN - RTM_BASE] = &tcmsg_d,
	[RTM_DELCHAIN - RTM_BASE] = &tcmsg_d,
	[RTM_GETCHAIN - RTM_BASE] = &tcmsg_d,
	[RTM_NEWNEXTHOP - RTM_BASE] = &nhmsg_d,
	[RTM_DELNEXTHOP - RTM_BASE] = &nhmsg_d,
	[RTM_GETNEXTHOP - RTM_BASE] = &nhmsg_d,
};

bool nl_route_payload(struct strbuf *out, const struct nl_buf *nb0, uint16_t type, uint64_t off,
		      uint64_t len)
{
	struct nl_buf nb = *nb0;
	unsigned idx = type - RTM_BASE;
	const struct nl_msg_desc *d;

	if (type == NLMSG_DONE)
		return false;
	if (!nl_ptr(&nb, off, 1)) {
		nl_addr(out, &nb, off);
		return true;
	}
	nb.family = (uint8_t)nb.p[off];
	d = idx < NL_N(route_msgs) ? route_msgs[idx] : NULL;
	if (type == RTM_GETNEIGH && nb.family == AF_BRIDGE) /* a link dump of the bridge */
		d = &nl_ifinfo_desc;
	if (type == RTM_NEWCACHEREPORT) {
		nl_cachereport(out, &nb, off, len);
		return true;
	}
	if (d) {
		nl_family_msg(out, &nb, off, len, d);
		return true;
	}
	strbuf_adds(out, "{family=");
	nl_enum(out, &nb, &sock_domain_names, nb.family);
	if (len > 1) {
		strbuf_adds(out, ", data=");
		nl_hex(out, &nb, off + 1, len - 1);
	}
	strbuf_addc(out, '}');
	return true;
}
