// SPDX-License-Identifier: MIT
/*
 * -yy for the sockets a process already has when it is traced: their
 * protocol and endpoints from the process's /proc/PID/net tables (tcp, tcp6,
 * udp, udp6, unix), by inode, in strace's form ("TCP:[127.0.0.1:80]",
 * "TCP:[a:p->b:q]", "UNIX-STREAM:[123,\"/run/x\"]"). Sockets made while
 * traced are described by the kernel side instead (fdtable_socket.c).
 */
#include "procnet.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "../util/strbuf.h"
#include "../decode/decode.h"

struct procnet_entry {
	unsigned long ino;
	char *detail;
};

struct procnet {
	struct procnet_entry *v;
	size_t n, cap;
};

static int add(struct procnet *pn, unsigned long ino, char *detail)
{
	if (!detail)
		return -1;
	if (pn->n == pn->cap) {
		size_t cap = pn->cap ? pn->cap * 2 : 64;
		struct procnet_entry *v = realloc(pn->v, cap * sizeof(*v));

		if (!v) {
			free(detail);
			return -1;
		}
		pn->v = v;
		pn->cap = cap;
	}
	pn->v[pn->n].ino = ino;
	pn->v[pn->n++].detail = detail;
	return 0;
}

/* "0100007F:1F90" (IPv4) or 32 hex digits and a port (IPv6), as /proc/net prints them. */
static int parse_endpoint(const char *s, bool v6, char *out, size_t size, unsigned *port)
{
	unsigned char addr[16];
	char text[INET6_ADDRSTRLEN];
	unsigned words = v6 ? 4 : 1;

	for (unsigned w = 0; w < words; w++) {
		unsigned v;

		/* each 32-bit word in host (little-endian) order */
		if (sscanf(s + w * 8, "%8x", &v) != 1)
			return -1;
		memcpy(addr + w * 4, &v, 4);
	}
	if (s[words * 8] != ':' || sscanf(s + words * 8 + 1, "%x", port) != 1)
		return -1;
	if (!inet_ntop(v6 ? AF_INET6 : AF_INET, addr, text, sizeof(text)))
		return -1;
	snprintf(out, size, v6 ? "[%s]:%u" : "%s:%u", text, *port);
	return 0;
}

/* One /proc/PID/net/{tcp,tcp6,udp,udp6} table: both ends when connected (TCP). */
static void load_inet(struct procnet *pn, uint32_t tgid, const char *file, const char *proto,
		      bool v6, bool tcp)
{
	char path[64], line[512], local[64], remote[64], src[80], dst[80];
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%u/net/%s", tgid, file);
	f = fopen(path, "re");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		unsigned long ino;
		unsigned sport, dport;
		char *d = NULL;

		if (sscanf(line, " %*d: %63s %63s %*x %*s %*s %*s %*u %*u %lu", local, remote, &ino) != 3 ||
		    !ino)
			continue;
		if (parse_endpoint(local, v6, src, sizeof(src), &sport) ||
		    parse_endpoint(remote, v6, dst, sizeof(dst), &dport))
			continue;
		if (tcp && dport) {
			if (asprintf(&d, "%s:[%s->%s]", proto, src, dst) < 0)
				d = NULL;
		} else if (sport) {
			if (asprintf(&d, "%s:[%s]", proto, src) < 0)
				d = NULL;
		} else if (asprintf(&d, "%s:[%lu]", proto, ino) < 0) {
			d = NULL;
		}
		add(pn, ino, d);
	}
	fclose(f);
}

/* /proc/PID/net/unix: stream sockets by type, the others "UNIX"; a bound name after a comma. */
static void load_unix(struct procnet *pn, uint32_t tgid)
{
	char path[64], line[4096 + 256];
	FILE *f;

	snprintf(path, sizeof(path), "/proc/%u/net/unix", tgid);
	f = fopen(path, "re");
	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		unsigned type;
		unsigned long ino;
		int used = 0;
		char *name, *nl;
		struct strbuf sb;

		if (sscanf(line, "%*s %*s %*s %*s %x %*s %lu%n", &type, &ino, &used) != 2 || !used)
			continue;
		name = line + used;
		name += strspn(name, " ");
		nl = strchr(name, '\n');
		if (nl)
			*nl = '\0';
		strbuf_init(&sb);
		strbuf_addf(&sb, "%s:[%lu", type == SOCK_STREAM ? "UNIX-STREAM" : "UNIX", ino);
		if (*name) {
			bool abstract = name[0] == '@';

			strbuf_adds(&sb, abstract ? ",@" : ",");
			format_quoted(&sb, name + abstract, (unsigned)strlen(name + abstract), false, NULL);
		}
		strbuf_addc(&sb, ']');
		if (sb.failed) {
			strbuf_free(&sb);
			continue;
		}
		add(pn, ino, sb.data);
	}
	fclose(f);
}

struct procnet *procnet_load(uint32_t tgid)
{
	struct procnet *pn = calloc(1, sizeof(*pn));

	if (!pn)
		return NULL;
	load_inet(pn, tgid, "tcp", "TCP", false, true);
	load_inet(pn, tgid, "tcp6", "TCPv6", true, true);
	load_inet(pn, tgid, "udp", "UDP", false, false);
	load_inet(pn, tgid, "udp6", "UDPv6", true, false);
	load_unix(pn, tgid);
	return pn;
}

const char *procnet_find(const struct procnet *pn, unsigned long ino)
{
	for (size_t i = 0; pn && i < pn->n; i++)
		if (pn->v[i].ino == ino)
			return pn->v[i].detail;
	return NULL;
}

void procnet_free(struct procnet *pn)
{
	if (!pn)
		return;
	for (size_t i = 0; i < pn->n; i++)
		free(pn->v[i].detail);
	free(pn->v);
	free(pn);
}
