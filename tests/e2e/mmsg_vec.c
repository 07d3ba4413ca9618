// SPDX-License-Identifier: MIT
// sendmmsg and recvmmsg: the mmsghdr arrays, msg_len, msg_namelen passed in => returned, failures.
// TRACE: -e trace=sendmmsg,recvmmsg,exit_group
// START: first
#include "e2e.h"
#include <sys/socket.h>
#include <sys/uio.h>

int main(void)
{
	char a[] = "hello", b[] = "big world", r0[8], r1[16], r2[16];
	struct iovec out[3] = { { a, 5 }, { b, 9 }, { a, 2 } }, in[3] = { { r0, 8 }, { r1, 16 }, { r2, 16 } };
	struct sockaddr_storage n0, n1;
	struct mmsghdr m[2], rm[2];
	int sv[2];

	if (socketpair(AF_UNIX, SOCK_DGRAM, 0, sv))
		return 1;
	memset(m, 0, sizeof(m));
	m[0].msg_hdr.msg_iov = out;
	m[0].msg_hdr.msg_iovlen = 2;
	m[1].msg_hdr.msg_iov = out + 2;
	m[1].msg_hdr.msg_iovlen = 1;
	SC(SYS_sendmmsg, sv[0], m, 2L, (long)MSG_DONTWAIT);
	line(ret(), "sendmmsg(%d, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"hello\", "
		    "iov_len=5}, {iov_base=\"big world\", iov_len=9}], msg_iovlen=2, msg_controllen=0, "
		    "msg_flags=0}, msg_len=14}, {msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="
		    "\"he\", iov_len=2}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, msg_len=2}], 2, "
		    "MSG_DONTWAIT)", sv[0]);

	memset(rm, 0, sizeof(rm));
	rm[0].msg_hdr.msg_name = &n0;
	rm[0].msg_hdr.msg_namelen = sizeof(n0);
	rm[0].msg_hdr.msg_iov = in;
	rm[0].msg_hdr.msg_iovlen = 2;
	rm[1].msg_hdr.msg_name = &n1;
	rm[1].msg_hdr.msg_namelen = 1;
	rm[1].msg_hdr.msg_iov = in + 2;
	rm[1].msg_hdr.msg_iovlen = 1;
	SC(SYS_recvmmsg, sv[1], rm, 2L, (long)MSG_DONTWAIT, NULL);
	/* the peer has no name: msg_namelen comes back 0, the name prints as its address */
	line(ret(), "recvmmsg(%d, [{msg_hdr={msg_name=%p, msg_namelen=%zu => %u, "
		    "msg_iov=[{iov_base=\"hellobig\", iov_len=8}, {iov_base=\" world\", iov_len=16}], "
		    "msg_iovlen=2, msg_controllen=0, msg_flags=0}, msg_len=14}, {msg_hdr={msg_name=%p, "
		    "msg_namelen=1 => %u, msg_iov=[{iov_base=\"he\", iov_len=16}], msg_iovlen=1, "
		    "msg_controllen=0, msg_flags=0}, msg_len=2}], 2, MSG_DONTWAIT, NULL)",
	     sv[1], (void *)&n0, sizeof(n0), rm[0].msg_hdr.msg_namelen, (void *)&n1, rm[1].msg_hdr.msg_namelen);

	/* a failure: sendmmsg shows the vector without msg_len, recvmmsg its address */
	SC(SYS_sendmmsg, -1, m + 1, 1L, 0L);
	line(ret(), "sendmmsg(-1, [{msg_hdr={msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"he\", "
		    "iov_len=2}], msg_iovlen=1, msg_controllen=0, msg_flags=0}}], 1, 0)");
	SC(SYS_recvmmsg, sv[1], rm, 2L, (long)MSG_DONTWAIT, NULL);
	line(ret(), "recvmmsg(%d, %p, 2, MSG_DONTWAIT, NULL)", sv[1], (void *)rm);
	e2e_exit(0);
}
