// SPDX-License-Identifier: MIT
/*
 * Netlink attributes as strace prints them: an array of
 * [{nla_len=8, nla_type=IFLA_MTU}, 1500] items, each header followed by its
 * payload as the attribute kind's printer decodes it (hex otherwise), and the
 * common payload printers (integers, strings, addresses, nested attributes,
 * named values). The walk stops at -s attributes, at a short or unreadable
 * header, as strace's decode_nlattr does.
 */
#include <arpa/inet.h>
#include <endian.h>
#include <net/if.h>
#include <stdio.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>

#include "netlink.h"
#include "xlat_netlink.h"

void nl_hex(struct strbuf *out, const struct nl_buf *nb, uint64_t off, uint64_t n)
{
	struct decode_opts hex = *nb->o;
	uint64_t k = n < hex.str_max ? n : hex.str_max;
	const char *p = nl_ptr(nb, off, k);

	if (!p) {
		nl_addr(out, nb, off);
		return;
	}
	hex.xstrings = 2;
	format_quoted(out, p, (unsigned)k, n > k, nb->o->xstrings == 2 ? nb->o : &hex);
}

void nl_str(struct strbuf *out, const struct nl_buf *nb, uint64_t off, uint64_t n)
{
	uint64_t k = n < nb->o->str_max ? n : nb->o->str_max;
	const char *p = nl_ptr(nb, off, k);
	bool nul;

	if (!p) {
		nl_addr(out, nb, off);
		return;
	}
	nul = k && !p[k - 1];
	format_quoted(out, p, (unsigned)(k - nul), !nul && n, nb->o);
}

void nl_cstr(struct strbuf *out, const struct nl_buf *nb, uint64_t off, uint64_t n)
{
	uint64_t k = n <= nb->o->str_max ? n : nb->o->str_max + 1; /* strace reads one more */
	uint64_t have = off < nb->have ? nb->have - off : 0;
	const char *p = nb->p + off;
	const char *nul = memchr(p, 0, have < k ? have : k);

	if (!k) {
		strbuf_adds(out, "\"\"");
		return;
	}
	if (!nul && have < k) { /* the string runs into unreadable memory */
		nl_addr(out, nb, off);
		return;
	}
	if (k > nb->o->str_max)
		k = nb->o->str_max;
	if (nul && (uint64_t)(nul - p) <= k)
		format_quoted(out, p, (unsigned)(nul - p), false, nb->o);
	else
		format_quoted(out, p, (unsigned)k, true, nb->o);
}

void nl_mac(struct strbuf *out, const struct nl_buf *nb, const char *p, unsigned len)
{
	struct decode_opts hex = *nb->o;

	hex.xstrings = 2;
	if (nb->o->xlat != XLAT_ABBREV)
		format_quoted(out, p, len, false, &hex);
	if (nb->o->xlat == XLAT_RAW)
		return;
	if (nb->o->xlat == XLAT_VERBOSE)
		strbuf_adds(out, " /* ");
	for (unsigned i = 0; i < len; i++)
		strbuf_addf(out, "%s%02x", i ? ":" : "", (uint8_t)p[i]);
	if (nb->o->xlat == XLAT_VERBOSE)
		strbuf_adds(out, " */");
}

void nl_ifindex(struct strbuf *out, const struct nl_buf *nb, uint32_t idx)
{
	char name[IF_NAMESIZE];
	char text[IF_NAMESIZE + 24];

	if (!idx || !if_indextoname(idx, name)) {
		strbuf_addf(out, "%u", idx);
		return;
	}
	snprintf(text, sizeof(text), "if_nametoindex(\"%s\")", name);
	if (nb->o->xlat == XLAT_ABBREV)
		strbuf_adds(out, text);
	else if (nb->o->xlat == XLAT_RAW)
		strbuf_addf(out, "%u", idx);
	else
		strbuf_addf(out, "%u /* %s */", idx, text);
}

