// SPDX-License-Identifier: MIT
/*
 * The descriptions named by inode in the -y / -yy table (fdtable.c): pipe:[N]
 * and socket:[N], and with -yy a socket's protocol and endpoints as strace's
 * socket query shows them: TCP:[INODE], TCP:[127.0.0.1:5000->127.0.0.1:80],
 * UNIX-STREAM:[INODE->PEER,"path"]. Inodes and endpoints come from the kernel
 * side's SCT_AUX_FDINFO blobs; without them (an older log) live tracing reads
 * /proc/TGID/fd/N through struct fdtable_live, else the inode is "?". When
 * each call applies: the rules at the top of fdtable_apply.c.
 */
#include "fdtable_internal.h"
#include "flags.h"
#include "../util/unaligned.h"

#include <stdio.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#define SOCK_TYPE_BITS 0xf /* the kernel's SOCK_TYPE_MASK, not in the uapi headers */

/* Live: the inode of a new pipe or socket, "pipe:[123]", if the process still has it. */
static char *live_link(struct fdtable *t, uint32_t tgid, int fd, const char *prefix)
{
	char *link = t->live ? t->live->fd_link(t->live->ctx, tgid, fd) : NULL;

	if (link && strncmp(link, prefix, strlen(prefix)) != 0) {
		free(link);
		return NULL;
	}
	return link;
}

/* "123" out of "socket:[123]", or "?". */
static const char *link_inode(const char *link, char *buf, size_t size)
{
	const char *o = link ? strchr(link, '[') : NULL;
	size_t n = o ? strcspn(o + 1, "]") : 0;

	if (!o || !n || n >= size)
		return "?";
	memcpy(buf, o + 1, n);
	buf[n] = '\0';
	return buf;
}

static char *make_desc(const char *kind, const char *ino)
{
	char *s = NULL;

	if (asprintf(&s, "%s:[%s]", kind, ino) < 0)
		return NULL;
	return s;
}

bool kernel_fdinfo(const struct sc_event *ev, int fd, struct sct_fdinfo *fi)
{
	for (unsigned k = 0; ev && k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = ev->blobs[k];

		if (b->kind != SCT_BLOB_MEM || b->aux != SCT_AUX_FDINFO || b->len < sizeof(*fi))
			continue;
		memcpy(fi, sct_blob_data(b), sizeof(*fi));
		if (fi->fd == fd)
			return true;
	}
	return false;
}

/*
 * The inode of a new pipe or socket as text: from the kernel side's record,
 * else (live) from /proc while the descriptor exists, else "?".
 */
static const char *new_inode(struct fdtable *t, uint32_t tgid, const struct sc_event *ev, int fd,
			     const char *prefix, char *buf, size_t size)
{
	struct sct_fdinfo fi;
	char *link;
	const char *ino;

	if (kernel_fdinfo(ev, fd, &fi)) {
		snprintf(buf, size, "%llu", (unsigned long long)fi.ino);
		return buf;
	}
	link = live_link(t, tgid, fd, prefix);
	ino = link_inode(link, buf, size);
	free(link);
	return ino;
}

void fdproc_add_pipe(struct fdtable *t, struct fdproc *pr, uint32_t tgid, const struct sc_event *ev,
		     const int fds[2], bool cloexec)
{
	for (int i = 0; i < 2; i++) {
		char ino[32];
		const char *n = new_inode(t, tgid, ev, fds[i], "pipe:[", ino, sizeof(ino));

		fdproc_set(pr, fds[i], make_desc("pipe", n), NULL, NULL, cloexec);
	}
}

