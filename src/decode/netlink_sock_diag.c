// SPDX-License-Identifier: MIT
/*
 * NETLINK_SOCK_DIAG payloads: the request (NLM_F_REQUEST) and reply
 * structures of AF_UNIX, AF_INET/AF_INET6, AF_NETLINK, AF_PACKET and AF_SMC
 * socket diagnostics, chosen by their first byte (the family), and the
 * attributes of the replies. Other families print {family=..., data="..."}.
 */
#include <arpa/inet.h>
#include <linux/inet_diag.h>
#include <linux/mptcp.h>
#include <linux/tls.h>
#include <linux/tcp.h>
#include <linux/netlink.h>
#include <linux/netlink_diag.h>
#include <linux/packet_diag.h>
#include <linux/smc_diag.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <sys/socket.h>

#include "iov.h"
#include "netlink.h"
#include "sock_filter.h"
#include "netlink_route.h"
#include "xlat_netlink.h"

#ifndef AF_SMC
#define AF_SMC 43
#endif

static void print_u32_elem(struct strbuf *out, const struct nl_buf *nb, const char *p,
			   const void *arg)
{
	(void)nb, (void)arg;
	strbuf_addf(out, "%u", load_u32(p, 0));
}

/* An array of u32 (unix_diag's pending connections). */
static bool nla_u32s(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		     const void *arg)
{
	(void)arg;
	if (len < 4)
		return false;
	nl_array(out, nb, off, len / 4, 4, print_u32_elem, NULL);
	return true;
}

/* --- AF_UNIX --- */
static const struct nl_field unix_req_f[] = {
	NL_FIELD(struct unix_diag_req, sdiag_family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct unix_diag_req, sdiag_protocol, NF_U, NULL),
	NL_FIELD(struct unix_diag_req, udiag_states, NF_FLAGS, &tcp_state_flag_names),
	NL_FIELD(struct unix_diag_req, udiag_ino, NF_U, NULL),
	NL_FIELD(struct unix_diag_req, udiag_show, NF_FLAGS, &udiag_show_names),
	NL_FIELD(struct unix_diag_req, udiag_cookie, NF_COOKIE, NULL),
};
static const struct nl_field unix_msg_f[] = {
	NL_FIELD(struct unix_diag_msg, udiag_family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct unix_diag_msg, udiag_type, NF_ENUM, &sock_type_names),
	NL_FIELD(struct unix_diag_msg, udiag_state, NF_ENUM, &tcp_state_names),
	NL_FIELD(struct unix_diag_msg, udiag_ino, NF_U, NULL),
	NL_FIELD(struct unix_diag_msg, udiag_cookie, NF_COOKIE, NULL),
};
static const struct nl_field unix_vfs_f[] = {
	NL_FIELD(struct unix_diag_vfs, udiag_vfs_dev, NF_DEV, NULL),
	NL_FIELD(struct unix_diag_vfs, udiag_vfs_ino, NF_U, NULL),
};
static const struct nl_field unix_rqlen_f[] = {
	NL_FIELD(struct unix_diag_rqlen, udiag_rqueue, NF_U, NULL),
	NL_FIELD(struct unix_diag_rqlen, udiag_wqueue, NF_U, NULL),
};
NLA_STRUCT(nla_unix_vfs, struct unix_diag_vfs, unix_vfs_f)
NLA_STRUCT(nla_unix_rqlen, struct unix_diag_rqlen, unix_rqlen_f)
static const struct nla_dec unix_dec[] = {
	[UNIX_DIAG_NAME] = { nla_str, NULL },
	[UNIX_DIAG_VFS] = { nla_unix_vfs, NULL },
	[UNIX_DIAG_PEER] = { nla_u32, NULL },
	[UNIX_DIAG_ICONS] = { nla_u32s, NULL },
	[UNIX_DIAG_RQLEN] = { nla_unix_rqlen, NULL },
	[UNIX_DIAG_MEMINFO] = { nla_meminfo, NULL },
	[UNIX_DIAG_SHUTDOWN] = { nla_u8, NULL },
	[UNIX_DIAG_UID] = { nla_uid, NULL },
};
NLA_SET(unix_attrs, unix_diag_attr_names, unix_dec);

/* --- AF_NETLINK --- */
static const struct nl_field netlink_req_f[] = {
	NL_FIELD(struct netlink_diag_req, sdiag_family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct netlink_diag_req, sdiag_protocol, NF_ENUM, &ndiag_proto_names),
	NL_FIELD(struct netlink_diag_req, ndiag_ino, NF_U, NULL),
	NL_FIELD(struct netlink_diag_req, ndiag_show, NF_FLAGS, &ndiag_show_names),
	NL_FIELD(struct netlink_diag_req, ndiag_cookie, NF_COOKIE, NULL),
};
static const struct nl_field netlink_msg_f[] = {
	NL_FIELD(struct netlink_diag_msg, ndiag_family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct netlink_diag_msg, ndiag_type, NF_ENUM, &sock_type_names),
	NL_FIELD(struct netlink_diag_msg, ndiag_protocol, NF_ENUM, &netlink_proto_names),
	NL_FIELD(struct netlink_diag_msg, ndiag_state, NF_ENUM, &netlink_state_names),
	NL_FIELD(struct netlink_diag_msg, ndiag_portid, NF_U, NULL),
	NL_FIELD(struct netlink_diag_msg, ndiag_dst_portid, NF_U, NULL),
	NL_FIELD(struct netlink_diag_msg, ndiag_dst_group, NF_U, NULL),
	NL_FIELD(struct netlink_diag_msg, ndiag_ino, NF_U, NULL),
	NL_FIELD(struct netlink_diag_msg, ndiag_cookie, NF_COOKIE, NULL),
};
static const struct nl_field netlink_ring_f[] = {
	NL_FIELD(struct netlink_diag_ring, ndr_block_size, NF_U, NULL),
	NL_FIELD(struct netlink_diag_ring, ndr_block_nr, NF_U, NULL),
	NL_FIELD(struct netlink_diag_ring, ndr_frame_size, NF_U, NULL),
	NL_FIELD(struct netlink_diag_ring, ndr_frame_nr, NF_U, NULL),
};
NLA_STRUCT(nla_netlink_ring, struct netlink_diag_ring, netlink_ring_f)