bool nl_inet_addr(struct strbuf *out, const struct nl_buf *nb, int af, const void *p,
		  unsigned len, const char *field)
{
	char addr[INET6_ADDRSTRLEN];
	struct decode_opts hex = *nb->o;
	int x = nb->o->xlat;
	bool ok = (af == AF_INET || af == AF_INET6) && inet_ntop(af, p, addr, sizeof(addr));

	hex.xstrings = 2;
	if (field && (!ok || af == AF_INET || x != XLAT_ABBREV))
		strbuf_addf(out, "%s=", field);
	if (!ok || x != XLAT_ABBREV)
		format_quoted(out, p, len, false, &hex);
	if (!ok || x == XLAT_RAW)
		return ok;
	if (x == XLAT_VERBOSE)
		strbuf_adds(out, " /* ");
	if (af == AF_INET)
		strbuf_addf(out, "inet_addr(\"%s\")", addr);
	else if (field && x == XLAT_ABBREV)
		strbuf_addf(out, "inet_pton(AF_INET6, \"%s\", &%s)", addr, field);
	else
		strbuf_addf(out, "inet_pton(AF_INET6, \"%s\")", addr);
	if (x == XLAT_VERBOSE)
		strbuf_adds(out, " */");
	return true;
}

void nl_u32_array(struct strbuf *out, const char *p, unsigned n)
{
	strbuf_addc(out, '[');
	for (unsigned i = 0; i < n; i++)
		strbuf_addf(out, "%s%u", i ? ", " : "", load_u32(p, 4 * i));
	strbuf_addc(out, ']');
}

static void print_nla_type(struct strbuf *out, const struct nl_buf *nb, uint16_t type,
			   const struct flag_table *names)
{
	int x = nb->o->xlat;
	uint16_t t = type & NLA_TYPE_MASK;
	const char *name = flag_lookup(names, t);

	if (x == XLAT_RAW) {
		strbuf_addf(out, "%#x", type);
		return;
	}
	if (x == XLAT_VERBOSE && !name && type == t) { /* the number once */
		strbuf_addf(out, "%#x", t);
		if (names->unknown)
			strbuf_addf(out, " /* %s */", names->unknown);
		return;
	}
	if (x == XLAT_VERBOSE)
		strbuf_addf(out, "%#x /* ", type);
	if (type & NLA_F_NESTED)
		strbuf_adds(out, "NLA_F_NESTED|");
	if (type & NLA_F_NET_BYTEORDER)
		strbuf_adds(out, "NLA_F_NET_BYTEORDER|");
	if (name)
		strbuf_adds(out, name);
	else if (!names->unknown)
		strbuf_addf(out, "%#x", t);
	else
		print_enum_x(out, names, t, XLAT_ABBREV);
	if (x == XLAT_VERBOSE)
		strbuf_adds(out, " */");
}

/* One attribute of the len bytes left at off: its header, and its payload when it has one. */
static void print_attr(struct strbuf *out, const struct nl_buf *nb, uint64_t off, uint64_t left,
		       const struct nla_set *set)
{
	const char *h = nb->p + off;
	uint16_t type = load_u16(h, 2);
	uint64_t len = load_u16(h, 0) < left ? load_u16(h, 0) : left;
	unsigned idx = type & NLA_TYPE_MASK;

	if (len > NLA_HDRLEN)
		strbuf_addc(out, '[');
	strbuf_addf(out, "{nla_len=%u, nla_type=", load_u16(h, 0));
	print_nla_type(out, nb, type, set->names);
	strbuf_addc(out, '}');
	if (len <= NLA_HDRLEN)
		return;
	strbuf_adds(out, ", ");
	if (idx >= set->n || !set->dec[idx].fn ||
	    !set->dec[idx].fn(out, nb, off + NLA_HDRLEN, (unsigned)(len - NLA_HDRLEN),
			      set->dec[idx].arg))
		nl_hex(out, nb, off + NLA_HDRLEN, len - NLA_HDRLEN);
	strbuf_addc(out, ']');
}

