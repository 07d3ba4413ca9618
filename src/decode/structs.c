// SPDX-License-Identifier: MIT
/*
 * Structures as strace prints them: struct rlimit (getrlimit's, setrlimit's),
 * also under -X raw / verbose, and the tail of extensible structures
 * (print_struct_tail). struct stat is stat.c's. Each formatter
 * reads the SCT_BLOB_MEM captured for its argument; offsets are those of the
 * x86_64 ABI.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "decode.h"
#include "fmt.h"
#include "flags.h"
#include "structs.h"

/* 8192*1024, RLIM64_INFINITY; under -X the number in decimal (and the name as a comment). */
static void print_rlim(struct strbuf *out, uint64_t v, int xlat)
{
	struct strbuf names;
	char raw[24];

	strbuf_init(&names);
	if (v == UINT64_MAX)
		strbuf_adds(&names, "RLIM64_INFINITY");
	else if (v > 1024 && v % 1024 == 0)
		strbuf_addf(&names, "%llu*1024", (unsigned long long)(v / 1024));
	else
		strbuf_addf(&names, "%llu", (unsigned long long)v);
	snprintf(raw, sizeof(raw), "%llu", (unsigned long long)v);
	print_xlat_text(out, xlat, raw, names.data);
	strbuf_free(&names);
}

/* {rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}; xlat: -X. */
static bool print_struct_rlimit(struct strbuf *out, const struct sct_blob *b, int xlat)
{
	const char *p = sct_blob_data(b);

	if (b->len < 16)
		return false;
	strbuf_adds(out, "{rlim_cur=");
	print_rlim(out, load_u64(p, 0), xlat);
	strbuf_adds(out, ", rlim_max=");
	print_rlim(out, load_u64(p, 8), xlat);
	strbuf_addc(out, '}');
	return true;
}

/* strace 6.1 on x86_64 names ~0 RLIM64_INFINITY for getrlimit and setrlimit too. */
static bool print_rlimit_arg(struct strbuf *out, const struct sc_event *ev, unsigned i, int xlat)
{
	const struct sct_blob *b = sc_event_blob(ev, i);

	if (!b || b->kind != SCT_BLOB_MEM || !print_struct_rlimit(out, b, xlat))
		fmt_addr(out, ev->args[i]);
	return true;
}

bool fmt_rlimit_in(struct strbuf *out, const struct sc_event *ev, unsigned i,
		   const struct decode_opts *o)
{
	return print_rlimit_arg(out, ev, i, o->xlat);
}

bool fmt_rlimit_out(struct strbuf *out, const struct sc_event *ev, unsigned i,
		    const struct decode_opts *o)
{
	if (sc_event_failed(ev)) {
		fmt_addr(out, ev->args[i]);
		return true;
	}
	return print_rlimit_arg(out, ev, i, o->xlat);
}

void print_struct_tail(struct strbuf *out, const char *p, unsigned have, unsigned known,
		       uint64_t usize, bool e2big, const struct decode_opts *o)
{
	/* strace looks at one page of the structure at most */
	unsigned end = usize < 4096 ? (unsigned)usize : 4096;
	unsigned avail = have < end ? have : end, shown;
	struct decode_opts hex = *o;
	/* E2BIG for a size within a page: a non-zero byte is there, past the captured ones */
	bool nonzero = e2big && usize <= 4096 && usize > have;

	for (unsigned k = known; k < avail && !nonzero; k++)
		nonzero = p[k] != 0;
	if (!nonzero)
		return;
	strbuf_addf(out, ", /* bytes %u..%u */ ", known, end - 1);
	shown = avail - known < o->str_max ? avail - known : o->str_max;
	hex.xstrings = 2;
	format_quoted(out, p + known, shown, end - known > shown, &hex);
}