static void print_group_elem(struct strbuf *out, const struct nl_buf *nb, const char *p,
			     const void *arg)
{
	(void)nb, (void)arg;
	strbuf_addf(out, "%#018llx", (unsigned long long)load_u64(p, 0));
}

/* NETLINK_DIAG_GROUPS: an array of longs, in 0x%016lx form. */
static bool nla_groups(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		       const void *arg)
{
	(void)arg;
	if (len < 8)
		return false;
	nl_array(out, nb, off, len / 8, 8, print_group_elem, NULL);
	return true;
}
static const struct nla_xval ndiag_flags = { .t = &ndiag_flag_names, .size = 4, .flags = true };
static const struct nla_dec netlink_dec[] = {
	[NETLINK_DIAG_MEMINFO] = { nla_meminfo, NULL },
	[NETLINK_DIAG_GROUPS] = { nla_groups, NULL },
	[NETLINK_DIAG_RX_RING] = { nla_netlink_ring, NULL },
	[NETLINK_DIAG_TX_RING] = { nla_netlink_ring, NULL },
	[NETLINK_DIAG_FLAGS] = { nla_xval, &ndiag_flags },
};
NLA_SET(netlink_attrs, netlink_diag_attr_names, netlink_dec);

/* --- AF_PACKET --- */
static const struct nl_field packet_req_f[] = {
	NL_FIELD(struct packet_diag_req, sdiag_family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct packet_diag_req, sdiag_protocol, NF_X, NULL),
	NL_FIELD(struct packet_diag_req, pdiag_ino, NF_U, NULL),
	NL_FIELD(struct packet_diag_req, pdiag_show, NF_FLAGS, &packet_show_names),
	NL_FIELD(struct packet_diag_req, pdiag_cookie, NF_COOKIE, NULL),
};
static const struct nl_field packet_msg_f[] = {
	NL_FIELD(struct packet_diag_msg, pdiag_family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct packet_diag_msg, pdiag_type, NF_ENUM, &sock_type_names),
	NL_FIELD(struct packet_diag_msg, pdiag_num, NF_ENUM, &eth_p_names),
	NL_FIELD(struct packet_diag_msg, pdiag_ino, NF_U, NULL),
	NL_FIELD(struct packet_diag_msg, pdiag_cookie, NF_COOKIE, NULL),
};
static const struct nl_field packet_info_f[] = {
	NL_FIELD(struct packet_diag_info, pdi_index, NF_IFINDEX, NULL),
	NL_FIELD(struct packet_diag_info, pdi_version, NF_ENUM, &tpacket_version_names),
	NL_FIELD(struct packet_diag_info, pdi_reserve, NF_U, NULL),
	NL_FIELD(struct packet_diag_info, pdi_copy_thresh, NF_U, NULL),
	NL_FIELD(struct packet_diag_info, pdi_tstamp, NF_U, NULL),
	NL_FIELD(struct packet_diag_info, pdi_flags, NF_FLAGS, &pdi_flag_names),
};
static const struct nl_field packet_ring_f[] = {
	NL_FIELD(struct packet_diag_ring, pdr_block_size, NF_U, NULL),
	NL_FIELD(struct packet_diag_ring, pdr_block_nr, NF_U, NULL),
	NL_FIELD(struct packet_diag_ring, pdr_frame_size, NF_U, NULL),
	NL_FIELD(struct packet_diag_ring, pdr_frame_nr, NF_U, NULL),
	NL_FIELD(struct packet_diag_ring, pdr_retire_tmo, NF_U, NULL),
	NL_FIELD(struct packet_diag_ring, pdr_sizeof_priv, NF_U, NULL),
	NL_FIELD(struct packet_diag_ring, pdr_features, NF_U, NULL),
};
NLA_STRUCT(nla_packet_info, struct packet_diag_info, packet_info_f)
NLA_STRUCT(nla_packet_ring, struct packet_diag_ring, packet_ring_f)
/* struct packet_diag_mclist: its address in hex, pdmc_alen bytes of it */
static void print_mclist(struct strbuf *out, const struct nl_buf *nb, const char *p,
			 const void *arg)
{
	static const struct nl_field f[] = {
		NL_FIELD(struct packet_diag_mclist, pdmc_index, NF_IFINDEX, NULL),
		NL_FIELD(struct packet_diag_mclist, pdmc_count, NF_U, NULL),
		NL_FIELD(struct packet_diag_mclist, pdmc_type, NF_U, NULL),
		NL_FIELD(struct packet_diag_mclist, pdmc_alen, NF_U, NULL),
	};
	unsigned max = sizeof(((struct packet_diag_mclist *)0)->pdmc_addr);
	unsigned alen = load_u16(p, offsetof(struct packet_diag_mclist, pdmc_alen));
	struct decode_opts hex = *nb->o;

	(void)arg;
	hex.xstrings = 2;
	strbuf_addc(out, '{');
	nl_fields(out, nb, p, f, NL_N(f));
	strbuf_adds(out, ", pdmc_addr=");
	format_quoted(out, p + offsetof(struct packet_diag_mclist, pdmc_addr),
		      alen < max ? alen : max, false, &hex);
	strbuf_addc(out, '}');
}

