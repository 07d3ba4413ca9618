// SPDX-License-Identifier: MIT
/*
 * RTM_*LINK payloads: struct ifinfomsg and the IFLA_* attributes of a
 * network interface (statistics, addresses, nested link information...).
 */
#include <arpa/inet.h>
#include <linux/if_bridge.h>
#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

#ifndef AF_MCTP
#define AF_MCTP 45
#endif

#include "netlink_route.h"
#include "xlat_netlink.h"

/* The statistics' fields, in order; both structures have them, 32 or 64 bits wide. */
static const char *const link_stats_names[] = {
	"rx_packets", "tx_packets", "rx_bytes", "tx_bytes", "rx_errors", "tx_errors",
	"rx_dropped", "tx_dropped", "multicast", "collisions", "rx_length_errors",
	"rx_over_errors", "rx_crc_errors", "rx_frame_errors", "rx_fifo_errors",
	"rx_missed_errors", "tx_aborted_errors", "tx_carrier_errors", "tx_fifo_errors",
	"tx_heartbeat_errors", "tx_window_errors", "rx_compressed", "tx_compressed",
	"rx_nohandler", "rx_otherhost_dropped",
};
#define STATS_MIN 23 /* up to tx_compressed, the oldest layout */

/*
 * struct rtnl_link_stats (width 4) or rtnl_link_stats64 (8) of all fields
 * (n of them), or of the older layouts' fields when len is exactly theirs.
 */
static bool link_stats(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		       unsigned width, unsigned n)
{
	unsigned k = len >= n * width ? n : len == (STATS_MIN + 1) * width ? STATS_MIN + 1 :
					len == STATS_MIN * width ? STATS_MIN : 0;
	const char *p;

	if (!k)
		return false;
	p = nl_ptr(nb, off, k * width);
	if (!p) {
		nl_addr(out, nb, off);
		return true;
	}
	strbuf_addc(out, '{');
	for (unsigned i = 0; i < k; i++)
		strbuf_addf(out, "%s%s=%llu", i ? ", " : "", link_stats_names[i],
			    width == 8 ? (unsigned long long)load_u64(p, 8 * i) :
					 (unsigned long long)load_u32(p, 4 * i));
	strbuf_addc(out, '}');
	return true;
}

bool nla_link_stats64(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		      const void *arg)
{
	(void)arg;
	return link_stats(out, nb, off, len, 8, sizeof(struct rtnl_link_stats64) / 8 < 25 ?
							 sizeof(struct rtnl_link_stats64) / 8 : 25);
}

static bool nla_link_stats(struct strbuf *out, const struct nl_buf *nb, uint64_t off,
			   unsigned len, const void *arg)
{
	(void)arg;
	return link_stats(out, nb, off, len, 4, sizeof(struct rtnl_link_stats) / 4 < 25 ?
							 sizeof(struct rtnl_link_stats) / 4 : 25);
}

static const struct nl_field ifmap_f[] = {
	NL_FIELD(struct rtnl_link_ifmap, mem_start, NF_X, NULL),
	NL_FIELD(struct rtnl_link_ifmap, mem_end, NF_X, NULL),
	NL_FIELD(struct rtnl_link_ifmap, base_addr, NF_X, NULL),
	NL_FIELD(struct rtnl_link_ifmap, irq, NF_U, NULL),
	NL_FIELD(struct rtnl_link_ifmap, dma, NF_U, NULL),
	NL_FIELD(struct rtnl_link_ifmap, port, NF_U, NULL),
};
/* without the tail padding */
static bool nla_ifmap(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		      const void *arg)
{
	(void)arg;
	return nl_struct_attr(out, nb, off, len,
			      offsetof(struct rtnl_link_ifmap, port) + 1, ifmap_f, NL_N(ifmap_f));
}

/* struct ifla_port_vsi; its padding when not zero */
static bool nla_port_vsi(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
			 const void *arg)
{
	static const struct nl_field vsi_f[] = {
		NL_FIELD(struct ifla_port_vsi, vsi_mgr_id, NF_U, NULL),
		NL_FIELD(struct ifla_port_vsi, vsi_type_id, NF_HEX, NULL),
		NL_FIELD(struct ifla_port_vsi, vsi_type_version, NF_U, NULL),
		NL_FIELD(struct ifla_port_vsi, pad, NF_HEX, NULL),
	};
	static const char zero[sizeof(((struct ifla_port_vsi *)0)->pad)];
	const char *p;

	(void)arg;
	if (len < sizeof(struct ifla_port_vsi))
		return false;
	p = nl_ptr(nb, off, sizeof(struct ifla_port_vsi));
	if (!p) {
		nl_addr(out, nb, off);
		return true;
	}
	strbuf_addc(out, '{');
	nl_fields(out, nb, p, vsi_f,
		  memcmp(p + offsetof(struct ifla_port_vsi, pad), zero, sizeof(zero)) ? 4 : 3);
	strbuf_addc(out, '}');
	return true;
}
static const struct nla_dec port_dec[] = {
	[IFLA_PORT_VF] = { nla_u32, NULL },
	[IFLA_PORT_PROFILE] = { nla_str, NULL },
	[IFLA_PORT_VSI_TYPE] = { nla_port_vsi, NULL },
	[IFLA_PORT_REQUEST] = { nla_u8, NULL },
	[IFLA_PORT_RESPONSE] = { nla_u16, NULL },
};
NLA_SET(port_attrs, ifla_port_names, port_dec);
static const struct nla_dec vf_port_dec[] = {
	[IFLA_VF_PORT] = { nla_nested, &port_attrs },
};
NLA_SET(vf_port_attrs, ifla_vf_port_names, vf_port_dec);
static const struct nla_dec pdr_dec[] = {
	[IFLA_PROTO_DOWN_REASON_MASK] = { nla_x32, NULL },
	[IFLA_PROTO_DOWN_REASON_VALUE] = { nla_x32, NULL },
};
NLA_SET(pdr_attrs, ifla_pdr_names, pdr_dec);

