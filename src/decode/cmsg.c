// SPDX-License-Identifier: MIT
/*
 * The type and data of one control message (struct cmsghdr) as strace 6.1
 * prints them in a msghdr's msg_control (iov.c walks the messages):
 * SOL_SOCKET's SCM_RIGHTS descriptors, credentials, security label and
 * timestamps; SOL_IP's packet info, TTL, TOS, options, errors and original
 * destination. A message shorter than its data prints without cmsg_data.
 */
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>

#include "flags.h"
#include "fmt.h"
#include "iov.h"
#include "xlat_sockets.h"

#ifndef SCM_SECURITY /* the kernel's (linux/socket.h, not a uapi header); not in glibc 2.36 */
#define SCM_SECURITY 3
#endif
#ifndef IP_CHECKSUM
#define IP_CHECKSUM 23
#endif

#define TS_SIZE 16 /* struct timeval, timespec and their _NEW forms on x86_64 */

typedef void cmsg_data_fn(struct strbuf *out, const char *p, unsigned len,
			  const struct decode_opts *o);

static void print_rights(struct strbuf *out, const char *p, unsigned len,
			 const struct decode_opts *o)
{
	strbuf_addc(out, '[');
	for (unsigned k = 0; k + 4 <= len; k += 4) {
		int fd = (int)load_u32(p, k);

		strbuf_adds(out, k ? ", " : "");
		if (!o->verbose && k / 4 >= o->str_max) { /* -s descriptors at most, unless -v */
			strbuf_adds(out, "...");
			break;
		}
		decode_fd(out, fd, o);
	}
	strbuf_addc(out, ']');
}

/* An id as strace's PRINT_FIELD_ID: -1 for all ones. */
static void print_id(struct strbuf *out, const char *name, uint32_t v)
{
	if (v == UINT32_MAX)
		strbuf_addf(out, "%s=-1", name);
	else
		strbuf_addf(out, "%s=%u", name, v);
}

static void print_creds(struct strbuf *out, const char *p, unsigned len,
			const struct decode_opts *o)
{
	(void)len;
	strbuf_adds(out, "{pid=");
	decode_pid(out, (int)load_u32(p, 0), PID_KIND_TGID, o); /* strace's PRINT_FIELD_TGID */
	strbuf_adds(out, ", ");
	print_id(out, "uid", load_u32(p, 4));
	strbuf_adds(out, ", ");
	print_id(out, "gid", load_u32(p, 8));
	strbuf_addc(out, '}');
}

static void print_security(struct strbuf *out, const char *p, unsigned len,
			   const struct decode_opts *o)
{
	struct decode_opts all = *o;

	all.str_max = len;
	format_quoted(out, p, len, false, &all);
}

static void print_timeval_data(struct strbuf *out, const char *p, unsigned len,
			       const struct decode_opts *o)
{
	(void)o;
	if (len < TS_SIZE)
		strbuf_adds(out, "???");
	else
		print_timeval(out, p);
}

static void print_timespec_data(struct strbuf *out, const char *p, unsigned len,
				const struct decode_opts *o)
{
	(void)o;
	if (len < TS_SIZE)
		strbuf_adds(out, "???");
	else
		print_timespec(out, p);
}

/* SO_TIMESTAMPING: three timespecs. */
static void print_timestamping(struct strbuf *out, const char *p, unsigned len,
			       const struct decode_opts *o)
{
	(void)o;
	if (len < 3 * TS_SIZE) {
		strbuf_adds(out, "???");
		return;
	}
	strbuf_addc(out, '[');
	for (unsigned k = 0; k < 3; k++) {
		strbuf_adds(out, k ? ", " : "");
		print_timespec(out, p + k * TS_SIZE);
	}
	strbuf_addc(out, ']');
}

static void print_inet_addr(struct strbuf *out, const char *name, const char *p)
{
	const unsigned char *a = (const unsigned char *)p;

	strbuf_addf(out, "%s=inet_addr(\"%u.%u.%u.%u\")", name, a[0], a[1], a[2], a[3]);
}

