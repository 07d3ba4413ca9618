// SPDX-License-Identifier: MIT
// Netlink payloads: an rtnetlink ifaddrmsg with its attributes (an address, a
// label, an unknown type), a sock_diag request and reply, nfnetlink's header;
// the types of a protocol with no names.
// TRACE: -e trace=sendto,exit_group
// START: first
#include "e2e.h"
#include <net/if.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <linux/netfilter/nfnetlink.h>
#include <linux/netfilter/nf_tables.h>
#include <arpa/inet.h>
#include <sys/socket.h>

static void put_attr(char *p, unsigned short len, unsigned short type, const void *data)
{
	memcpy(p, &len, 2);
	memcpy(p + 2, &type, 2);
	memcpy(p + 4, data, len - 4);
}

int main(void)
{
	int rt = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	int diag = socket(AF_NETLINK, SOCK_RAW, NETLINK_SOCK_DIAG);
	int nf = socket(AF_NETLINK, SOCK_RAW, NETLINK_NETFILTER);
	unsigned lo = if_nametoindex("lo");
	char buf[128] = { 0 };
	struct nlmsghdr *h = (void *)buf;
	struct ifaddrmsg *ifa = (void *)(buf + 16);
	struct in_addr a = { htonl(INADDR_LOOPBACK) };
	unsigned v = 0xdeadbeef;

	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };

	if (rt < 0 || diag < 0 || nf < 0 || !lo)
		return 77;
	/* with ports: strace cannot ask the protocol of a socket that has none yet */
	if (bind(rt, (void *)&sa, sizeof(sa)) || bind(diag, (void *)&sa, sizeof(sa)) ||
	    bind(nf, (void *)&sa, sizeof(sa)))
		return 77;
	*h = (struct nlmsghdr){ 16 + 8 + 8 + 7 + 1 + 8, RTM_GETADDR, NLM_F_REQUEST, 1, 0 };
	*ifa = (struct ifaddrmsg){ AF_INET, 8, IFA_F_PERMANENT, RT_SCOPE_HOST, lo };
	put_attr(buf + 24, 8, IFA_ADDRESS, &a);
	put_attr(buf + 32, 7, IFA_LABEL, "lo");
	put_attr(buf + 40, 8, 0x3fff, &v);
	SC(SYS_sendto, rt, buf, h->nlmsg_len, MSG_DONTWAIT, NULL, 0);
	line(ret(), "sendto(%d, [{nlmsg_len=48, nlmsg_type=RTM_GETADDR, nlmsg_flags=NLM_F_REQUEST, "
		    "nlmsg_seq=1, nlmsg_pid=0}, {ifa_family=AF_INET, ifa_prefixlen=8, "
		    "ifa_flags=IFA_F_PERMANENT, ifa_scope=RT_SCOPE_HOST, "
		    "ifa_index=if_nametoindex(\"lo\")}, [[{nla_len=8, nla_type=IFA_ADDRESS}, "
		    "inet_addr(\"127.0.0.1\")], [{nla_len=7, nla_type=IFA_LABEL}, \"lo\"], "
		    "[{nla_len=8, nla_type=0x3fff /* IFA_??? */}, \"\\xef\\xbe\\xad\\xde\"]]], 48, "
		    "MSG_DONTWAIT, NULL, 0)",
	     rt);

	/* a request for the unix sockets, and a reply that names one */
	struct {
		struct nlmsghdr h;
		struct unix_diag_req r;
	} req = { { sizeof(req), SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, 2, 0 },
		  { AF_UNIX, 0, 0, 1 << 10, 0, UDIAG_SHOW_NAME | UDIAG_SHOW_PEER, { 0, 0 } } };
	SC(SYS_sendto, diag, &req, sizeof(req), MSG_DONTWAIT, NULL, 0);
	line(ret(), "sendto(%d, [{nlmsg_len=40, nlmsg_type=SOCK_DIAG_BY_FAMILY, "
		    "nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=2, nlmsg_pid=0}, "
		    "{sdiag_family=AF_UNIX, sdiag_protocol=0, udiag_states=1<<TCP_LISTEN, udiag_ino=0, "
		    "udiag_show=UDIAG_SHOW_NAME|UDIAG_SHOW_PEER, udiag_cookie=[0, 0]}], 40, "
		    "MSG_DONTWAIT, NULL, 0)",
	     diag);
	memset(buf, 0, sizeof(buf));
	*h = (struct nlmsghdr){ 16 + sizeof(struct unix_diag_msg) + 8, SOCK_DIAG_BY_FAMILY, 0, 3, 0 };
	*(struct unix_diag_msg *)(buf + 16) = (struct unix_diag_msg){ AF_UNIX, SOCK_STREAM, 10, 0,
								       1234, { 0, 0 } };
	v = 4321;
	put_attr(buf + 16 + sizeof(struct unix_diag_msg), 8, UNIX_DIAG_PEER, &v);
	SC(SYS_sendto, diag, buf, h->nlmsg_len, MSG_DONTWAIT, NULL, 0);
	line(ret(), "sendto(%d, [{nlmsg_len=40, nlmsg_type=SOCK_DIAG_BY_FAMILY, nlmsg_flags=0, "
		    "nlmsg_seq=3, nlmsg_pid=0}, {udiag_family=AF_UNIX, udiag_type=SOCK_STREAM, "
		    "udiag_state=TCP_LISTEN, udiag_ino=1234, udiag_cookie=[0, 0]}, "
		    "[{nla_len=8, nla_type=UNIX_DIAG_PEER}, 4321]], 40, MSG_DONTWAIT, NULL, 0)",
	     diag);

	/* nfnetlink: the subsystem and its message type, then struct nfgenmsg */
	memset(buf, 0, sizeof(buf));
	*h = (struct nlmsghdr){ 20, NFNL_SUBSYS_NFTABLES << 8 | NFT_MSG_GETTABLE, NLM_F_REQUEST, 4,
				0 };
	*(struct nfgenmsg *)(buf + 16) = (struct nfgenmsg){ AF_INET, NFNETLINK_V0, htons(7) };
	SC(SYS_sendto, nf, buf, 20, MSG_DONTWAIT, NULL, 0);
	line(ret(), "sendto(%d, [{nlmsg_len=20, nlmsg_type=NFNL_SUBSYS_NFTABLES<<8|NFT_MSG_GETTABLE, "
		    "nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=4, nlmsg_pid=0}, {nfgen_family=AF_INET, "
		    "version=NFNETLINK_V0, res_id=htons(7)}], 20, MSG_DONTWAIT, NULL, 0)",
	     nf);

	/* a protocol with no type names: the numbers, the payload in hex */
	int us = socket(AF_NETLINK, SOCK_RAW, NETLINK_USERSOCK);

	if (us < 0 || bind(us, (void *)&sa, sizeof(sa)))
		return 77;
	*h = (struct nlmsghdr){ 20, 0x10, NLM_F_REQUEST | NLM_F_ACK, 5, 0 };
	SC(SYS_sendto, us, buf, 20, MSG_DONTWAIT, NULL, 0);
	line(ret(), "sendto(%d, [{nlmsg_len=20, nlmsg_type=0x10 /* NLMSG_??? */, "
		    "nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=5, nlmsg_pid=0}, "
		    "\"\\x02\\x00\\x00\\x07\"], 20, MSG_DONTWAIT, NULL, 0)",
	     us);
	e2e_exit(0);
}
