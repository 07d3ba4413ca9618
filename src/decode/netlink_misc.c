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

bool nl_misc_payload(struct strbuf *out, const struct nl_buf *nb, uint16_t type, uint64_t off,
		     uint64_t len)
{
	(void)out;
	(void)nb;
	(void)type;
	(void)off;
	(void)len;
	return false;
}