static bool nla_mclist(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		       const void *arg)
{
	unsigned size = sizeof(struct packet_diag_mclist);

	(void)arg;
	if (len < size)
		return false;
	nl_array(out, nb, off, len / size, size, print_mclist, NULL);
	return true;
}

/* PACKET_DIAG_FILTER: the socket's classic BPF program, as the socket option prints it */
static bool nla_filter(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		       const void *arg)
{
	unsigned n = len / 8, have = off < nb->have ? nb->have - (unsigned)off : 0;

	(void)arg;
	if (!n || n > 0xffff)
		return false;
	print_sock_filter_insns(out, nb->addr + off, nb->p + off, have < len ? have : len, n, nb->o);
	return true;
}

static const struct nla_dec packet_dec[] = {
	[PACKET_DIAG_MCLIST] = { nla_mclist, NULL },
	[PACKET_DIAG_FILTER] = { nla_filter, NULL },
	[PACKET_DIAG_INFO] = { nla_packet_info, NULL },
	[PACKET_DIAG_RX_RING] = { nla_packet_ring, NULL },
	[PACKET_DIAG_TX_RING] = { nla_packet_ring, NULL },
	[PACKET_DIAG_FANOUT] = { nla_u32, NULL },
	[PACKET_DIAG_UID] = { nla_uid, NULL },
	[PACKET_DIAG_MEMINFO] = { nla_meminfo, NULL },
};
NLA_SET(packet_attrs, packet_diag_attr_names, packet_dec);

/* --- AF_INET, AF_INET6 --- */
/* struct inet_diag_sockid at p: ports, addresses of the family, interface, cookie. */
static void print_sockid(struct strbuf *out, const struct nl_buf *nb, const char *p, int af)
{
	static const char *const addr_f[] = { "idiag_src", "idiag_dst" };

	strbuf_addf(out, "id={idiag_sport=htons(%u), idiag_dport=htons(%u)",
		    ntohs(load_u16(p, offsetof(struct inet_diag_sockid, idiag_sport))),
		    ntohs(load_u16(p, offsetof(struct inet_diag_sockid, idiag_dport))));
	for (unsigned i = 0; i < 2; i++) {
		const char *a = p + (i ? offsetof(struct inet_diag_sockid, idiag_dst) :
					 offsetof(struct inet_diag_sockid, idiag_src));

		strbuf_adds(out, ", ");
		nl_inet_addr(out, nb, af, a, 16, addr_f[i]);
	}
	strbuf_adds(out, ", idiag_if=");
	nl_ifindex(out, nb, load_u32(p, offsetof(struct inet_diag_sockid, idiag_if)));
	strbuf_adds(out, ", idiag_cookie=");
	nl_u32_array(out, p + offsetof(struct inet_diag_sockid, idiag_cookie), 2);
	strbuf_addc(out, '}');
}

/*
 * A structure whose fields before and after a struct inet_diag_sockid at
 * id_off are f[0..nb_before) and the rest; sockid addresses of family af.
 */
struct diag_desc {
	unsigned size, id_off, before;
	const struct nl_field *f;
	unsigned n;
	const struct nla_set *attrs;
	int af; /* 0: the message's family */
};

static void print_diag(struct strbuf *out, const struct nl_buf *nb, uint64_t off, uint64_t len,
		       const struct diag_desc *d)
{
	const char *p = nl_ptr(nb, off, d->size);
	uint64_t aoff = NLMSG_ALIGN(d->size);
	uint8_t family = (uint8_t)nb->p[off];

	strbuf_addc(out, '{');
	nl_fields(out, nb, nb->p + off, d->f, 1);
	strbuf_adds(out, ", ");
	if (len < d->size) {
		strbuf_adds(out, "...}");
		return;
	}
	if (!p) {
		nl_addr(out, nb, off + 1);
		strbuf_addc(out, '}');
		return;
	}
	if (d->before > 1) {
		nl_fields(out, nb, p, d->f + 1, d->before - 1);
		strbuf_adds(out, ", ");
	}
	print_sockid(out, nb, p + d->id_off, d->af ? d->af : family);
	if (d->n > d->before) {
		strbuf_adds(out, ", ");
		nl_fields(out, nb, p, d->f + d->before, d->n - d->before);
	}
	strbuf_addc(out, '}');
	if (len > aoff && d->attrs) {
		strbuf_adds(out, ", ");
		nl_attrs(out, nb, off + aoff, len - aoff, d->attrs);
	}
}

