// SPDX-License-Identifier: MIT
/*
 * Socket addresses and socket options as strace 6.1 prints them:
 * {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr("127.0.0.1")},
 * AF_INET6 with inet_pton(), AF_UNIX paths (abstract ones as @"..."),
 * AF_NETLINK; other families as sa_data (socket options: sockopt.c). A sockaddr is captured as a fixed
 * SCT_SOCKADDR_CAP bytes; the length argument (an int for inputs, the int
 * the kernel wrote for outputs) says how much of it is the address.
 */
#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <stdio.h>

#include "flags.h"
#include "iov.h"
#include "fmt.h"
#include "structs.h"

static void print_sun_path(struct strbuf *out, const char *p, unsigned len)
{
	const char *path = p + 2;
	unsigned plen = len > 110 ? 108 : len - 2;
	struct decode_opts full = { .str_max = 4096 };

	strbuf_adds(out, ", sun_path=");
	if (plen && path[0]) {
		format_quoted(out, path, (unsigned)strnlen(path, plen), false, &full);
		return;
	}
	strbuf_addc(out, '@');
	format_quoted(out, path + 1, plen ? plen - 1 : 0, false, &full);
}

/* Under -X raw and verbose, the port and address fields print as their bytes. */
static void print_raw_bytes(struct strbuf *out, const char *p, unsigned n)
{
	strbuf_addc(out, '"');
	for (unsigned k = 0; k < n; k++)
		strbuf_addf(out, "\\x%02x", (unsigned char)p[k]);
	strbuf_addc(out, '"');
}

/* name=htons(80): under -X raw name="\x00\x50", verbose name="\x00\x50" / * htons(80) * /. */
static void print_net_field(struct strbuf *out, const char *name, const char *p, unsigned n,
			    const char *decoded, int xlat)
{
	if (xlat == XLAT_ABBREV) {
		strbuf_addf(out, ", %s=%s", name, decoded);
		return;
	}
	strbuf_addf(out, ", %s=", name);
	print_raw_bytes(out, p, n);
	if (xlat == XLAT_VERBOSE)
		strbuf_addf(out, " /* %s */", decoded);
}

/* The address: len bytes of it are valid (at most SCT_SOCKADDR_CAP were captured). */
static void print_sockaddr(struct strbuf *out, const char *p, unsigned len,
			   const struct decode_opts *o)
{
	int xlat = o->xlat;
	unsigned family = load_u16(p, 0);
	char addr[INET6_ADDRSTRLEN], text[INET6_ADDRSTRLEN + 32];
	struct decode_opts full = { .str_max = 4096 };

	strbuf_adds(out, "{sa_family=");
	print_enum_x(out, &sock_domain_names, family, xlat);
	if (len <= 2) {
		strbuf_addc(out, '}');
		return;
	}
	switch (family) {
	case AF_UNIX:
		print_sun_path(out, p, len);
		break;
	case AF_INET:
		if (len < 16)
			goto data;
		inet_ntop(AF_INET, p + 4, addr, sizeof(addr));
		snprintf(text, sizeof(text), "htons(%u)", ntohs(load_u16(p, 2)));
		print_net_field(out, "sin_port", p + 2, 2, text, xlat);
		snprintf(text, sizeof(text), "inet_addr(\"%s\")", addr);
		print_net_field(out, "sin_addr", p + 4, 4, text, xlat);
		break;
	case AF_INET6:
		if (len < 24)
			goto data;
		inet_ntop(AF_INET6, p + 8, addr, sizeof(addr));
		snprintf(text, sizeof(text), "htons(%u)", ntohs(load_u16(p, 2)));
		print_net_field(out, "sin6_port", p + 2, 2, text, xlat);
		snprintf(text, sizeof(text), "htonl(%u)", ntohl(load_u32(p, 4)));
		print_net_field(out, "sin6_flowinfo", p + 4, 4, text, xlat);
		if (xlat == XLAT_ABBREV) {
			strbuf_addf(out, ", inet_pton(AF_INET6, \"%s\", &sin6_addr)", addr);
		} else {
			snprintf(text, sizeof(text), "inet_pton(AF_INET6, \"%s\")", addr);
			print_net_field(out, "sin6_addr", p + 8, 16, text, xlat);
		}
		if (len < 28)
			break;
		strbuf_adds(out, ", sin6_scope_id=");
		/* link-local addresses name their interface */
		if ((unsigned char)p[8] == 0xfe && ((unsigned char)p[9] & 0xc0) == 0x80)
			print_ifindex(out, load_u32(p, 24), o);
		else if ((unsigned char)p[8] == 0xff && ((unsigned char)p[9] & 0x0f) == 0x2)
			print_ifindex(out, load_u32(p, 24), o);
		else
			strbuf_addf(out, "%u", load_u32(p, 24));
		break;
	case AF_NETLINK:
		if (len < 12)
			goto data;
		strbuf_addf(out, xlat == XLAT_ABBREV ? ", nl_pid=%d, nl_groups=%08x" :
						       ", nl_pid=%d, nl_groups=%#08x",
			    (int)load_u32(p, 4), load_u32(p, 8));
		break;
	default:
	data:
		strbuf_adds(out, ", sa_data=");
		format_quoted(out, p + 2, len - 2, false, &full);
		break;
	}
	strbuf_addc(out, '}');
}

