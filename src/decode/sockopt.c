// SPDX-License-Identifier: MIT
/*
 * getsockopt and setsockopt as strace 6.1 prints them: the level, the option
 * name by level, and the value by level and name ([1], {l_onoff=1,
 * l_linger=0}, {pid=42, uid=0, gid=0}, struct packet_mreq, icmp_filter...);
 * other values as an int when 4 bytes long, else as a string. The value is
 * captured (SCT_CAP_SOCKOPT_*) up to its length, or up to the end of its
 * readable page: a field past the captured bytes makes strace print the
 * address, as its read of the whole fails.
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <linux/if_packet.h>

#include "flags.h"
#include "fmt.h"
#include "iov.h"
#include "sock_filter.h"
#include "structs.h"
#include "xlat_sockets.h"

#ifndef SOL_NETLINK
#define SOL_NETLINK 270
#endif
#ifndef SOL_PACKET
#define SOL_PACKET 263
#endif
#ifndef SOL_RAW
#define SOL_RAW 255
#endif
#ifndef SO_TXREHASH
#define SO_TXREHASH 74
#endif
#ifndef SO_RCVMARK
#define SO_RCVMARK 75
#endif
#ifndef SO_RESERVE_MEM
#define SO_RESERVE_MEM 73
#endif
#ifndef SO_GET_FILTER
#define SO_GET_FILTER SO_ATTACH_FILTER
#endif
#define GROUP_REQ_SIZE 136 /* struct group_req */
#define ICMP_FILTER_OPT 1 /* linux/icmp.h, which clashes with glibc's */
#define NETLINK_LIST_MEMBERSHIPS_OPT 9

/* The value of argument i as captured: have bytes at p (p NULL if none). */
struct optval {
	const char *p;
	unsigned have;
	uint64_t addr;
};

/* SOL_SOCKET options whose value is an int (strace's "int-like" list). */
static const int so_int_options[] = {
	SO_DEBUG, SO_REUSEADDR, SO_DONTROUTE, SO_BROADCAST, SO_SNDBUF, SO_RCVBUF, SO_KEEPALIVE,
	SO_OOBINLINE, SO_NO_CHECK, SO_PRIORITY, SO_BSDCOMPAT, SO_REUSEPORT, SO_PASSCRED,
	SO_RCVLOWAT, SO_SNDLOWAT, SO_DETACH_FILTER, SO_TIMESTAMP_OLD, SO_ACCEPTCONN,
	SO_SNDBUFFORCE, SO_RCVBUFFORCE, SO_PASSSEC, SO_TIMESTAMPNS_OLD, SO_MARK,
	SO_TIMESTAMPING_OLD, SO_RXQ_OVFL, SO_WIFI_STATUS, SO_PEEK_OFF, SO_NOFCS, SO_LOCK_FILTER,
	SO_SELECT_ERR_QUEUE, SO_BUSY_POLL, SO_INCOMING_CPU, SO_CNX_ADVICE, SO_INCOMING_NAPI_ID,
	SO_ZEROCOPY, SO_TIMESTAMP_NEW, SO_TIMESTAMPNS_NEW, SO_TIMESTAMPING_NEW,
	SO_DETACH_REUSEPORT_BPF, SO_PREFER_BUSY_POLL, SO_BUSY_POLL_BUDGET, SO_RESERVE_MEM,
	SO_RCVMARK,
};

static bool so_int_option(unsigned name)
{
	for (size_t k = 0; k < sizeof(so_int_options) / sizeof(so_int_options[0]); k++)
		if ((unsigned)so_int_options[k] == name)
			return true;
	return false;
}

static bool is_getsockopt(const struct sc_event *ev)
{
	return ev->desc && ev->desc->name && !strcmp(ev->desc->name, "getsockopt");
}

bool fmt_sockopt_level(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct decode_opts *o)
{
	(void)o;
	print_enum(out, &sockopt_level_names, (uint32_t)ev->args[i]);
	return true;
}

/* The names of a level's options; NULL: the level's names are numbers. */
static const struct flag_table *level_options(unsigned level)
{
	switch (level) {
	case SOL_SOCKET:
		return &so_option_names;
	case SOL_IP:
		return &ip_option_names;
	case SOL_IPV6:
		return &ipv6_option_names;
	case SOL_TCP:
		return &tcp_option_names;
	case SOL_UDP:
		return &udp_option_names;
	case SOL_PACKET:
		return &packet_option_names;
	case SOL_RAW:
		return &raw_option_names;
	case SOL_NETLINK:
		return &netlink_option_names;
	default:
		return NULL;
	}
}