void nl_attrs(struct strbuf *out, const struct nl_buf *nb, uint64_t off, uint64_t left,
	      const struct nla_set *set)
{
	bool array = false;

	for (unsigned elt = 0;; elt++) {
		uint64_t next = 0;
		unsigned alen;

		if (left < NLA_HDRLEN) {
			nl_hex(out, nb, off, left);
			break;
		}
		if (!nl_ptr(nb, off, NLA_HDRLEN)) {
			if (array)
				strbuf_addf(out, "... /* %#llx */", (unsigned long long)(nb->addr + off));
			else
				nl_addr(out, nb, off);
			break;
		}
		if (!nb->o->verbose && elt == nb->o->str_max) {
			strbuf_adds(out, "...");
			break;
		}
		alen = NLA_ALIGN(load_u16(nb->p + off, 0));
		if (load_u16(nb->p + off, 0) >= NLA_HDRLEN && left > alen)
			next = alen;
		if (!array && next) {
			strbuf_addc(out, '[');
			array = true;
		}
		print_attr(out, nb, off, left, set);
		if (!next)
			break;
		strbuf_adds(out, ", ");
		off += next;
		left -= next;
	}
	if (array)
		strbuf_addc(out, ']');
}

bool nla_nested(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		const void *arg)
{
	nl_attrs(out, nb, off, len, arg);
	return true;
}

/* An integer of size bytes: false when len is shorter, the address when unreadable. */
static const char *nla_int(struct strbuf *out, const struct nl_buf *nb, uint64_t off,
			   unsigned len, unsigned size, bool *ok)
{
	const char *p;

	*ok = len >= size;
	if (!*ok)
		return NULL;
	p = nl_ptr(nb, off, size);
	if (!p)
		nl_addr(out, nb, off);
	return p;
}

#define NLA_INT(name, size, fmt, cast, load)                                                  \
	bool name(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,   \
		  const void *arg)                                                            \
	{                                                                                     \
		bool ok;                                                                      \
		const char *p = nla_int(out, nb, off, len, size, &ok);                        \
		(void)arg;                                                                    \
		if (p)                                                                        \
			strbuf_addf(out, fmt, (cast)load);                                    \
		return ok;                                                                    \
	}
NLA_INT(nla_u8, 1, "%u", unsigned, (uint8_t)p[0])
NLA_INT(nla_u16, 2, "%u", unsigned, load_u16(p, 0))
NLA_INT(nla_u32, 4, "%u", unsigned, load_u32(p, 0))
NLA_INT(nla_u64, 8, "%llu", unsigned long long, load_u64(p, 0))
NLA_INT(nla_s8, 1, "%d", int, (int8_t)p[0])
NLA_INT(nla_s16, 2, "%d", int, (int16_t)load_u16(p, 0))
NLA_INT(nla_s32, 4, "%d", int, (int32_t)load_u32(p, 0))
NLA_INT(nla_s64, 8, "%lld", long long, (int64_t)load_u64(p, 0))
NLA_INT(nla_x8, 1, "%#x", unsigned, (uint8_t)p[0])
NLA_INT(nla_x16, 2, "%#x", unsigned, load_u16(p, 0))
NLA_INT(nla_x32, 4, "%#x", unsigned, load_u32(p, 0))
NLA_INT(nla_x64, 8, "%#llx", unsigned long long, load_u64(p, 0))
NLA_INT(nla_be16, 2, "htons(%u)", unsigned, ntohs(load_u16(p, 0)))
NLA_INT(nla_be64, 8, "htobe64(%llu)", unsigned long long, be64toh(load_u64(p, 0)))

bool nla_xint(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
	      const void *arg)
{
	switch (len) {
	case 1:
		return nla_x8(out, nb, off, len, arg);
	case 2:
		return nla_x16(out, nb, off, len, arg);
	case 4:
		return nla_x32(out, nb, off, len, arg);
	case 8:
		return nla_x64(out, nb, off, len, arg);
	}
	return false;
}

bool nla_str(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
	     const void *arg)
{
	(void)arg;
	nl_str(out, nb, off, len);
	return true;
}

/* strace's printstrn: len bytes as a string, "..." past -s. */
bool nla_strn(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
	      const void *arg)
{
	uint64_t k = len < nb->o->str_max ? len : nb->o->str_max;
	const char *p = nl_ptr(nb, off, k);

	(void)arg;
	if (!p)
		nl_addr(out, nb, off);
	else
		format_quoted(out, p, (unsigned)k, len > k, nb->o);
	return true;
}

