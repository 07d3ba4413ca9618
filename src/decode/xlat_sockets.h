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
extern const struct flag_table bpf_class_names, bpf_size_names, bpf_mode_names, bpf_src_names,
	bpf_alu_op_names, bpf_jmp_op_names, bpf_rval_names, bpf_miscop_names, skf_ad_names;
extern const struct flag_table scm_type_names, ip_cmsg_type_names;
extern const struct flag_table vsock_cid_names, vsock_port_names, vsock_flag_names, qrtr_node_names,
	qrtr_port_names, sxdp_flag_names, mctp_net_names, mctp_addr_names,
	packet_type_names;
extern const struct flag_table rxrpc_service_names, ieee802154_addr_type_names,
	ieee802154_pan_id_names, ieee802154_short_addr_names, nfc_proto_names, nfc_sap_names;

#endif