static const struct nl_field inet_req_f[] = {
	NL_FIELD(struct inet_diag_req, idiag_family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct inet_diag_req, idiag_src_len, NF_U, NULL),
	NL_FIELD(struct inet_diag_req, idiag_dst_len, NF_U, NULL),
	NL_FIELD(struct inet_diag_req, idiag_ext, NF_FLAGS, &inet_diag_ext_names),
	NL_FIELD(struct inet_diag_req, idiag_states, NF_FLAGS, &tcp_state_flag_names),
	NL_FIELD(struct inet_diag_req, idiag_dbs, NF_U, NULL),
};
static const struct nl_field inet_req_v2_f[] = {
	NL_FIELD(struct inet_diag_req_v2, sdiag_family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct inet_diag_req_v2, sdiag_protocol, NF_ENUM, &ipproto_names),
	NL_FIELD(struct inet_diag_req_v2, idiag_ext, NF_FLAGS, &inet_diag_ext_names),
	NL_FIELD(struct inet_diag_req_v2, idiag_states, NF_FLAGS, &tcp_state_flag_names),
};
static const struct nl_field inet_msg_f[] = {
	NL_FIELD(struct inet_diag_msg, idiag_family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct inet_diag_msg, idiag_state, NF_ENUM, &tcp_state_names),
	NL_FIELD(struct inet_diag_msg, idiag_timer, NF_U, NULL),
	NL_FIELD(struct inet_diag_msg, idiag_retrans, NF_U, NULL),
	NL_FIELD(struct inet_diag_msg, idiag_expires, NF_U, NULL),
	NL_FIELD(struct inet_diag_msg, idiag_rqueue, NF_U, NULL),
	NL_FIELD(struct inet_diag_msg, idiag_wqueue, NF_U, NULL),
	NL_FIELD(struct inet_diag_msg, idiag_uid, NF_U, NULL),
	NL_FIELD(struct inet_diag_msg, idiag_inode, NF_U, NULL),
};
static const struct nl_field inet_meminfo_f[] = {
	NL_FIELD(struct inet_diag_meminfo, idiag_rmem, NF_U, NULL),
	NL_FIELD(struct inet_diag_meminfo, idiag_wmem, NF_U, NULL),
	NL_FIELD(struct inet_diag_meminfo, idiag_fmem, NF_U, NULL),
	NL_FIELD(struct inet_diag_meminfo, idiag_tmem, NF_U, NULL),
};
NLA_STRUCT(nla_inet_meminfo, struct inet_diag_meminfo, inet_meminfo_f)
static const struct nl_field vegas_f[] = {
	NL_FIELD(struct tcpvegas_info, tcpv_enabled, NF_U, NULL),
	NL_FIELD(struct tcpvegas_info, tcpv_rttcnt, NF_U, NULL),
	NL_FIELD(struct tcpvegas_info, tcpv_rtt, NF_U, NULL),
	NL_FIELD(struct tcpvegas_info, tcpv_minrtt, NF_U, NULL),
};
static const struct nl_field dctcp_f[] = {
	NL_FIELD(struct tcp_dctcp_info, dctcp_enabled, NF_U, NULL),
	NL_FIELD(struct tcp_dctcp_info, dctcp_ce_state, NF_U, NULL),
	NL_FIELD(struct tcp_dctcp_info, dctcp_alpha, NF_U, NULL),
	NL_FIELD(struct tcp_dctcp_info, dctcp_ab_ecn, NF_U, NULL),
	NL_FIELD(struct tcp_dctcp_info, dctcp_ab_tot, NF_U, NULL),
};
static const struct nl_field bbr_f[] = {
	NL_FIELD(struct tcp_bbr_info, bbr_bw_lo, NF_X, NULL),
	NL_FIELD(struct tcp_bbr_info, bbr_bw_hi, NF_X, NULL),
	NL_FIELD(struct tcp_bbr_info, bbr_min_rtt, NF_U, NULL),
	NL_FIELD(struct tcp_bbr_info, bbr_pacing_gain, NF_U, NULL),
	NL_FIELD(struct tcp_bbr_info, bbr_cwnd_gain, NF_U, NULL),
};
NLA_STRUCT(nla_vegas, struct tcpvegas_info, vegas_f)
NLA_STRUCT(nla_dctcp, struct tcp_dctcp_info, dctcp_f)
NLA_STRUCT(nla_bbr, struct tcp_bbr_info, bbr_f)
/* the kernel's RCV_SHUTDOWN and SEND_SHUTDOWN are no uapi names: comments */
static const struct nla_xval inet_shutdown = {
	.t = &sock_shutdown_names, .size = 1, .flags = true, .verbose = true };
/* struct inet_diag_bc_op at p */
static void print_bc_op(struct strbuf *out, const struct nl_buf *nb, const char *p)
{
	strbuf_adds(out, "{code=");
	nl_enum(out, nb, &inet_diag_bc_names, (uint8_t)p[0]);
	strbuf_addf(out, ", yes=%u, no=%u}", (uint8_t)p[1], load_u16(p, 2));
}

