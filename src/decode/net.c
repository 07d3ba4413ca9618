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
#include <linux/if_xdp.h>
#include <stdio.h>
#include <string.h>

#include "flags.h"
#include "iov.h"
#include "fmt.h"
#include "structs.h"
#include "xlat_netlink.h" /* arphrd_names */
#include "xlat_sockets.h"

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

/* A value of a table whose unknown values print as bare numbers: svm_cid=0x3. */
static void print_xval(struct strbuf *out, const struct flag_table *t, uint64_t v, int xlat)
{
	if (flag_lookup(t, v))
		print_enum_x(out, t, v, xlat);
	else
		strbuf_addf(out, "%#llx", (unsigned long long)v);
}

/* struct sockaddr_vm */
static void print_vsock(struct strbuf *out, const char *p, const struct decode_opts *o)
{
	struct decode_opts hex = *o;

	if (load_u16(p, 2))
		strbuf_addf(out, ", svm_reserved1=%#x", load_u16(p, 2));
	strbuf_adds(out, ", svm_cid=");
	print_xval(out, &vsock_cid_names, load_u32(p, 8), o->xlat);
	strbuf_adds(out, ", svm_port=");
	print_xval(out, &vsock_port_names, load_u32(p, 4), o->xlat);
	strbuf_adds(out, ", svm_flags=");
	print_flags_x(out, &vsock_flag_names, (unsigned char)p[12], o->xlat);
	if (p[13] || p[14] || p[15]) {
		hex.xstrings = 2;
		strbuf_adds(out, ", svm_zero=");
		format_quoted(out, p + 13, 3, false, &hex);
	}
}

/* struct sockaddr_qrtr */
static void print_qrtr(struct strbuf *out, const char *p, const struct decode_opts *o)
{
	strbuf_adds(out, ", sq_node=");
	print_xval(out, &qrtr_node_names, load_u32(p, 4), o->xlat);
	strbuf_adds(out, ", sq_port=");
	print_xval(out, &qrtr_port_names, load_u32(p, 8), o->xlat);
}

/* struct sockaddr_xdp: the shared umem's descriptor only with XDP_SHARED_UMEM. */
static void print_xdp(struct strbuf *out, const char *p, const struct decode_opts *o)
{
	unsigned flags = load_u16(p, 2);
	int fd = (int)load_u32(p, 12);

	strbuf_adds(out, ", sxdp_flags=");
	print_flags_x(out, &sxdp_flag_names, flags, o->xlat);
	strbuf_adds(out, ", sxdp_ifindex=");
	print_ifindex(out, load_u32(p, 4), o);
	strbuf_addf(out, ", sxdp_queue_id=%u", load_u32(p, 8));
	if (flags & XDP_SHARED_UMEM) {
		strbuf_adds(out, ", sxdp_shared_umem_fd=");
		decode_fd(out, fd, o);
	} else if (fd) {
		strbuf_addf(out, ", sxdp_shared_umem_fd=%#x", (unsigned)fd);
	}
}

/* struct sockaddr_mctp: its padding only when not zero. */
static void print_mctp(struct strbuf *out, const char *p, const struct decode_opts *o)
{
	if (load_u16(p, 2))
		strbuf_addf(out, ", __smctp_pad0=%#x", load_u16(p, 2));
	strbuf_adds(out, ", smctp_network=");
	print_xval(out, &mctp_net_names, load_u32(p, 4), o->xlat);
	strbuf_adds(out, ", smctp_addr={s_addr=");
	print_xval(out, &mctp_addr_names, (unsigned char)p[8], o->xlat);
	strbuf_addf(out, "}, smctp_type=%#x, smctp_tag=%#x", (unsigned char)p[9],
		    (unsigned char)p[10]);
	if (p[11])
		strbuf_addf(out, ", __smctp_pad1=%#x", (unsigned char)p[11]);
}

