/* SPDX-License-Identifier: MIT */
/*
 * The constant tables of the netlink decoders (netlink.c, nlattr.c,
 * netlink_<family>.c): message types per protocol, fields of the payload
 * structures, attribute types. Kept apart from flags.c with their decoders.
 */
#ifndef SCT_DECODE_XLAT_NETLINK_H
#define SCT_DECODE_XLAT_NETLINK_H

#include "flags.h"

extern const struct flag_table nl_audit_type_names, nl_selinux_type_names, nl_generic_type_names,
	nf_subsys_names, nf_control_type_names, nl_xfrm_type_names, nl_crypto_type_names,
	nf_ct_type_names, nf_ct_exp_type_names, nf_queue_type_names, nf_ulog_type_names,
	nf_osf_type_names, nf_ipset_type_names, nf_acct_type_names, nf_cttimeout_type_names,
	nf_cthelper_type_names, nf_nftables_type_names, nf_compat_type_names, nf_hook_type_names;
extern const struct flag_table nlmsgerr_attr_names, sk_meminfo_names, unix_diag_attr_names,
	netlink_diag_attr_names, packet_diag_attr_names, inet_diag_attr_names,
	inet_diag_req_attr_names, smc_diag_attr_names;
extern const struct flag_table tcp_state_names, tcp_state_flag_names, udiag_show_names,
	ndiag_show_names, ndiag_flag_names, netlink_state_names, packet_show_names, pdi_flag_names,
	tpacket_version_names, inet_diag_ext_names, smc_diag_ext_names, smc_diag_mode_names,
	smc_state_names, sock_shutdown_names, eth_p_names, ndiag_proto_names;
/* rtnetlink */
extern const struct flag_table arphrd_names, rtn_type_names, rtprot_names, rtm_f_names,
	rtnh_f_names, ifa_f_names, nud_names, ntf_names, fib_rule_flag_names, fr_act_names,
	dcb_cmd_names, rt_scope_names, rt_table_names, iptos_names, ifla_stats_mask_names,
	rtnl_family_names, ifla_names, ifa_names, rta_names, nda_names, ndta_names, fra_names,
	tca_names, tca_act_names, ifal_names, dcb_attr_names, netconfa_names, mdba_names,
	netnsa_names, nha_names, ifla_stats_names, ipmra_creport_names, ip6mra_creport_names;
extern const struct flag_table ndtpa_names, tca_stats_names, tca_stab_names,
	mdba_router_names, mdba_router_pattr_names, mdba_mdb_names, mdba_mdb_entry_names,
	mdba_mdb_eattr_names, nha_res_group_names, nha_res_bucket_names;
extern const struct flag_table sk_bpf_storage_rep_names, sk_bpf_storage_names,
	inet_ulp_info_names, tls_info_names, tls_version_names, tls_cipher_names, tls_conf_names,
	mptcp_subflow_attr_names, mptcp_subflow_flag_names;
extern const struct flag_table smc_decl_names, smc_role_names, inet_diag_bc_names, ifla_bridge_names, ifla_inet_names, ifla_mctp_names,
	ifla_bridge_tunnel_names, bridge_flag_names, bridge_mode_names, ipv4_devconf_names;
extern const struct flag_table iff_names, rtax_names, nfea_names, fdb_notify_names, ntf_ext_names,
	tca_act_flag_names, tca_act_hw_stats_names, mdb_state_names, mdb_flag_names,
	mdb_rtr_type_names, lwt_encap_names, nfnetlink_version_names, nf_no_attr_names,
	nh_grp_type_names, igmpmsg_names, mrt6msg_names, ifla_port_names, ifla_vf_port_names,
	ifla_pdr_names, rtext_filter_names, ifla_event_names,
	ifla_xdp_names, xdp_attached_names, xdp_flag_names;
extern const struct flag_table ifla_brport_names, ifla_info_names, ifla_br_names,
	ifla_tun_names, bridge_querier_names, devconf_names, ipstats_mib_names, icmp6_mib_names,
	ifla_inet6_names, in6_agm_names, inet6_if_flag_names, tun_type_names, br_boolopt_names;
extern const struct flag_table ifla_vf_info_names, ifla_vf_names, ifla_vf_stats_names,
	ifla_vf_vlan_info_names, ifla_vf_link_state_names;
extern const struct flag_table link_xstats_type_names, bridge_xstats_names,
	bond_xstats_names, offload_xstats_names, mpls_stats_names, br_mcast_dir_names,
	bond_3ad_stat_names, bridge_vlan_flag_names;

#endif