/* struct in_pktinfo */
static void print_pktinfo(struct strbuf *out, const char *p, unsigned len,
			  const struct decode_opts *o)
{
	(void)len;
	strbuf_adds(out, "{ipi_ifindex=");
	print_ifindex(out, load_u32(p, 0), o);
	strbuf_adds(out, ", ");
	print_inet_addr(out, "ipi_spec_dst", p + 4);
	strbuf_adds(out, ", ");
	print_inet_addr(out, "ipi_addr", p + 8);
	strbuf_addc(out, '}');
}

static void print_uints(struct strbuf *out, const char *p, unsigned len,
			const struct decode_opts *o)
{
	strbuf_addc(out, '[');
	for (unsigned k = 0; k + 4 <= len; k += 4) {
		strbuf_adds(out, k ? ", " : "");
		if (!o->verbose && k / 4 >= o->str_max) {
			strbuf_adds(out, "...");
			break;
		}
		strbuf_addf(out, "%u", load_u32(p, k));
	}
	strbuf_addc(out, ']');
}

static void print_bytes(struct strbuf *out, const char *p, unsigned len,
			const struct decode_opts *o)
{
	strbuf_addc(out, '[');
	for (unsigned k = 0; k < len; k++) {
		unsigned char c = (unsigned char)p[k];

		strbuf_adds(out, k ? ", " : "");
		if (!o->verbose && k >= o->str_max) {
			strbuf_adds(out, "...");
			break;
		}
		strbuf_addf(out, c ? "%#x" : "0", c);
	}
	strbuf_addc(out, ']');
}

/* struct sock_extended_err and the offender's address. */
static void print_recverr(struct strbuf *out, const char *p, unsigned len,
			  const struct decode_opts *o)
{
	const unsigned char *u = (const unsigned char *)p;

	(void)len;
	strbuf_addf(out,
		    "{ee_errno=%u, ee_origin=%u, ee_type=%u, ee_code=%u, ee_info=%u, ee_data=%u, "
		    "offender=",
		    load_u32(p, 0), u[4], u[5], u[6], load_u32(p, 8), load_u32(p, 12));
	decode_sockaddr(out, p + 16, 16, o);
	strbuf_addc(out, '}');
}

static void print_origdstaddr(struct strbuf *out, const char *p, unsigned len,
			      const struct decode_opts *o)
{
	decode_sockaddr(out, p, len > 128 ? 128 : len, o);
}

struct cmsg_printer {
	unsigned type;
	cmsg_data_fn *print;
	unsigned min_len; /* less data than this: no cmsg_data */
};

static const struct cmsg_printer socket_printers[] = {
	{ SCM_RIGHTS, print_rights, 4 },
	{ SCM_CREDENTIALS, print_creds, 12 },
	{ SCM_SECURITY, print_security, 1 },
	{ SO_TIMESTAMP_OLD, print_timeval_data, 1 },
	{ SO_TIMESTAMPNS_OLD, print_timespec_data, 1 },
	{ SO_TIMESTAMPING_OLD, print_timestamping, 1 },
	{ SO_TIMESTAMP_NEW, print_timeval_data, 1 },
	{ SO_TIMESTAMPNS_NEW, print_timespec_data, 1 },
	{ SO_TIMESTAMPING_NEW, print_timestamping, 1 },
};

static const struct cmsg_printer ip_printers[] = {
	{ IP_PKTINFO, print_pktinfo, 12 },
	{ IP_TTL, print_uints, 4 },
	{ IP_TOS, print_bytes, 1 },
	{ IP_RECVOPTS, print_bytes, 1 },
	{ IP_RETOPTS, print_bytes, 1 },
	{ IP_RECVERR, print_recverr, 32 },
	{ IP_ORIGDSTADDR, print_origdstaddr, 16 },
	{ IP_CHECKSUM, print_uints, 4 },
	{ SCM_SECURITY, print_security, 1 },
};