/* What follows a bytecode operation of code: a host condition, a device... in len bytes. */
static void print_bc_data(struct strbuf *out, const struct nl_buf *nb0, uint64_t off,
			  unsigned len, uint8_t code)
{
	unsigned need = code == INET_DIAG_BC_S_COND || code == INET_DIAG_BC_D_COND ? 8 :
			code == INET_DIAG_BC_MARK_COND ? 8 :
			code == INET_DIAG_BC_DEV_COND ? 4 :
			code >= INET_DIAG_BC_S_GE && code <= INET_DIAG_BC_D_LE ? 4 : 0;
	struct nl_buf nb = *nb0;
	const char *p;

	if (!need || len < need) {
		nl_hex(out, &nb, off, len);
		return;
	}
	p = nl_ptr(&nb, off, need);
	if (!p) {
		nl_addr(out, &nb, off);
		return;
	}
	switch (code) {
	case INET_DIAG_BC_DEV_COND:
		nl_ifindex(out, &nb, load_u32(p, 0));
		return;
	case INET_DIAG_BC_MARK_COND:
		strbuf_addf(out, "{mark=%u, mask=%u}", load_u32(p, 0), load_u32(p, 4));
		return;
	case INET_DIAG_BC_S_COND:
	case INET_DIAG_BC_D_COND:
		break;
	default:
		print_bc_op(out, &nb, p);
		return;
	}
	/* struct inet_diag_hostcond, then the address of its family */
	nb.family = (uint8_t)p[0];
	strbuf_adds(out, "{family=");
	nl_enum(out, &nb, &sock_domain_names, nb.family);
	strbuf_addf(out, ", prefix_len=%u, port=%u", (uint8_t)p[1], load_u32(p, 4));
	if (len > 8) {
		strbuf_adds(out, ", ");
		nl_field_addr(out, &nb, off + 8, len - 8, "addr");
	}
	strbuf_addc(out, '}');
}

/* INET_DIAG_REQ_BYTECODE: the first operation and its data */
static bool nla_bytecode(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
			 const void *arg)
{
	const char *p;

	(void)arg;
	if (len < 4)
		return false;
	p = nl_ptr(nb, off, 4);
	if (!p) {
		nl_addr(out, nb, off);
		return true;
	}
	print_bc_op(out, nb, p);
	if (len > 4) {
		strbuf_adds(out, ", ");
		print_bc_data(out, nb, off + 4, len - 4, (uint8_t)p[0]);
	}
	return true;
}

static const struct nla_dec inet_req_dec[] = {
	[INET_DIAG_REQ_BYTECODE] = { nla_bytecode, NULL },
	[INET_DIAG_REQ_PROTOCOL] = { nla_ip_proto, NULL },
};
NLA_SET(inet_req_attrs, inet_diag_req_attr_names, inet_req_dec);
/* INET_DIAG_LOCALS, PEERS: struct sockaddr_storage items */
static void print_storage(struct strbuf *out, const struct nl_buf *nb, const char *p,
			  const void *arg)
{
	(void)arg;
	decode_sockaddr(out, p, sizeof(struct sockaddr_storage), nb->o);
}

static bool nla_sockaddrs(struct strbuf *out, const struct nl_buf *nb, uint64_t off,
			  unsigned len, const void *arg)
{
	unsigned size = sizeof(struct sockaddr_storage);

	(void)arg;
	if (len < size)
		return false;
	nl_array(out, nb, off, len / size, size, print_storage, NULL);
	return true;
}

/* INET_DIAG_MD5SIG: struct tcp_diag_md5sig items, their keys keylen bytes long */
static void print_md5sig(struct strbuf *out, const struct nl_buf *nb0, const char *p,
			 const void *arg)
{
	unsigned keymax = sizeof(((struct tcp_diag_md5sig *)0)->tcpm_key);
	unsigned keylen = load_u16(p, offsetof(struct tcp_diag_md5sig, tcpm_keylen));
	struct decode_opts hex = *nb0->o;
	struct nl_buf nb = *nb0;

	(void)arg;
	hex.xstrings = 2;
	nb.family = (uint8_t)p[0];
	strbuf_adds(out, "{tcpm_family=");
	nl_enum(out, &nb, &sock_domain_names, nb.family);
	strbuf_addf(out, ", tcpm_prefixlen=%u, tcpm_keylen=%u, ", (uint8_t)p[1], keylen);
	nl_inet_addr(out, &nb, nb.family, p + offsetof(struct tcp_diag_md5sig, tcpm_addr), 16,
		     "tcpm_addr");
	strbuf_adds(out, ", tcpm_key=");
	format_quoted(out, p + offsetof(struct tcp_diag_md5sig, tcpm_key),
		      keylen < keymax ? keylen : keymax, false, &hex);
	strbuf_addc(out, '}');
}

static bool nla_md5sig(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		       const void *arg)
{
	unsigned size = sizeof(struct tcp_diag_md5sig);

	(void)arg;
	if (len < size)
		return false;
	nl_array(out, nb, off, len / size, size, print_md5sig, NULL);
	return true;
}

static const struct nla_dec bpf_storage_dec[] = {
	[SK_DIAG_BPF_STORAGE_MAP_ID] = { nla_u32, NULL },
	[SK_DIAG_BPF_STORAGE_MAP_VALUE] = { nla_xint, NULL },
};
NLA_SET(bpf_storage_attrs, sk_bpf_storage_names, bpf_storage_dec);
static const struct nla_dec bpf_storages_dec[] = {
	[SK_DIAG_BPF_STORAGE] = { nla_nested, &bpf_storage_attrs },
};
NLA_SET(bpf_storages_attrs, sk_bpf_storage_rep_names, bpf_storages_dec);