static const struct nla_xval xdp_attached = { .t = &xdp_attached_names, .size = 1 };
static const struct nla_xval xdp_flags = { .t = &xdp_flag_names, .size = 4, .flags = true };
static const struct nla_dec xdp_dec[] = {
	[IFLA_XDP_FD] = { nla_fd, NULL },
	[IFLA_XDP_ATTACHED] = { nla_xval, &xdp_attached },
	[IFLA_XDP_FLAGS] = { nla_xval, &xdp_flags },
	[IFLA_XDP_PROG_ID] = { nla_u32, NULL },
	[IFLA_XDP_DRV_PROG_ID] = { nla_u32, NULL },
	[IFLA_XDP_SKB_PROG_ID] = { nla_u32, NULL },
	[IFLA_XDP_HW_PROG_ID] = { nla_u32, NULL },
	[IFLA_XDP_EXPECTED_FD] = { nla_fd, NULL },
};
NLA_SET(xdp_attrs, ifla_xdp_names, xdp_dec);

/* IFLA_PROP_LIST: link attributes, of which only the alternative names are decoded */
static const struct nla_dec prop_list_dec[] = {
	[IFLA_ALT_IFNAME] = { nla_str, NULL },
};
NLA_SET(prop_list_attrs, ifla_names, prop_list_dec);

/* --- bridge ports --- */
/* struct ifla_bridge_id: {prio=[1, 2], addr=xx:xx:xx:xx:xx:xx} */
static bool nla_bridge_id(struct strbuf *out, const struct nl_buf *nb, uint64_t off,
			  unsigned len, const void *arg)
{
	const char *p;

	(void)arg;
	if (len < sizeof(struct ifla_bridge_id))
		return false;
	p = nl_ptr(nb, off, sizeof(struct ifla_bridge_id));
	if (!p) {
		nl_addr(out, nb, off);
		return true;
	}
	strbuf_addf(out, "{prio=[%u, %u], addr=", (uint8_t)p[0], (uint8_t)p[1]);
	nl_mac(out, nb, p + 2, 6);
	strbuf_addc(out, '}');
	return true;
}
static const struct nla_dec brport_dec[] = {
	[IFLA_BRPORT_STATE] = { nla_u8, NULL },
	[IFLA_BRPORT_PRIORITY] = { nla_u16, NULL },
	[IFLA_BRPORT_COST] = { nla_u32, NULL },
	[IFLA_BRPORT_MODE] = { nla_u8, NULL },
	[IFLA_BRPORT_GUARD] = { nla_u8, NULL },
	[IFLA_BRPORT_PROTECT] = { nla_u8, NULL },
	[IFLA_BRPORT_FAST_LEAVE] = { nla_u8, NULL },
	[IFLA_BRPORT_LEARNING] = { nla_u8, NULL },
	[IFLA_BRPORT_UNICAST_FLOOD] = { nla_u8, NULL },
	[IFLA_BRPORT_PROXYARP] = { nla_u8, NULL },
	[IFLA_BRPORT_LEARNING_SYNC] = { nla_u8, NULL },
	[IFLA_BRPORT_PROXYARP_WIFI] = { nla_u8, NULL },
	[IFLA_BRPORT_ROOT_ID] = { nla_bridge_id, NULL },
	[IFLA_BRPORT_BRIDGE_ID] = { nla_bridge_id, NULL },
	[IFLA_BRPORT_DESIGNATED_PORT] = { nla_u16, NULL },
	[IFLA_BRPORT_DESIGNATED_COST] = { nla_u16, NULL },
	[IFLA_BRPORT_ID] = { nla_u16, NULL },
	[IFLA_BRPORT_NO] = { nla_u16, NULL },
	[IFLA_BRPORT_TOPOLOGY_CHANGE_ACK] = { nla_u8, NULL },
	[IFLA_BRPORT_CONFIG_PENDING] = { nla_u8, NULL },
	[IFLA_BRPORT_MESSAGE_AGE_TIMER] = { nla_clock_t, NULL },
	[IFLA_BRPORT_FORWARD_DELAY_TIMER] = { nla_clock_t, NULL },
	[IFLA_BRPORT_HOLD_TIMER] = { nla_clock_t, NULL },
	[IFLA_BRPORT_MULTICAST_ROUTER] = { nla_u8, NULL },
	[IFLA_BRPORT_MCAST_FLOOD] = { nla_u8, NULL },
	[IFLA_BRPORT_MCAST_TO_UCAST] = { nla_u8, NULL },
	[IFLA_BRPORT_VLAN_TUNNEL] = { nla_u8, NULL },
	[IFLA_BRPORT_BCAST_FLOOD] = { nla_u8, NULL },
	[IFLA_BRPORT_GROUP_FWD_MASK] = { nla_x16, NULL },
	[IFLA_BRPORT_NEIGH_SUPPRESS] = { nla_u8, NULL },
	[IFLA_BRPORT_ISOLATED] = { nla_u8, NULL },
	[IFLA_BRPORT_BACKUP_PORT] = { nla_ifindex, NULL },
	[IFLA_BRPORT_MRP_RING_OPEN] = { nla_u8, NULL },
	[IFLA_BRPORT_MRP_IN_OPEN] = { nla_u8, NULL },
	[IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT] = { nla_u32, NULL },
	[IFLA_BRPORT_MCAST_EHT_HOSTS_CNT] = { nla_u32, NULL },
	[IFLA_BRPORT_LOCKED] = { nla_u8, NULL },
};
NLA_SET(brport_attrs, ifla_brport_names, brport_dec);

