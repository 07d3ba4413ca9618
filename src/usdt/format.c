// SPDX-License-Identifier: MIT
/*
 * USDT probes in the output: see format.h.
 *
 * An argument is shown as its type says (the USDT_PROBE record's type list:
 * --usdt ...:args=, or a libsctusdt provider's own types), else as its note
 * says: signed in decimal, 8-byte unsigned in hex (a note cannot tell a
 * pointer from a number; bpftrace shows them so too), smaller unsigned in
 * decimal. A str argument is its string, or its address when that could
 * not be read. Logs written before types existed hold a string blob for
 * every 8-byte unsigned argument (aux 0): those keep the old rule, shown
 * as a string when it is text. The rule looks only at the records, so
 * replay prints what live tracing printed.
 */
#include "format.h"

#include <stdlib.h>
#include <string.h>

#include "../util/json_string.h"
#include "types.h"

#define REGISTRY_MAX 65536 /* probe ids are small numbers given out by src/usdt/attach.c */

struct probe_def {
	char *provider, *name;
	unsigned nargs;
	int8_t size[SCT_USDT_MAX_ARGS];
	struct usdt_types types;
};

static struct probe_def **registry; /* indexed by probe id */

void usdt_registry_reset(void)
{
	if (!registry)
		return;
	for (unsigned i = 0; i < REGISTRY_MAX; i++)
		if (registry[i]) {
			free(registry[i]->provider);
			free(registry[i]->name);
			free(registry[i]);
		}
	free(registry);
	registry = NULL;
}

/* The fifth string (types) of "provider\0probe\0args\0object\0types\0", if there. */
static void learn_types(struct probe_def *d, const char *strs, size_t avail)
{
	const char *p = strs, *end = strs + avail, *nul;

	for (int i = 0; i < 4; i++) {
		nul = memchr(p, 0, (size_t)(end - p));
		if (!nul)
			return;
		p = nul + 1;
	}
	nul = memchr(p, 0, (size_t)(end - p));
	if (nul && usdt_types_parse(p, (size_t)(nul - p), &d->types))
		memset(&d->types, 0, sizeof(d->types));
}

void usdt_registry_learn(const struct sct_rec_hdr *hdr)
{
	const struct sct_rec_usdt_probe *rec = (const struct sct_rec_usdt_probe *)hdr;
	const char *strs = (const char *)(rec + 1), *name_end, *prov_end;
	struct probe_def *d;
	size_t avail;

	if (hdr->size < sizeof(*rec) || rec->probe_id >= REGISTRY_MAX)
		return;
	avail = hdr->size - sizeof(*rec);
	if (rec->strs_len < avail)
		avail = rec->strs_len;
	prov_end = memchr(strs, 0, avail);
	if (!prov_end)
		return;
	name_end = memchr(prov_end + 1, 0, avail - (size_t)(prov_end + 1 - strs));
	if (!name_end)
		return;
	if (!registry) {
		registry = calloc(REGISTRY_MAX, sizeof(*registry));
		if (!registry)
			return;
	}
	d = calloc(1, sizeof(*d));
	if (!d)
		return;
	d->provider = strdup(strs);
	d->name = strdup(prov_end + 1);
	if (!d->provider || !d->name) {
		free(d->provider);
		free(d->name);
		free(d);
		return;
	}
	d->nargs = rec->nargs < SCT_USDT_MAX_ARGS ? rec->nargs : SCT_USDT_MAX_ARGS;
	learn_types(d, strs, avail);
	memcpy(d->size, rec->arg_size, sizeof(d->size));
	if (registry[rec->probe_id]) {
		free(registry[rec->probe_id]->provider);
		free(registry[rec->probe_id]->name);
		free(registry[rec->probe_id]);
	}
	registry[rec->probe_id] = d;
}

static const struct probe_def *probe_get(uint32_t id)
{
	return registry && id < REGISTRY_MAX ? registry[id] : NULL;
}

/* The string blob of argument i (faulted ones too), or NULL; blobs are checked to lie inside rec. */
static const struct sct_blob *arg_blob(const struct sct_rec_usdt *rec, unsigned i)
{
	const uint8_t *p = (const uint8_t *)(rec + 1);
	const uint8_t *end = (const uint8_t *)rec + rec->hdr.size;

	for (unsigned k = 0; k < rec->nblobs; k++) {
		const struct sct_blob *b = (const struct sct_blob *)p;

		if ((size_t)(end - p) < sizeof(*b) || (size_t)(end - p) < sct_blob_span(b))
			return NULL;
		if (b->arg == i && b->kind == SCT_BLOB_STR)
			return b;
		p += sct_blob_span(b);
	}
	return NULL;
}

static bool is_text(const char *s, unsigned len)
{
	if (!len)
		return false;
	for (unsigned i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
			return false;
	}
	return true;
}

/* Argument i's string as the old rule reads it (any readable text; CTF's argN_str). */
const struct sct_blob *usdt_arg_text(const struct sct_rec_usdt *rec, unsigned i)
{
	const struct sct_blob *b = arg_blob(rec, i);

	return b && is_text(sct_blob_data(b), b->len) ? b : NULL;
}

enum arg_form { ARG_UNSIGNED, ARG_SIGNED, ARG_HEX, ARG_STRING, ARG_UNKNOWN };

