// SPDX-License-Identifier: MIT
/*
 * The attributes of the smaller rtnetlink messages: traffic control (tcmsg,
 * tcamsg) and its statistics, next hops (nhmsg), interface statistics
 * (if_stats_msg), the bridge multicast database (br_port_msg) and multicast
 * routing cache reports.
 */
#include <arpa/inet.h>
#include <linux/gen_stats.h>
#include <linux/if_bridge.h>
#include <linux/if_link.h>
#include <linux/if_bonding.h>
#include <linux/mpls.h>
#include <linux/mroute.h>
#include <linux/mroute6.h>
#include <linux/netlink.h>
#include <linux/nexthop.h>
#include <linux/pkt_cls.h>
#include <linux/pkt_sched.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

#include "netlink_route.h"
#include "xlat_netlink.h"

#define OFFSETOFEND(s, f) (offsetof(s, f) + sizeof(((s *)0)->f))

/* --- tc statistics --- */
static const struct nl_field tc_stats_f[] = {
	NL_FIELD(struct tc_stats, bytes, NF_U, NULL),
	NL_FIELD(struct tc_stats, packets, NF_U, NULL),
	NL_FIELD(struct tc_stats, drops, NF_U, NULL),
	NL_FIELD(struct tc_stats, overlimits, NF_U, NULL),
	NL_FIELD(struct tc_stats, bps, NF_U, NULL),
	NL_FIELD(struct tc_stats, pps, NF_U, NULL),
	NL_FIELD(struct tc_stats, qlen, NF_U, NULL),
	NL_FIELD(struct tc_stats, backlog, NF_U, NULL),
};
/* the structure without its tail padding, as the kernel fills it */
static bool nla_tc_stats(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
			 const void *arg)
{
	(void)arg;
	return nl_struct_attr(out, nb, off, len, OFFSETOFEND(struct tc_stats, backlog),
			      tc_stats_f, NL_N(tc_stats_f));
}
static const struct nl_field tc_est_f[] = {
	NL_FIELD(struct tc_estimator, interval, NF_D, NULL),
	NL_FIELD(struct tc_estimator, ewma_log, NF_U, NULL),
};
NLA_STRUCT(nla_tc_est, struct tc_estimator, tc_est_f)
static const struct nl_field gnet_basic_f[] = {
	NL_FIELD(struct gnet_stats_basic, bytes, NF_U, NULL),
	NL_FIELD(struct gnet_stats_basic, packets, NF_U, NULL),
};
static bool nla_gnet_basic(struct strbuf *out, const struct nl_buf *nb, uint64_t off,
			   unsigned len, const void *arg)
{
	(void)arg;
	return nl_struct_attr(out, nb, off, len, OFFSETOFEND(struct gnet_stats_basic, packets),
			      gnet_basic_f, NL_N(gnet_basic_f));
}
static const struct nl_field gnet_rate_f[] = {
	NL_FIELD(struct gnet_stats_rate_est, bps, NF_U, NULL),
	NL_FIELD(struct gnet_stats_rate_est, pps, NF_U, NULL),
};
static const struct nl_field gnet_rate64_f[] = {
	NL_FIELD(struct gnet_stats_rate_est64, bps, NF_U, NULL),
	NL_FIELD(struct gnet_stats_rate_est64, pps, NF_U, NULL),
};
static const struct nl_field gnet_queue_f[] = {
	NL_FIELD(struct gnet_stats_queue, qlen, NF_U, NULL),
	NL_FIELD(struct gnet_stats_queue, backlog, NF_U, NULL),
	NL_FIELD(struct gnet_stats_queue, drops, NF_U, NULL),
	NL_FIELD(struct gnet_stats_queue, requeues, NF_U, NULL),
	NL_FIELD(struct gnet_stats_queue, overlimits, NF_U, NULL),
};
NLA_STRUCT(nla_gnet_rate, struct gnet_stats_rate_est, gnet_rate_f)
NLA_STRUCT(nla_gnet_rate64, struct gnet_stats_rate_est64, gnet_rate64_f)
NLA_STRUCT(nla_gnet_queue, struct gnet_stats_queue, gnet_queue_f)
static const struct nla_dec tca_stats_dec[] = {
	[TCA_STATS_BASIC] = { nla_gnet_basic, NULL },
	[TCA_STATS_RATE_EST] = { nla_gnet_rate, NULL },
	[TCA_STATS_QUEUE] = { nla_gnet_queue, NULL },
	[TCA_STATS_RATE_EST64] = { nla_gnet_rate64, NULL },
	[TCA_STATS_BASIC_HW] = { nla_gnet_basic, NULL },
	[TCA_STATS_PKT64] = { nla_u64, NULL },
};
NLA_SET(tca_stats_attrs, tca_stats_names, tca_stats_dec);