enum { AX25_SANE, AX25_ODD, AX25_BINARY }; /* -X style, verbose, raw */

/* How an AX.25 callsign prints: as the -X style asks, with its bytes, or as bytes alone. */
static int ax25_kind(const unsigned char *a)
{
	bool space = false, chars = false;
	int kind = AX25_SANE;

	for (unsigned k = 0; k < 6; k++) {
		unsigned char c = a[k] >> 1;

		if (a[k] & 1)
			kind = AX25_ODD;
		if (c == ' ')
			space = true;
		else
			chars = true;
		if ((c < '0' || c > '9') && (c < 'A' || c > 'Z') && c != ' ')
			kind = AX25_ODD;
		if (c != ' ' && space)
			kind = AX25_ODD;
		if (c < ' ' || c > 0x7e || c == '*' || c == '/')
			return AX25_BINARY;
	}
	if ((a[6] & ~0x1e) || (!chars && a[6]))
		kind = AX25_ODD;
	return kind;
}

/* VALID-13, or * for an empty callsign with SSID 0. */
static void ax25_text(char *buf, const unsigned char *a)
{
	unsigned end = 6, ssid = (a[6] >> 1) & 0xf;
	char *p = buf;

	while (end && (a[end - 1] >> 1) == ' ')
		end--;
	for (unsigned k = 0; k < end; k++)
		*p++ = (char)(a[k] >> 1);
	p += sprintf(p, "-%u", ssid);
	if (buf[0] == '-' && buf[1] == '0')
		strcpy(buf, "*");
}

static void print_ax25_addr(struct strbuf *out, const char *p, int xlat)
{
	const unsigned char *a = (const unsigned char *)p;
	int kind = ax25_kind(a);
	struct decode_opts hex = { .str_max = 4096, .xstrings = 2 };
	char text[16];

	if (kind == AX25_ODD)
		xlat = XLAT_VERBOSE;
	else if (kind == AX25_BINARY)
		xlat = XLAT_RAW;
	if (xlat != XLAT_ABBREV) {
		strbuf_adds(out, "{ax25_call=");
		format_quoted(out, p, 7, false, &hex);
		strbuf_addc(out, '}');
	}
	if (xlat == XLAT_RAW)
		return;
	ax25_text(text, a);
	strbuf_addf(out, xlat == XLAT_VERBOSE ? " /* %s */" : "%s", text);
}

/* struct full_sockaddr_ax25: the digipeaters sax25_ndigis asks for, as many as len holds. */
static void print_ax25(struct strbuf *out, const char *p, unsigned len, int xlat)
{
	int ndigis = (int)load_u32(p, 12);
	bool full = ndigis || len > 16;
	unsigned has = (len - 16) / 7, want = ndigis > 0 ? (unsigned)ndigis : 0;

	has = has < 8 ? has : 8;
	want = want < 8 ? want : 8;
	strbuf_adds(out, full ? ", fsa_ax25={sax25_call=" : ", sax25_call=");
	print_ax25_addr(out, p + 2, xlat);
	strbuf_addf(out, ", sax25_ndigis=%d", ndigis);
	if (!full)
		return;
	strbuf_addc(out, '}');
	if (want) {
		strbuf_adds(out, ", fsa_digipeater=[");
		for (unsigned k = 0; k < want && k < has; k++) {
			if (k)
				strbuf_adds(out, ", ");
			print_ax25_addr(out, p + 16 + 7 * k, xlat);
		}
		if (want > has)
			strbuf_adds(out, has ? ", ..." : "...");
		strbuf_addc(out, ']');
	}
	if (len > has * 7 + 16)
		strbuf_adds(out, ", ...");
}

