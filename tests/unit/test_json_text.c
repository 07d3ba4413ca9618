// SPDX-License-Identifier: MIT
/*
 * Unit test of json_text.c: strace's text of structures and arrays as JSON,
 * exact output for the forms the decoders print, and refusal (nothing
 * written) for text that is not a whole structure or array.
 */
#include "output/json_text.h"

#include "check.h"

static char out[4096];

/* The JSON of text, or "REFUSED" when it is refused with nothing written. */
static const char *conv(const char *text)
{
	struct strbuf sb;
	bool ok;

	strbuf_init(&sb);
	strbuf_adds(&sb, "<");
	ok = json_add_strace_text(&sb, text);
	if (!ok)
		snprintf(out, sizeof(out), "%s", sb.len == 1 ? "REFUSED" : "REFUSED, BUT WROTE");
	else
		snprintf(out, sizeof(out), "%s", sb.data + 1);
	strbuf_free(&sb);
	return out;
}

int main(void)
{
	CHECK_STR(conv("{st_dev=makedev(0xfe, 0), st_ino=733, st_mode=S_IFREG|0644, st_size=3, "
		       "st_atime=1796533112 /* 2026-12-06T01:02:03.142690796+0000 */, "
		       "st_atime_nsec=142690796}"),
		  "{\"st_dev\":\"makedev(0xfe, 0)\",\"st_ino\":733,\"st_mode\":\"S_IFREG|0644\","
		  "\"st_size\":3,\"st_atime\":1796533112,\"st_atime_nsec\":142690796}");
	CHECK_STR(conv("{st_mode=S_IFREG|0644, st_size=3, ...}"),
		  "{\"st_mode\":\"S_IFREG|0644\",\"st_size\":3}");
	CHECK_STR(conv("[{fd=3, events=POLLIN}, {fd=-1, events=0}]"),
		  "[{\"fd\":3,\"events\":\"POLLIN\"},{\"fd\":-1,\"events\":0}]");
	CHECK_STR(conv("{sa_handler=SIG_DFL, sa_mask=[INT TERM], sa_flags=SA_RESTORER}"),
		  "{\"sa_handler\":\"SIG_DFL\",\"sa_mask\":[\"INT\",\"TERM\"],\"sa_flags\":\"SA_RESTORER\"}");
	CHECK_STR(conv("{sa_mask=~[RTMIN RT_1], sa_restorer=0x7f0000001000}"),
		  "{\"sa_mask\":\"~[RTMIN RT_1]\",\"sa_restorer\":139637976731648}");
	CHECK_STR(conv("{sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr(\"127.0.0.1\")}"),
		  "{\"sa_family\":\"AF_INET\",\"sin_port\":\"htons(80)\","
		  "\"sin_addr\":\"inet_addr(\\\"127.0.0.1\\\")\"}");
	/* strings: strace's escapes undone, bytes kept (\377 is not UTF-8: \udcff), "..." dropped */
	CHECK_STR(conv("[{iov_base=\"a\\tb\\\"c\\\\\\0\\377\\x41\"..., iov_len=9}]"),
		  "[{\"iov_base\":\"a\\tb\\\"c\\\\\\u0000\\udcffA\",\"iov_len\":9}]");
	CHECK_STR(conv("{rlim_cur=8192*1024, rlim_max=RLIM64_INFINITY}"),
		  "{\"rlim_cur\":\"8192*1024\",\"rlim_max\":\"RLIM64_INFINITY\"}");
	CHECK_STR(conv("[3, 4]"), "[3,4]");
	CHECK_STR(conv("[]"), "[]");
	CHECK_STR(conv("{}"), "{}");
	CHECK_STR(conv("{a=NULL, b=0755, c=18446744073709551615, d=-9223372036854775808}"),
		  "{\"a\":null,\"b\":493,\"c\":18446744073709551615,\"d\":-9223372036854775808}");
	/* not members and values: the whole structure as a string, inside its array */
	CHECK_STR(conv("[{WIFEXITED(s) && WEXITSTATUS(s) == 0}]"),
		  "[\"{WIFEXITED(s) && WEXITSTATUS(s) == 0}\"]");
	CHECK_STR(conv("{a={b=[1, {c=2}]}}"), "{\"a\":{\"b\":[1,{\"c\":2}]}}");
	/* refused: not a structure, text after it, unbalanced, an unterminated string */
	CHECK_STR(conv("0x7ffd0000"), "REFUSED");
	CHECK_STR(conv("{a=1} => {a=2}"), "REFUSED");
	CHECK_STR(conv("{a=1"), "REFUSED");
	CHECK_STR(conv("[\"abc"), "REFUSED");
	CHECK_STR(conv("{a=\"\\q\"}"), "REFUSED");
	CHECK_STR(conv(""), "REFUSED");
	return check_done("json_text");
}
