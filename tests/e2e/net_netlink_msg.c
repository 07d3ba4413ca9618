// SPDX-License-Identifier: MIT
// Netlink messages in sendmsg's and recvmsg's iovecs when msg_name is a netlink address (as
// strace decides), each element decoded on its own; without msg_name the data are strings.
// TRACE: -e trace=sendmsg,recvmsg,exit_group
// START: first
#include "e2e.h"
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>
#include <sys/uio.h>

int main(void)
{
	int fd = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	struct nlmsghdr noop = { 16, NLMSG_NOOP, NLM_F_REQUEST | NLM_F_ACK, 7, 0 };
	struct nlmsghdr get = { 16, RTM_GETLINK, NLM_F_REQUEST, 8, 0 };
	struct iovec iov[2] = { { &noop, 16 }, { &get, 16 } };
	struct sockaddr_nl kernel = { .nl_family = AF_NETLINK }, from;
	struct msghdr m = { .msg_name = &kernel, .msg_namelen = sizeof(kernel), .msg_iov = iov,
			    .msg_iovlen = 2 };
	struct {
		struct nlmsghdr h;
		struct nlmsgerr e;
	} ack;
	struct iovec riov = { &ack, sizeof(ack) };
	struct msghdr r = { .msg_name = &from, .msg_namelen = sizeof(from), .msg_iov = &riov,
			    .msg_iovlen = 1 };

	if (fd < 0)
		return 77;
	m.msg_iovlen = 1;
	SC(SYS_sendmsg, fd, &m, 0);
	line(ret(), "sendmsg(%d, {msg_name={sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, "
		    "msg_namelen=12, msg_iov=[{iov_base={nlmsg_len=16, "
		    "nlmsg_type=NLMSG_NOOP, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=7, "
		    "nlmsg_pid=0}, iov_len=16}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0)", fd);
	SC(SYS_recvmsg, fd, &r, MSG_DONTWAIT);
	if (e2e_r == (long)sizeof(ack) && ack.h.nlmsg_type == NLMSG_ERROR &&
	    ack.h.nlmsg_flags == NLM_F_CAPPED)
		line(ret(), "recvmsg(%d, {msg_name={sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, "
			    "msg_namelen=12, msg_iov=[{iov_base=[{nlmsg_len=36, "
			    "nlmsg_type=NLMSG_ERROR, nlmsg_flags=NLM_F_CAPPED, nlmsg_seq=7, nlmsg_pid=%d}, "
			    "{error=%d, msg={nlmsg_len=16, nlmsg_type=NLMSG_NOOP, "
			    "nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, nlmsg_seq=7, nlmsg_pid=%d}}], "
			    "iov_len=36}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, MSG_DONTWAIT)",
		     fd, ack.h.nlmsg_pid, ack.e.error, ack.e.msg.nlmsg_pid);
	else
		return 77;
	/* two elements: two separate message arrays */
	m.msg_iovlen = 2;
	m.msg_name = NULL;
	m.msg_namelen = 0;
	noop.nlmsg_flags = NLM_F_REQUEST;
	get.nlmsg_type = NLMSG_NOOP;
	SC(SYS_sendmsg, fd, &m, 0);
	line(ret(), "sendmsg(%d, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=%s, "
		    "iov_len=16}, {iov_base=%s, iov_len=16}], msg_iovlen=2, "
		    "msg_controllen=0, msg_flags=0}, 0)", fd, qbuf(&noop, 16, 32), qbuf(&get, 16, 32));
	/* with the kernel's address: each element's messages */
	m.msg_name = &kernel;
	m.msg_namelen = sizeof(kernel);
	SC(SYS_sendmsg, fd, &m, 0);
	line(ret(), "sendmsg(%d, {msg_name={sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, "
		    "msg_namelen=12, msg_iov=[{iov_base={nlmsg_len=16, "
		    "nlmsg_type=NLMSG_NOOP, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=7, nlmsg_pid=0}, "
		    "iov_len=16}, {iov_base={nlmsg_len=16, nlmsg_type=NLMSG_NOOP, "
		    "nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=8, nlmsg_pid=0}, iov_len=16}], msg_iovlen=2, "
		    "msg_controllen=0, msg_flags=0}, 0)", fd);
	e2e_exit(0);
}
