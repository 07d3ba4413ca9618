/* SPDX-License-Identifier: MIT */
/*
 * USDT records in the output: which probe an id names (learnt from the
 * USDT_PROBE records in the stream, live and in replay alike) and the text
 * and JSON of a probe hit. Records may come from a damaged log: every length
 * is checked against the record.
 */
#ifndef SCT_USDT_FORMAT_H
#define SCT_USDT_FORMAT_H

#include "../decode/decode.h"
#include "../shared/record.h"
#include "../util/strbuf.h"

/* Remember what a USDT_PROBE record says (ignored when malformed). */
void usdt_registry_learn(const struct sct_rec_hdr *rec);
/* Forget everything (tests, fuzzing). */
void usdt_registry_reset(void);

/* "usdt provider:probe(42, \"GET /\")" without pid prefix or newline. */
void usdt_format_text(struct strbuf *out, const struct sct_rec_usdt *rec,
		      const struct decode_opts *opts);
/* ,"provider":"...","probe":"...","args":[...] (and "truncated_args" when some were). */
void usdt_format_json(struct strbuf *out, const struct sct_rec_usdt *rec);
/*
 * The string an 8-byte unsigned argument i points to, when the text and JSON
 * print it as one (read, and text), or NULL; for --ctf's argN_str fields.
 */
const struct sct_blob *usdt_arg_text(const struct sct_rec_usdt *rec, unsigned i);

#endif