/* --- size tables --- */
static const struct nl_field sizespec_f[] = {
	NL_FIELD(struct tc_sizespec, cell_log, NF_U, NULL),
	NL_FIELD(struct tc_sizespec, size_log, NF_U, NULL),
	NL_FIELD(struct tc_sizespec, cell_align, NF_D, NULL),
	NL_FIELD(struct tc_sizespec, overhead, NF_D, NULL),
	NL_FIELD(struct tc_sizespec, linklayer, NF_U, NULL),
	NL_FIELD(struct tc_sizespec, mpu, NF_U, NULL),
	NL_FIELD(struct tc_sizespec, mtu, NF_U, NULL),
	NL_FIELD(struct tc_sizespec, tsize, NF_U, NULL),
};
NLA_STRUCT(nla_sizespec, struct tc_sizespec, sizespec_f)
static const struct nla_dec tca_stab_dec[] = {
	[TCA_STAB_BASE] = { nla_sizespec, NULL },
	[TCA_STAB_DATA] = { nla_u16_array, NULL },
};
NLA_SET(tca_stab_attrs, tca_stab_names, tca_stab_dec);

static const struct nla_dec tca_dec[] = {
	[TCA_KIND] = { nla_str, NULL },
	[TCA_STATS] = { nla_tc_stats, NULL },
	[TCA_RATE] = { nla_tc_est, NULL },
	[TCA_FCNT] = { nla_u32, NULL },
	[TCA_STATS2] = { nla_nested, &tca_stats_attrs },
	[TCA_STAB] = { nla_nested, &tca_stab_attrs },
	[TCA_CHAIN] = { nla_u32, NULL },
	[TCA_HW_OFFLOAD] = { nla_u8, NULL },
	[TCA_INGRESS_BLOCK] = { nla_u32, NULL },
	[TCA_EGRESS_BLOCK] = { nla_u32, NULL },
	[TCA_DUMP_FLAGS] = { nla_u32, NULL },
};
const struct nla_set nl_tca_attrs = { &tca_names, tca_dec, NL_N(tca_dec) };

static const struct nla_xval act_flags = { .t = &tca_act_flag_names, .size = 4, .flags = true };
static const struct nla_xval act_hw_stats = {
	.t = &tca_act_hw_stats_names, .size = 4, .flags = true };
static const struct nla_dec tca_act_dec[] = {
	[TCA_ACT_KIND] = { nla_str, NULL },
	[TCA_ACT_INDEX] = { nla_u32, NULL },
	[TCA_ACT_STATS] = { nla_nested, &tca_stats_attrs },
	[TCA_ACT_FLAGS] = { nla_xval, &act_flags },
	[TCA_ACT_HW_STATS] = { nla_xval, &act_hw_stats },
	[TCA_ACT_USED_HW_STATS] = { nla_xval, &act_hw_stats },
	[TCA_ACT_IN_HW_COUNT] = { nla_u32, NULL },
};
const struct nla_set nl_tca_act_attrs = { &tca_act_names, tca_act_dec, NL_N(tca_act_dec) };