static bool print_sockaddr_arg(struct strbuf *out, const struct sc_event *ev, unsigned i, int len,
			       bool output, const struct decode_opts *o)
{
	char addr[SCT_SOCKADDR_CAP] = { 0 };
	const struct sct_blob *b;

	if (len <= 0 && ev->args[i]) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	/* The kernel side reads only the length given (an address may end a mapping). */
	b = fmt_mem(ev, i, 2);
	if (!ev->args[i] || !b || (output && sc_event_failed(ev))) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	memcpy(addr, sct_blob_data(b), b->len < sizeof(addr) ? b->len : sizeof(addr));
	print_sockaddr(out, addr, len > SCT_SOCKADDR_CAP ? SCT_SOCKADDR_CAP : (unsigned)len, o);
	return true;
}

/* connect, bind, sendto: the length is the next argument. */
bool fmt_sockaddr_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	return print_sockaddr_arg(out, ev, i, i + 1 < SCT_MAX_ARGS ? (int)ev->args[i + 1] : 0, false,
				  o);
}

/* accept, getsockname, recvfrom: the length is what the kernel wrote to *next argument. */
bool fmt_sockaddr_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	const struct sct_blob *lb = i + 1 < SCT_MAX_ARGS ? fmt_mem(ev, i + 1, 4) : NULL;
	const struct sct_blob *ub = i + 1 < SCT_MAX_ARGS ? fmt_mem_entry(ev, i + 1, 4) : NULL;
	int len, ulen;

	if (!ev->args[i] || !lb || sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	len = (int)load_u32(sct_blob_data(lb), 0);
	ulen = ub ? (int)load_u32(sct_blob_data(ub), 0) : len;
	return print_sockaddr_arg(out, ev, i, ulen < len ? ulen : len, true, o);
}

/* [16], or [128 => 16] when the entry value was captured too and differs. */
bool fmt_socklen_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	const struct sct_blob *b = fmt_mem(ev, i, 4), *ub = fmt_mem_entry(ev, i, 4);
	int len, ulen;

	(void)o;
	if (ev->args[i] && ub && ub != b && sc_event_failed(ev)) {
		/* Failed: the kernel wrote nothing back; strace shows the value passed in. */
		strbuf_addf(out, "[%d]", (int)load_u32(sct_blob_data(ub), 0));
		return true;
	}
	if (!ev->args[i] || !b || sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	len = (int)load_u32(sct_blob_data(b), 0);
	ulen = ub ? (int)load_u32(sct_blob_data(ub), 0) : len;
	if (ulen != len)
		strbuf_addf(out, "[%d => %d]", ulen, len);
	else
		strbuf_addf(out, "[%d]", len);
	return true;
}

void decode_sockaddr(struct strbuf *out, const void *p, unsigned len, const struct decode_opts *o)
{
	print_sockaddr(out, p, len, o);
}

void print_ifindex(struct strbuf *out, unsigned index, const struct decode_opts *o)
{
	char name[IF_NAMESIZE + 1] = { 0 };

	if (o->if_name && o->if_name(index, name)) {
		strbuf_adds(out, "if_nametoindex(");
		format_quoted(out, name, (unsigned)strnlen(name, IF_NAMESIZE), false, o);
		strbuf_addc(out, ')');
		return;
	}
	strbuf_addf(out, "%u", index);
}