/* struct sockaddr_ipx */
static void print_ipx(struct strbuf *out, const char *p, int xlat)
{
	char text[32];

	snprintf(text, sizeof(text), "htons(%u)", ntohs(load_u16(p, 2)));
	print_net_field(out, "sipx_port", p + 2, 2, text, xlat);
	strbuf_addf(out, ", sipx_network=htonl(%#x), sipx_node=[", ntohl(load_u32(p, 4)));
	for (unsigned k = 0; k < 6; k++)
		strbuf_addf(out, k ? ", %#02x" : "%#02x", (unsigned char)p[8 + k]);
	strbuf_addf(out, "], sipx_type=%#02x", (unsigned char)p[14]);
	if (p[15])
		strbuf_addf(out, ", sipx_zero=%#x", (unsigned char)p[15]);
}

/* struct sockaddr_x25: its address as a C string of 16 bytes at most. */
static void print_x25(struct strbuf *out, const char *p)
{
	struct decode_opts full = { .str_max = 4096 };
	unsigned n = (unsigned)strnlen(p + 2, 16);

	strbuf_adds(out, ", sx25_addr={x25_addr=");
	format_quoted(out, p + 2, n < 16 ? n : 15, n == 16, &full);
	strbuf_addc(out, '}');
}

/* struct sockaddr_ll: the protocol as htons(ETH_P_ALL), under -X raw its bytes. */
static void print_packet(struct strbuf *out, const char *p, unsigned len,
			 const struct decode_opts *o)
{
	unsigned halen = (unsigned char)p[11], oob = len - 12;
	struct strbuf proto;
	struct decode_opts hex = *o;

	strbuf_init(&proto);
	strbuf_adds(&proto, "htons(");
	print_enum(&proto, &ethertype_names, ntohs(load_u16(p, 2)));
	strbuf_addc(&proto, ')');
	hex.xstrings = 2;
	strbuf_adds(out, ", sll_protocol=");
	if (o->xlat != XLAT_ABBREV)
		format_quoted(out, p + 2, 2, false, &hex);
	if (o->xlat == XLAT_VERBOSE)
		strbuf_addf(out, " /* %s */", proto.data ? proto.data : "");
	else if (o->xlat == XLAT_ABBREV)
		strbuf_adds(out, proto.data ? proto.data : "");
	strbuf_free(&proto);
	strbuf_adds(out, ", sll_ifindex=");
	print_ifindex(out, load_u32(p, 4), o);
	strbuf_adds(out, ", sll_hatype=");
	print_enum_x(out, &arphrd_names, load_u16(p, 8), o->xlat);
	strbuf_adds(out, ", sll_pkttype=");
	print_enum_x(out, &packet_type_names, (unsigned char)p[10], o->xlat);
	strbuf_addf(out, ", sll_halen=%u", halen);
	if (!halen)
		return;
	strbuf_adds(out, ", sll_addr=[");
	for (unsigned k = 0; k < halen; k++) {
		if (k)
			strbuf_adds(out, ", ");
		if (k >= oob || 12 + k >= SCT_SOCKADDR_CAP) {
			strbuf_adds(out, "...");
			break;
		}
		strbuf_addf(out, "%#02x", (unsigned char)p[12 + k]);
	}
	strbuf_addc(out, ']');
}

/* AF_INET's port and address, ", sin_port=htons(80), sin_addr=inet_addr(...)" */
static void print_in(struct strbuf *out, const char *p, int xlat)
{
	char addr[INET6_ADDRSTRLEN], text[INET6_ADDRSTRLEN + 32];

	inet_ntop(AF_INET, p + 4, addr, sizeof(addr));
	snprintf(text, sizeof(text), "htons(%u)", ntohs(load_u16(p, 2)));
	print_net_field(out, "sin_port", p + 2, 2, text, xlat);
	snprintf(text, sizeof(text), "inet_addr(\"%s\")", addr);
	print_net_field(out, "sin_addr", p + 4, 4, text, xlat);
}

