/* SPDX-License-Identifier: MIT */
/*
 * Internal to the netlink decoders (netlink.c, nlattr.c, netlink_<family>.c):
 * the captured buffer of messages, the walk over struct nlattr attributes and
 * the value printers attributes share. Every printer reads through nl_ptr,
 * which refuses bytes past what was captured, so a short or faulting buffer
 * prints addresses as strace does.
 */
#ifndef SCT_DECODE_NETLINK_H
#define SCT_DECODE_NETLINK_H

#include <stddef.h>

#include "fmt.h"
#include "flags.h"

/* A captured buffer of netlink messages: have bytes of the len at addr readable. */
struct nl_buf {
	const char *p;
	uint64_t addr, len;
	unsigned have;
	int proto;
	const struct decode_opts *o;
	uint8_t family; /* the payload structure's address family (rtnetlink attributes) */
	void *ctx; /* what an enclosing attribute's printer keeps for its parts (link kinds) */
};

/* The n bytes at off when all were captured, or NULL. */
static inline const char *nl_ptr(const struct nl_buf *nb, uint64_t off, uint64_t n)
{
	return off + n <= nb->have ? nb->p + off : NULL;
}

/* The address of off, or NULL when unreadable... as strace's printaddr. */
static inline void nl_addr(struct strbuf *out, const struct nl_buf *nb, uint64_t off)
{
	fmt_addr(out, nb->addr + off);
}

/* n bytes at off as a hex string (-s of them), or their address. */
void nl_hex(struct strbuf *out, const struct nl_buf *nb, uint64_t off, uint64_t n);
/* n bytes at off as a string whose trailing NUL is not printed ("..." without one). */
void nl_str(struct strbuf *out, const struct nl_buf *nb, uint64_t off, uint64_t n);
/* n bytes at off as a NUL-terminated string, "..." when there is no NUL in -s bytes. */
void nl_cstr(struct strbuf *out, const struct nl_buf *nb, uint64_t off, uint64_t n);
/* A hardware address, xx:xx:xx (under -X raw its bytes in hex, -X verbose both). */
void nl_mac(struct strbuf *out, const struct nl_buf *nb, const char *p, unsigned len);
/* A value of t under -X. */
static inline void nl_enum(struct strbuf *out, const struct nl_buf *nb,
			   const struct flag_table *t, uint64_t v)
{
	if (!t->unknown && !flag_lookup(t, v)) /* a table with no "X_???": the number */
		strbuf_addf(out, "%#llx", (unsigned long long)v);
	else
		print_enum_x(out, t, v, nb->o->xlat);
}
static inline void nl_flags(struct strbuf *out, const struct nl_buf *nb,
			    const struct flag_table *t, uint64_t v)
{
	print_flags_x(out, t, v, nb->o->xlat);
}
/* An interface index: if_nametoindex("lo") when the name is known. */
void nl_ifindex(struct strbuf *out, const struct nl_buf *nb, uint32_t idx);
/*
 * An address of family af in the len bytes at p, as strace's print_inet_addr:
 * field=inet_addr("..."), inet_pton(AF_INET6, "...", &field), the bytes in hex
 * under -X raw (and before the comment under -X verbose), field= and hex for
 * other families (then false).
 */
bool nl_inet_addr(struct strbuf *out, const struct nl_buf *nb, int af, const void *p,
		  unsigned len, const char *field);
/* struct inet_diag_sockid-like cookie arrays and other u32 arrays: [1, 2]. */
void nl_u32_array(struct strbuf *out, const char *p, unsigned n);

/*
 * An attribute's payload printer: len bytes at off; arg from the table. False
 * when it does not apply (a wrong size...): the payload prints in hex then.
 */
typedef bool nla_fn(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		    const void *arg);
struct nla_dec {
	nla_fn *fn;
	const void *arg;
};
/* The attributes of one kind: their names ("X_???" for others) and printers by type. */
struct nla_set {
	const struct flag_table *names;
	const struct nla_dec *dec;
	unsigned n;
};
#define NLA_SET(var, names, dec) \
	static const struct nla_set var = { &(names), (dec), sizeof(dec) / sizeof((dec)[0]) }

/* The attributes in len bytes at off: {nla_len=..., nla_type=...} and payloads. */
void nl_attrs(struct strbuf *out, const struct nl_buf *nb, uint64_t off, uint64_t len,
	      const struct nla_set *set);

/* The common payload printers; arg as noted. */
nla_fn nla_u8, nla_u16, nla_u32, nla_u64, nla_s8, nla_s16, nla_s32, nla_s64, nla_x8, nla_x16,
	nla_x32, nla_x64, nla_xint, nla_str, nla_strn, nla_be16, nla_be64, nla_in_addr,
	nla_in6_addr, nla_ifindex, nla_fd, nla_uid, nla_clock_t, nla_hwaddr, nla_meminfo,
	nla_ether_proto, nla_ip_proto, nla_u16_array;
