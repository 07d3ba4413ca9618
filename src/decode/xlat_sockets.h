/* SPDX-License-Identifier: MIT */
/*
 * The constant tables of socket options (sockopt.c): option names of the
 * levels strace 6.1 names, and the constants inside their values.
 */
#ifndef SCT_DECODE_XLAT_SOCKETS_H
#define SCT_DECODE_XLAT_SOCKETS_H

#include "flags.h"

extern const struct flag_table so_get_option_names, so_set_option_names, ip_option_names,
	ipv6_option_names, packet_option_names, raw_option_names, netlink_option_names,
	udp_option_names, packet_mreq_type_names, icmp_type_names, txrehash_names;

#endif
