// SPDX-License-Identifier: MIT
/*
 * RTM_*LINK payloads: struct ifinfomsg and the IFLA_* attributes of a
 * network interface (statistics, addresses, nested link information...).
 */
#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

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
	[IFLA_TXQLEN] = { nla_u32, NULL },
	[IFLA_MAP] = { nla_ifmap, NULL },
	[IFLA_WEIGHT] = { nla_u32, NULL },
	[IFLA_OPERSTATE] = { nla_u8, NULL },
	[IFLA_LINKMODE] = { nla_u8, NULL },
	[IFLA_NET_NS_PID] = { nla_u32, NULL },
	[IFLA_IFALIAS] = { nla_str, NULL },
	[IFLA_NUM_VF] = { nla_u32, NULL },
	[IFLA_STATS64] = { nla_link_stats64, NULL },
	[IFLA_VF_PORTS] = { nla_nested, &vf_port_attrs },
	[IFLA_PORT_SELF] = { nla_nested, &port_attrs },
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