/* --- IPv6 of an interface (IFLA_PROTINFO, IFLA_AF_SPEC) --- */
static const struct nla_xval inet6_flags = { .t = &inet6_if_flag_names, .size = 4, .flags = true };
static const struct nla_xval inet6_agm = { .t = &in6_agm_names, .size = 1 };
static const struct nl_indexed devconf = { &devconf_names, 4, true, 0 };
static const struct nl_indexed ipstats = { &ipstats_mib_names, 8, false, 0 };
static const struct nl_indexed icmp6stats = { &icmp6_mib_names, 8, false, 0 };
static const struct nl_field inet6_ci_f[] = {
	NL_FIELD(struct ifla_cacheinfo, max_reasm_len, NF_U, NULL),
	NL_FIELD(struct ifla_cacheinfo, tstamp, NF_U, NULL),
	NL_FIELD(struct ifla_cacheinfo, reachable_time, NF_U, NULL),
	NL_FIELD(struct ifla_cacheinfo, retrans_time, NF_U, NULL),
};
NLA_STRUCT(nla_inet6_cacheinfo, struct ifla_cacheinfo, inet6_ci_f)
static const struct nla_dec inet6_dec[] = {
	[IFLA_INET6_FLAGS] = { nla_xval, &inet6_flags },
	[IFLA_INET6_CONF] = { nla_indexed, &devconf },
	[IFLA_INET6_STATS] = { nla_indexed, &ipstats },
	[IFLA_INET6_CACHEINFO] = { nla_inet6_cacheinfo, NULL },
	[IFLA_INET6_ICMP6STATS] = { nla_indexed, &icmp6stats },
	[IFLA_INET6_TOKEN] = { nla_in6_addr, NULL },
	[IFLA_INET6_ADDR_GEN_MODE] = { nla_xval, &inet6_agm },
	[IFLA_INET6_RA_MTU] = { nla_u32, NULL },
};
NLA_SET(inet6_attrs, ifla_inet6_names, inet6_dec);

/* --- IFLA_AF_SPEC: per address family, a bridge's own attributes --- */
static const struct nl_indexed inet_devconf = { &ipv4_devconf_names, 4, true, 0 };
static const struct nla_dec inet_dec[] = {
	[IFLA_INET_CONF] = { nla_indexed, &inet_devconf },
};
NLA_SET(inet_attrs, ifla_inet_names, inet_dec);
static const struct nla_dec mctp_dec[] = {
	[IFLA_MCTP_NET] = { nla_u32, NULL },
};
NLA_SET(mctp_attrs, ifla_mctp_names, mctp_dec);
/* the attributes of each address family's part, by family */
static const struct nla_dec af_dec[] = {
	[AF_INET] = { nla_nested, &inet_attrs },
	[AF_INET6] = { nla_nested, &inet6_attrs },
	[AF_MCTP] = { nla_nested, &mctp_attrs },
};
NLA_SET(af_attrs, sock_domain_names, af_dec);