/* --- next hops --- */
static const struct nla_dec nha_res_group_dec[] = {
	[NHA_RES_GROUP_BUCKETS] = { nla_u16, NULL },
	[NHA_RES_GROUP_IDLE_TIMER] = { nla_clock_t, NULL },
	[NHA_RES_GROUP_UNBALANCED_TIMER] = { nla_clock_t, NULL },
	[NHA_RES_GROUP_UNBALANCED_TIME] = { nla_clock_t, NULL },
};
NLA_SET(nha_res_group_attrs, nha_res_group_names, nha_res_group_dec);
static const struct nla_dec nha_res_bucket_dec[] = {
	[NHA_RES_BUCKET_INDEX] = { nla_u16, NULL },
	[NHA_RES_BUCKET_IDLE_TIME] = { nla_clock_t, NULL },
	[NHA_RES_BUCKET_NH_ID] = { nla_u32, NULL },
};
NLA_SET(nha_res_bucket_attrs, nha_res_bucket_names, nha_res_bucket_dec);
/* newer headers name resvd1 weight_high: the layout as strace 6.1 prints it */
static const struct nl_field nh_grp_f[] = {
	NL_FIELD(struct nexthop_grp, id, NF_U, NULL),
	NL_FIELD(struct nexthop_grp, weight, NF_U, NULL),
	{ "resvd1", 5, 1, NF_X | NF_OPT, NULL, NULL },
	NL_FIELD(struct nexthop_grp, resvd2, NF_X | NF_OPT, NULL),
};
static const struct nl_struct_desc nh_grp = { sizeof(struct nexthop_grp), nh_grp_f,
					      NL_N(nh_grp_f) };
static const struct nla_xval nh_grp_type = { .t = &nh_grp_type_names, .size = 2 };
static const struct nla_xval lwt_encap = { .t = &lwt_encap_names, .size = 2 };
static const struct nla_dec nha_dec[] = {
	[NHA_ID] = { nla_u32, NULL },
	[NHA_GROUP] = { nla_struct_array, &nh_grp },
	[NHA_GROUP_TYPE] = { nla_xval, &nh_grp_type },
	[NHA_ENCAP_TYPE] = { nla_xval, &lwt_encap },
	[NHA_BLACKHOLE] = { nla_u32, NULL },
	[NHA_OIF] = { nla_ifindex, NULL },
	[NHA_GATEWAY] = { nla_family_addr, NULL },
	[NHA_GROUPS] = { nla_u32, NULL },
	[NHA_MASTER] = { nla_ifindex, NULL },
	[NHA_FDB] = { nla_u32, NULL },
	[NHA_RES_GROUP] = { nla_nested, &nha_res_group_attrs },
	[NHA_RES_BUCKET] = { nla_nested, &nha_res_bucket_attrs },
};
const struct nla_set nl_nha_attrs = { &nha_names, nha_dec, NL_N(nha_dec) };

/* --- interface statistics --- */
static const struct nl_field vlan_xstats_f[] = {
	NL_FIELD(struct bridge_vlan_xstats, rx_bytes, NF_U, NULL),
	NL_FIELD(struct bridge_vlan_xstats, rx_packets, NF_U, NULL),
	NL_FIELD(struct bridge_vlan_xstats, tx_bytes, NF_U, NULL),
	NL_FIELD(struct bridge_vlan_xstats, tx_packets, NF_U, NULL),
	NL_FIELD(struct bridge_vlan_xstats, vid, NF_U, NULL),
	NL_FIELD(struct bridge_vlan_xstats, flags, NF_FLAGS, &bridge_vlan_flag_names),
	NL_FIELD(struct bridge_vlan_xstats, pad2, NF_X | NF_OPT, NULL),
};
#define MCAST(f) NL_FIELD(struct br_mcast_stats, f, NF_U64_INDEXED, &br_mcast_dir_names)
static const struct nl_field mcast_xstats_f[] = {
	MCAST(igmp_v1queries), MCAST(igmp_v2queries), MCAST(igmp_v3queries), MCAST(igmp_leaves),
	MCAST(igmp_v1reports), MCAST(igmp_v2reports), MCAST(igmp_v3reports),
	NL_FIELD(struct br_mcast_stats, igmp_parse_errors, NF_U, NULL),
	MCAST(mld_v1queries), MCAST(mld_v2queries), MCAST(mld_leaves), MCAST(mld_v1reports),
	MCAST(mld_v2reports),
	NL_FIELD(struct br_mcast_stats, mld_parse_errors, NF_U, NULL),
	MCAST(mcast_bytes), MCAST(mcast_packets),
};
static const struct nl_field stp_xstats_f[] = {
	NL_FIELD(struct bridge_stp_xstats, transition_blk, NF_U, NULL),
	NL_FIELD(struct bridge_stp_xstats, transition_fwd, NF_U, NULL),
	NL_FIELD(struct bridge_stp_xstats, rx_bpdu, NF_U, NULL),
	NL_FIELD(struct bridge_stp_xstats, tx_bpdu, NF_U, NULL),
	NL_FIELD(struct bridge_stp_xstats, rx_tcn, NF_U, NULL),
	NL_FIELD(struct bridge_stp_xstats, tx_tcn, NF_U, NULL),
};
#define TAIL_STRUCT(name, type, fields)                                                     \
	static bool name(struct strbuf *out, const struct nl_buf *nb, uint64_t off,          \
			 unsigned len, const void *arg)                                      \
	{                                                                                    \
		(void)arg;                                                                   \
		return nl_struct_attr_tail(out, nb, off, len, sizeof(type), fields,         \
					   NL_N(fields));                                    \
	}
