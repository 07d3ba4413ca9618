// SPDX-License-Identifier: MIT
// iovec arrays and msghdr: readv/writev/preadv/pwritev(2), sendmsg/recvmsg with names, SCM_RIGHTS, a recvmsg that blocks, -s elements.
// TRACE: -e trace=readv,writev,preadv,pwritev,preadv2,pwritev2,sendmsg,recvmsg,exit_group -e signal=none
// START: first
#include "e2e.h"
#include <stdint.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/wait.h>

/* [{iov_base="...", iov_len=N}, ...] of the first avail bytes the call moved, -s elements. */
static const char *iovs(const struct iovec *v, int n, size_t avail)
{
	char *b = e2e_tmp(), *p = b;

	if (!n)
		return "[]";
	*p++ = '[';
	for (int i = 0; i < n; i++) {
		size_t k = v[i].iov_len < avail ? v[i].iov_len : avail;

		if ((size_t)i >= e2e_strsize) {
			p += sprintf(p, ", ...");
			break;
		}
		avail -= k;
		p += sprintf(p, "%s{iov_base=%s, iov_len=%zu}", i ? ", " : "",
			     qbuf(v[i].iov_base, k, e2e_strsize), v[i].iov_len);
	}
	sprintf(p, "]");
	return b;
}

static char *msg(const struct msghdr *m, const char *name, const char *namelen, size_t avail,
		 const char *control, const char *flags)
{
	char *b = e2e_tmp();

	snprintf(b, 8192, "{msg_name=%s, msg_namelen=%s, msg_iov=%s, msg_iovlen=%zu, %smsg_controllen=%zu, msg_flags=%s}",
		 name, namelen, iovs(m->msg_iov, (int)m->msg_iovlen, avail), (size_t)m->msg_iovlen,
		 control, (size_t)m->msg_controllen, flags);
	return b;
}