static const struct nla_xval bridge_flags = { .t = &bridge_flag_names, .size = 2, .flags = true };
static const struct nla_xval bridge_mode = { .t = &bridge_mode_names, .size = 2 };
static const struct nla_xval vlan_flags = { .t = &bridge_vlan_flag_names, .size = 2, .flags = true };
static const struct nl_field vlan_info_f[] = {
	NL_FIELD(struct bridge_vlan_info, flags, NF_FLAGS, &bridge_vlan_flag_names),
	NL_FIELD(struct bridge_vlan_info, vid, NF_U, NULL),
};
static bool nla_bridge_vlan_info(struct strbuf *out, const struct nl_buf *nb, uint64_t off,
				 unsigned len, const void *arg)
{
	(void)arg;
	return nl_struct_attr_tail(out, nb, off, len, sizeof(struct bridge_vlan_info), vlan_info_f,
				   NL_N(vlan_info_f));
}
static const struct nla_dec bridge_tunnel_dec[] = {
	[IFLA_BRIDGE_VLAN_TUNNEL_ID] = { nla_u32, NULL },
	[IFLA_BRIDGE_VLAN_TUNNEL_VID] = { nla_u16, NULL },
	[IFLA_BRIDGE_VLAN_TUNNEL_FLAGS] = { nla_xval, &vlan_flags },
};
NLA_SET(bridge_tunnel_attrs, ifla_bridge_tunnel_names, bridge_tunnel_dec);
static const struct nla_dec bridge_af_dec[] = {
	[IFLA_BRIDGE_FLAGS] = { nla_xval, &bridge_flags },
	[IFLA_BRIDGE_MODE] = { nla_xval, &bridge_mode },
	[IFLA_BRIDGE_VLAN_INFO] = { nla_bridge_vlan_info, NULL },
	[IFLA_BRIDGE_VLAN_TUNNEL_INFO] = { nla_nested, &bridge_tunnel_attrs },
};
NLA_SET(bridge_af_attrs, ifla_bridge_names, bridge_af_dec);

static bool nla_af_spec(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
			const void *arg)
{
	(void)arg;
	nl_attrs(out, nb, off, len, nb->family == AF_BRIDGE ? &bridge_af_attrs : &af_attrs);
	return true;
}

/* IFLA_PROTINFO: a bridge port's or IPv6's attributes, by the message's family. */
static bool nla_protinfo(struct strbuf *out, const struct nl_buf *nb, uint64_t off,
			 unsigned len, const void *arg)
{
	(void)arg;
	if (nb->family == AF_BRIDGE)
		nl_attrs(out, nb, off, len, &brport_attrs);
	else if (nb->family == AF_INET6)
		nl_attrs(out, nb, off, len, &inet6_attrs);
	else
		nl_hex(out, nb, off, len);
	return true;
}

/* --- IFLA_LINKINFO: the kind of link, then its data of that kind --- */
struct link_ctx {
	char kind[64], slave_kind[64];
};

/* A kind's string, kept when it fits and has its NUL. */
static void keep_kind(char *dst, const struct nl_buf *nb, uint64_t off, unsigned len)
{
	const char *p = nl_ptr(nb, off, len);

	dst[0] = 0;
	if (p && len < 64 && memchr(p, 0, len))
		memcpy(dst, p, len);
}

static bool nla_info_kind(struct strbuf *out, const struct nl_buf *nb, uint64_t off,
			  unsigned len, const void *arg)
{
	struct link_ctx *ctx = nb->ctx;

	keep_kind(arg ? ctx->slave_kind : ctx->kind, nb, off, len);
	nl_cstr(out, nb, off, len);
	return true;
}

static const struct nla_xval tun_type = { .t = &tun_type_names, .size = 1 };
static const struct nla_dec tun_dec[] = {
	[IFLA_TUN_OWNER] = { nla_uid, NULL },
	[IFLA_TUN_GROUP] = { nla_uid, NULL },
	[IFLA_TUN_TYPE] = { nla_xval, &tun_type },
	[IFLA_TUN_PI] = { nla_u8, NULL },
	[IFLA_TUN_VNET_HDR] = { nla_u8, NULL },
	[IFLA_TUN_PERSIST] = { nla_u8, NULL },
	[IFLA_TUN_MULTI_QUEUE] = { nla_u8, NULL },
	[IFLA_TUN_NUM_QUEUES] = { nla_u32, NULL },
	[IFLA_TUN_NUM_DISABLED_QUEUES] = { nla_u32, NULL },
};
NLA_SET(tun_attrs, ifla_tun_names, tun_dec);

