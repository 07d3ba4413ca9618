// SPDX-License-Identifier: MIT
// Netlink messages sent with sendto on a NETLINK_ROUTE socket: headers with
// their type and flags by protocol, payloads in hex, NLMSG_ERROR and arrays.
// TRACE: -e trace=sendto,exit_group
// START: first
#include "e2e.h"
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

int main(void)
{
	int fd = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	struct {
		struct nlmsghdr h;
		unsigned char pay[4];
	} m[2] = { { { 20, NLMSG_NOOP, NLM_F_REQUEST | NLM_F_DUMP, 7, 0 }, { 1, 2, 3, 4 } },
		   { { 16, RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP, 8, 0 }, { 0 } } };
	struct {
		struct nlmsghdr h;
		struct nlmsgerr e;
	} err = { { sizeof(err), NLMSG_ERROR, NLM_F_REQUEST, 0, 0 },
		  { -EACCES, { 16, RTM_NEWADDR, NLM_F_REQUEST | NLM_F_CREATE, 9, 1234 } } };

	if (fd < 0)
		return 77;
	SC(SYS_sendto, fd, &m[0], 20, MSG_DONTWAIT, NULL, 0);
	line(ret(), "sendto(%d, [{nlmsg_len=20, nlmsg_type=NLMSG_NOOP, "
		    "nlmsg_flags=NLM_F_REQUEST|0x300, nlmsg_seq=7, nlmsg_pid=0}, "
		    "\"\\x01\\x02\\x03\\x04\"], 20, MSG_DONTWAIT, NULL, 0)", fd);
	SC(SYS_sendto, fd, m, 36, MSG_DONTWAIT, NULL, 0);
	line(ret(), "sendto(%d, [[{nlmsg_len=20, nlmsg_type=NLMSG_NOOP, "
		    "nlmsg_flags=NLM_F_REQUEST|0x300, nlmsg_seq=7, nlmsg_pid=0}, "
		    "\"\\x01\\x02\\x03\\x04\"], {nlmsg_len=16, nlmsg_type=RTM_GETLINK, "
		    "nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, nlmsg_seq=8, nlmsg_pid=0}], 36, "
		    "MSG_DONTWAIT, NULL, 0)",
	     fd);
	SC(SYS_sendto, fd, &err, sizeof(err), MSG_DONTWAIT, NULL, 0);
	line(ret(), "sendto(%d, [{nlmsg_len=36, nlmsg_type=NLMSG_ERROR, nlmsg_flags=NLM_F_REQUEST, "
		    "nlmsg_seq=0, nlmsg_pid=0}, {error=-EACCES, msg={nlmsg_len=16, "
		    "nlmsg_type=RTM_NEWADDR, nlmsg_flags=NLM_F_REQUEST|NLM_F_CREATE, nlmsg_seq=9, "
		    "nlmsg_pid=1234}}], 36, MSG_DONTWAIT, NULL, 0)", fd);
	SC(SYS_sendto, fd, "abc", 3, MSG_DONTWAIT, NULL, 0);
	line(ret(), "sendto(%d, \"\\x61\\x62\\x63\", 3, MSG_DONTWAIT, NULL, 0)", fd);
	e2e_exit(0);
}