/* strace's -yy protocol name of a socket(domain, type, protocol), or NULL. */
const char *sock_proto_name(uint64_t domain, uint64_t type, uint64_t protocol)
{
	unsigned ty = (unsigned)type & SOCK_TYPE_BITS;
	unsigned pr = (unsigned)protocol;

	switch ((unsigned)domain) {
	case AF_UNIX:
		/* strace 6.1 names only stream sockets by type */
		return ty == SOCK_STREAM ? "UNIX-STREAM" :
		       ty == SOCK_DGRAM || ty == SOCK_SEQPACKET ? "UNIX" : NULL;
	case AF_INET:
		if (ty == SOCK_STREAM && (pr == 0 || pr == IPPROTO_TCP))
			return "TCP";
		if (ty == SOCK_DGRAM && (pr == 0 || pr == IPPROTO_UDP))
			return "UDP";
		return NULL;
	case AF_INET6:
		if (ty == SOCK_STREAM && (pr == 0 || pr == IPPROTO_TCP))
			return "TCPv6";
		if (ty == SOCK_DGRAM && (pr == 0 || pr == IPPROTO_UDP))
			return "UDPv6";
		return NULL;
	case AF_NETLINK:
		return "NETLINK";
	}
	return NULL;
}

/* An address and port as strace's -yy shows them: 127.0.0.1:80, [::1]:80. */
static void endpoint(char *buf, size_t size, uint16_t family, const uint8_t *addr, uint16_t port)
{
	char a[INET6_ADDRSTRLEN] = "?";

	inet_ntop(family == AF_INET6 ? AF_INET6 : AF_INET, addr, a, sizeof(a));
	snprintf(buf, size, family == AF_INET6 ? "[%s]:%u" : "%s:%u", a, port);
}

/* UNIX-STREAM:[INODE->PEER,"path"] (@"name" for an abstract one), the parts known. */
static char *unix_detail(const char *proto, const char *ino, const struct sct_fdinfo *fi)
{
	struct strbuf sb;
	unsigned len = fi->unix_len < sizeof(fi->unix_path) ? fi->unix_len : sizeof(fi->unix_path);
	const char *path = (const char *)fi->unix_path;

	strbuf_init(&sb);
	strbuf_addf(&sb, "%s:[%s", proto, ino);
	if (fi->peer_ino)
		strbuf_addf(&sb, "->%llu", (unsigned long long)fi->peer_ino);
	if (len) {
		bool abstract = path[0] == '\0';
		size_t n = abstract ? len - 1 : strnlen(path, len);

		strbuf_adds(&sb, abstract ? ",@" : ",");
		format_quoted(&sb, path + abstract, (unsigned)n, false, NULL);
	}
	strbuf_addc(&sb, ']');
	if (sb.failed || !sb.data) {
		strbuf_free(&sb);
		return NULL;
	}
	return sb.data;
}

/* A bound netlink socket, as strace's socket query names it: NETLINK:[ROUTE:1234]. */
static char *netlink_detail(const char *proto, const struct sct_fdinfo *fi)
{
	const char *name = flag_lookup(&netlink_proto_names, fi->protocol);
	char *s = NULL;
	int n;

	if (name && !strncmp(name, "NETLINK_", 8))
		n = asprintf(&s, "%s:[%s:%u]", proto, name + 8, load_u32(fi->saddr, 0));
	else
		n = asprintf(&s, "%s:[%u]", proto, fi->protocol);
	return n < 0 ? NULL : s;
}

/*
 * strace's -yy form of a socket: "TCP:[src->dst]" once connected, "TCP:[src]"
 * once bound (UDP shows only its own end, as strace's query does), UNIX
 * "[INODE->PEER]" when the kernel side named the peer, else "PROTO:[INODE]".
 */
static char *socket_detail(const char *proto, const char *ino, const struct sct_fdinfo *fi)
{
	char src[64], dst[64], *s = NULL;
	bool inet = fi && (fi->family == AF_INET || fi->family == AF_INET6);

	if (!proto)
		return NULL;
	if (inet && fi->sport) {
		endpoint(src, sizeof(src), fi->family, fi->saddr, fi->sport);
		endpoint(dst, sizeof(dst), fi->family, fi->daddr, fi->dport);
		if (fi->dport && !strncmp(proto, "TCP", 3)) {
			if (asprintf(&s, "%s:[%s->%s]", proto, src, dst) < 0)
				s = NULL;
		} else if (asprintf(&s, "%s:[%s]", proto, src) < 0) {
			s = NULL;
		}
		return s;
	}
	if (fi && fi->family == AF_UNIX && (fi->peer_ino || fi->unix_len))
		return unix_detail(proto, ino, fi);
	if (fi && fi->family == AF_NETLINK && load_u32(fi->saddr, 0))
		return netlink_detail(proto, fi);
	return make_desc(proto, ino);
}