bool nla_in_addr(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		 const void *arg)
{
	bool ok;
	const char *p = nla_int(out, nb, off, len, 4, &ok);

	(void)arg;
	if (p)
		nl_inet_addr(out, nb, AF_INET, p, 4, NULL);
	return ok;
}

bool nla_in6_addr(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		  const void *arg)
{
	bool ok;
	const char *p = nla_int(out, nb, off, len, 16, &ok);

	(void)arg;
	if (p)
		nl_inet_addr(out, nb, AF_INET6, p, 16, NULL);
	return ok;
}

bool nla_ifindex(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		 const void *arg)
{
	bool ok;
	const char *p = nla_int(out, nb, off, len, 4, &ok);

	(void)arg;
	if (p)
		nl_ifindex(out, nb, load_u32(p, 0));
	return ok;
}

bool nla_fd(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
	    const void *arg)
{
	bool ok;
	const char *p = nla_int(out, nb, off, len, 4, &ok);

	(void)arg;
	if (p) {
		strbuf_addf(out, "%d", (int32_t)load_u32(p, 0));
		decode_fd_suffix(out, (int32_t)load_u32(p, 0), nb->o);
	}
	return ok;
}

bool nla_uid(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
	     const void *arg)
{
	bool ok;
	const char *p = nla_int(out, nb, off, len, 4, &ok);

	(void)arg;
	if (p && load_u32(p, 0) == UINT32_MAX)
		strbuf_adds(out, "-1");
	else if (p)
		strbuf_addf(out, "%u", load_u32(p, 0));
	return ok;
}

/* A value of up to 8 bytes, as many as len says. */
static bool nla_var(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		    uint64_t *v)
{
	const char *p;

	*v = 0;
	if (len > 8)
		return false;
	p = nl_ptr(nb, off, len);
	if (!p) {
		nl_addr(out, nb, off);
		return false;
	}
	memcpy(v, p, len); /* little endian */
	return true;
}

bool nla_clock_t(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		 const void *arg)
{
	uint64_t v;

	(void)arg;
	if (len > 8)
		return false;
	if (nla_var(out, nb, off, len, &v))
		print_clock_t(out, v, nb->o->xlat);
	return true;
}

bool nla_xval(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
	      const void *arg)
{
	const struct nla_xval *x = arg;
	uint64_t v;

	if (len > 8 || len < x->size)
		return false;
	if (x->size)
		len = x->size;
	if (!nla_var(out, nb, off, len, &v))
		return true;
	int style = x->verbose && nb->o->xlat != XLAT_RAW ? XLAT_VERBOSE : nb->o->xlat;

	if (x->flags)
		print_flags_x(out, x->t, v, style);
	else
		print_enum_x(out, x->t, v, style);
	return true;
}

bool nla_ether_proto(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		     const void *arg)
{
	bool ok;
	const char *p = nla_int(out, nb, off, len, 2, &ok);

	(void)arg;
	if (p) {
		strbuf_adds(out, "htons(");
		nl_enum(out, nb, &eth_p_names, ntohs(load_u16(p, 0)));
		strbuf_addc(out, ')');
	}
	return ok;
}

bool nla_ip_proto(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		  const void *arg)
{
	uint64_t v;

	(void)arg;
	if (len > 8)
		return false;
	if (nla_var(out, nb, off, len, &v))
		nl_enum(out, nb, &ipproto_names, v);
	return true;
}

bool nla_hwaddr(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		const void *arg)
{
	const char *p;

	(void)arg;
	if (len > 32) /* MAX_ADDR_LEN */
		return false;
	p = nl_ptr(nb, off, len);
	if (!p) {
		nl_addr(out, nb, off);
		return true;
	}
	nl_mac(out, nb, p, len);
	return true;
}

/* An array index named by t, as a number when unknown: 9 / * SK_MEMINFO_??? * /. */
static void print_index(struct strbuf *out, const struct nl_buf *nb, const struct flag_table *t,
			unsigned i)
{
	const char *name = flag_lookup(t, i);

	if (nb->o->xlat == XLAT_RAW)
		strbuf_addf(out, "%u", i);
	else if (!name)
		strbuf_addf(out, "%u /* %s */", i, t->unknown);
	else if (nb->o->xlat == XLAT_VERBOSE)
		strbuf_addf(out, "%u /* %s */", i, name);
	else
		strbuf_adds(out, name);
}

