// SPDX-License-Identifier: MIT
/*
 * The key management calls as strace 6.1 prints them: add_key's and
 * request_key's keyring, and keyctl, whose four arguments after the command
 * mean what the command says (a table of layouts below). Each of those four
 * is captured as up to 512 bytes (what its first page holds when less can be
 * read), at entry and at exit, so that one capture serves serials, strings,
 * buffers and structures alike, with what its first words point to (an
 * iovec's bases, the kdf parameters' strings).
 */
#include <linux/keyctl.h>
#include <stdio.h>

#include "fmt.h"
#include "xlat_sysvipc.h"

#define KEYCTL_ARG_CAP 512
#define DH_PARAMS_SIZE 12 /* three key serials */
#define KDF_PARAMS_SIZE 56 /* hashname, otherinfo, otherinfolen, __spare[8] */
#define PKEY_PARAMS_SIZE 40 /* key_id, in_len, out_len or in2_len, __spare[7] */
#define PKEY_QUERY_SIZE 48 /* supported_ops, key_size, five u16 sizes, __spare[10] */

/* A key serial: KEY_SPEC_SESSION_KEYRING, or decimal */
static void print_key_serial(struct strbuf *out, int32_t id, int xlat)
{
	const char *name = flag_lookup(&key_spec_names, (uint64_t)(int64_t)id);
	char num[16];

	snprintf(num, sizeof(num), "%d", id);
	if (name)
		print_xlat_text(out, xlat, num, name);
	else
		strbuf_adds(out, num);
}

bool fmt_key_serial(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	print_key_serial(out, (int32_t)ev->args[i], o->xlat);
	return true;
}

bool fmt_keyctl_cmd(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	print_enum_x(out, &keyctl_cmd_names, (uint32_t)ev->args[i], o->xlat);
	return true;
}

/* What keyctl's arguments 1 to 4 are, by command. */
enum karg {
	KA_NONE, /* not printed */
	KA_SERIAL,
	KA_INT,
	KA_UINT,
	KA_ULONG,
	KA_UID,
	KA_HEX,
	KA_STR, /* a NUL-terminated string, -s applies */
	KA_STRN, /* as many bytes as the next argument says */
	KA_READBUF, /* output: the return value's bytes, at most the next argument */
	KA_READBUF_NUL, /* the same without its trailing NUL (DESCRIBE, GET_SECURITY) */
	KA_PERM,
	KA_ERRNO,
	KA_REQKEY,
	KA_IOV, /* struct iovec[next argument]: the bases as addresses */
	KA_DH_PARAMS,
	KA_DH_BUF, /* output, its size the next argument */
	KA_KDF,
	KA_PKEY_PARAMS_OUT, /* struct keyctl_pkey_params with out_len */
	KA_PKEY_PARAMS_IN2, /* with in2_len (PKEY_VERIFY) */
	KA_PKEY_OP1, /* in_len bytes of data (params in argument 1) */
	KA_PKEY_OP2_OUT, /* output: out_len bytes */
	KA_PKEY_OP2_IN, /* in2_len bytes */
	KA_PKEY_QUERY,
	KA_MOVE_FLAGS,
	KA_CAPS, /* output: the capability bytes */
};