/*
 * accept's new UNIX socket ino names its peer: the connecting socket, whose
 * own peer the kernel side could not read at connect (the server's socket
 * had no file yet). That socket, in this process, now prints "[PEER->ino".
 */
static void link_unix_peer(struct fdproc *pr, unsigned long long peer, unsigned long long ino)
{
	char desc[48], mark[40];

	snprintf(desc, sizeof(desc), "socket:[%llu]", peer);
	snprintf(mark, sizeof(mark), ":[%llu", peer);
	for (unsigned fd = 0; fd < pr->nfds; fd++) {
		struct fd_entry *e = &pr->fds[fd];
		char *at, *linked;
		size_t head;

		if (!e->desc || !e->detail || strcmp(e->desc, desc))
			continue;
		at = strstr(e->detail, mark);
		if (!at)
			continue;
		head = (size_t)(at - e->detail) + strlen(mark);
		if (e->detail[head] != ']' && e->detail[head] != ',')
			continue; /* a peer already */
		if (asprintf(&linked, "%.*s->%llu%s", (int)head, e->detail, ino, e->detail + head) < 0)
			continue;
		free(e->detail);
		e->detail = linked;
	}
}

void fdproc_add_socket(struct fdtable *t, struct fdproc *pr, uint32_t tgid, const struct sc_event *ev,
		       int fd, const char *proto, bool cloexec)
{
	char ino[32];
	struct sct_fdinfo fi;
	bool known = kernel_fdinfo(ev, fd, &fi);
	const char *i = new_inode(t, tgid, ev, fd, "socket:[", ino, sizeof(ino));

	if (!proto && known)
		proto = sock_proto_name(fi.family, fi.type, fi.protocol);
	fdproc_set(pr, fd, make_desc("socket", i), socket_detail(proto, i, known ? &fi : NULL), proto,
		   cloexec);
	if (known && fi.family == AF_UNIX && fi.peer_ino)
		link_unix_peer(pr, (unsigned long long)fi.peer_ino, (unsigned long long)fi.ino);
}

/* bind, connect: the socket's new endpoints, as the kernel side read them after the call. */
void fdproc_set_endpoints(struct fdproc *pr, const struct sc_event *ev, int fd)
{
	struct fd_entry *e = fdproc_entry(pr, fd, false);
	struct sct_fdinfo fi;
	char ino[32], *proto;
	bool cloexec = e && e->cloexec;

	if (!kernel_fdinfo(ev, fd, &fi))
		return;
	/* A socket made before the trace started (or outside -e trace=) is learnt here. */
	proto = dup_or_null(e && e->proto ? e->proto : sock_proto_name(fi.family, fi.type, fi.protocol));
	snprintf(ino, sizeof(ino), "%llu", (unsigned long long)fi.ino);
	fdproc_set(pr, fd, make_desc("socket", ino), socket_detail(proto, ino, &fi), proto, cloexec);
	free(proto); /* fdproc_set freed the entry's own copy first */
}

void fdproc_add_socketpair(struct fdtable *t, struct fdproc *pr, uint32_t tgid,
			   const struct sc_event *ev, const int fds[2])
{
	const char *proto = sock_proto_name(ev->args[0], ev->args[1], ev->args[2]);
	bool cloexec = ev->args[1] & OCLOEXEC;
	char ino[2][32];
	const char *i[2];

	for (int k = 0; k < 2; k++) {
		i[k] = new_inode(t, tgid, ev, fds[k], "socket:[", ino[k], sizeof(ino[k]));
		if (i[k] != ino[k]) /* "?" */
			i[k] = strcpy(ino[k], "?");
	}
	for (int k = 0; k < 2; k++) {
		char *detail = NULL;

		/* UNIX pairs print their peer; the others as any socket. */
		if (proto && !strncmp(proto, "UNIX", 4)) {
			if (asprintf(&detail, "%s:[%s->%s]", proto, i[k], i[1 - k]) < 0)
				detail = NULL;
		} else if (proto) {
			detail = make_desc(proto, i[k]);
		}
		fdproc_set(pr, fds[k], make_desc("socket", i[k]), detail, proto, cloexec);
	}
}