static const struct nl_field boolopt_f[] = {
	NL_FIELD(struct br_boolopt_multi, optval, NF_FLAGS, &br_boolopt_names),
	NL_FIELD(struct br_boolopt_multi, optmask, NF_FLAGS, &br_boolopt_names),
};
NLA_STRUCT(nla_boolopt, struct br_boolopt_multi, boolopt_f)
static const struct nla_dec querier_dec[] = {
	[BRIDGE_QUERIER_IP_ADDRESS] = { nla_in_addr, NULL },
	[BRIDGE_QUERIER_IP_PORT] = { nla_ifindex, NULL },
	[BRIDGE_QUERIER_IP_OTHER_TIMER] = { nla_clock_t, NULL },
	[BRIDGE_QUERIER_IPV6_ADDRESS] = { nla_in6_addr, NULL },
	[BRIDGE_QUERIER_IPV6_PORT] = { nla_ifindex, NULL },
	[BRIDGE_QUERIER_IPV6_OTHER_TIMER] = { nla_clock_t, NULL },
};
NLA_SET(querier_attrs, bridge_querier_names, querier_dec);
static const struct nla_dec br_dec[] = {
	[IFLA_BR_FORWARD_DELAY] = { nla_clock_t, NULL },
	[IFLA_BR_HELLO_TIME] = { nla_clock_t, NULL },
	[IFLA_BR_MAX_AGE] = { nla_clock_t, NULL },
	[IFLA_BR_AGEING_TIME] = { nla_clock_t, NULL },
	[IFLA_BR_STP_STATE] = { nla_u32, NULL },
	[IFLA_BR_PRIORITY] = { nla_u16, NULL },
	[IFLA_BR_VLAN_FILTERING] = { nla_u8, NULL },
	[IFLA_BR_VLAN_PROTOCOL] = { nla_ether_proto, NULL },
	[IFLA_BR_GROUP_FWD_MASK] = { nla_x16, NULL },
	[IFLA_BR_ROOT_ID] = { nla_bridge_id, NULL },
	[IFLA_BR_BRIDGE_ID] = { nla_bridge_id, NULL },
	[IFLA_BR_ROOT_PORT] = { nla_u16, NULL },
	[IFLA_BR_ROOT_PATH_COST] = { nla_u32, NULL },
	[IFLA_BR_TOPOLOGY_CHANGE] = { nla_u8, NULL },
	[IFLA_BR_TOPOLOGY_CHANGE_DETECTED] = { nla_u8, NULL },
	[IFLA_BR_HELLO_TIMER] = { nla_clock_t, NULL },
	[IFLA_BR_TCN_TIMER] = { nla_clock_t, NULL },
	[IFLA_BR_TOPOLOGY_CHANGE_TIMER] = { nla_clock_t, NULL },
	[IFLA_BR_GC_TIMER] = { nla_clock_t, NULL },
	[IFLA_BR_GROUP_ADDR] = { nla_hwaddr, NULL },
	[IFLA_BR_MCAST_ROUTER] = { nla_u8, NULL },
	[IFLA_BR_MCAST_SNOOPING] = { nla_u8, NULL },
	[IFLA_BR_MCAST_QUERY_USE_IFADDR] = { nla_u8, NULL },
	[IFLA_BR_MCAST_QUERIER] = { nla_u8, NULL },
	[IFLA_BR_MCAST_HASH_ELASTICITY] = { nla_u32, NULL },
	[IFLA_BR_MCAST_HASH_MAX] = { nla_u32, NULL },
	[IFLA_BR_MCAST_LAST_MEMBER_CNT] = { nla_u32, NULL },
	[IFLA_BR_MCAST_STARTUP_QUERY_CNT] = { nla_u32, NULL },
	[IFLA_BR_MCAST_LAST_MEMBER_INTVL] = { nla_clock_t, NULL },
	[IFLA_BR_MCAST_MEMBERSHIP_INTVL] = { nla_clock_t, NULL },
	[IFLA_BR_MCAST_QUERIER_INTVL] = { nla_clock_t, NULL },
	[IFLA_BR_MCAST_QUERY_INTVL] = { nla_clock_t, NULL },
	[IFLA_BR_MCAST_QUERY_RESPONSE_INTVL] = { nla_clock_t, NULL },
	[IFLA_BR_MCAST_STARTUP_QUERY_INTVL] = { nla_clock_t, NULL },
	[IFLA_BR_NF_CALL_IPTABLES] = { nla_u8, NULL },
	[IFLA_BR_NF_CALL_IP6TABLES] = { nla_u8, NULL },
	[IFLA_BR_NF_CALL_ARPTABLES] = { nla_u8, NULL },
	[IFLA_BR_VLAN_DEFAULT_PVID] = { nla_u16, NULL },
	[IFLA_BR_VLAN_STATS_ENABLED] = { nla_u8, NULL },
	[IFLA_BR_MCAST_STATS_ENABLED] = { nla_u8, NULL },
	[IFLA_BR_MCAST_IGMP_VERSION] = { nla_u8, NULL },
	[IFLA_BR_MCAST_MLD_VERSION] = { nla_u8, NULL },
	[IFLA_BR_VLAN_STATS_PER_PORT] = { nla_u8, NULL },
	[IFLA_BR_MULTI_BOOLOPT] = { nla_boolopt, NULL },
	[IFLA_BR_MCAST_QUERIER_STATE] = { nla_nested, &querier_attrs },
};
NLA_SET(br_attrs, ifla_br_names, br_dec);