static void print_indexed(struct strbuf *out, const struct nl_buf *nb, const char *p,
			  const void *arg)
{
	const struct nl_indexed *x = arg;
	unsigned i = (unsigned)((p - nb->p - x->base) / x->size);
	uint64_t v = x->size == 8 ? load_u64(p, 0) : load_u32(p, 0);

	strbuf_addc(out, '[');
	print_index(out, nb, x->t, i);
	if (x->sign)
		strbuf_addf(out, "]=%lld", x->size == 8 ? (long long)v : (long long)(int32_t)v);
	else
		strbuf_addf(out, "]=%llu", (unsigned long long)v);
}

bool nla_indexed(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		 const void *arg)
{
	struct nl_indexed x = *(const struct nl_indexed *)arg;

	if (len < x.size)
		return false;
	x.base = off;
	nl_array(out, nb, off, len / x.size, x.size, print_indexed, &x);
	return true;
}

bool nla_meminfo(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		 const void *arg)
{
	static const struct nl_indexed meminfo = { &sk_meminfo_names, 4, false, 0 };

	(void)arg;
	return nla_indexed(out, nb, off, len, &meminfo);
}

static void print_field(struct strbuf *out, const struct nl_buf *nb, const char *p,
			const struct nl_field *f)
{
	uint64_t v = 0;

	if (f->size <= 8)
		memcpy(&v, p + f->off, f->size);
	switch (f->kind & ~NF_OPT) {
	case NF_U:
		strbuf_addf(out, "%llu", (unsigned long long)v);
		break;
	case NF_D:
		strbuf_addf(out, "%lld", f->size == 1 ? (long long)(int8_t)v :
					 f->size == 2 ? (long long)(int16_t)v :
					 f->size == 4 ? (long long)(int32_t)v : (long long)v);
		break;
	case NF_X:
		strbuf_addf(out, "%#llx", (unsigned long long)v);
		break;
	case NF_0X:
		strbuf_addf(out, "%#0*llx", 2 * f->size + 2, (unsigned long long)v);
		break;
	case NF_ENUM:
		nl_enum(out, nb, f->t, v);
		break;
	case NF_FLAGS:
		nl_flags(out, nb, f->t, v);
		break;
	case NF_IFINDEX:
		nl_ifindex(out, nb, (uint32_t)v);
		break;
	case NF_COOKIE:
		nl_u32_array(out, p + f->off, 2);
		break;
	case NF_BE16:
		strbuf_addf(out, "htons(%u)", ntohs((uint16_t)v));
		break;
	case NF_DEV:
		strbuf_addf(out, "makedev(%#x, %#x)", (unsigned)(((v >> 32) & 0xfffff000) | ((v >> 8) & 0xfff)),
			    (unsigned)(((v >> 12) & 0xffffff00) | (v & 0xff)));
		break;
	case NF_HEX: {
		struct decode_opts hex = *nb->o;

		hex.xstrings = 2;
		format_quoted(out, p + f->off, f->size, false, &hex);
		break;
	}
	case NF_U64_INDEXED:
		strbuf_addc(out, '[');
		for (unsigned i = 0; i < f->size / 8u; i++) {
			strbuf_adds(out, i ? ", [" : "[");
			print_index(out, nb, f->t, i);
			strbuf_addf(out, "]=%llu", (unsigned long long)load_u64(p, f->off + 8 * i));
		}
		strbuf_addc(out, ']');
		break;
	case NF_SUB:
		strbuf_addc(out, '{');
		nl_fields(out, nb, p + f->off, f->sub->f, f->sub->n);
		strbuf_addc(out, '}');
		break;
	case NF_MAC:
		nl_mac(out, nb, p + f->off, f->size);
		break;
	case NF_STR:
		format_quoted(out, p + f->off, (unsigned)strnlen(p + f->off, f->size), false, nb->o);
		break;
	}
}

