// SPDX-License-Identifier: MIT
/*
 * USDT argument specs and types: OFF+SYM(%rip) as GCC writes fields of
 * globals (postgres' checkpoint__done), the --usdt ...:args= type lists, and
 * how a hit is shown: 8-byte unsigned values in hex, str typed ones as
 * strings or their address, names from notes escaped.
 */
#include <errno.h>
#include <stdlib.h>

#include "../../src/usdt/format.h"
#include "../../src/usdt/notes.h"
#include "../../src/usdt/spec.h"
#include "../../src/usdt/types.h"
#include "check.h"

static void check_rip(const char *text, int64_t val, const char *want_sym)
{
	struct usdt_arg a;
	char sym[64];
	int rc = usdt_arg_parse(text, strlen(text), &a, sym, sizeof(sym));

	check_result(rc == 0 && a.kind == SCT_UARG_ADDR && a.val == val && !strcmp(sym, want_sym),
		     __FILE__, __LINE__, text);
	if (rc || a.val != val || strcmp(sym, want_sym))
		printf("    rc %d val %lld sym '%s'\n", rc, (long long)a.val, sym);
}

static void test_rip(void)
{
	struct usdt_arg a;
	char sym[64];

	check_rip("-4@40+CheckpointStats(%rip)", 40, "CheckpointStats");
	check_rip("-4@NBuffers(%rip)", 0, "NBuffers");
	check_rip("8@counter+16(%rip)", 16, "counter");
	check_rip("8@counter-8(%rip)", -8, "counter");
	check_rip("4@0x10+stats+4(%rip)", 20, "stats");
	check_rip("4@-8+stats(%rip)", -8, "stats");
	/* A bare displacement is relative to the next instruction: not readable. */
	CHECK(usdt_arg_parse("4@1234(%rip)", 12, &a, sym, sizeof(sym)) != 0);
	CHECK(usdt_arg_parse("4@40+(%rip)", 11, &a, sym, sizeof(sym)) != 0);
	CHECK(usdt_arg_parse("4@x+40+stats(%rip)", 18, &a, sym, sizeof(sym)) != 0);
}

static void test_types(void)
{
	struct usdt_types t;
	char buf[64];

	CHECK(usdt_types_parse("u64,str,-,i8,x32,ptr", 20, &t) == 0 && t.n == 6);
	CHECK(t.t[0].form == USDT_FORM_UNSIGNED && t.t[0].size == 8);
	CHECK(t.t[1].form == USDT_FORM_STR);
	CHECK(t.t[2].form == USDT_FORM_NOTE);
	CHECK(t.t[3].form == USDT_FORM_SIGNED && t.t[3].size == 1);
	CHECK(t.t[5].form == USDT_FORM_HEX && t.t[5].size == 8);
	usdt_types_format(&t, buf, sizeof(buf));
	CHECK_STR(buf, "u64,str,-,i8,x32,x64");
	CHECK(usdt_types_parse("u64,,str", 8, &t) != 0);
	CHECK(usdt_types_parse("float", 5, &t) != 0);
	CHECK(usdt_types_parse("u8,u8,u8,u8,u8,u8,u8,u8,u8,u8,u8,u8,u8", 38, &t) != 0);
	CHECK(usdt_types_parse("", 0, &t) == 0 && t.n == 0);
	CHECK(usdt_types_get(&t, 3).form == USDT_FORM_NOTE);
}

static void test_spec(void)
{
	struct usdt_spec s;
	char err[256];

	CHECK(usdt_spec_parse(&s, "/a:b/lib.so:prov:probe:args=u64,str", err, sizeof(err)) == 0);
	CHECK_STR(s.path, "/a:b/lib.so");
	CHECK_STR(s.provider, "prov");
	CHECK_STR(s.probe, "probe");
	CHECK(s.types.n == 2 && s.types.t[1].form == USDT_FORM_STR);
	usdt_spec_free(&s);
	CHECK(usdt_spec_parse(&s, "prov:probe", err, sizeof(err)) == 0 && s.types.n == 0);
	usdt_spec_free(&s);
	CHECK(usdt_spec_parse(&s, "prov:probe:args=u64,float", err, sizeof(err)) == -EINVAL);
	CHECK_STR(err, "invalid --usdt 'prov:probe:args=u64,float': unknown argument type or more "
		       "than 12 in 'args=u64,float' (types: i8 i16 i32 i64 u8 u16 u32 u64 x8 x16 x32 "
		       "x64 ptr str -)");
	CHECK(usdt_spec_parse(&s, "probe:args=u64", err, sizeof(err)) == -EINVAL);
}