/* CAN devices' statistics, a structure of the kernel's can/netlink.h */
static bool nla_can_stats(struct strbuf *out, const struct nl_buf *nb, uint64_t off,
			  unsigned len)
{
	static const char *const f[] = {
		"bus_error", "error_warning", "error_passive", "bus_off", "arbitration_lost",
		"restarts",
	};
	const char *p;

	if (len < 24)
		return false;
	p = nl_ptr(nb, off, 24);
	if (!p) {
		nl_addr(out, nb, off);
		return true;
	}
	for (unsigned i = 0; i < 6; i++)
		strbuf_addf(out, "%s%s=%u", i ? ", " : "{", f[i], load_u32(p, 4 * i));
	strbuf_addc(out, '}');
	return true;
}

/* IFLA_INFO_DATA, XSTATS, SLAVE_DATA: by the kind seen before (arg: which) */
enum { INFO_DATA, INFO_XSTATS, INFO_SLAVE_DATA };
static bool nla_info_data(struct strbuf *out, const struct nl_buf *nb, uint64_t off,
			  unsigned len, const void *arg)
{
	const struct link_ctx *ctx = nb->ctx;

	switch ((int)(intptr_t)arg) {
	case INFO_DATA:
		if (!strcmp(ctx->kind, "bridge"))
			nl_attrs(out, nb, off, len, &br_attrs);
		else if (!strcmp(ctx->kind, "tun"))
			nl_attrs(out, nb, off, len, &tun_attrs);
		else
			return false;
		return true;
	case INFO_XSTATS:
		return !strcmp(ctx->kind, "can") && nla_can_stats(out, nb, off, len);
	default:
		if (strcmp(ctx->slave_kind, "bridge"))
			return false;
		nl_attrs(out, nb, off, len, &brport_attrs);
		return true;
	}
}
static const struct nla_dec info_dec[] = {
	[IFLA_INFO_KIND] = { nla_info_kind, NULL },
	[IFLA_INFO_DATA] = { nla_info_data, (void *)INFO_DATA },
	[IFLA_INFO_XSTATS] = { nla_info_data, (void *)INFO_XSTATS },
	[IFLA_INFO_SLAVE_KIND] = { nla_info_kind, "slave" },
	[IFLA_INFO_SLAVE_DATA] = { nla_info_data, (void *)INFO_SLAVE_DATA },
};
NLA_SET(info_attrs, ifla_info_names, info_dec);

static bool nla_linkinfo(struct strbuf *out, const struct nl_buf *nb0, uint64_t off,
			 unsigned len, const void *arg)
{
	struct link_ctx ctx = { "", "" };
	struct nl_buf nb = *nb0;

	(void)arg;
	nb.ctx = &ctx;
	nl_attrs(out, &nb, off, len, &info_attrs);
	return true;
}