static const struct nla_xval tls_version = { .t = &tls_version_names, .size = 2 };
static const struct nla_xval tls_cipher = { .t = &tls_cipher_names, .size = 2 };
static const struct nla_xval tls_conf = { .t = &tls_conf_names, .size = 2 };
static const struct nla_dec tls_dec[] = {
	[TLS_INFO_VERSION] = { nla_xval, &tls_version },
	[TLS_INFO_CIPHER] = { nla_xval, &tls_cipher },
	[TLS_INFO_TXCONF] = { nla_xval, &tls_conf },
	[TLS_INFO_RXCONF] = { nla_xval, &tls_conf },
};
NLA_SET(tls_attrs, tls_info_names, tls_dec);
static const struct nla_xval mptcp_flags = {
	.t = &mptcp_subflow_flag_names, .size = 4, .flags = true };
static const struct nla_dec mptcp_dec[] = {
	[MPTCP_SUBFLOW_ATTR_TOKEN_REM] = { nla_x32, NULL },
	[MPTCP_SUBFLOW_ATTR_TOKEN_LOC] = { nla_x32, NULL },
	[MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ] = { nla_u32, NULL },
	[MPTCP_SUBFLOW_ATTR_MAP_SEQ] = { nla_u64, NULL },
	[MPTCP_SUBFLOW_ATTR_MAP_SFSEQ] = { nla_u32, NULL },
	[MPTCP_SUBFLOW_ATTR_SSN_OFFSET] = { nla_u32, NULL },
	[MPTCP_SUBFLOW_ATTR_MAP_DATALEN] = { nla_u16, NULL },
	[MPTCP_SUBFLOW_ATTR_FLAGS] = { nla_xval, &mptcp_flags },
	[MPTCP_SUBFLOW_ATTR_ID_REM] = { nla_u8, NULL },
	[MPTCP_SUBFLOW_ATTR_ID_LOC] = { nla_u8, NULL },
};
NLA_SET(mptcp_attrs, mptcp_subflow_attr_names, mptcp_dec);
/*
 * INET_DIAG_SOCKOPT: struct inet_diag_sockopt's bits (the ones set, all of
 * them under -v), then the bytes past its two when any is not zero.
 */
static bool nla_sockopt(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
			const void *arg)
{
	static const char *const bits[] = {
		"recverr", "is_icsk", "freebind", "hdrincl", "mc_loop", "transparent", "mc_all",
		"nodefrag", "bind_address_no_port", "recverr_rfc4884", "defer_connect",
	};
	uint64_t have = off < nb->have ? nb->have - off : 0;
	const char *p;
	unsigned v;
	bool first = true;

	(void)arg;
	if (len < 2)
		return false;
	p = nl_ptr(nb, off, 2);
	if (!p) {
		nl_addr(out, nb, off);
		return true;
	}
	v = (uint8_t)p[0] | (unsigned)(uint8_t)p[1] << 8;
	strbuf_addc(out, '{');
	for (unsigned i = 0; i < 11; i++) {
		if (!nb->o->verbose && !(v >> i & 1))
			continue;
		strbuf_addf(out, "%s%s=%u", first ? "" : ", ", bits[i], v >> i & 1);
		first = false;
	}
	if (nb->o->verbose || v >> 11)
		strbuf_addf(out, "%sunused=%#x /* bits 3..8 */", first ? "" : ", ", v >> 11);
	strbuf_addc(out, '}');
	print_struct_tail(out, p, (unsigned)(have < len ? have : len), 2, len, false, nb->o);
	return true;
}

/* the ULPs so far have attribute types of their own: no need to look at the name first */
static const struct nla_dec ulp_dec[] = {
	[INET_ULP_INFO_NAME] = { nla_str, NULL },
	[INET_ULP_INFO_TLS] = { nla_nested, &tls_attrs },
	[INET_ULP_INFO_MPTCP] = { nla_nested, &mptcp_attrs },
};
NLA_SET(ulp_attrs, inet_ulp_info_names, ulp_dec);

static const struct nla_dec inet_dec[] = {
	[INET_DIAG_MEMINFO] = { nla_inet_meminfo, NULL },
	[INET_DIAG_VEGASINFO] = { nla_vegas, NULL },
	[INET_DIAG_CONG] = { nla_str, NULL },
	[INET_DIAG_SHUTDOWN] = { nla_xval, &inet_shutdown },
	[INET_DIAG_DCTCPINFO] = { nla_dctcp, NULL },
	[INET_DIAG_BBRINFO] = { nla_bbr, NULL },
	[INET_DIAG_TOS] = { nla_u8, NULL },
	[INET_DIAG_TCLASS] = { nla_u8, NULL },
	[INET_DIAG_SKMEMINFO] = { nla_meminfo, NULL },
	[INET_DIAG_PROTOCOL] = { nla_ip_proto, NULL },
	[INET_DIAG_SKV6ONLY] = { nla_u8, NULL },
	[INET_DIAG_LOCALS] = { nla_sockaddrs, NULL },
	[INET_DIAG_PEERS] = { nla_sockaddrs, NULL },
	[INET_DIAG_MARK] = { nla_u32, NULL },
	[INET_DIAG_CLASS_ID] = { nla_u32, NULL },
	[INET_DIAG_MD5SIG] = { nla_md5sig, NULL },
	[INET_DIAG_ULP_INFO] = { nla_nested, &ulp_attrs },
	[INET_DIAG_SK_BPF_STORAGES] = { nla_nested, &bpf_storages_attrs },
	[INET_DIAG_CGROUP_ID] = { nla_u64, NULL },
	[INET_DIAG_SOCKOPT] = { nla_sockopt, NULL },
};
NLA_SET(inet_attrs, inet_diag_attr_names, inet_dec);
#define NF_N(a) (sizeof(a) / sizeof((a)[0]))
static const struct diag_desc inet_req_d = {
	sizeof(struct inet_diag_req), offsetof(struct inet_diag_req, id), 4, inet_req_f,
	NF_N(inet_req_f), &inet_req_attrs, 0 };