TAIL_STRUCT(nla_vlan_xstats, struct bridge_vlan_xstats, vlan_xstats_f)
TAIL_STRUCT(nla_mcast_xstats, struct br_mcast_stats, mcast_xstats_f)
TAIL_STRUCT(nla_stp_xstats, struct bridge_stp_xstats, stp_xstats_f)
static const struct nla_dec bridge_xstats_dec[] = {
	[BRIDGE_XSTATS_VLAN] = { nla_vlan_xstats, NULL },
	[BRIDGE_XSTATS_MCAST] = { nla_mcast_xstats, NULL },
	[BRIDGE_XSTATS_STP] = { nla_stp_xstats, NULL },
};
NLA_SET(bridge_xstats_attrs, bridge_xstats_names, bridge_xstats_dec);
static const struct nla_dec bond_3ad_dec[] = {
	[BOND_3AD_STAT_LACPDU_RX] = { nla_u64, NULL },
	[BOND_3AD_STAT_LACPDU_TX] = { nla_u64, NULL },
	[BOND_3AD_STAT_LACPDU_UNKNOWN_RX] = { nla_u64, NULL },
	[BOND_3AD_STAT_LACPDU_ILLEGAL_RX] = { nla_u64, NULL },
	[BOND_3AD_STAT_MARKER_RX] = { nla_u64, NULL },
	[BOND_3AD_STAT_MARKER_TX] = { nla_u64, NULL },
	[BOND_3AD_STAT_MARKER_RESP_RX] = { nla_u64, NULL },
	[BOND_3AD_STAT_MARKER_RESP_TX] = { nla_u64, NULL },
	[BOND_3AD_STAT_MARKER_UNKNOWN_RX] = { nla_u64, NULL },
};
NLA_SET(bond_3ad_attrs, bond_3ad_stat_names, bond_3ad_dec);
static const struct nla_dec bond_xstats_dec[] = {
	[BOND_XSTATS_3AD] = { nla_nested, &bond_3ad_attrs },
};
NLA_SET(bond_xstats_attrs, bond_xstats_names, bond_xstats_dec);
static const struct nla_dec link_xstats_dec[] = {
	[LINK_XSTATS_TYPE_BRIDGE] = { nla_nested, &bridge_xstats_attrs },
	[LINK_XSTATS_TYPE_BOND] = { nla_nested, &bond_xstats_attrs },
};
NLA_SET(link_xstats_attrs, link_xstats_type_names, link_xstats_dec);
static const struct nla_dec offload_dec[] = {
	[IFLA_OFFLOAD_XSTATS_CPU_HIT] = { nla_link_stats64, NULL },
};
NLA_SET(offload_attrs, offload_xstats_names, offload_dec);
static const struct nl_field mpls_link_f[] = {
	NL_FIELD(struct mpls_link_stats, rx_packets, NF_U, NULL),
	NL_FIELD(struct mpls_link_stats, tx_packets, NF_U, NULL),
	NL_FIELD(struct mpls_link_stats, rx_bytes, NF_U, NULL),
	NL_FIELD(struct mpls_link_stats, tx_bytes, NF_U, NULL),
	NL_FIELD(struct mpls_link_stats, rx_errors, NF_U, NULL),
	NL_FIELD(struct mpls_link_stats, tx_errors, NF_U, NULL),
	NL_FIELD(struct mpls_link_stats, rx_dropped, NF_U, NULL),
	NL_FIELD(struct mpls_link_stats, tx_dropped, NF_U, NULL),
	NL_FIELD(struct mpls_link_stats, rx_noroute, NF_U, NULL),
};
TAIL_STRUCT(nla_mpls_link, struct mpls_link_stats, mpls_link_f)
static const struct nla_dec mpls_dec[] = {
	[MPLS_STATS_LINK] = { nla_mpls_link, NULL },
};
NLA_SET(mpls_attrs, mpls_stats_names, mpls_dec);
/* IFLA_STATS_AF_SPEC: attributes named by address family, MPLS's decoded */
static const struct nla_dec af_stats_dec[] = {
	[AF_MPLS] = { nla_nested, &mpls_attrs },
};
NLA_SET(af_stats_attrs, sock_domain_names, af_stats_dec);
static const struct nla_dec ifstats_dec[] = {
	[IFLA_STATS_LINK_64] = { nla_link_stats64, NULL },
	[IFLA_STATS_LINK_XSTATS] = { nla_nested, &link_xstats_attrs },
	[IFLA_STATS_LINK_XSTATS_SLAVE] = { nla_nested, &link_xstats_attrs },
	[IFLA_STATS_LINK_OFFLOAD_XSTATS] = { nla_nested, &offload_attrs },
	[IFLA_STATS_AF_SPEC] = { nla_nested, &af_stats_attrs },
};
const struct nla_set nl_ifstats_attrs = { &ifla_stats_names, ifstats_dec, NL_N(ifstats_dec) };

