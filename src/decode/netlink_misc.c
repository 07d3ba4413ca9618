// SPDX-License-Identifier: MIT
/*
 * Payloads of the smaller netlink protocols: SELinux notifications and the
 * netfilter subsystems' struct nfgenmsg header.
 */
#include <arpa/inet.h>
#include <linux/netlink.h>
#include <linux/selinux_netlink.h>
#include <linux/netfilter/nfnetlink.h>
#include <sys/socket.h>

#include "netlink.h"
#include "xlat_netlink.h"

/* SELinux: the new enforcing mode, or the policy's sequence number. */
static bool selinux_payload(struct strbuf *out, const struct nl_buf *nb, uint16_t type,
			    uint64_t off, uint64_t len)
{
	const char *p;

	if (type != SELNL_MSG_SETENFORCE && type != SELNL_MSG_POLICYLOAD)
		return false;
	if (len < 4) {
		nl_hex(out, nb, off, len);
		return true;
	}
	p = nl_ptr(nb, off, 4);
	if (!p)
		nl_addr(out, nb, off);
	else if (type == SELNL_MSG_SETENFORCE)
		strbuf_addf(out, "{val=%d}", (int32_t)load_u32(p, 0));
	else
		strbuf_addf(out, "{seqno=%u}", load_u32(p, 0));
	return true;
}

/*
 * nfnetlink: struct nfgenmsg, then attributes whose kinds this decoder does
 * not know (numbers only). res_id is big endian, except in the old nftables
 * messages that wrote NFNL_SUBSYS_NFTABLES in host order.
 */
static const struct nla_set nf_attrs = { &nf_no_attr_names, NULL, 0 };

static bool netfilter_payload(struct strbuf *out, const struct nl_buf *nb, uint16_t type,
			      uint64_t off, uint64_t len)
{
	const char *p;
	uint16_t res;

	if (type == NLMSG_DONE)
		return false;
	if (len < sizeof(struct nfgenmsg)) {
		nl_hex(out, nb, off, len);
		return true;
	}
	p = nl_ptr(nb, off, sizeof(struct nfgenmsg));
	if (!p) {
		nl_addr(out, nb, off);
		return true;
	}
	res = load_u16(p, 2);
	strbuf_adds(out, "{nfgen_family=");
	nl_enum(out, nb, &sock_domain_names, (uint8_t)p[0]);
	strbuf_adds(out, ", version=");
	nl_enum(out, nb, &nfnetlink_version_names, (uint8_t)p[1]);
	strbuf_adds(out, ", res_id=");
	if (type >> 8 == NFNL_SUBSYS_NFTABLES && ntohs(res) == NFNL_SUBSYS_NFTABLES)
		print_xlat_text(out, nb->o->xlat, "0xa00", "htons(NFNL_SUBSYS_NFTABLES)");
	else if (type >> 8 == NFNL_SUBSYS_NFTABLES && res == NFNL_SUBSYS_NFTABLES)
		print_xlat_text(out, nb->o->xlat, "0xa", "NFNL_SUBSYS_NFTABLES");
	else
		strbuf_addf(out, "htons(%u)", ntohs(res));
	strbuf_addc(out, '}');
	if (len > NLMSG_ALIGN(sizeof(struct nfgenmsg))) {
		uint64_t a = NLMSG_ALIGN(sizeof(struct nfgenmsg));

		strbuf_adds(out, ", ");
		if (type == NFNL_MSG_BATCH_BEGIN || type == NFNL_MSG_BATCH_END)
			nl_hex(out, nb, off + a, len - a);
		else
			nl_attrs(out, nb, off + a, len - a, &nf_attrs);
	}
	return true;
}

bool nl_misc_payload(struct strbuf *out, const struct nl_buf *nb, uint16_t type, uint64_t off,
		     uint64_t len)
{
	switch (nb->proto) {
	case NETLINK_SELINUX:
		return selinux_payload(out, nb, type, off, len);
	case NETLINK_NETFILTER:
		return netfilter_payload(out, nb, type, off, len);
	}
	return false;
}