/* --- virtual functions (IFLA_VFINFO_LIST) --- */
#define VF_STRUCT(name, type, ...)                                                   \
	static const struct nl_field name##_f[] = { __VA_ARGS__ };                   \
	NLA_STRUCT(name, type, name##_f)
VF_STRUCT(nla_vf_mac, struct ifla_vf_mac, NL_FIELD(struct ifla_vf_mac, vf, NF_U, NULL),
	  NL_FIELD(struct ifla_vf_mac, mac, NF_MAC, NULL))
VF_STRUCT(nla_vf_vlan, struct ifla_vf_vlan, NL_FIELD(struct ifla_vf_vlan, vf, NF_U, NULL),
	  NL_FIELD(struct ifla_vf_vlan, vlan, NF_U, NULL),
	  NL_FIELD(struct ifla_vf_vlan, qos, NF_U, NULL))
VF_STRUCT(nla_vf_tx_rate, struct ifla_vf_tx_rate,
	  NL_FIELD(struct ifla_vf_tx_rate, vf, NF_U, NULL),
	  NL_FIELD(struct ifla_vf_tx_rate, rate, NF_U, NULL))
VF_STRUCT(nla_vf_spoofchk, struct ifla_vf_spoofchk,
	  NL_FIELD(struct ifla_vf_spoofchk, vf, NF_U, NULL),
	  NL_FIELD(struct ifla_vf_spoofchk, setting, NF_U, NULL))
VF_STRUCT(nla_vf_link_state, struct ifla_vf_link_state,
	  NL_FIELD(struct ifla_vf_link_state, vf, NF_U, NULL),
	  NL_FIELD(struct ifla_vf_link_state, link_state, NF_ENUM, &ifla_vf_link_state_names))
VF_STRUCT(nla_vf_rate, struct ifla_vf_rate, NL_FIELD(struct ifla_vf_rate, vf, NF_U, NULL),
	  NL_FIELD(struct ifla_vf_rate, min_tx_rate, NF_U, NULL),
	  NL_FIELD(struct ifla_vf_rate, max_tx_rate, NF_U, NULL))
VF_STRUCT(nla_vf_rss, struct ifla_vf_rss_query_en,
	  NL_FIELD(struct ifla_vf_rss_query_en, vf, NF_U, NULL),
	  NL_FIELD(struct ifla_vf_rss_query_en, setting, NF_U, NULL))
VF_STRUCT(nla_vf_trust, struct ifla_vf_trust, NL_FIELD(struct ifla_vf_trust, vf, NF_U, NULL),
	  NL_FIELD(struct ifla_vf_trust, setting, NF_U, NULL))
VF_STRUCT(nla_vf_broadcast, struct ifla_vf_broadcast,
	  NL_FIELD(struct ifla_vf_broadcast, broadcast, NF_MAC, NULL))

/* struct ifla_vf_guid: 16 bytes here, 12 from a 32-bit process (the guid unaligned) */
static bool nla_vf_guid(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
			const void *arg)
{
	const char *p;

	(void)arg;
	if (len != 12 && len != 16)
		return false;
	p = nl_ptr(nb, off, len);
	if (!p)
		nl_addr(out, nb, off);
	else
		strbuf_addf(out, "{vf=%u, guid=%#llx}", load_u32(p, 0),
			    (unsigned long long)load_u64(p, len - 8));
	return true;
}

/* struct ifla_vf_vlan_info, its vlan_proto in network order */
static bool nla_vf_vlan_info(struct strbuf *out, const struct nl_buf *nb, uint64_t off,
			     unsigned len, const void *arg)
{
	static const struct nl_field f[] = {
		NL_FIELD(struct ifla_vf_vlan_info, vf, NF_U, NULL),
		NL_FIELD(struct ifla_vf_vlan_info, vlan, NF_U, NULL),
		NL_FIELD(struct ifla_vf_vlan_info, qos, NF_U, NULL),
	};
	const char *p;

	(void)arg;
	if (len < sizeof(struct ifla_vf_vlan_info))
		return false;
	p = nl_ptr(nb, off, sizeof(struct ifla_vf_vlan_info));
	if (!p) {
		nl_addr(out, nb, off);
		return true;
	}
	strbuf_addc(out, '{');
	nl_fields(out, nb, p, f, NL_N(f));
	strbuf_adds(out, ", vlan_proto=htons(");
	nl_enum(out, nb, &eth_p_names,
		ntohs(load_u16(p, offsetof(struct ifla_vf_vlan_info, vlan_proto))));
	strbuf_adds(out, ")}");
	return true;
}
static const struct nla_dec vf_vlan_list_dec[] = {
	[IFLA_VF_VLAN_INFO] = { nla_vf_vlan_info, NULL },
};
NLA_SET(vf_vlan_list_attrs, ifla_vf_vlan_info_names, vf_vlan_list_dec);
static const struct nla_dec vf_stats_dec[] = {
	[IFLA_VF_STATS_RX_PACKETS] = { nla_u64, NULL },
	[IFLA_VF_STATS_TX_PACKETS] = { nla_u64, NULL },
	[IFLA_VF_STATS_RX_BYTES] = { nla_u64, NULL },
	[IFLA_VF_STATS_TX_BYTES] = { nla_u64, NULL },
	[IFLA_VF_STATS_BROADCAST] = { nla_u64, NULL },
	[IFLA_VF_STATS_MULTICAST] = { nla_u64, NULL },
	[IFLA_VF_STATS_RX_DROPPED] = { nla_u64, NULL },
	[IFLA_VF_STATS_TX_DROPPED] = { nla_u64, NULL },
};
NLA_SET(vf_stats_attrs, ifla_vf_stats_names, vf_stats_dec);
static const struct nla_dec vf_dec[] = {
	[IFLA_VF_MAC] = { nla_vf_mac, NULL },
	[IFLA_VF_VLAN] = { nla_vf_vlan, NULL },
	[IFLA_VF_TX_RATE] = { nla_vf_tx_rate, NULL },
	[IFLA_VF_SPOOFCHK] = { nla_vf_spoofchk, NULL },
	[IFLA_VF_LINK_STATE] = { nla_vf_link_state, NULL },
	[IFLA_VF_RATE] = { nla_vf_rate, NULL },
	[IFLA_VF_RSS_QUERY_EN] = { nla_vf_rss, NULL },
	[IFLA_VF_STATS] = { nla_nested, &vf_stats_attrs },
	[IFLA_VF_TRUST] = { nla_vf_trust, NULL },
	[IFLA_VF_IB_NODE_GUID] = { nla_vf_guid, NULL },
	[IFLA_VF_IB_PORT_GUID] = { nla_vf_guid, NULL },
	[IFLA_VF_VLAN_LIST] = { nla_nested, &vf_vlan_list_attrs },
	[IFLA_VF_BROADCAST] = { nla_vf_broadcast, NULL },
};
NLA_SET(vf_attrs, ifla_vf_names, vf_dec);
static const struct nla_dec vf_info_dec[] = {
	[IFLA_VF_INFO] = { nla_nested, &vf_attrs },
};
NLA_SET(vf_info_attrs, ifla_vf_info_names, vf_info_dec);

static const struct nla_xval ext_mask = { .t = &rtext_filter_names, .size = 4, .flags = true };
static const struct nla_xval ifla_event = { .t = &ifla_event_names, .size = 4 };

static const struct nla_dec ifla_dec[] = {
	[IFLA_ADDRESS] = { nla_hwaddr, NULL },
	[IFLA_BROADCAST] = { nla_hwaddr, NULL },
	[IFLA_IFNAME] = { nla_str, NULL },
	[IFLA_MTU] = { nla_u32, NULL },
	[IFLA_LINK] = { nla_u32, NULL },
	[IFLA_QDISC] = { nla_str, NULL },
	[IFLA_STATS] = { nla_link_stats, NULL },
	[IFLA_MASTER] = { nla_u32, NULL },
	[IFLA_PROTINFO] = { nla_protinfo, NULL },
	[IFLA_TXQLEN] = { nla_u32, NULL },
	[IFLA_MAP] = { nla_ifmap, NULL },
	[IFLA_WEIGHT] = { nla_u32, NULL },
	[IFLA_OPERSTATE] = { nla_u8, NULL },
	[IFLA_LINKMODE] = { nla_u8, NULL },
	[IFLA_LINKINFO] = { nla_linkinfo, NULL },
	[IFLA_NET_NS_PID] = { nla_u32, NULL },
	[IFLA_IFALIAS] = { nla_str, NULL },
	[IFLA_NUM_VF] = { nla_u32, NULL },
	[IFLA_VFINFO_LIST] = { nla_nested, &vf_info_attrs },
	[IFLA_STATS64] = { nla_link_stats64, NULL },
	[IFLA_VF_PORTS] = { nla_nested, &vf_port_attrs },
	[IFLA_PORT_SELF] = { nla_nested, &port_attrs },
	[IFLA_AF_SPEC] = { nla_af_spec, NULL },
	[IFLA_GROUP] = { nla_u32, NULL },
	[IFLA_NET_NS_FD] = { nla_fd, NULL },
	[IFLA_EXT_MASK] = { nla_xval, &ext_mask },
	[IFLA_PROMISCUITY] = { nla_u32, NULL },
	[IFLA_NUM_TX_QUEUES] = { nla_u32, NULL },
	[IFLA_NUM_RX_QUEUES] = { nla_u32, NULL },
	[IFLA_CARRIER] = { nla_u8, NULL },
	[IFLA_CARRIER_CHANGES] = { nla_u32, NULL },
	[IFLA_LINK_NETNSID] = { nla_s32, NULL },
	[IFLA_PHYS_PORT_NAME] = { nla_str, NULL },
	[IFLA_PROTO_DOWN] = { nla_u8, NULL },
	[IFLA_GSO_MAX_SEGS] = { nla_u32, NULL },
	[IFLA_GSO_MAX_SIZE] = { nla_u32, NULL },
	[IFLA_XDP] = { nla_nested, &xdp_attrs },
	[IFLA_EVENT] = { nla_xval, &ifla_event },
	[IFLA_NEW_NETNSID] = { nla_s32, NULL },
	[IFLA_IF_NETNSID] = { nla_s32, NULL },
	[IFLA_CARRIER_UP_COUNT] = { nla_u32, NULL },
	[IFLA_CARRIER_DOWN_COUNT] = { nla_u32, NULL },
	[IFLA_NEW_IFINDEX] = { nla_ifindex, NULL },
	[IFLA_MIN_MTU] = { nla_u32, NULL },
	[IFLA_MAX_MTU] = { nla_u32, NULL },
	[IFLA_PROP_LIST] = { nla_nested, &prop_list_attrs },
	[IFLA_ALT_IFNAME] = { nla_str, NULL },
	[IFLA_PERM_ADDRESS] = { nla_hwaddr, NULL },
	[IFLA_PROTO_DOWN_REASON] = { nla_nested, &pdr_attrs },
	[IFLA_PARENT_DEV_NAME] = { nla_str, NULL },
	[IFLA_PARENT_DEV_BUS_NAME] = { nla_str, NULL },
	[IFLA_GRO_MAX_SIZE] = { nla_u32, NULL },
	[IFLA_TSO_MAX_SIZE] = { nla_u32, NULL },
	[IFLA_TSO_MAX_SEGS] = { nla_u32, NULL },
	[IFLA_ALLMULTI] = { nla_u32, NULL },
};
NLA_SET(ifla_attrs, ifla_names, ifla_dec);

static const struct nl_field ifinfo_f[] = {
	NL_FIELD(struct ifinfomsg, ifi_family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct ifinfomsg, ifi_type, NF_ENUM, &arphrd_names),
	NL_FIELD(struct ifinfomsg, ifi_index, NF_IFINDEX, NULL),
	NL_FIELD(struct ifinfomsg, ifi_flags, NF_FLAGS, &iff_names),
	NL_FIELD(struct ifinfomsg, ifi_change, NF_X, NULL),
};
const struct nl_msg_desc nl_ifinfo_desc = {
	sizeof(struct ifinfomsg), ifinfo_f, NL_N(ifinfo_f), &ifla_attrs
};