static const struct cmsg_printer *find(const struct cmsg_printer *t, size_t n, unsigned type)
{
	for (size_t k = 0; k < n; k++)
		if (t[k].type == type)
			return &t[k];
	return NULL;
}

void print_cmsg_type_data(struct strbuf *out, uint32_t level, uint32_t type, const char *data,
			  uint64_t len, const struct decode_opts *o)
{
	const struct cmsg_printer *pr = NULL;

	if (level == SOL_SOCKET) {
		print_enum_x(out, &scm_type_names, type, o->xlat);
		pr = find(socket_printers, sizeof(socket_printers) / sizeof(socket_printers[0]), type);
	} else if (level == SOL_IP) {
		print_enum_x(out, &ip_cmsg_type_names, type, o->xlat);
		pr = find(ip_printers, sizeof(ip_printers) / sizeof(ip_printers[0]), type);
	} else {
		strbuf_addf(out, "%#x", type);
	}
	if (!pr || len < pr->min_len)
		return;
	strbuf_adds(out, ", cmsg_data=");
	pr->print(out, data, (unsigned)len, o);
}

/*
 * The kernel's default net.core.optmem_max: strace reads at most this much
 * of msg_control (it asks /proc, which decoders may not).
 */
#define OPTMEM_MAX 131072
#define CMSG_HDR_SIZE 16 /* struct cmsghdr: size_t len, int level, int type */

static void print_cmsg_level(struct strbuf *out, uint32_t level, int xlat)
{
	const char *name = flag_lookup(&sockopt_level_names, level);
	char raw[16];

	snprintf(raw, sizeof(raw), "%#x", level);
	if (name)
		print_xlat_text(out, xlat, raw, name);
	else if (xlat == XLAT_RAW)
		strbuf_adds(out, raw);
	else
		strbuf_addf(out, "%s /* SOL_??? */", raw);
}

/* strace's walk: each message in the bytes read, then "..." for those left. */
void print_msg_control(struct strbuf *out, const struct sct_blob *c, uint64_t uptr,
		       uint64_t controllen, const struct decode_opts *o)
{
	uint64_t control_len = controllen < OPTMEM_MAX ? controllen : OPTMEM_MAX;
	uint64_t buf_len = control_len, off = 0;
	const char *p;

	if (!c || control_len < CMSG_HDR_SIZE) {
		fmt_addr(out, uptr);
		return;
	}
	p = sct_blob_data(c);
	strbuf_addc(out, '[');
	while (buf_len >= CMSG_HDR_SIZE && off + CMSG_HDR_SIZE <= c->len) {
		uint64_t cmsg_len = load_u64(p, off);
		uint32_t level = load_u32(p, off + 8), type = load_u32(p, off + 12);
		uint64_t len = cmsg_len > buf_len ? buf_len : cmsg_len;
		uint64_t data_len = len > CMSG_HDR_SIZE ? len - CMSG_HDR_SIZE : 0;
		uint64_t have = c->len - off - CMSG_HDR_SIZE;

		strbuf_addf(out, "%s{cmsg_len=%llu, cmsg_level=", off ? ", " : "",
			    (unsigned long long)cmsg_len);
		print_cmsg_level(out, level, o->xlat);
		strbuf_adds(out, ", cmsg_type=");
		print_cmsg_type_data(out, level, type, p + off + CMSG_HDR_SIZE,
				     data_len < have ? data_len : have, o);
		strbuf_addc(out, '}');
		if (len < CMSG_HDR_SIZE) {
			buf_len -= CMSG_HDR_SIZE;
			break;
		}
		len = (cmsg_len + 7) & ~7ull;
		if (len >= buf_len || len < cmsg_len) {
			buf_len = 0;
			break;
		}
		off += len;
		buf_len -= len;
	}
	if (buf_len)
		strbuf_addf(out, ", ... /* %#llx */",
			    (unsigned long long)(uptr + (control_len - buf_len)));
	else if (control_len < controllen)
		strbuf_adds(out, ", ...");
	strbuf_addc(out, ']');
}
