// SPDX-License-Identifier: MIT
/*
 * getdents and getdents64's buffer as strace 6.1 prints it: the address and
 * "/ * 3 entries * /" by default, every entry with -v ([{d_ino=..., d_off=...,
 * d_reclen=24, d_type=DT_DIR, d_name="."}, ...]), walking the entries by
 * d_reclen as strace does, with its comments for a d_reclen that over- or
 * underflows. The kernel side captures the first SCT_STR_CAP_MAX bytes and,
 * for a longer buffer, counts the entries (SCT_CAP_DENTS_EXIT): -v then shows
 * the captured entries and "..." for the rest.
 */
#include <stdio.h>

#include "decode.h"
#include "fmt.h"
#include "flags.h"

#define D_NAME_LEN_MAX 256

/* The two layouts: where d_name starts (the smallest entry), and d_type's place. */
struct dents_layout {
	unsigned header; /* offsetof(d_name) */
	bool type_in_header; /* linux_dirent64: d_type before d_name; else the entry's last byte */
};

static const struct dents_layout dirent64 = { 19, true };
static const struct dents_layout dirent_old = { 18, false };

/* What the capture holds: the buffer's first bytes. */
struct dents_buf {
	const char *data;
	unsigned have;
	uint64_t addr;
};

/*
 * strace's printpathn(addr, n): at most n bytes up to a NUL, "..." when there
 * is none; the address when the bytes are not all captured. False then.
 */
static bool print_name(struct strbuf *out, const struct dents_buf *d, unsigned off, unsigned n,
		       const struct decode_opts *o)
{
	for (unsigned len = 0; len <= n; len++) {
		if (off + len >= d->have) {
			fmt_addr(out, d->addr + off);
			return false;
		}
		if (!d->data[off + len]) {
			format_quoted(out, d->data + off, len, false, o);
			return true;
		}
	}
	format_quoted(out, d->data + off, n, true, o);
	return true;
}

static void print_type(struct strbuf *out, unsigned char t)
{
	strbuf_adds(out, ", d_type=");
	print_enum(out, &dirent_type_names, t);
}

/* The rest of an entry after d_reclen; false if a part was not captured. */
static bool print_tail(struct strbuf *out, const struct dents_buf *d, unsigned off,
		       const struct dents_layout *l, unsigned tail_len, const struct decode_opts *o)
{
	unsigned name = off + l->header;
	bool ok = true;

	if (l->type_in_header) {
		print_type(out, (unsigned char)d->data[off + 18]);
		if (tail_len) {
			unsigned n = tail_len > D_NAME_LEN_MAX ? D_NAME_LEN_MAX : tail_len;

			strbuf_adds(out, ", d_name=");
			ok = print_name(out, d, name, n - 1, o);
		}
	} else if (tail_len) {
		unsigned n = tail_len - 1;

		if (n) {
			if (n > D_NAME_LEN_MAX)
				n = D_NAME_LEN_MAX;
			strbuf_adds(out, ", d_name=");
			ok = print_name(out, d, name, n - 1, o);
		}
		if (name + tail_len - 1 < d->have) {
			print_type(out, (unsigned char)d->data[name + tail_len - 1]);
		} else {
			strbuf_adds(out, ", d_type=");
			fmt_addr(out, d->addr + name + tail_len - 1);
			ok = false;
		}
	}
	strbuf_addc(out, '}');
	return ok;
}

/* strace's decode_dents(): the walk; verbose prints the entries, else counts them. */
static void print_dents(struct strbuf *out, const struct dents_buf *d, unsigned len,
			const struct dents_layout *l, bool verbose, const struct decode_opts *o)
{
	unsigned off = 0, count = 0;

	if (!verbose)
		fmt_addr(out, d->addr);
	for (;;) {
		unsigned reclen, next_len = 0;
		bool next = false;

		if (len < l->header) {
			if (verbose && !len) {
				strbuf_addc(out, '[');
				count++;
			} else if (verbose) {
				struct decode_opts hex = *o;
				unsigned n = len < d->have - off ? len : d->have - off;

				hex.xstrings = 2;
				n = n < o->str_max ? n : o->str_max;
				format_quoted(out, d->data + off, n, len > n, &hex);
			}
			break;
		}
		if (off + l->header > d->have) {
			/* past the capture: strace would go on, sctrace cannot */
			if (verbose)
				strbuf_adds(out, count ? "..." : "[...");
			count += !count;
			break;
		}
		if (verbose && !count)
			strbuf_addc(out, '[');
		count++;
		reclen = load_u16(d->data, off + 16);
		if (verbose)
			strbuf_addf(out, "{d_ino=%llu, d_off=%llu, d_reclen=%u",
				    (unsigned long long)load_u64(d->data, off),
				    (unsigned long long)load_u64(d->data, off + 8), reclen);
		if (reclen > len) {
			strbuf_addf(out, " /* %s%u bytes overflow */", verbose ? "" : "d_reclen ",
				    reclen - len);
			reclen = len;
		} else if (reclen < l->header) {
			strbuf_addf(out, " /* %s%u bytes underflow */", verbose ? "" : "d_reclen ",
				    l->header - reclen);
			reclen = l->header;
			next_len = len - l->header;
		} else {
			next_len = len - reclen;
			next = next_len != 0;
		}
		len = next_len;
		if (verbose) {
			bool ok = print_tail(out, d, off, l, reclen - l->header, o);

			if (next) {
				strbuf_adds(out, ", ");
				if (!ok) {
					strbuf_adds(out, "...");
					break;
				}
			}
		}
		if (!next)
			break;
		off += reclen;
	}
	if (verbose)
		strbuf_adds(out, count ? "]" : "");
	else
		strbuf_addf(out, " /* %u%s entries */", count, len ? "+" : "");
}

static bool fmt_dents_layout(struct strbuf *out, const struct sc_event *ev, unsigned i,
			     const struct dents_layout *l, const struct decode_opts *o)
{
	const struct sct_blob *b = sc_event_blob(ev, i), *n;
	struct dents_buf d = { .addr = ev->args[i] };
	uint64_t count = i + 1 < SCT_MAX_ARGS ? (uint32_t)ev->args[i + 1] : 0;

	if (sc_event_failed(ev) || (uint64_t)ev->ret > count) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	if (b && b->kind == SCT_BLOB_MEM && !(b->flags & SCT_BLOB_FAULT)) {
		d.data = sct_blob_data(b);
		d.have = b->len;
	}
	/* not all captured: the kernel side counted the entries */
	n = NULL;
	for (unsigned k = 0; k < ev->nblobs && k < SC_EVENT_MAX_BLOBS; k++)
		if (ev->blobs[k]->arg == i && ev->blobs[k]->kind == SCT_BLOB_COUNT)
			n = ev->blobs[k];
	if (!o->verbose && n) {
		fmt_addr(out, ev->args[i]);
		strbuf_addf(out, " /* %u entries */", n->aux);
		return true;
	}
	print_dents(out, &d, (unsigned)ev->ret, l, o->verbose, o);
	return true;
}

bool fmt_dents(struct strbuf *out, const struct sc_event *ev, unsigned i,
	       const struct decode_opts *o)
{
	return fmt_dents_layout(out, ev, i, &dirent_old, o);
}

bool fmt_dents64(struct strbuf *out, const struct sc_event *ev, unsigned i,
		 const struct decode_opts *o)
{
	return fmt_dents_layout(out, ev, i, &dirent64, o);
}