int main(void)
{
	static char hello[] = "hello", big[] = " big world of strings that are longer than 32 bytes", nl[] = "\n";
	struct iovec w[3] = { { hello, 5 }, { big, sizeof(big) - 1 }, { nl, 1 } }, many[40];
	char a[4], b[100], c[10], cbuf[CMSG_SPACE(sizeof(int))], cbuf2[64];
	struct iovec r[3] = { { a, sizeof(a) }, { b, sizeof(b) }, { c, sizeof(c) } };
	struct sockaddr_un from;
	struct msghdr m = { 0 };
	struct cmsghdr *cm;
	int p[2], sv[2], fd, got;
	pid_t child;

	e2e_write_from_child = 1;
	if (pipe(p) || socketpair(AF_UNIX, SOCK_DGRAM, 0, sv))
		return 1;
	SC(SYS_writev, p[1], w, 3);
	line(ret(), "writev(%d, %s, 3)", p[1], iovs(w, 3, (size_t)e2e_r));
	SC(SYS_readv, p[0], r, 3);
	line(ret(), "readv(%d, %s, 3)", p[0], iovs(r, 3, (size_t)e2e_r));
	SC(SYS_writev, p[1], w, 0);
	line(ret(), "writev(%d, [], 0)", p[1]);
	SC(SYS_writev, p[1], NULL, 0);
	line(ret(), "writev(%d, NULL, 0)", p[1]);
	{
		struct iovec z[2] = { { NULL, 0 }, { hello, 1 } };

		SC(SYS_writev, p[1], z, 2);
		line(ret(), "writev(%d, [{iov_base=NULL, iov_len=0}, {iov_base=\"h\", iov_len=1}], 2)", p[1]);
		SC(SYS_readv, p[0], r, 1);
		line(ret(), "readv(%d, %s, 1)", p[0], iovs(r, 1, (size_t)e2e_r));
	}
	SC(SYS_readv, p[0], NULL, 1);
	line(ret(), "readv(%d, NULL, 1)", p[0]);
	for (int i = 0; i < 40; i++)
		many[i] = (struct iovec){ hello + (i % 5), 1 };
	SC(SYS_writev, p[1], many, 40);
	line(ret(), "writev(%d, %s, 40)", p[1], iovs(many, 40, (size_t)e2e_r));
	SC(SYS_readv, p[0], r, 1);
	line(ret(), "readv(%d, %s, 1)", p[0], iovs(r, 1, (size_t)e2e_r));
	SC(SYS_readv, p[0], r + 1, 1);
	line(ret(), "readv(%d, %s, 1)", p[0], iovs(r + 1, 1, (size_t)e2e_r));

	/* sendmsg and recvmsg: an unnamed peer gives msg_namelen=110 => 0. */
	m.msg_iov = w;
	m.msg_iovlen = 2;
	SC(SYS_sendmsg, sv[0], &m, MSG_DONTWAIT);
	line(ret(), "sendmsg(%d, %s, MSG_DONTWAIT)", sv[0], msg(&m, "NULL", "0", SIZE_MAX, "", "0"));
	memset(&m, 0, sizeof(m));
	m.msg_name = &from;
	m.msg_namelen = sizeof(from);
	m.msg_iov = r;
	m.msg_iovlen = 3;
	SC(SYS_recvmsg, sv[1], &m, 0);
	{
		char namelen[32];

		snprintf(namelen, sizeof(namelen), "%zu => %u", sizeof(from), (unsigned)m.msg_namelen);
		line(ret(), "recvmsg(%d, %s, 0)", sv[1], msg(&m, ptr(&from), namelen, (size_t)e2e_r, "", "0"));
	}

	/* A descriptor passed with SCM_RIGHTS, received close-on-exec. */
	memset(&m, 0, sizeof(m));
	memset(cbuf, 0, sizeof(cbuf));
	m.msg_iov = w;
	m.msg_iovlen = 1;
	m.msg_control = cbuf;
	m.msg_controllen = sizeof(cbuf);
	cm = CMSG_FIRSTHDR(&m);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	cm->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(cm), &p[0], sizeof(int));
	SC(SYS_sendmsg, sv[0], &m, 0);
	{
		char ctl[128];

		snprintf(ctl, sizeof(ctl), "msg_control=[{cmsg_len=%zu, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[%d]}], ",
			 (size_t)CMSG_LEN(sizeof(int)), p[0]);
		line(ret(), "sendmsg(%d, %s, 0)", sv[0], msg(&m, "NULL", "0", SIZE_MAX, ctl, "0"));
	}
	memset(&m, 0, sizeof(m));
	m.msg_iov = r;
	m.msg_iovlen = 2;
	m.msg_control = cbuf2;
	m.msg_controllen = sizeof(cbuf2);
	SC(SYS_recvmsg, sv[1], &m, MSG_CMSG_CLOEXEC);
	memcpy(&got, CMSG_DATA(CMSG_FIRSTHDR(&m)), sizeof(int));
	{
		char ctl[128];

		snprintf(ctl, sizeof(ctl), "msg_control=[{cmsg_len=%zu, cmsg_level=SOL_SOCKET, cmsg_type=SCM_RIGHTS, cmsg_data=[%d]}], ",
			 (size_t)CMSG_LEN(sizeof(int)), got);
		line(ret(), "recvmsg(%d, %s, MSG_CMSG_CLOEXEC)", sv[1],
		     msg(&m, "NULL", "0", (size_t)e2e_r, ctl, "MSG_CMSG_CLOEXEC"));
	}
	m.msg_namelen = 0;
	SC(SYS_recvmsg, sv[1], &m, MSG_DONTWAIT);
	line(ret(), "recvmsg(%d, {msg_namelen=0}, MSG_DONTWAIT)", sv[1]);

	/* A recvmsg that sleeps until an untraced child sends. */
	child = fork();
	if (child == 0) {
		usleep(100000);
		_exit(send(sv[0], "late", 4, 0) == 4 ? 0 : 1);
	}
	memset(&m, 0, sizeof(m));
	m.msg_iov = r + 1;
	m.msg_iovlen = 1;
	SC(SYS_recvmsg, sv[1], &m, 0);
	line(ret(), "recvmsg(%d, %s, 0)", sv[1], msg(&m, "NULL", "0", (size_t)e2e_r, "", "0"));
	waitpid(child, NULL, 0);

	/* Positional forms on a file. */
	fd = open("data", O_RDWR | O_CREAT | O_TRUNC, 0600);
	SC(SYS_pwritev, fd, w, 2, 0L);
	line(ret(), "pwritev(%d, %s, 2, 0)", fd, iovs(w, 2, (size_t)e2e_r));
	SC(SYS_preadv, fd, r, 2, 3L);
	line(ret(), "preadv(%d, %s, 2, 3)", fd, iovs(r, 2, (size_t)e2e_r));
	SC(SYS_pwritev2, fd, w + 2, 1, 1L, 0L, 0);
	line(ret(), "pwritev2(%d, %s, 1, 1, 0)", fd, iovs(w + 2, 1, (size_t)e2e_r));
	SC(SYS_preadv2, fd, r, 1, 0L, 0L, 0);
	line(ret(), "preadv2(%d, %s, 1, 0, 0)", fd, iovs(r, 1, (size_t)e2e_r));
	SC(SYS_preadv, p[0], r, 1, 0L);
	line(ret(), "preadv(%d, [{iov_base=%s, iov_len=4}], 1, 0)", p[0], ptr(a));
	e2e_exit(0);
}
