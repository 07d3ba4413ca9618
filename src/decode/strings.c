// SPDX-License-Identifier: MIT
/*
 * Arguments that are text or bytes in the traced process's memory: paths in
 * full, other strings and data buffers cut at -s ("data"...), argv (at most
 * -s elements) and envp (its address and how many variables). Each reads the
 * blob captured for its argument and prints the address when there is none
 * or it faulted, or when an output buffer belongs to a failed call.
 */
#include "fmt.h"

/* A string blob: full length for paths, -s for other strings. */
static void print_string_blob(struct strbuf *out, const struct sct_blob *b, bool limit,
			      const struct decode_opts *o)
{
	unsigned len = b->len;
	bool trunc = b->flags & SCT_BLOB_TRUNC;

	if (limit && len > o->str_max) {
		len = o->str_max;
		trunc = true;
	}
	format_quoted(out, sct_blob_data(b), len, trunc, o);
}

static bool print_string_arg(struct strbuf *out, const struct sc_event *ev, unsigned i,
			     bool limit, const struct decode_opts *o)
{
	const struct sct_blob *b = sc_event_blob(ev, i);

	if (!ev->args[i] || !b || b->kind != SCT_BLOB_STR || (b->flags & SCT_BLOB_FAULT)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	print_string_blob(out, b, limit, o);
	return true;
}

bool fmt_path(struct strbuf *out, const struct sc_event *ev, unsigned i,
	      const struct decode_opts *o)
{
	return print_string_arg(out, ev, i, false, o);
}

bool fmt_str(struct strbuf *out, const struct sc_event *ev, unsigned i,
	     const struct decode_opts *o)
{
	return print_string_arg(out, ev, i, true, o);
}

/* A data buffer of full bytes whose first bytes were captured: "data"... after -s. */
static bool print_buffer(struct strbuf *out, const struct sc_event *ev, unsigned i, uint64_t full,
			 const struct decode_opts *o)
{
	const struct sct_blob *b = sc_event_blob(ev, i);
	unsigned len;

	if (!ev->args[i] || !b || b->kind != SCT_BLOB_MEM || (b->flags & SCT_BLOB_FAULT)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	len = b->len < o->str_max ? b->len : o->str_max;
	format_quoted(out, sct_blob_data(b), len, full > len, o);
	return true;
}

bool fmt_buf_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
		const struct decode_opts *o)
{
	return print_buffer(out, ev, i, i + 1 < SCT_MAX_ARGS ? ev->args[i + 1] : 0, o);
}

bool fmt_buf_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		 const struct decode_opts *o)
{
	if (sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	/* recv(MSG_TRUNC) returns the datagram's size, which may pass the buffer's (the next argument) */
	if (i + 1 < SCT_MAX_ARGS && ev->args[i + 1] < (uint64_t)ev->ret)
		return print_buffer(out, ev, i, ev->args[i + 1], o);
	return print_buffer(out, ev, i, (uint64_t)ev->ret, o);
}

/* getrandom: the bytes in hex, whatever -x says. */
bool fmt_buf_out_hex(struct strbuf *out, const struct sc_event *ev, unsigned i,
		     const struct decode_opts *o)
{
	struct decode_opts hex = *o;

	hex.xstrings = 2;
	return fmt_buf_out(out, ev, i, &hex);
}

bool fmt_path_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		  const struct decode_opts *o)
{
	if (sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	return print_string_arg(out, ev, i, false, o);
}

/* argv: at most -s elements, each obeying -s, then "..." if there were more. */
bool fmt_argv(struct strbuf *out, const struct sc_event *ev, unsigned i,
	      const struct decode_opts *o)
{
	unsigned shown = 0, total = 0;
	bool counted = false, unterminated = false;

	if (!ev->args[i]) {
		strbuf_adds(out, "NULL");
		return true;
	}
	for (unsigned k = 0; k < ev->nblobs; k++) {
		const struct sct_blob *b = ev->blobs[k];

		if (b->arg != i)
			continue;
		if (b->kind == SCT_BLOB_COUNT) {
			total = b->aux;
			counted = true;
			unterminated = b->flags & SCT_BLOB_FAULT;
			continue;
		}
		if (b->flags & SCT_BLOB_FAULT)
			continue;
		if (!o->verbose && shown >= o->str_max)
			continue;
		strbuf_adds(out, shown ? ", " : "[");
		if (b->kind == SCT_BLOB_MEM && b->len == 8) /* an unreadable string */
			fmt_addr(out, load_u64(sct_blob_data(b), 0));
		else
			print_string_blob(out, b, true, o);
		shown++;
	}
	/* The array itself is unreadable: strace prints its address. */
	if ((!shown && !counted) || (unterminated && !total)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	if (!shown)
		strbuf_addc(out, '[');
	if (total > shown && (shown >= o->str_max || !unterminated))
		strbuf_adds(out, shown ? ", ..." : "...");
	else if (unterminated) /* strace read up to the element it could not */
		strbuf_addf(out, "%s... /* %#llx */", shown ? ", " : "",
			    (unsigned long long)(ev->args[i] + 8ull * total));
	strbuf_addc(out, ']');
	return true;
}

/* envp: its address and count; with -v, as argv (strace's printargv), when its strings were captured. */
bool fmt_envp(struct strbuf *out, const struct sc_event *ev, unsigned i,
	      const struct decode_opts *o)
{
	const struct sct_blob *b = sc_event_blob(ev, i);
	bool unterminated;

	for (unsigned k = 0; ev->args[i] && k < ev->nblobs; k++) {
		if (ev->blobs[k]->arg != i)
			continue;
		if (ev->blobs[k]->kind == SCT_BLOB_STR && o->verbose)
			return fmt_argv(out, ev, i, o);
		if (ev->blobs[k]->kind == SCT_BLOB_COUNT) /* after the strings, when captured */
			b = ev->blobs[k];
	}
	unterminated = b && b->kind == SCT_BLOB_COUNT && (b->flags & SCT_BLOB_FAULT);
	if (o->verbose && ev->args[i] && b && b->kind == SCT_BLOB_COUNT && !b->aux && !unterminated)
		return fmt_argv(out, ev, i, o); /* an empty environment: "[]" */
	fmt_addr(out, ev->args[i]);
	if (!ev->args[i] || !b || b->kind != SCT_BLOB_COUNT)
		return true;
	if (unterminated && !b->aux) /* the first element unreadable */
		return true;
	strbuf_addf(out, " /* %u var%s%s */", b->aux, b->aux == 1 ? "" : "s",
		    unterminated ? ", unterminated" : "");
	return true;
}