/* How argument i of rec is shown; *blob is its string for ARG_STRING. */
static enum arg_form arg_form(const struct sct_rec_usdt *rec, const struct probe_def *d,
			      unsigned i, const struct sct_blob **blob)
{
	struct usdt_type t = usdt_types_get(d ? &d->types : NULL, i);
	int size = d ? d->size[i] : 8;
	const struct sct_blob *b = arg_blob(rec, i);

	*blob = NULL;
	if (size == 0)
		return ARG_UNKNOWN;
	if (b && b->aux != SCT_USDT_STR_TYPED) { /* an old log: the old rule */
		if (!(b->flags & SCT_BLOB_FAULT) && is_text(sct_blob_data(b), b->len)) {
			*blob = b;
			return ARG_STRING;
		}
		return size < 0 ? ARG_SIGNED : ARG_UNSIGNED;
	}
	switch (t.form) {
	case USDT_FORM_STR:
		if (b && !(b->flags & SCT_BLOB_FAULT)) {
			*blob = b;
			return ARG_STRING;
		}
		return ARG_HEX; /* NULL or unreadable: its address */
	case USDT_FORM_SIGNED:
		return ARG_SIGNED;
	case USDT_FORM_UNSIGNED:
		return ARG_UNSIGNED;
	case USDT_FORM_HEX:
		return ARG_HEX;
	default:
		return size < 0 ? ARG_SIGNED : size == 8 ? ARG_HEX : ARG_UNSIGNED;
	}
}

static unsigned rec_nargs(const struct sct_rec_usdt *rec)
{
	return rec->nargs < SCT_USDT_MAX_ARGS ? rec->nargs : SCT_USDT_MAX_ARGS;
}

static void add_name(struct strbuf *out, const struct sct_rec_usdt *rec, const struct probe_def *d)
{
	if (d) { /* names come from untrusted notes: escaped like every string */
		format_fd_path(out, d->provider, (unsigned)strlen(d->provider), NULL);
		strbuf_addc(out, ':');
		format_fd_path(out, d->name, (unsigned)strlen(d->name), NULL);
	} else
		strbuf_addf(out, "?:probe_%u", rec->probe_id);
}

void usdt_format_text(struct strbuf *out, const struct sct_rec_usdt *rec,
		      const struct decode_opts *opts)
{
	const struct probe_def *d = probe_get(rec->probe_id);

	strbuf_adds(out, "usdt ");
	add_name(out, rec, d);
	strbuf_addc(out, '(');
	for (unsigned i = 0; i < rec_nargs(rec); i++) {
		const struct sct_blob *b;

		if (i)
			strbuf_adds(out, ", ");
		switch (arg_form(rec, d, i, &b)) {
		case ARG_STRING: {
			/* -s applies at replay too: a log may hold more than asked for now. */
			unsigned len = b->len < opts->str_max ? b->len : opts->str_max;

			format_quoted(out, sct_blob_data(b), len,
				      len < b->len || (b->flags & SCT_BLOB_TRUNC), opts);
			break;
		}
		case ARG_SIGNED:
			strbuf_addf(out, "%lld", (long long)rec->args[i]);
			break;
		case ARG_UNSIGNED:
			strbuf_addf(out, "%llu", (unsigned long long)rec->args[i]);
			break;
		case ARG_HEX:
			strbuf_addf(out, "0x%llx", (unsigned long long)rec->args[i]);
			break;
		case ARG_UNKNOWN:
			strbuf_addc(out, '?');
			break;
		}
	}
	strbuf_addc(out, ')');
}

void usdt_format_json(struct strbuf *out, const struct sct_rec_usdt *rec)
{
	const struct probe_def *d = probe_get(rec->probe_id);
	unsigned trunc = 0;

	strbuf_adds(out, ",\"provider\":");
	if (d)
		json_add_string(out, d->provider, strlen(d->provider));
	else
		strbuf_adds(out, "null");
	strbuf_adds(out, ",\"probe\":");
	if (d)
		json_add_string(out, d->name, strlen(d->name));
	else
		strbuf_adds(out, "null");
	strbuf_addf(out, ",\"probe_id\":%u,\"args\":[", rec->probe_id);
	for (unsigned i = 0; i < rec_nargs(rec); i++) {
		const struct sct_blob *b;

		if (i)
			strbuf_addc(out, ',');
		switch (arg_form(rec, d, i, &b)) {
		case ARG_STRING:
			json_add_string(out, sct_blob_data(b), b->len);
			if (b->flags & SCT_BLOB_TRUNC)
				trunc |= 1u << i;
			break;
		case ARG_SIGNED:
			strbuf_addf(out, "%lld", (long long)rec->args[i]);
			break;
		case ARG_UNSIGNED:
		case ARG_HEX: /* JSON has no hex: the number */
			strbuf_addf(out, "%llu", (unsigned long long)rec->args[i]);
			break;
		case ARG_UNKNOWN:
			strbuf_adds(out, "null");
			break;
		}
	}
	strbuf_addc(out, ']');
	if (trunc) {
		bool first = true;

		strbuf_adds(out, ",\"truncated_args\":[");
		for (unsigned i = 0; i < SCT_USDT_MAX_ARGS; i++)
			if (trunc & (1u << i)) {
				strbuf_addf(out, first ? "%u" : ",%u", i);
				first = false;
			}
		strbuf_addc(out, ']');
	}
}