/* arg: a struct nla_set, the nested attributes */
nla_fn nla_nested;
/* arg: a struct nla_xval: a value (or flags) of size bytes (0: up to 8, any) */
struct nla_xval {
	const struct flag_table *t;
	unsigned size;
	bool flags;
	bool verbose; /* names as comments, "0x1 / * RCV_SHUTDOWN * /" (not uapi names) */
};
nla_fn nla_xval;

/* A field of a fixed structure: how it prints (the size says the integer's width). */
enum nl_field_kind {
	NF_U, NF_D, NF_X, NF_0X, NF_ENUM, NF_FLAGS, NF_IFINDEX, NF_COOKIE, NF_BE16, NF_DEV,
	NF_HEX, NF_STR, NF_MAC,
	NF_U64_INDEXED, /* u64[size / 8], [[NAME]=1, [NAME]=2], named by index with t */
	NF_SUB, /* a structure, {name=..., ...}, of the fields sub describes */
	NF_OPT = 0x80, /* or'ed: printed only when not zero (padding) */
};
struct nl_struct_desc;
struct nl_field {
	const char *name;
	uint16_t off;
	uint8_t size, kind;
	const struct flag_table *t;
	const struct nl_struct_desc *sub;
};
#define NL_FIELD(s, f, kind, t) \
	{ #f, offsetof(s, f), sizeof(((s *)0)->f), (kind), (t), NULL }
#define NL_SUB(s, f, desc) \
	{ #f, offsetof(s, f), sizeof(((s *)0)->f), NF_SUB, NULL, (desc) }
/* The fields of a structure at p, "name=value, ..." (no braces). */
void nl_fields(struct strbuf *out, const struct nl_buf *nb, const char *p,
	       const struct nl_field *f, unsigned n);
/* A structure attribute: the n fields of size bytes, false when len is shorter. */
bool nl_struct_attr(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned len,
		    unsigned size, const struct nl_field *f, unsigned n);
/* The same, then ", " and the bytes past the structure in hex, if any. */
bool nl_struct_attr_tail(struct strbuf *out, const struct nl_buf *nb, uint64_t off,
			 unsigned len, unsigned size, const struct nl_field *f, unsigned n);
#define NL_N(a) (sizeof(a) / sizeof((a)[0]))
#define NLA_STRUCT(name, type, fields)                                                       \
	static bool name(struct strbuf *out, const struct nl_buf *nb, uint64_t off,          \
			 unsigned len, const void *arg)                                      \
	{                                                                                    \
		(void)arg;                                                                   \
		return nl_struct_attr(out, nb, off, len, sizeof(type), fields, NL_N(fields)); \
	}

/* n elements of size bytes at off, [..., ...], -s of them; fn prints one at p. */
typedef void nl_elem_fn(struct strbuf *out, const struct nl_buf *nb, const char *p,
			const void *arg);
void nl_array(struct strbuf *out, const struct nl_buf *nb, uint64_t off, unsigned n,
	      unsigned size, nl_elem_fn *fn, const void *arg);
/* A structure's size and fields; nla_struct_array's arg: an array of them. */
struct nl_struct_desc {
	unsigned size;
	const struct nl_field *f;
	unsigned n;
};
nla_fn nla_struct_array;
/* nla_indexed's arg: [[NAME]=value, ...], values of size 4 or 8 named by index */
struct nl_indexed {
	const struct flag_table *t;
	unsigned size;
	bool sign;
	uint64_t base; /* set by nla_indexed */
};
nla_fn nla_indexed;

/*
 * A message that starts with a family byte (rtnetlink, sock_diag): the
 * structure of size bytes, "{family=..., ...}" ("..." when len is shorter,
 * the address when unreadable), then its attributes past NLMSG_ALIGN(size).
 */
struct nl_msg_desc {
	unsigned size;
	const struct nl_field *f;
	unsigned n;
	const struct nla_set *attrs;
};
void nl_family_msg(struct strbuf *out, const struct nl_buf *nb, uint64_t off, uint64_t len,
		   const struct nl_msg_desc *d);

/* Family payload decoders: false when the payload is not theirs (printed in hex then). */
bool nl_route_payload(struct strbuf *out, const struct nl_buf *nb, uint16_t type, uint64_t off,
		      uint64_t len);
bool nl_diag_payload(struct strbuf *out, const struct nl_buf *nb, uint16_t type, uint16_t flags,
		     uint64_t off, uint64_t len);
bool nl_misc_payload(struct strbuf *out, const struct nl_buf *nb, uint16_t type, uint64_t off,
		     uint64_t len);

#endif