void nl_fields(struct strbuf *out, const struct nl_buf *nb, const char *p,
	       const struct nl_field *f, unsigned n)
{
	bool first = true;

	for (unsigned i = 0; i < n; i++) {
		uint64_t v = 0;

		if (f[i].kind & NF_OPT) {
			memcpy(&v, p + f[i].off, f[i].size <= 8 ? f[i].size : 0);
			if (!v)
				continue;
		}
		strbuf_addf(out, "%s%s=", first ? "" : ", ", f[i].name);
		first = false;
		print_field(out, nb, p, &f[i]);
	}
}

void nl_family_msg(struct strbuf *out, const struct nl_buf *nb, uint64_t off, uint64_t len,
		   const struct nl_msg_desc *d)
{
	const char *p = nl_ptr(nb, off, d->size);
	uint64_t aoff = NLMSG_ALIGN(d->size);

	strbuf_addc(out, '{');
	nl_fields(out, nb, nb->p + off, d->f, 1);
	if (d->n > 1) { /* more than the family: all of it, or "..." */
		strbuf_adds(out, ", ");
		if (len < d->size) {
			strbuf_adds(out, "...}");
			return;
		}
		if (!p) {
			nl_addr(out, nb, off + d->f[0].size);
			strbuf_addc(out, '}');
			return;
		}
		nl_fields(out, nb, p, d->f + 1, d->n - 1);
	}
	strbuf_addc(out, '}');
	if (len > aoff && d->attrs) {
		strbuf_adds(out, ", ");
		nl_attrs(out, nb, off + aoff, len - aoff, d->attrs);
	}
}

bool nl_struct_attr(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		    unsigned size, const struct nl_field *f, unsigned n)
{
	const char *p;

	if (len < size)
		return false;
	p = nl_ptr(nb, off, size);
	if (!p) {
		nl_addr(out, nb, off);
		return true;
	}
	strbuf_addc(out, '{');
	nl_fields(out, nb, p, f, n);
	strbuf_addc(out, '}');
	return true;
}

void nl_array(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned n,
	      unsigned size, nl_elem_fn *fn, const void *arg)
{
	if (!nl_ptr(nb, off, size)) {
		nl_addr(out, nb, off);
		return;
	}
	strbuf_addc(out, '[');
	for (unsigned i = 0; i < n; i++) {
		uint64_t at = off + (uint64_t)size * i;

		if (i)
			strbuf_adds(out, ", ");
		if (!nb->o->verbose && i == nb->o->str_max) {
			strbuf_adds(out, "...");
			break;
		}
		if (!nl_ptr(nb, at, size)) {
			strbuf_addf(out, "... /* %#llx */", (unsigned long long)(nb->addr + at));
			break;
		}
		fn(out, nb, nb->p + at, arg);
	}
	strbuf_addc(out, ']');
}

static void print_u16(struct strbuf *out, const struct nl_buf *nb, const char *p, const void *arg)
{
	(void)nb;
	(void)arg;
	strbuf_addf(out, "%u", load_u16(p, 0));
}

/* An array of u16: [1, 2, 3] (tc size tables). */
bool nla_u16_array(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		   const void *arg)
{
	(void)arg;
	if (len < 2)
		return false;
	nl_array(out, nb, off, len / 2, 2, print_u16, NULL);
	return true;
}

static void print_struct_elem(struct strbuf *out, const struct nl_buf *nb, const char *p,
			      const void *arg)
{
	const struct nl_struct_desc *d = arg;

	strbuf_addc(out, '{');
	nl_fields(out, nb, p, d->f, d->n);
	strbuf_addc(out, '}');
}

bool nla_struct_array(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		      const void *arg)
{
	const struct nl_struct_desc *d = arg;

	if (len < d->size)
		return false;
	nl_array(out, nb, off, len / d->size, d->size, print_struct_elem, d);
	return true;
}

bool nl_struct_attr_tail(struct strbuf *out, const struct nl_buf *nb, uint64_t off,
			 unsigned len, unsigned size, const struct nl_field *f, unsigned n)
{
	if (!nl_struct_attr(out, nb, off, len, size, f, n))
		return false;
	if (len > size && nl_ptr(nb, off, size)) {
		strbuf_adds(out, ", ");
		nl_hex(out, nb, off + size, len - size);
	}
	return true;
}