static const struct diag_desc inet_req_v2_d = {
	sizeof(struct inet_diag_req_v2), offsetof(struct inet_diag_req_v2, id), 4, inet_req_v2_f,
	NF_N(inet_req_v2_f), &inet_req_attrs, 0 };
static const struct diag_desc inet_msg_d = {
	sizeof(struct inet_diag_msg), offsetof(struct inet_diag_msg, id), 4, inet_msg_f,
	NF_N(inet_msg_f), &inet_attrs, 0 };

/* --- AF_SMC --- */
static const struct nl_field smc_req_f[] = {
	NL_FIELD(struct smc_diag_req, diag_family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct smc_diag_req, diag_ext, NF_FLAGS, &smc_diag_ext_names),
};
static const struct nl_field smc_msg_f[] = {
	NL_FIELD(struct smc_diag_msg, diag_family, NF_ENUM, &sock_domain_names),
	NL_FIELD(struct smc_diag_msg, diag_state, NF_ENUM, &smc_state_names),
	NL_FIELD(struct smc_diag_msg, diag_fallback, NF_ENUM, &smc_diag_mode_names),
	NL_FIELD(struct smc_diag_msg, diag_shutdown, NF_U, NULL),
	NL_FIELD(struct smc_diag_msg, diag_uid, NF_U, NULL),
	NL_FIELD(struct smc_diag_msg, diag_inode, NF_U, NULL),
};
static const struct nl_field smc_dmb_f[] = {
	NL_FIELD(struct smcd_diag_dmbinfo, linkid, NF_U, NULL),
	NL_FIELD(struct smcd_diag_dmbinfo, peer_gid, NF_X, NULL),
	NL_FIELD(struct smcd_diag_dmbinfo, my_gid, NF_X, NULL),
	NL_FIELD(struct smcd_diag_dmbinfo, token, NF_X, NULL),
	NL_FIELD(struct smcd_diag_dmbinfo, peer_token, NF_X, NULL),
};
NLA_STRUCT(nla_smc_dmb, struct smcd_diag_dmbinfo, smc_dmb_f)
static const struct nl_field cursor_f[] = {
	NL_FIELD(struct smc_diag_cursor, reserved, NF_U, NULL),
	NL_FIELD(struct smc_diag_cursor, wrap, NF_U, NULL),
	NL_FIELD(struct smc_diag_cursor, count, NF_U, NULL),
};
static const struct nl_struct_desc cursor = { sizeof(struct smc_diag_cursor), cursor_f,
					      NL_N(cursor_f) };
static const struct nl_field conninfo_f[] = {
	NL_FIELD(struct smc_diag_conninfo, token, NF_U, NULL),
	NL_FIELD(struct smc_diag_conninfo, sndbuf_size, NF_U, NULL),
	NL_FIELD(struct smc_diag_conninfo, rmbe_size, NF_U, NULL),
	NL_FIELD(struct smc_diag_conninfo, peer_rmbe_size, NF_U, NULL),
	NL_SUB(struct smc_diag_conninfo, rx_prod, &cursor),
	NL_SUB(struct smc_diag_conninfo, rx_cons, &cursor),
	NL_SUB(struct smc_diag_conninfo, tx_prod, &cursor),
	NL_SUB(struct smc_diag_conninfo, tx_cons, &cursor),
	NL_FIELD(struct smc_diag_conninfo, rx_prod_flags, NF_0X, NULL),
	NL_FIELD(struct smc_diag_conninfo, rx_conn_state_flags, NF_0X, NULL),
	NL_FIELD(struct smc_diag_conninfo, tx_prod_flags, NF_0X, NULL),
	NL_FIELD(struct smc_diag_conninfo, tx_conn_state_flags, NF_0X, NULL),
	NL_SUB(struct smc_diag_conninfo, tx_prep, &cursor),
	NL_SUB(struct smc_diag_conninfo, tx_sent, &cursor),
	NL_SUB(struct smc_diag_conninfo, tx_fin, &cursor),
};
NLA_STRUCT(nla_smc_conninfo, struct smc_diag_conninfo, conninfo_f)
static const struct nl_field linkinfo_f[] = {
	NL_FIELD(struct smc_diag_linkinfo, link_id, NF_U, NULL),
	NL_FIELD(struct smc_diag_linkinfo, ibname, NF_STR, NULL),
	NL_FIELD(struct smc_diag_linkinfo, ibport, NF_U, NULL),
	NL_FIELD(struct smc_diag_linkinfo, gid, NF_STR, NULL),
	NL_FIELD(struct smc_diag_linkinfo, peer_gid, NF_STR, NULL),
};