/* --- the bridge multicast database --- */
/* the router type, read whatever the attribute's length */
static bool nla_rtr_type(struct strbuf *out, const struct nl_buf *nb, uint64_t off,
			 unsigned len, const void *arg)
{
	const char *p = nl_ptr(nb, off, 1);

	(void)arg;
	(void)len;
	if (!p)
		nl_addr(out, nb, off);
	else
		nl_enum(out, nb, &mdb_rtr_type_names, (uint8_t)p[0]);
	return true;
}
static const struct nla_dec mdba_router_pattr_dec[] = {
	[MDBA_ROUTER_PATTR_TIMER] = { nla_clock_t, NULL },
	[MDBA_ROUTER_PATTR_TYPE] = { nla_rtr_type, NULL },
	[MDBA_ROUTER_PATTR_INET_TIMER] = { nla_clock_t, NULL },
	[MDBA_ROUTER_PATTR_INET6_TIMER] = { nla_clock_t, NULL },
};
NLA_SET(mdba_router_pattr_attrs, mdba_router_pattr_names, mdba_router_pattr_dec);

/* MDBA_ROUTER_PORT: an interface index, then the port's attributes. */
static bool nla_router_port(struct strbuf *out, const struct nl_buf *nb, uint64_t off,
			    unsigned len, const void *arg)
{
	if (!nla_ifindex(out, nb, off, len, arg))
		return false;
	if (len > 4 && nl_ptr(nb, off, 4)) {
		strbuf_adds(out, ", ");
		nl_attrs(out, nb, off + 4, len - 4, &mdba_router_pattr_attrs);
	}
	return true;
}
static const struct nla_dec mdba_router_dec[] = {
	[MDBA_ROUTER_PORT] = { nla_router_port, NULL },
};
NLA_SET(mdba_router_attrs, mdba_router_names, mdba_router_dec);
static const struct nla_dec mdba_mdb_eattr_dec[] = {
	[MDBA_MDB_EATTR_TIMER] = { nla_clock_t, NULL },
};
NLA_SET(mdba_mdb_eattr_attrs, mdba_mdb_eattr_names, mdba_mdb_eattr_dec);

