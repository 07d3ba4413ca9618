// SPDX-License-Identifier: MIT
/*
 * NETLINK_ROUTE payloads: the structure each rtnetlink message type starts
 * with (ifinfomsg, ifaddrmsg, rtmsg, ndmsg...) and its attributes; types
 * without a decoder print {family=..., data="..."}.
 */
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

#include "netlink.h"
#include "xlat_netlink.h"

bool nl_route_payload(struct strbuf *out, const struct nl_buf *nb, uint16_t type, uint64_t off,
		      uint64_t len)
{
	uint8_t family;

	if (type == NLMSG_DONE)
		return false;
	if (!nl_ptr(nb, off, 1)) {
		nl_addr(out, nb, off);
		return true;
	}
	family = (uint8_t)nb->p[off];
	strbuf_adds(out, "{family=");
	nl_enum(out, nb, &sock_domain_names, family);
	if (len > 1) {
		strbuf_adds(out, ", data=");
		nl_hex(out, nb, off + 1, len - 1);
	}
	strbuf_addc(out, '}');
	return true;
}