#define L(a, b, c, d) { KA_##a, KA_##b, KA_##c, KA_##d }
static const uint8_t keyctl_layouts[][4] = {
	[KEYCTL_GET_KEYRING_ID] = L(SERIAL, INT, NONE, NONE),
	[KEYCTL_JOIN_SESSION_KEYRING] = L(STR, NONE, NONE, NONE),
	[KEYCTL_UPDATE] = L(SERIAL, STRN, ULONG, NONE),
	[KEYCTL_REVOKE] = L(SERIAL, NONE, NONE, NONE),
	[KEYCTL_CHOWN] = L(SERIAL, UID, UID, NONE),
	[KEYCTL_SETPERM] = L(SERIAL, PERM, NONE, NONE),
	[KEYCTL_DESCRIBE] = L(SERIAL, READBUF_NUL, ULONG, NONE),
	[KEYCTL_CLEAR] = L(SERIAL, NONE, NONE, NONE),
	[KEYCTL_LINK] = L(SERIAL, SERIAL, NONE, NONE),
	[KEYCTL_UNLINK] = L(SERIAL, SERIAL, NONE, NONE),
	[KEYCTL_SEARCH] = L(SERIAL, STR, STR, SERIAL),
	[KEYCTL_READ] = L(SERIAL, READBUF, ULONG, NONE),
	[KEYCTL_INSTANTIATE] = L(SERIAL, STRN, ULONG, SERIAL),
	[KEYCTL_NEGATE] = L(SERIAL, UINT, SERIAL, NONE),
	[KEYCTL_SET_REQKEY_KEYRING] = L(REQKEY, NONE, NONE, NONE),
	[KEYCTL_SET_TIMEOUT] = L(SERIAL, UINT, NONE, NONE),
	[KEYCTL_ASSUME_AUTHORITY] = L(SERIAL, NONE, NONE, NONE),
	[KEYCTL_GET_SECURITY] = L(SERIAL, READBUF_NUL, ULONG, NONE),
	[KEYCTL_SESSION_TO_PARENT] = L(NONE, NONE, NONE, NONE),
	[KEYCTL_REJECT] = L(SERIAL, UINT, ERRNO, SERIAL),
	[KEYCTL_INSTANTIATE_IOV] = L(SERIAL, IOV, ULONG, SERIAL),
	[KEYCTL_INVALIDATE] = L(SERIAL, NONE, NONE, NONE),
	[KEYCTL_GET_PERSISTENT] = L(UID, SERIAL, NONE, NONE),
	[KEYCTL_DH_COMPUTE] = L(DH_PARAMS, DH_BUF, ULONG, KDF),
	[KEYCTL_PKEY_QUERY] = L(SERIAL, HEX, STR, PKEY_QUERY),
	[KEYCTL_PKEY_ENCRYPT] = L(PKEY_PARAMS_OUT, STR, PKEY_OP1, PKEY_OP2_OUT),
	[KEYCTL_PKEY_DECRYPT] = L(PKEY_PARAMS_OUT, STR, PKEY_OP1, PKEY_OP2_OUT),
	[KEYCTL_PKEY_SIGN] = L(PKEY_PARAMS_OUT, STR, PKEY_OP1, PKEY_OP2_OUT),
	[KEYCTL_PKEY_VERIFY] = L(PKEY_PARAMS_IN2, STR, PKEY_OP1, PKEY_OP2_IN),
	[KEYCTL_RESTRICT_KEYRING] = L(SERIAL, STR, STR, NONE),
	[KEYCTL_MOVE] = L(SERIAL, SERIAL, SERIAL, MOVE_FLAGS),
	[KEYCTL_CAPABILITIES] = L(CAPS, ULONG, NONE, NONE),
};
#undef L

/*
 * The captured bytes of argument i: the entry copy, or for an output the
 * exit copy (NULL after a failure). *have: how many; *cut: the rest could
 * not be read.
 */
static const char *key_mem(const struct sc_event *ev, unsigned i, bool output, unsigned *have,
			   bool *cut)
{
	const struct sct_blob *b = NULL;

	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *c = ev->blobs[k];

		if (c->arg != i || c->kind != SCT_BLOB_MEM || c->aux)
			continue;
		b = c;
		if (!output)
			break;
	}
	if (!b || (output && sc_event_failed(ev)) ||
	    fmt_blob_unreadable(b))
		return NULL;
	*have = b->len;
	*cut = (b->flags & SCT_BLOB_FAULT) != 0;
	return sct_blob_data(b);
}

/*
 * What word w of argument i points to, as captured at entry (-s + 1 bytes
 * or the first page), or NULL; *have and *cut as key_mem's.
 */
static const char *key_pointee(const struct sc_event *ev, unsigned i, unsigned w, unsigned *have,
			       bool *cut)
{
	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++) {
		const struct sct_blob *b = ev->blobs[k];

		if (b->arg != i || b->kind != SCT_BLOB_MEM || b->aux != w + 1)
			continue;
		if (fmt_blob_unreadable(b))
			return NULL;
		*have = b->len;
		*cut = (b->flags & SCT_BLOB_FAULT) != 0;
		return sct_blob_data(b);
	}
	return NULL;
}

/* strace's printstr of the bytes at addr: up to the NUL, at most -s then "..."; else the address */
static void print_str_bytes(struct strbuf *out, uint64_t addr, const char *p, unsigned have,
			    bool cut, const struct decode_opts *o)
{
	const char *nul = p && addr ? memchr(p, 0, have) : NULL;
	unsigned n;

	if (!p || !addr || (!nul && have <= o->str_max && cut)) {
		fmt_addr(out, addr);
		return;
	}
	n = nul ? (unsigned)(nul - p) : have;
	if (n <= o->str_max && nul)
		format_quoted(out, p, n, false, o);
	else
		format_quoted(out, p, n < o->str_max ? n : o->str_max, true, o);
}

/*
 * strace's printstrn: len bytes, at most -s of them then "..."; the address
 * when they cannot all be read. omit_nul: a last NUL is not shown.
 */