bool fmt_sockopt_name(struct strbuf *out, const struct sc_event *ev, unsigned i,
		      const struct decode_opts *o)
{
	uint32_t v = (uint32_t)ev->args[i];
	unsigned level = i ? (uint32_t)ev->args[i - 1] : ~0u;
	const struct flag_table *t = level_options(level);
	const struct flag_table *first = is_getsockopt(ev) ? &so_get_option_names :
							     &so_set_option_names;

	if (!t) {
		strbuf_addf(out, "%u", v);
		return true;
	}
	if (level == SOL_SOCKET && flag_lookup(first, v))
		t = first;
	print_enum_x(out, t, v, o->xlat);
	return true;
}

/* Whether the first n bytes of the value were captured. */
static bool have(const struct optval *v, unsigned n)
{
	return v->p && v->have >= n;
}

static void print_hex_bytes(struct strbuf *out, const char *p, unsigned n,
			    const struct decode_opts *o)
{
	struct decode_opts hex = *o;

	hex.xstrings = 2;
	format_quoted(out, p, n, false, &hex);
}

/* [%d], or the address when the int was not read. */
static void print_int(struct strbuf *out, const struct optval *v)
{
	if (!have(v, 4)) {
		fmt_addr(out, v->addr);
		return;
	}
	strbuf_addf(out, "[%d]", (int)load_u32(v->p, 0));
}

/* strace's printstrn: len bytes as a string, -s of them at most. */
static void print_strn(struct strbuf *out, const struct optval *v, int len,
		       const struct decode_opts *o)
{
	unsigned n = (unsigned)len < o->str_max ? (unsigned)len : o->str_max;

	if (len < 0 || !have(v, n)) {
		fmt_addr(out, v->addr);
		return;
	}
	format_quoted(out, v->p, n, (unsigned)len > n, o);
}

/* A field of a structure whose len bytes are known: "name=value", or its bytes when cut short. */
struct field {
	const char *name;
	unsigned off;
	char kind; /* 'd' int, 'u' unsigned, 'i' an id (-1 for all ones), 'p' a process's pid */
};

static void print_fields(struct strbuf *out, const char *p, unsigned len, const struct field *f,
			 unsigned nf, const struct decode_opts *o)
{
	strbuf_addc(out, '{');
	for (unsigned k = 0; k < nf && len > f[k].off; k++) {
		uint32_t val;

		if (k)
			strbuf_adds(out, ", ");
		strbuf_addf(out, "%s=", f[k].name);
		if (len < f[k].off + 4) {
			print_hex_bytes(out, p + f[k].off, len - f[k].off, o);
			continue;
		}
		val = load_u32(p, f[k].off);
		if (f[k].kind == 'p') /* -Y, --pidns-translation, as strace's PRINT_FIELD_TGID */
			decode_pid(out, (int)val, PID_KIND_TGID, o);
		else if (f[k].kind == 'd' || (f[k].kind == 'i' && val == UINT32_MAX))
			strbuf_addf(out, "%d", (int)val);
		else
			strbuf_addf(out, "%u", val);
	}
	strbuf_addc(out, '}');
}

/* A structure of known fields, cut at len bytes (at most size are read). */
static void print_struct_len(struct strbuf *out, const struct optval *v, unsigned len,
			     unsigned size, const struct field *f, unsigned nf,
			     const struct decode_opts *o)
{
	if (len > size)
		len = size;
	if (!have(v, len)) {
		fmt_addr(out, v->addr);
		return;
	}
	print_fields(out, v->p, len, f, nf, o);
}

static const struct field linger_fields[] = {
	{ "l_onoff", 0, 'd' },
	{ "l_linger", 4, 'd' },
};
static const struct field ucred_fields[] = {
	{ "pid", 0, 'p' },
	{ "uid", 4, 'i' },
	{ "gid", 8, 'i' },
};
static const struct field tpacket_stats_fields[] = {
	{ "tp_packets", 0, 'u' },
	{ "tp_drops", 4, 'u' },
	{ "tp_freeze_q_cnt", 8, 'u' },
};
static const struct field tpacket_req_fields[] = {
	{ "tp_block_size", 0, 'u' },
	{ "tp_block_nr", 4, 'u' },
	{ "tp_frame_size", 8, 'u' },
	{ "tp_frame_nr", 12, 'u' },
};
#define NFIELDS(f) (unsigned)(sizeof(f) / sizeof((f)[0]))

