/* SPDX-License-Identifier: MIT */
/*
 * Internal to the NETLINK_ROUTE decoders (netlink_route.c and its parts
 * netlink_route_link.c, netlink_route_tc.c): what each part gives the others.
 */
#ifndef SCT_DECODE_NETLINK_ROUTE_H
#define SCT_DECODE_NETLINK_ROUTE_H

#include "netlink.h"

/* struct ifinfomsg and the IFLA_* attributes (netlink_route_link.c) */
extern const struct nl_msg_desc nl_ifinfo_desc;
/* netlink_route_tc.c: traffic control, actions, next hops, stats, multicast db */
extern const struct nla_set nl_tca_attrs, nl_tca_act_attrs, nl_nha_attrs, nl_ifstats_attrs,
	nl_mdba_attrs;
/* RTM_NEWCACHEREPORT's payload: {rtgen_family=RTNL_FAMILY_IPMR}, its attributes */
void nl_cachereport(struct strbuf *out, const struct nl_buf *nb, uint64_t off, uint64_t len);
/* An address of nb->family, in hex when that is neither AF_INET nor AF_INET6. */
nla_fn nla_family_addr;
/* The same as a structure's field: "name=inet_addr(...)", "inet_pton(AF_INET6, ..., &name)". */
void nl_field_addr(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		   const char *name);
/* struct rtnl_link_stats64, of the sizes the kernel has used */
nla_fn nla_link_stats64;

#endif