static void print_strn_bytes(struct strbuf *out, uint64_t addr, const char *p, unsigned have,
			     uint64_t len, bool omit_nul, const struct decode_opts *o)
{
	unsigned size = len < o->str_max ? (unsigned)len : o->str_max;

	if (!p || !addr || have < size) {
		fmt_addr(out, addr);
		return;
	}
	if (omit_nul && size && size == len && !p[size - 1])
		size--;
	format_quoted(out, p, size, len > o->str_max, o);
}

static void print_kstr(struct strbuf *out, const struct sc_event *ev, unsigned i,
		       const struct decode_opts *o)
{
	unsigned have = 0;
	bool cut = false;
	const char *p = key_mem(ev, i, false, &have, &cut);

	print_str_bytes(out, ev->args[i], p, have, cut, o);
}

static void print_kstrn(struct strbuf *out, const struct sc_event *ev, unsigned i, uint64_t len,
			bool output, bool omit_nul, const struct decode_opts *o)
{
	unsigned have = 0;
	bool cut = false;
	const char *p = key_mem(ev, i, output, &have, &cut);

	print_strn_bytes(out, ev->args[i], p, have, len, omit_nul, o);
}

/* The return value's bytes, at most len, for an output buffer; its address after a failure */
static void print_key_readbuf(struct strbuf *out, const struct sc_event *ev, unsigned i,
			      bool omit_nul, const struct decode_opts *o)
{
	uint64_t len = i + 1 < SCT_MAX_ARGS ? ev->args[i + 1] : 0;
	uint64_t n = ev->ret >= 0 && (uint64_t)ev->ret < len ? (uint64_t)ev->ret : len;

	if (sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return;
	}
	print_kstrn(out, ev, i, n, true, omit_nul, o);
}

/* a structure of size bytes, or its address */
static const char *key_struct(struct strbuf *out, const struct sc_event *ev, unsigned i,
			      unsigned size, bool output)
{
	unsigned have = 0;
	bool cut = false;
	const char *p = ev->args[i] ? key_mem(ev, i, output, &have, &cut) : NULL;

	if (!p || have < size) {
		fmt_addr(out, ev->args[i]);
		return NULL;
	}
	return p;
}

/* ", __spare=[0, 0x1]" when any of the n u32 words at p is not zero */
static void print_spare32(struct strbuf *out, const char *p, unsigned n)
{
	bool any = false;

	for (unsigned k = 0; k < n; k++)
		any |= load_u32(p, k * 4) != 0;
	if (!any)
		return;
	strbuf_adds(out, ", __spare=[");
	for (unsigned k = 0; k < n; k++) {
		uint32_t v = load_u32(p, k * 4);

		strbuf_addf(out, v ? "%s%#x" : "%s%u", k ? ", " : "", v);
	}
	strbuf_addc(out, ']');
}

static void print_pkey_params(struct strbuf *out, const char *p, bool in2, int xlat)
{
	strbuf_adds(out, "{key_id=");
	print_key_serial(out, (int32_t)load_u32(p, 0), xlat);
	strbuf_addf(out, ", in_len=%u, %s=%u", load_u32(p, 4), in2 ? "in2_len" : "out_len",
		    load_u32(p, 8));
	print_spare32(out, p + 12, 7);
	strbuf_addc(out, '}');
}

/* The pkey operations' params (argument 1), NULL when unreadable. */
static const char *pkey_params(const struct sc_event *ev)
{
	unsigned have = 0;
	bool cut = false;
	const char *p = ev->args[1] ? key_mem(ev, 1, false, &have, &cut) : NULL;

	return p && have >= PKEY_PARAMS_SIZE ? p : NULL;
}

static void print_pkey_query(struct strbuf *out, const char *p, int xlat)
{
	strbuf_adds(out, "{supported_ops=");
	print_flags_x(out, &keyctl_pkey_op_names, load_u32(p, 0), xlat);
	strbuf_addf(out, ", key_size=%u, max_data_size=%u, max_sig_size=%u, max_enc_size=%u, "
			 "max_dec_size=%u",
		    load_u32(p, 4), load_u16(p, 8), load_u16(p, 10), load_u16(p, 12),
		    load_u16(p, 14));
	print_spare32(out, p + 16, 8);
	strbuf_addc(out, '}');
}