/* AF_INET6's fields, len bytes (at least 24; the scope id from 28) */
static void print_in6(struct strbuf *out, const char *p, unsigned len, const struct decode_opts *o)
{
	char addr[INET6_ADDRSTRLEN], text[INET6_ADDRSTRLEN + 32];
	int xlat = o->xlat;

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
		return;
	strbuf_adds(out, ", sin6_scope_id=");
	/* link-local addresses name their interface */
	if ((unsigned char)p[8] == 0xfe && ((unsigned char)p[9] & 0xc0) == 0x80)
		print_ifindex(out, load_u32(p, 24), o);
	else if ((unsigned char)p[8] == 0xff && ((unsigned char)p[9] & 0x0f) == 0x2)
		print_ifindex(out, load_u32(p, 24), o);
	else
		strbuf_addf(out, "%u", load_u32(p, 24));
}

/*
 * struct sockaddr_rxrpc (len bytes, at least its 36): the service, the
 * transport's type and length, and the transport address, AF_INET or AF_INET6
 * as theirs, another family's bytes quoted
 */
static void print_rxrpc(struct strbuf *out, const char *p, unsigned len, const struct decode_opts *o)
{
	struct decode_opts whole = *o;
	unsigned service = load_u16(p, 2), tlen = load_u16(p, 6), family = load_u16(p, 8);
	unsigned avail = len - 8 < tlen ? len - 8 : tlen, rest = avail > 2 ? avail - 2 : 0;
	const char *name = flag_lookup(&rxrpc_service_names, service);
	const char *t = p + 8; /* the transport address */

	whole.str_max = SCT_SOCKADDR_CAP;
	strbuf_addf(out, ", srx_service=%#x", service);
	if (o->xlat != XLAT_RAW)
		strbuf_addf(out, " /* %s */", name ? name : "???_SERVICE");
	strbuf_adds(out, ", transport_type=");
	print_enum_x(out, &sock_type_names, load_u16(p, 4), o->xlat);
	strbuf_addf(out, ", transport_len=%u, transport={", tlen);
	if (family == AF_INET || family == AF_INET6) {
		bool v4 = family == AF_INET;

		strbuf_adds(out, v4 ? "sin={sin_family=" : "sin6={sin6_family=");
		print_enum_x(out, &sock_domain_names, family, o->xlat);
		if (tlen >= (v4 ? 16u : 24u)) {
			if (v4)
				print_in(out, t, o->xlat);
			else
				print_in6(out, t, avail, o);
		} else if (rest) {
			strbuf_adds(out, ", ");
			format_quoted(out, t + 2, rest, false, &whole);
		}
		strbuf_addc(out, '}');
	} else {
		strbuf_adds(out, "family=");
		print_enum_x(out, &sock_domain_names, family, o->xlat);
		if (rest) {
			strbuf_adds(out, ", ");
			format_quoted(out, t + 2, rest, false, &whole);
		}
	}
	strbuf_addc(out, '}');
}

/*
 * A value strace prints with its name as a comment (XVAL_VERBOSE): 0x2 / * NAME * /;
 * unknown: the comment t gives, or none when it gives none
 */
static void print_xval_verbose(struct strbuf *out, const char *field, const struct flag_table *t,
			       uint64_t v, int xlat)
{
	const char *name = flag_lookup(t, v);

	strbuf_addf(out, "%s=%#llx", field, (unsigned long long)v);
	if (xlat == XLAT_RAW || (!name && !t->unknown))
		return;
	strbuf_addf(out, " /* %s */", name ? name : t->unknown);
}

