// SPDX-License-Identifier: MIT
// -y: descriptors received over SCM_RIGHTS (recvmsg, recvmmsg) print with what they refer to: from a traced sender's table, or from /proc (an untraced sender).
// TRACE: -y -e signal=none -e trace=sendmsg,recvmsg,recvmmsg,exit_group
// START: first
#include "e2e.h"

#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>

static char sock[2][64];

/* "3<socket:[123]>" of one of our descriptors, as -y shows it. */
static void sock_name(char *b, size_t size, int fd)
{
	char proc[64], link[48];
	ssize_t n;

	snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
	n = readlink(proc, link, sizeof(link) - 1);
	link[n > 0 ? n : 0] = '\0';
	snprintf(b, size, "%d<%s>", fd, link);
}

/* sendmsg/recvmsg's msghdr with one byte of data and control text ctl. */
static const char *msg(const char *ctl, size_t controllen)
{
	static char b[1024];

	snprintf(b, sizeof(b), "{msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"x\", iov_len=1}], "
			       "msg_iovlen=1, msg_control=[{cmsg_len=%zu, cmsg_level=SOL_SOCKET, "
			       "cmsg_type=SCM_RIGHTS, cmsg_data=%s}], msg_controllen=%zu, msg_flags=0}",
		 (size_t)CMSG_LEN(2 * sizeof(int)), ctl, controllen);
	return b;
}

int main(void)
{
	union {
		char buf[CMSG_SPACE(2 * sizeof(int))];
		struct cmsghdr align;
	} c;
	char cwd[4096], ctl[9000], x = 'x';
	struct iovec iov = { &x, 1 };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = c.buf,
			    .msg_controllen = sizeof(c.buf) };
	struct timespec hold = { 0, 500 * 1000 * 1000 };
	struct cmsghdr *cm;
	int sv[2], fds[2], got[2];
	pid_t child;

	if (!getcwd(cwd, sizeof(cwd)) || socketpair(AF_UNIX, SOCK_STREAM, 0, sv))
		return 1;
	fds[0] = open("f", O_CREAT | O_RDWR, 0644);
	fds[1] = open("/dev/null", O_RDONLY);
	if (fds[0] < 0 || fds[1] < 0)
		return 1;
	sock_name(sock[0], sizeof(sock[0]), sv[0]);
	sock_name(sock[1], sizeof(sock[1]), sv[1]);

	memset(c.buf, 0, sizeof(c.buf));
	cm = CMSG_FIRSTHDR(&m);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	cm->cmsg_len = CMSG_LEN(sizeof(fds));
	memcpy(CMSG_DATA(cm), fds, sizeof(fds));
	SC(SYS_sendmsg, sv[0], &m, 0);
	snprintf(ctl, sizeof(ctl), "[%d<%s/f>, %d</dev/null>]", fds[0], cwd, fds[1]);
	line(ret(), "sendmsg(%s, %s, 0)", sock[0], msg(ctl, sizeof(c.buf)));

	/* The received ones are new descriptors the table has not seen made: the sender's names. */
	memset(c.buf, 0, sizeof(c.buf));
	SC(SYS_recvmsg, sv[1], &m, 0);
	memcpy(got, CMSG_DATA(CMSG_FIRSTHDR(&m)), sizeof(got));
	snprintf(ctl, sizeof(ctl), "[%d<%s/f>, %d</dev/null>]", got[0], cwd, got[1]);
	line(ret(), "recvmsg(%s, %s, 0)", sock[1], msg(ctl, sizeof(c.buf)));
	for (int i = 0; i < 2; i++) /* at once: /proc has them no more when the record is drained */
		close(got[i]);

	/* recvmmsg: a message's control buffer likewise */
	memset(c.buf, 0, sizeof(c.buf));
	cm = CMSG_FIRSTHDR(&m);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	cm->cmsg_len = CMSG_LEN(sizeof(fds));
	memcpy(CMSG_DATA(cm), fds, sizeof(fds));
	SC(SYS_sendmsg, sv[0], &m, 0);
	snprintf(ctl, sizeof(ctl), "[%d<%s/f>, %d</dev/null>]", fds[0], cwd, fds[1]);
	line(ret(), "sendmsg(%s, %s, 0)", sock[0], msg(ctl, sizeof(c.buf)));
	memset(c.buf, 0, sizeof(c.buf));
	{
		struct mmsghdr mm = { .msg_hdr = m };

		SC(SYS_recvmmsg, sv[1], &mm, 1, 0, NULL);
		memcpy(got, CMSG_DATA(CMSG_FIRSTHDR(&mm.msg_hdr)), sizeof(got));
		snprintf(ctl, sizeof(ctl), "[%d<%s/f>, %d</dev/null>]", got[0], cwd, got[1]);
		line(ret(), "recvmmsg(%s, [{msg_hdr=%s, msg_len=1}], 1, 0, NULL)", sock[1],
		     msg(ctl, sizeof(c.buf)));
	}
	for (int i = 0; i < 2; i++)
		close(got[i]);

	/* An untraced sender (a child, without -f): from /proc, read as the record is drained. */
	child = fork();
	if (child == 0) {
		memset(c.buf, 0, sizeof(c.buf));
		cm = CMSG_FIRSTHDR(&m);
		cm->cmsg_level = SOL_SOCKET;
		cm->cmsg_type = SCM_RIGHTS;
		cm->cmsg_len = CMSG_LEN(sizeof(fds));
		memcpy(CMSG_DATA(cm), fds, sizeof(fds));
		_exit(sendmsg(sv[0], &m, 0) != 1);
	}
	if (waitpid(child, NULL, 0) != child) /* sent, and its SIGCHLD in, before the recvmsg */
		return 1;
	memset(c.buf, 0, sizeof(c.buf));
	SC(SYS_recvmsg, sv[1], &m, 0);
	memcpy(got, CMSG_DATA(CMSG_FIRSTHDR(&m)), sizeof(got));
	snprintf(ctl, sizeof(ctl), "[%d<%s/f>, %d</dev/null>]", got[0], cwd, got[1]);
	line(ret(), "recvmsg(%s, %s, 0)", sock[1], msg(ctl, sizeof(c.buf)));
	/* strace reads /proc as it prints; sctrace as it drains the record: keep them a while */
	nanosleep(&hold, NULL);
	e2e_exit(0);
}