/* struct keyctl_kdf_params: hashname a string, otherinfo otherinfolen bytes (an address if 0) */
static void print_kdf(struct strbuf *out, const struct sc_event *ev, unsigned i, const char *p,
		      const struct decode_opts *o)
{
	uint32_t otherinfolen = load_u32(p, 16);
	unsigned have = 0;
	bool cut = false;
	const char *q;

	strbuf_adds(out, "{hashname=");
	q = key_pointee(ev, i, 0, &have, &cut);
	print_str_bytes(out, load_u64(p, 0), q, have, cut, o);
	strbuf_adds(out, ", otherinfo=");
	if (otherinfolen) {
		q = key_pointee(ev, i, 1, &have, &cut);
		print_strn_bytes(out, load_u64(p, 8), q, have, otherinfolen, false, o);
	} else {
		fmt_addr(out, load_u64(p, 8));
	}
	strbuf_addf(out, ", otherinfolen=%u", otherinfolen);
	print_spare32(out, p + 20, 8);
	strbuf_addc(out, '}');
}

/* element k's data: its iov_len bytes, captured for the first SCT_POINTEE_WORDS / 2 */
static void print_iov_base(struct strbuf *out, const struct sc_event *ev, unsigned i, unsigned k,
			   const char *p, const struct decode_opts *o)
{
	unsigned have = 0;
	bool cut = false;
	const char *q = k < SCT_POINTEE_WORDS / 2 ? key_pointee(ev, i, 2 * k, &have, &cut) : NULL;

	print_strn_bytes(out, load_u64(p, k * 16), q, have, load_u64(p, k * 16 + 8), false, o);
}

/* struct iovec[n]: {iov_base="...", iov_len=N}, -s of them */
static void print_key_iov(struct strbuf *out, const struct sc_event *ev, unsigned i,
			  const struct decode_opts *o)
{
	uint64_t n = i + 1 < SCT_MAX_ARGS ? ev->args[i + 1] : 0;
	unsigned have = 0;
	bool cut = false;
	const char *p = ev->args[i] ? key_mem(ev, i, false, &have, &cut) : NULL;

	if (!p || !n || have < 16) {
		fmt_addr(out, ev->args[i]);
		return;
	}
	strbuf_addc(out, '[');
	for (uint64_t k = 0; k < n; k++) {
		if (k)
			strbuf_adds(out, ", ");
		if ((k + 1) * 16 > have) {
			if (cut)
				strbuf_addf(out, "... /* %#llx */",
					    (unsigned long long)(ev->args[i] + k * 16));
			else
				strbuf_adds(out, "...");
			break;
		}
		if (k >= o->str_max) {
			strbuf_adds(out, "...");
			break;
		}
		strbuf_adds(out, "{iov_base=");
		print_iov_base(out, ev, i, (unsigned)k, p, o);
		strbuf_addf(out, ", iov_len=%llu}", (unsigned long long)load_u64(p, k * 16 + 8));
	}
	strbuf_addc(out, ']');
}

/* KEYCTL_CAPABILITIES: [KEYCTL_CAPS0_..., KEYCTL_CAPS1_..., 0x...] */
static void print_key_caps(struct strbuf *out, const struct sc_event *ev, unsigned i,
			   const struct decode_opts *o)
{
	uint64_t len = ev->args[i + 1];
	uint64_t n = (uint64_t)ev->ret < len ? (uint64_t)ev->ret : len;
	unsigned have = 0;
	bool cut = false;
	const char *p;

	if (sc_event_failed(ev) || !ev->args[i]) {
		fmt_addr(out, ev->args[i]);
		return;
	}
	p = key_mem(ev, i, true, &have, &cut);
	if (!p || !have) {
		fmt_addr(out, ev->args[i]);
		return;
	}
	strbuf_addc(out, '[');
	for (uint64_t k = 0; k < n; k++) {
		uint8_t v;

		if (k)
			strbuf_adds(out, ", ");
		if (k >= have || k >= o->str_max) {
			strbuf_adds(out, "...");
			break;
		}
		v = (uint8_t)p[k];
		if (k == 0)
			print_flags_x(out, &keyctl_caps0_names, v, o->xlat);
		else if (k == 1)
			print_flags_x(out, &keyctl_caps1_names, v, o->xlat);
		else
			strbuf_addf(out, v ? "%#x" : "%u", v);
	}
	strbuf_addc(out, ']');
}

static void print_key_errno(struct strbuf *out, uint32_t err, int xlat)
{
	const char *name = errno_name((int)err);
	char num[16];

	snprintf(num, sizeof(num), "%u", err);
	if (name)
		print_xlat_text(out, xlat, num, name);
	else
		strbuf_adds(out, num);
}