/* A USDT_PROBE record for id 1 with the given names, arg sizes and types (NULL: an old log). */
static void learn(const char *prov, const char *name, const int8_t *sizes, unsigned nargs,
		  const char *types)
{
	union {
		struct sct_rec_usdt_probe rec;
		char bytes[1024];
	} u;
	size_t lp = strlen(prov) + 1, ln = strlen(name) + 1, lt = types ? strlen(types) + 1 : 0;
	char *p = (char *)(&u.rec + 1);

	memset(&u, 0, sizeof(u));
	u.rec.hdr.type = SCT_REC_USDT_PROBE;
	u.rec.probe_id = 1;
	u.rec.nargs = (uint16_t)nargs;
	memcpy(u.rec.arg_size, sizes, nargs);
	memcpy(p, prov, lp);
	memcpy(p + lp, name, ln);
	memcpy(p + lp + ln, "", 1); /* args */
	memcpy(p + lp + ln + 1, "obj", 4);
	if (types)
		memcpy(p + lp + ln + 5, types, lt);
	u.rec.strs_len = (uint16_t)(lp + ln + 5 + lt);
	u.rec.hdr.size = (uint16_t)((sizeof(u.rec) + u.rec.strs_len + 7) & ~7u);
	usdt_registry_learn(&u.rec.hdr);
}

/* A hit of probe 1 with args, and a string blob for argument str_arg (-1: none). */
static void show(const uint64_t *args, unsigned nargs, int str_arg, uint16_t aux, bool fault,
		 const char *want)
{
	union {
		struct sct_rec_usdt rec;
		char bytes[512];
	} u;
	struct decode_opts opts;
	struct strbuf out;

	memset(&u, 0, sizeof(u));
	memset(&opts, 0, sizeof(opts));
	opts.str_max = 32;
	u.rec.hdr.type = SCT_REC_USDT;
	u.rec.hdr.size = sizeof(u.rec);
	u.rec.probe_id = 1;
	u.rec.nargs = (uint16_t)nargs;
	memcpy(u.rec.args, args, nargs * 8);
	if (str_arg >= 0) {
		struct sct_blob *b = (struct sct_blob *)(&u.rec + 1);

		b->arg = (uint16_t)str_arg;
		b->kind = SCT_BLOB_STR;
		b->aux = aux;
		b->flags = fault ? SCT_BLOB_FAULT : 0;
		b->len = fault ? 0 : 2;
		memcpy(b + 1, "hi", 2);
		u.rec.nblobs = 1;
		u.rec.hdr.size = (uint16_t)(sizeof(u.rec) + sct_blob_span(b));
	}
	strbuf_init(&out);
	usdt_format_text(&out, &u.rec, &opts);
	CHECK_STR(out.data, want);
	strbuf_free(&out);
}

static void test_format(void)
{
	static const int8_t sizes[] = { -4, 8, 8, 4 };
	uint64_t args[] = { (uint64_t)-3, 0x7f0012345678, 0x1000, 7 };

	learn("app", "req", sizes, 4, NULL);
	show(args, 4, -1, 0, false, "usdt app:req(-3, 0x7f0012345678, 0x1000, 7)");
	/* An old log: every 8-byte unsigned argument was tried as a string. */
	show(args, 4, 2, 0, false, "usdt app:req(-3, 0x7f0012345678, \"hi\", 7)");
	learn("app", "req", sizes, 4, "-,str,u64,x32");
	show(args, 4, 1, SCT_USDT_STR_TYPED, false, "usdt app:req(-3, \"hi\", 4096, 0x7)");
	show(args, 4, 1, SCT_USDT_STR_TYPED, true, "usdt app:req(-3, 0x7f0012345678, 4096, 0x7)");
	learn("\033[2J", "a\nb", sizes, 1, NULL);
	show(args, 1, -1, 0, false, "usdt \\33[2J:a\\nb(-3)");
	usdt_registry_reset();
}

int main(void)
{
	test_rip();
	test_types();
	test_spec();
	test_format();
	return check_done("usdt_args");
}