/* MDBA_MDB_ENTRY_INFO: struct br_mdb_entry, then its attributes. */
static bool nla_mdb_entry(struct strbuf *out, const struct nl_buf *nb0, uint64_t off,
			  unsigned len, const void *arg)
{
	static const struct nl_field entry_f[] = {
		NL_FIELD(struct br_mdb_entry, ifindex, NF_IFINDEX, NULL),
		NL_FIELD(struct br_mdb_entry, state, NF_ENUM, &mdb_state_names),
		NL_FIELD(struct br_mdb_entry, flags, NF_FLAGS, &mdb_flag_names),
		NL_FIELD(struct br_mdb_entry, vid, NF_U, NULL),
	};
	unsigned size = sizeof(struct br_mdb_entry), a = offsetof(struct br_mdb_entry, addr);
	struct nl_buf nb = *nb0;
	const char *p;
	uint16_t proto;

	(void)arg;
	if (len < size)
		return false;
	p = nl_ptr(&nb, off, size);
	if (!p) {
		nl_addr(out, &nb, off);
	} else {
		proto = ntohs(load_u16(p, a + sizeof(((struct br_mdb_entry *)0)->addr.u)));
		strbuf_addc(out, '{');
		nl_fields(out, &nb, p, entry_f, NL_N(entry_f));
		strbuf_adds(out, ", addr={");
		nb.family = (uint8_t)proto;
		if (proto > 0xff)
			nb.family = AF_UNSPEC;
		nl_field_addr(out, &nb, off + a, sizeof(((struct br_mdb_entry *)0)->addr.u), "u");
		strbuf_adds(out, ", proto=htons(");
		nl_enum(out, &nb, &sock_domain_names, proto);
		strbuf_adds(out, ")}}");
	}
	if (len > NLMSG_ALIGN(size)) {
		strbuf_adds(out, ", ");
		nl_attrs(out, &nb, off + NLMSG_ALIGN(size), len - NLMSG_ALIGN(size),
			 &mdba_mdb_eattr_attrs);
	}
	return true;
}
static const struct nla_dec mdba_mdb_entry_dec[] = {
	[MDBA_MDB_ENTRY_INFO] = { nla_mdb_entry, NULL },
};
NLA_SET(mdba_mdb_entry_attrs, mdba_mdb_entry_names, mdba_mdb_entry_dec);
static const struct nla_dec mdba_mdb_dec[] = {
	[MDBA_MDB_ENTRY] = { nla_nested, &mdba_mdb_entry_attrs },
};
NLA_SET(mdba_mdb_attrs, mdba_mdb_names, mdba_mdb_dec);
static const struct nla_dec mdba_dec[] = {
	[MDBA_MDB] = { nla_nested, &mdba_mdb_attrs },
	[MDBA_ROUTER] = { nla_nested, &mdba_router_attrs },
};
const struct nla_set nl_mdba_attrs = { &mdba_names, mdba_dec, NL_N(mdba_dec) };

/* --- cache reports --- */
static const struct nla_xval ipmra_msg = { .t = &igmpmsg_names, .size = 1 };
static const struct nla_xval ip6mra_msg = { .t = &mrt6msg_names, .size = 1 };
static const struct nla_dec ipmra_dec[] = {
	[IPMRA_CREPORT_MSGTYPE] = { nla_xval, &ipmra_msg },
	[IPMRA_CREPORT_VIF_ID] = { nla_u32, NULL },
	[IPMRA_CREPORT_SRC_ADDR] = { nla_in_addr, NULL },
	[IPMRA_CREPORT_DST_ADDR] = { nla_in_addr, NULL },
	[IPMRA_CREPORT_TABLE] = { nla_u32, NULL },
};
NLA_SET(ipmra_attrs, ipmra_creport_names, ipmra_dec);
static const struct nla_dec ip6mra_dec[] = {
	[IP6MRA_CREPORT_MSGTYPE] = { nla_xval, &ip6mra_msg },
	[IP6MRA_CREPORT_MIF_ID] = { nla_u32, NULL },
	[IP6MRA_CREPORT_SRC_ADDR] = { nla_in6_addr, NULL },
	[IP6MRA_CREPORT_DST_ADDR] = { nla_in6_addr, NULL },
};
NLA_SET(ip6mra_attrs, ip6mra_creport_names, ip6mra_dec);

void nl_cachereport(struct strbuf *out, const struct nl_buf *nb, uint64_t off, uint64_t len)
{
	uint8_t family = (uint8_t)nb->p[off];
	const struct nla_set *set = family == RTNL_FAMILY_IPMR ? &ipmra_attrs :
				    family == RTNL_FAMILY_IP6MR ? &ip6mra_attrs : NULL;

	strbuf_adds(out, "{rtgen_family=");
	if (flag_lookup(&rtnl_family_names, family) || !flag_lookup(&sock_domain_names, family))
		nl_enum(out, nb, &rtnl_family_names, family); /* "RTNL_FAMILY_???" for others */
	else
		nl_enum(out, nb, &sock_domain_names, family);
	strbuf_addc(out, '}');
	if (len <= 4)
		return;
	strbuf_adds(out, ", ");
	if (set)
		nl_attrs(out, nb, off + 4, len - 4, set);
	else
		nl_hex(out, nb, off + 4, len - 4);
}
