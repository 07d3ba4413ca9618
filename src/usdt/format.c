// SPDX-License-Identifier: MIT
/*
 * USDT probes in the output: see format.h.
 *
 * An argument's type comes from its note: size and sign. A note cannot say
 * that an 8-byte unsigned value is a char *, so the kernel side also reads a
 * string there, and the decoder prints it as a string when the read
 * succeeded and the bytes are text (not empty, no control characters but
 * \t \n \r); otherwise as a number. The rule looks only at the record, so
 * replay prints what live tracing printed.
 */
#include "format.h"

#include <stdlib.h>
#include <string.h>

#include "../util/json_string.h"

#define REGISTRY_MAX 65536 /* probe ids are small numbers given out by src/usdt/attach.c */

struct probe_def {
	char *provider, *name;
	unsigned nargs;
	int8_t size[SCT_USDT_MAX_ARGS];
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

/* The string blob of argument i, or NULL; blobs are checked to lie inside rec. */
static const struct sct_blob *arg_blob(const struct sct_rec_usdt *rec, unsigned i)
{
	const uint8_t *p = (const uint8_t *)(rec + 1);
	const uint8_t *end = (const uint8_t *)rec + rec->hdr.size;

	for (unsigned k = 0; k < rec->nblobs; k++) {
		const struct sct_blob *b = (const struct sct_blob *)p;

		if ((size_t)(end - p) < sizeof(*b) || (size_t)(end - p) < sct_blob_span(b))
			return NULL;
		if (b->arg == i && b->kind == SCT_BLOB_STR && !(b->flags & SCT_BLOB_FAULT))
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

const struct sct_blob *usdt_arg_text(const struct sct_rec_usdt *rec, unsigned i)
{
	const struct sct_blob *b = arg_blob(rec, i);

	return b && is_text(sct_blob_data(b), b->len) ? b : NULL;
}

enum arg_form { ARG_UNSIGNED, ARG_SIGNED, ARG_STRING, ARG_UNKNOWN };

static enum arg_form arg_form(const struct sct_rec_usdt *rec, const struct probe_def *d,
			      unsigned i, const struct sct_blob **blob)
{
	int size = d ? d->size[i] : 8;

	*blob = NULL;
	if (size == 0)
		return ARG_UNKNOWN;
	if (size < 0)
		return ARG_SIGNED;
	if (size == 8) {
		const struct sct_blob *b = usdt_arg_text(rec, i);

		if (b) {
			*blob = b;
			return ARG_STRING;
		}
	}
	return ARG_UNSIGNED;
}

static unsigned rec_nargs(const struct sct_rec_usdt *rec)
{
	return rec->nargs < SCT_USDT_MAX_ARGS ? rec->nargs : SCT_USDT_MAX_ARGS;
}

static void add_name(struct strbuf *out, const struct sct_rec_usdt *rec, const struct probe_def *d)
{
	if (d)
		strbuf_addf(out, "%s:%s", d->provider, d->name);
	else
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