/* struct sockaddr_ieee802154: addr={addr_type=..., pan_id=..., short_addr= or hwaddr=} */
static void print_ieee802154(struct strbuf *out, const char *p, const struct decode_opts *o)
{
	uint32_t type = load_u32(p, 4);
	char mac[3 * 8];

	print_xval_verbose(out, ", addr={addr_type", &ieee802154_addr_type_names, type, o->xlat);
	print_xval_verbose(out, ", pan_id", &ieee802154_pan_id_names, load_u16(p, 8), o->xlat);
	if (type == 2) { /* IEEE802154_ADDR_SHORT */
		print_xval_verbose(out, ", short_addr", &ieee802154_short_addr_names, load_u16(p, 10),
				   o->xlat);
	} else if (type != 0) { /* IEEE802154_ADDR_LONG, or another: the hardware address */
		for (unsigned k = 0; k < 8; k++)
			snprintf(mac + (k ? 3 * k - 1 : 0), 4, k ? ":%02x" : "%02x",
				 (unsigned char)p[10 + k]);
		strbuf_adds(out, ", hwaddr=");
		if (o->xlat == XLAT_ABBREV) {
			strbuf_adds(out, mac);
		} else {
			print_raw_bytes(out, p + 10, 8);
			if (o->xlat == XLAT_VERBOSE)
				strbuf_addf(out, " /* %s */", mac);
		}
	}
	strbuf_addc(out, '}');
}

/* struct sockaddr_nfc, and sockaddr_nfc_llcp's fields when len holds them */
static void print_nfc(struct strbuf *out, const char *p, unsigned len, const struct decode_opts *o)
{
	struct decode_opts whole = *o;
	uint64_t snsz;

	strbuf_adds(out, ", dev_idx=");
	print_ifindex(out, load_u32(p, 4), o);
	strbuf_addf(out, ", target_idx=%#x, nfc_protocol=", load_u32(p, 8));
	print_enum_x(out, &nfc_proto_names, load_u32(p, 12), o->xlat);
	if (len < 96) { /* sizeof(struct sockaddr_nfc_llcp) */
		if (len > 16)
			strbuf_adds(out, ", ...");
		return;
	}
	snsz = load_u64(p, 88);
	print_xval_verbose(out, ", dsap", &nfc_sap_names, (unsigned char)p[16], o->xlat);
	print_xval_verbose(out, ", ssap", &nfc_sap_names, (unsigned char)p[17], o->xlat);
	whole.str_max = SCT_SOCKADDR_CAP;
	strbuf_adds(out, ", service_name=");
	format_quoted(out, p + 18, snsz < 63 ? (unsigned)snsz : 63, false, &whole);
	strbuf_addf(out, ", service_name_len=%llu", (unsigned long long)snsz);
}

/*
 * A char array that should end with a NUL, as strace's QUOTE_EXPECT_TRAILING_0:
 * up to the NUL among its first size - 1 bytes, else those and "...".
 */
static void print_nul_array(struct strbuf *out, const char *p, unsigned size,
			    const struct decode_opts *o)
{
	struct decode_opts whole = *o;
	unsigned n = size ? size - 1 : 0;
	const char *nul = memchr(p, 0, n);

	whole.str_max = SCT_SOCKADDR_CAP;
	format_quoted(out, p, nul ? (unsigned)(nul - p) : n, false, &whole);
	if (!nul)
		strbuf_adds(out, "...");
}

/* AF_ALG's feature and mask flags, always as the number: 0x1000 / * CRYPTO_ALG_KERN_DRIVER_ONLY * / */
static void print_alg_flags(struct strbuf *out, const char *name, uint32_t v, int xlat)
{
	const uint32_t driver_only = 0x1000; /* the one flag strace names (linux/crypto.h) */

	strbuf_addf(out, ", %s=%#x", name, v);
	if (!v || xlat == XLAT_RAW)
		return;
	if (!(v & driver_only))
		strbuf_adds(out, " /* CRYPTO_ALG_??? */");
	else if (v == driver_only)
		strbuf_adds(out, " /* CRYPTO_ALG_KERN_DRIVER_ONLY */");
	else
		strbuf_addf(out, " /* CRYPTO_ALG_KERN_DRIVER_ONLY|%#x */", v & ~driver_only);
}

