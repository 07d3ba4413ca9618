// SPDX-License-Identifier: MIT
// Control messages (SO_TIMESTAMP's timeval; a msg_control too short for one), recvfrom(MSG_TRUNC) showing only the buffer's bytes.
// TRACE: -e trace=sendmsg,recvmsg,recvfrom,exit_group
// START: first
#include "e2e.h"
#include <sys/socket.h>
#include <sys/time.h>

int main(void)
{
	int sv[2], on = 1;
	char data[2], control[64];
	struct iovec iov = { data, 1 };
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control,
			     .msg_controllen = sizeof(control) };
	struct timeval tv;
	struct cmsghdr *c = (struct cmsghdr *)control;

	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	setsockopt(sv[0], SOL_SOCKET, SO_TIMESTAMP_OLD, &on, sizeof(on));
	send(sv[1], "x", 1, 0);
	SC(SYS_recvmsg, sv[0], &mh, 0);
	memcpy(&tv, CMSG_DATA(c), sizeof(tv));
	line(ret(),
	     "recvmsg(%d, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"x\", iov_len=1}], "
	     "msg_iovlen=1, msg_control=[{cmsg_len=%zu, cmsg_level=SOL_SOCKET, "
	     "cmsg_type=SO_TIMESTAMP_OLD, cmsg_data={tv_sec=%lld, tv_usec=%lld}}], "
	     "msg_controllen=%zu, msg_flags=0}, 0)",
	     sv[0], (size_t)c->cmsg_len, (long long)tv.tv_sec, (long long)tv.tv_usec,
	     (size_t)mh.msg_controllen);
	on = 0;
	setsockopt(sv[0], SOL_SOCKET, SO_TIMESTAMP_OLD, &on, sizeof(on));
	send(sv[1], "AB", 2, 0);
	SC(SYS_recvfrom, sv[0], data, 1, MSG_TRUNC, NULL, NULL);
	line(ret(), "recvfrom(%d, \"A\", 1, MSG_TRUNC, NULL, NULL)", sv[0]);
	/* shorter than a struct cmsghdr: strace reads none of it */
	mh.msg_iov = NULL;
	mh.msg_iovlen = 0;
	mh.msg_controllen = 8;
	SC(SYS_sendmsg, -1, &mh, 0);
	line(ret(),
	     "sendmsg(-1, {msg_name=NULL, msg_namelen=0, msg_iov=NULL, msg_iovlen=0, msg_control=%p, "
	     "msg_controllen=8, msg_flags=0}, 0)",
	     (void *)control);
	e2e_exit(0);
}