/*
 * The int an option value holds; false when it printed the value otherwise:
 * fewer than 4 bytes as those bytes (an input's as its address), an unreadable
 * one as its address, as strace.
 */
static bool option_int(struct strbuf *out, const struct optval *v, int len, bool output,
		       const struct decode_opts *o, int *val)
{
	if (len < 4 && output && have(v, (unsigned)len))
		print_hex_bytes(out, v->p, (unsigned)len, o);
	else if (len < 4 || !have(v, 4))
		fmt_addr(out, v->addr);
	else {
		*val = (int)load_u32(v->p, 0);
		return true;
	}
	return false;
}

/* getsockopt(SO_ERROR): the pending error by name, [ECONNREFUSED]; short: its bytes. */
static void print_so_error(struct strbuf *out, const struct optval *v, int len,
			   const struct decode_opts *o)
{
	const char *name;
	char raw[16];
	int err;

	if (!option_int(out, v, len, true, o, &err))
		return;
	name = errno_name(err);
	snprintf(raw, sizeof(raw), "%d", err);
	strbuf_addc(out, '[');
	print_xlat_text(out, o->xlat, raw, name ? name : raw);
	strbuf_addc(out, ']');
}

/* SO_TXREHASH: [SOCK_TXREHASH_ENABLED], unknown values in decimal. */
static void print_txrehash(struct strbuf *out, const struct optval *v, int len, bool output,
			   const struct decode_opts *o)
{
	const char *name;
	char raw[16], text[64];
	int val;

	if (!option_int(out, v, len, output, o, &val))
		return;
	name = flag_lookup(&txrehash_names, (uint32_t)val);
	snprintf(raw, sizeof(raw), "%d", val);
	if (!name) {
		snprintf(text, sizeof(text), "%d /* %s */", val, txrehash_names.unknown);
		name = text;
	}
	strbuf_addc(out, '[');
	print_xlat_text(out, o->xlat, raw, name);
	strbuf_addc(out, ']');
}

/* struct icmp_filter: the ICMP types set, ~[...] for those not set when most are. */
static void print_icmp_filter(struct strbuf *out, const struct optval *v, int len,
			      const struct decode_opts *o)
{
	uint32_t data = UINT32_MAX;
	bool next = false;

	if (len > 4)
		len = 4;
	if (len <= 0 || !have(v, (unsigned)len)) {
		fmt_addr(out, v->addr);
		return;
	}
	memcpy(&data, v->p, (size_t)len);
	if (__builtin_popcount(data) > 16) {
		data = ~data;
		strbuf_addc(out, '~');
	}
	strbuf_addc(out, '[');
	for (unsigned bit = 0; bit < 32; bit++) {
		if (!(data & (1u << bit)))
			continue;
		if (next)
			strbuf_addc(out, ' ');
		next = true;
		print_enum_x(out, &icmp_type_names, bit, o->xlat);
	}
	strbuf_addc(out, ']');
}

/* A MAC address of n bytes: ff:ff:..., under -X raw its bytes, verbose both. */
static void print_mac(struct strbuf *out, const unsigned char *p, unsigned n,
		      const struct decode_opts *o)
{
	struct strbuf mac;

	strbuf_init(&mac);
	for (unsigned k = 0; k < n; k++)
		strbuf_addf(&mac, k ? ":%02x" : "%02x", p[k]);
	if (o->xlat != XLAT_ABBREV)
		print_hex_bytes(out, (const char *)p, n, o);
	if (o->xlat == XLAT_VERBOSE)
		strbuf_addf(out, " /* %s */", mac.data ? mac.data : "");
	else if (o->xlat == XLAT_ABBREV && mac.data)
		strbuf_adds(out, mac.data);
	strbuf_free(&mac);
}

/* struct packet_mreq, when len is its size. */
static void print_packet_mreq(struct strbuf *out, const struct optval *v, int len,
			      const struct decode_opts *o)
{
	struct packet_mreq m;
	unsigned alen;

	if (len != (int)sizeof(m) || !have(v, sizeof(m))) {
		fmt_addr(out, v->addr);
		return;
	}
	memcpy(&m, v->p, sizeof(m));
	alen = m.mr_alen < sizeof(m.mr_address) ? m.mr_alen : sizeof(m.mr_address);
	strbuf_adds(out, "{mr_ifindex=");
	print_ifindex(out, (unsigned)m.mr_ifindex, o);
	strbuf_adds(out, ", mr_type=");
	print_enum_x(out, &packet_mreq_type_names, m.mr_type, o->xlat);
	strbuf_addf(out, ", mr_alen=%u, mr_address=", m.mr_alen);
	print_mac(out, m.mr_address, alen, o);
	strbuf_addc(out, '}');
}