/* struct sockaddr_alg: its type, flags, and a name as long as the address (len bytes) */
static void print_alg(struct strbuf *out, const char *p, unsigned len, const struct decode_opts *o)
{
	strbuf_adds(out, ", salg_type=");
	print_nul_array(out, p + 2, 14, o);
	print_alg_flags(out, "salg_feat", load_u32(p, 16), o->xlat);
	print_alg_flags(out, "salg_mask", load_u32(p, 20), o->xlat);
	strbuf_adds(out, ", salg_name=");
	print_nul_array(out, p + 24, (len < SCT_SOCKADDR_CAP ? len : SCT_SOCKADDR_CAP) - 24, o);
}

/* The families printed by a function of their own, and the length each needs. */
static const struct {
	unsigned family, min_len;
	void (*print)(struct strbuf *out, const char *p, const struct decode_opts *o);
} family_printers[] = {
	{ AF_VSOCK, 16, print_vsock },
	{ AF_QIPCRTR, 12, print_qrtr },
	{ AF_XDP, 16, print_xdp },
	{ AF_MCTP, 12, print_mctp },
};

/* The address: len bytes of it are valid (at most SCT_SOCKADDR_CAP were captured). */
static void print_sockaddr(struct strbuf *out, const char *p, unsigned len,
			   const struct decode_opts *o)
{
	int xlat = o->xlat;
	unsigned family = load_u16(p, 0);
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
		print_in(out, p, xlat);
		break;
	case AF_INET6:
		if (len < 24)
			goto data;
		print_in6(out, p, len, o);
		break;
	case AF_RXRPC:
		if (len < 36)
			goto data;
		print_rxrpc(out, p, len, o);
		break;
	case AF_IEEE802154:
		if (len < 20)
			goto data;
		print_ieee802154(out, p, o);
		break;
	case AF_NFC:
		if (len < 16)
			goto data;
		print_nfc(out, p, len, o);
		break;
	case AF_NETLINK:
		if (len < 12)
			goto data;
		if (load_u16(p, 2))
			strbuf_addf(out, ", nl_pad=%#x", load_u16(p, 2));
		strbuf_adds(out, ", nl_pid=");
		decode_pid(out, (int)load_u32(p, 4), PID_KIND_TGID, o); /* strace's PRINT_FIELD_TGID */
		strbuf_addf(out, ", nl_groups=%#08x", load_u32(p, 8));
		break;
	case AF_AX25:
		if (len < 16)
			goto data;
		print_ax25(out, p, len, xlat);
		break;
	case AF_IPX:
		if (len < 16)
			goto data;
		print_ipx(out, p, xlat);
		break;
	case AF_X25:
		if (len < 18)
			goto data;
		print_x25(out, p);
		break;
	case AF_PACKET:
		if (len < 20)
			goto data;
		print_packet(out, p, len, o);
		break;
	case AF_ALG: /* sockaddr_alg_new and a name of at least its NUL */
		if (len < 25)
			goto data;
		print_alg(out, p, len, o);
		break;
	default:
		for (size_t k = 0; k < sizeof(family_printers) / sizeof(family_printers[0]); k++) {
			if (family_printers[k].family != family || len < family_printers[k].min_len)
				continue;
			family_printers[k].print(out, p, o);
			strbuf_addc(out, '}');
			return;
		}
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
	char name[IF_NAMESIZE + 1] = { 0 }, raw[16];
	struct strbuf text;

	snprintf(raw, sizeof(raw), "%u", index);
	if (!o->if_name || !o->if_name(index, name)) {
		strbuf_adds(out, raw);
		return;
	}
	strbuf_init(&text);
	strbuf_adds(&text, "if_nametoindex(");
	format_quoted(&text, name, (unsigned)strnlen(name, IF_NAMESIZE), false, o);
	strbuf_addc(&text, ')');
	print_xlat_text(out, o->xlat, raw, text.data ? text.data : raw);
	strbuf_free(&text);
}