static void print_reqkey(struct strbuf *out, int32_t v, int xlat)
{
	const char *name = flag_lookup(&key_reqkey_names, (uint64_t)(int64_t)v);
	char num[16], abbrev[64];

	snprintf(num, sizeof(num), "%d", v);
	snprintf(abbrev, sizeof(abbrev), "%s /* %s */", num, key_reqkey_names.unknown);
	print_xlat_text(out, xlat, num, name ? name : abbrev);
}

/* keyctl's arguments 1 to 4, by the command (argument 0) */
bool fmt_keyctl_arg(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	uint32_t cmd = (uint32_t)ev->args[0];
	uint64_t v = ev->args[i];
	const char *p;
	enum karg k;

	if (i < 1 || i > 4)
		return false;
	if (cmd >= sizeof(keyctl_layouts) / sizeof(keyctl_layouts[0])) {
		strbuf_addf(out, "%#llx", (unsigned long long)v);
		return true;
	}
	k = (enum karg)keyctl_layouts[cmd][i - 1];
	switch (k) {
	case KA_NONE:
		return false;
	case KA_SERIAL:
		print_key_serial(out, (int32_t)v, o->xlat);
		break;
	case KA_INT:
		strbuf_addf(out, "%d", (int32_t)v);
		break;
	case KA_UINT:
		strbuf_addf(out, "%u", (uint32_t)v);
		break;
	case KA_ULONG:
		strbuf_addf(out, "%llu", (unsigned long long)v);
		break;
	case KA_UID:
		if ((uint32_t)v == UINT32_MAX)
			strbuf_adds(out, "-1");
		else
			strbuf_addf(out, "%u", (uint32_t)v);
		break;
	case KA_HEX:
		strbuf_addf(out, "%#llx", (unsigned long long)v);
		break;
	case KA_STR:
		print_kstr(out, ev, i, o);
		break;
	case KA_STRN:
		print_kstrn(out, ev, i, ev->args[i + 1], false, false, o);
		break;
	case KA_READBUF:
	case KA_DH_BUF:
		print_key_readbuf(out, ev, i, false, o);
		break;
	case KA_READBUF_NUL:
		print_key_readbuf(out, ev, i, true, o);
		break;
	case KA_PERM:
		print_flags_x(out, &key_perm_names, (uint32_t)v, o->xlat);
		break;
	case KA_ERRNO:
		print_key_errno(out, (uint32_t)v, o->xlat);
		break;
	case KA_REQKEY:
		print_reqkey(out, (int32_t)v, o->xlat);
		break;
	case KA_IOV:
		print_key_iov(out, ev, i, o);
		break;
	case KA_DH_PARAMS:
		if ((p = key_struct(out, ev, i, DH_PARAMS_SIZE, false))) {
			strbuf_adds(out, "{private=");
			print_key_serial(out, (int32_t)load_u32(p, 0), o->xlat);
			strbuf_adds(out, ", prime=");
			print_key_serial(out, (int32_t)load_u32(p, 4), o->xlat);
			strbuf_adds(out, ", base=");
			print_key_serial(out, (int32_t)load_u32(p, 8), o->xlat);
			strbuf_addc(out, '}');
		}
		break;
	case KA_KDF:
		if ((p = key_struct(out, ev, i, KDF_PARAMS_SIZE, false)))
			print_kdf(out, ev, i, p, o);
		break;
	case KA_PKEY_PARAMS_OUT:
	case KA_PKEY_PARAMS_IN2:
		if ((p = key_struct(out, ev, i, PKEY_PARAMS_SIZE, false)))
			print_pkey_params(out, p, k == KA_PKEY_PARAMS_IN2, o->xlat);
		break;
	case KA_PKEY_OP1:
	case KA_PKEY_OP2_IN:
		p = pkey_params(ev);
		if (!p)
			fmt_addr(out, v);
		else
			print_kstrn(out, ev, i, load_u32(p, k == KA_PKEY_OP1 ? 4 : 8), false, false,
				    o);
		break;
	case KA_PKEY_OP2_OUT:
		p = pkey_params(ev);
		if (!p || sc_event_failed(ev))
			fmt_addr(out, v);
		else
			print_kstrn(out, ev, i, load_u32(p, 8), true, false, o);
		break;
	case KA_PKEY_QUERY:
		if (sc_event_failed(ev))
			fmt_addr(out, v);
		else if ((p = key_struct(out, ev, i, PKEY_QUERY_SIZE, true)))
			print_pkey_query(out, p, o->xlat);
		break;
	case KA_MOVE_FLAGS:
		print_flags_x(out, &keyctl_move_flag_names, (uint32_t)v, o->xlat);
		break;
	case KA_CAPS:
		print_key_caps(out, ev, i, o);
		break;
	}
	return true;
}