/* struct ip_mreq: two IPv4 addresses. */
static void print_ip_mreq(struct strbuf *out, const struct optval *v, int len)
{
	char a[INET_ADDRSTRLEN], b[INET_ADDRSTRLEN];

	if (len < 8 || !have(v, 8)) {
		fmt_addr(out, v->addr);
		return;
	}
	inet_ntop(AF_INET, v->p, a, sizeof(a));
	inet_ntop(AF_INET, v->p + 4, b, sizeof(b));
	strbuf_addf(out, "{imr_multiaddr=inet_addr(\"%s\"), imr_interface=inet_addr(\"%s\")}", a, b);
}

/* struct ipv6_mreq: the group and an interface index. */
static void print_ipv6_mreq(struct strbuf *out, const struct optval *v, int len,
			    const struct decode_opts *o)
{
	char a[INET6_ADDRSTRLEN];

	if (len < 20 || !have(v, 20)) {
		fmt_addr(out, v->addr);
		return;
	}
	inet_ntop(AF_INET6, v->p, a, sizeof(a));
	strbuf_addf(out, "{inet_pton(AF_INET6, \"%s\", &ipv6mr_multiaddr), ipv6mr_interface=", a);
	print_ifindex(out, load_u32(v->p, 16), o);
	strbuf_addc(out, '}');
}

/* struct group_req: an interface index and a struct sockaddr_storage. */
static void print_group_req(struct strbuf *out, const struct optval *v, int len,
			    const struct decode_opts *o)
{
	if (len < GROUP_REQ_SIZE || !have(v, GROUP_REQ_SIZE)) {
		fmt_addr(out, v->addr);
		return;
	}
	strbuf_adds(out, "{gr_interface=");
	print_ifindex(out, load_u32(v->p, 0), o);
	strbuf_adds(out, ", gr_group=");
	decode_sockaddr(out, v->p + 8, GROUP_REQ_SIZE - 8, o);
	strbuf_addc(out, '}');
}

/* setsockopt's value by level and name; false: the default (int or string). */
static bool print_set_known(struct strbuf *out, const struct sc_event *ev, unsigned i,
			    const struct optval *v, int len, const struct decode_opts *o)
{
	unsigned level = (uint32_t)ev->args[1], name = (uint32_t)ev->args[2];

	switch (level) {
	case SOL_SOCKET:
		if (name == SO_ATTACH_FILTER || name == SO_ATTACH_REUSEPORT_CBPF) {
			if (len != 16 || !have(v, 16))
				fmt_addr(out, v->addr);
			else
				print_sock_fprog(out, ev, i, v->p, o);
		} else if (name == SO_LINGER) {
			if (len < 8)
				fmt_addr(out, v->addr);
			else
				print_struct_len(out, v, 8, 8, linger_fields, NFIELDS(linger_fields),
						 o);
		} else if (name == SO_TXREHASH) {
			print_txrehash(out, v, len, false, o);
		} else if (so_int_option(name)) {
			if (len < 4)
				fmt_addr(out, v->addr);
			else
				print_int(out, v);
		} else {
			return false;
		}
		return true;
	case SOL_IP:
		if (name == MCAST_JOIN_GROUP || name == MCAST_LEAVE_GROUP)
			print_group_req(out, v, len, o);
		else if (name == IP_ADD_MEMBERSHIP || name == IP_DROP_MEMBERSHIP)
			print_ip_mreq(out, v, len);
		else
			return false;
		return true;
	case SOL_IPV6:
		if (name == MCAST_JOIN_GROUP || name == MCAST_LEAVE_GROUP) {
			print_group_req(out, v, len, o);
			return true;
		}
		if (name != IPV6_ADD_MEMBERSHIP && name != IPV6_DROP_MEMBERSHIP &&
		    name != IPV6_JOIN_ANYCAST && name != IPV6_LEAVE_ANYCAST)
			return false;
		print_ipv6_mreq(out, v, len, o);
		return true;
	case SOL_PACKET:
		if (name == PACKET_RX_RING || name == PACKET_TX_RING) {
			if (len != 16)
				fmt_addr(out, v->addr);
			else
				print_struct_len(out, v, 16, 16, tpacket_req_fields,
						 NFIELDS(tpacket_req_fields), o);
		} else if (name == PACKET_ADD_MEMBERSHIP || name == PACKET_DROP_MEMBERSHIP) {
			print_packet_mreq(out, v, len, o);
		} else {
			return false;
		}
		return true;
	case SOL_RAW:
		if (name != ICMP_FILTER_OPT)
			return false;
		print_icmp_filter(out, v, len, o);
		return true;
	case SOL_NETLINK:
		if (len < 4)
			fmt_addr(out, v->addr);
		else
			print_int(out, v);
		return true;
	default:
		return false;
	}
}