/* struct smc_diag_lgrinfo: its one link, [{...}], and the role */
static bool nla_smc_lgrinfo(struct strbuf *out, const struct nl_buf *nb, uint64_t off,
			    unsigned len, const void *arg)
{
	const char *p;

	(void)arg;
	if (len < sizeof(struct smc_diag_lgrinfo))
		return false;
	p = nl_ptr(nb, off, sizeof(struct smc_diag_lgrinfo));
	if (!p) {
		nl_addr(out, nb, off);
		return true;
	}
	strbuf_adds(out, "{lnk=[{");
	nl_fields(out, nb, p, linkinfo_f, NL_N(linkinfo_f));
	strbuf_adds(out, "}], role=");
	nl_enum(out, nb, &smc_role_names,
		(uint8_t)p[offsetof(struct smc_diag_lgrinfo, role)]);
	strbuf_addc(out, '}');
	return true;
}
static const struct nla_xval smc_shutdown = { .t = &sock_shutdown_names, .size = 1, .flags = true };
/* struct smc_diag_fallback: its codes are no uapi names, comments then */
static bool nla_smc_fallback(struct strbuf *out, const struct nl_buf *nb, uint64_t off,
			     unsigned len, const void *arg)
{
	int style = nb->o->xlat == XLAT_RAW ? XLAT_RAW : XLAT_VERBOSE;
	const char *p;

	(void)arg;
	if (len < sizeof(struct smc_diag_fallback))
		return false;
	p = nl_ptr(nb, off, sizeof(struct smc_diag_fallback));
	if (!p) {
		nl_addr(out, nb, off);
		return true;
	}
	strbuf_adds(out, "{reason=");
	print_enum_x(out, &smc_decl_names, load_u32(p, 0), style);
	strbuf_adds(out, ", peer_diagnosis=");
	print_enum_x(out, &smc_decl_names, load_u32(p, 4), style);
	strbuf_addc(out, '}');
	return true;
}

static const struct nla_dec smc_dec[] = {
	[SMC_DIAG_FALLBACK] = { nla_smc_fallback, NULL },
	[SMC_DIAG_CONNINFO] = { nla_smc_conninfo, NULL },
	[SMC_DIAG_LGRINFO] = { nla_smc_lgrinfo, NULL },
	[SMC_DIAG_SHUTDOWN] = { nla_xval, &smc_shutdown },
	[SMC_DIAG_DMBINFO] = { nla_smc_dmb, NULL },
};
NLA_SET(smc_attrs, smc_diag_attr_names, smc_dec);
static const struct diag_desc smc_req_d = {
	sizeof(struct smc_diag_req), offsetof(struct smc_diag_req, id), 2, smc_req_f,
	NF_N(smc_req_f), NULL, AF_INET };
static const struct diag_desc smc_msg_d = {
	sizeof(struct smc_diag_msg), offsetof(struct smc_diag_msg, id), 4, smc_msg_f,
	NF_N(smc_msg_f), &smc_attrs, AF_INET };

static const struct nl_msg_desc unix_req_d = {
	sizeof(struct unix_diag_req), unix_req_f, NF_N(unix_req_f), NULL };
static const struct nl_msg_desc unix_msg_d = {
	sizeof(struct unix_diag_msg), unix_msg_f, NF_N(unix_msg_f), &unix_attrs };
static const struct nl_msg_desc netlink_req_d = {
	sizeof(struct netlink_diag_req), netlink_req_f, NF_N(netlink_req_f), NULL };
static const struct nl_msg_desc netlink_msg_d = {
	sizeof(struct netlink_diag_msg), netlink_msg_f, NF_N(netlink_msg_f), &netlink_attrs };
static const struct nl_msg_desc packet_req_d = {
	sizeof(struct packet_diag_req), packet_req_f, NF_N(packet_req_f), NULL };
static const struct nl_msg_desc packet_msg_d = {
	sizeof(struct packet_diag_msg), packet_msg_f, NF_N(packet_msg_f), &packet_attrs };

bool nl_diag_payload(struct strbuf *out, const struct nl_buf *nb, uint16_t type, uint16_t flags,
		     uint64_t off, uint64_t len)
{
	bool req = flags & NLM_F_REQUEST;
	const struct nl_msg_desc *m = NULL;
	const struct diag_desc *d = NULL;
	uint8_t family;

	if (type == NLMSG_DONE)
		return false;
	if (!nl_ptr(nb, off, 1)) {
		nl_addr(out, nb, off);
		return true;
	}
	family = (uint8_t)nb->p[off];
	if (len > 1) {
		switch (family) {
		case AF_UNIX:
			m = req ? &unix_req_d : &unix_msg_d;
			break;
		case AF_NETLINK:
			m = req ? &netlink_req_d : &netlink_msg_d;
			break;
		case AF_PACKET:
			m = req ? &packet_req_d : &packet_msg_d;
			break;
		case AF_INET:
		case AF_INET6:
			d = !req ? &inet_msg_d :
			    type == TCPDIAG_GETSOCK || type == DCCPDIAG_GETSOCK ? &inet_req_d :
										  &inet_req_v2_d;
			break;
		case AF_SMC:
			d = req ? &smc_req_d : &smc_msg_d;
			break;
		}
	}
	if (m) {
		nl_family_msg(out, nb, off, len, m);
	} else if (d) {
		print_diag(out, nb, off, len, d);
	} else {
		strbuf_adds(out, "{family=");
		nl_enum(out, nb, &sock_domain_names, family);
		if (len > 1) {
			strbuf_adds(out, ", data=");
			nl_hex(out, nb, off + 1, len - 1);
		}
		strbuf_addc(out, '}');
	}
	return true;
}
