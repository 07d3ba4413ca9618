// SPDX-License-Identifier: MIT
/*
 * pidfd_getfd: its target descriptor belongs to the process the pidfd refers
 * to, so -y describes it from that process's table (strace reads
 * /proc/PID/fd of it); the pid comes from the pidfd's description (pid:N).
 */
#include <stdlib.h>

#include "fmt.h"

/* The pid the pidfd of process tgid refers to, or 0. */
int pidfd_target_pid(const struct decode_opts *o, uint32_t tgid, int pidfd)
{
	const char *d;
	char *end;
	long pid;

	if (!o || !o->fd_path || pidfd < 0)
		return 0;
	d = o->fd_path(o->fd_ctx, tgid, pidfd, DECODE_FDS_PIDFD);
	if (!d || strncmp(d, "pid:", 4))
		return 0;
	pid = strtol(d + 4, &end, 10);
	return *end || pid <= 0 ? 0 : (int)pid;
}

bool fmt_pidfd_target_fd(struct strbuf *out, const struct sc_event *ev, unsigned i,
			 const struct decode_opts *o)
{
	int fd = (int)ev->args[i];
	int pid = o->decode_fds ? pidfd_target_pid(o, o->fd_tgid, (int)ev->args[0]) : 0;
	struct decode_opts target = *o;

	strbuf_addf(out, "%d", fd);
	if (fd < 0 || !pid)
		return true;
	target.fd_tgid = (uint32_t)pid;
	decode_fd_suffix(out, fd, &target);
	return true;
}