/* getsockopt's value by level and name, rlen the length the kernel returned. */
static bool print_get_known(struct strbuf *out, unsigned level, unsigned name,
			    const struct optval *v, int rlen, const struct decode_opts *o)
{
	switch (level) {
	case SOL_SOCKET:
		if (name == SO_LINGER)
			print_struct_len(out, v, (unsigned)rlen, 8, linger_fields,
					 NFIELDS(linger_fields), o);
		else if (name == SO_PEERCRED)
			print_struct_len(out, v, (unsigned)rlen, 12, ucred_fields,
					 NFIELDS(ucred_fields), o);
		else if (name == SO_ERROR)
			print_so_error(out, v, rlen, o);
		else if (name == SO_TXREHASH)
			print_txrehash(out, v, rlen, true, o);
		else if (name == SO_GET_FILTER && (unsigned short)rlen == (unsigned)rlen)
			print_sock_filter_array(out, v->addr, v->p, v->have, (unsigned)rlen, o);
		else if (name == SO_GET_FILTER)
			fmt_addr(out, v->addr);
		else if (!so_int_option(name))
			return false;
		else if (rlen >= 4)
			print_int(out, v);
		else if (!have(v, (unsigned)rlen))
			fmt_addr(out, v->addr);
		else
			print_hex_bytes(out, v->p, (unsigned)rlen, o);
		return true;
	case SOL_PACKET:
		if (name != PACKET_STATISTICS)
			return false;
		print_struct_len(out, v, (unsigned)rlen, 12, tpacket_stats_fields,
				 NFIELDS(tpacket_stats_fields), o);
		return true;
	case SOL_RAW:
		if (name != ICMP_FILTER_OPT)
			return false;
		print_icmp_filter(out, v, rlen, o);
		return true;
	case SOL_NETLINK:
		if (name == NETLINK_LIST_MEMBERSHIPS_OPT)
			return false; /* an array: not decoded yet */
		print_int(out, v);
		return true;
	default:
		return false;
	}
}

static struct optval optval_of(const struct sc_event *ev, unsigned i)
{
	struct optval v = { NULL, 0, ev->args[i] };
	const struct sct_blob *b = fmt_mem(ev, i, 1);

	if (b && ev->args[i]) {
		v.p = sct_blob_data(b);
		v.have = b->len;
	}
	return v;
}

bool fmt_sockopt_val_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
			const struct decode_opts *o)
{
	struct optval v = optval_of(ev, i);
	int len = i + 1 < SCT_MAX_ARGS ? (int)ev->args[i + 1] : 0;

	if (!v.addr) {
		fmt_addr(out, v.addr);
		return true;
	}
	if (print_set_known(out, ev, i, &v, len, o))
		return true;
	if (len == 4)
		print_int(out, &v);
	else
		print_strn(out, &v, len, o);
	return true;
}

bool fmt_sockopt_val_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
			 const struct decode_opts *o)
{
	const struct sct_blob *lb = i + 1 < SCT_MAX_ARGS ? fmt_mem(ev, i + 1, 4) : NULL;
	const struct sct_blob *ub = i + 1 < SCT_MAX_ARGS ? fmt_mem_entry(ev, i + 1, 4) : NULL;
	struct optval v = optval_of(ev, i);
	unsigned level = (uint32_t)ev->args[1], name = (uint32_t)ev->args[2];
	int rlen, ulen;

	if (!lb || sc_event_failed(ev) || !v.addr) {
		fmt_addr(out, v.addr);
		return true;
	}
	rlen = (int)load_u32(sct_blob_data(lb), 0);
	ulen = ub ? (int)load_u32(sct_blob_data(ub), 0) : rlen;
	if (ulen <= 0 || rlen <= 0) {
		fmt_addr(out, v.addr);
		return true;
	}
	if (print_get_known(out, level, name, &v, rlen, o))
		return true;
	if (rlen == 4)
		print_int(out, &v);
	else
		print_strn(out, &v, rlen, o);
	return true;
}
