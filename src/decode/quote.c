// SPDX-License-Identifier: MIT
/*
 * Quoting a byte string the way strace 6.1 does (checked against its output):
 * C escapes for \t \n \v \f \r \" \\, printable ASCII as is, every other byte
 * (including all bytes >= 0x80, whatever the locale) in octal, three digits
 * only when an octal digit follows. With -x a string holding any byte that
 * is neither printable nor whitespace is printed wholly in \xNN; with -xx
 * every string is; with --strings-in-hex=non-ascii-chars escapes are \xNN.
 */
#include "decode.h"

static bool is_printable(unsigned char c)
{
	return c >= ' ' && c <= '~';
}

static bool is_space(unsigned char c)
{
	return c >= '\t' && c <= '\r';
}

static bool needs_hex(const unsigned char *s, unsigned len, int xstrings)
{
	if (xstrings == XSTR_ALL)
		return true;
	if (xstrings != XSTR_NON_ASCII)
		return false;
	for (unsigned i = 0; i < len; i++)
		if (!is_printable(s[i]) && !is_space(s[i]))
			return true;
	return false;
}

static void quote_byte(struct strbuf *out, unsigned char c, int next, bool angle, int xstrings)
{
	static const char esc[256] = {
		['\t'] = 't', ['\n'] = 'n', ['\v'] = 'v', ['\f'] = 'f', ['\r'] = 'r',
		['"'] = '"', ['\\'] = '\\',
	};

	if (esc[c]) {
		strbuf_addc(out, '\\');
		strbuf_addc(out, esc[c]);
		return;
	}
	if (is_printable(c) && !(angle && (c == '<' || c == '>'))) {
		strbuf_addc(out, (char)c);
		return;
	}
	if (xstrings == XSTR_HEX_ESCAPES)
		strbuf_addf(out, "\\x%02x", c);
	/* "\1" then "2" would read back as "\12": pad when a digit follows. */
	else if (next >= '0' && next <= '7')
		strbuf_addf(out, "\\%03o", c);
	else
		strbuf_addf(out, "\\%o", c);
}

void format_quoted(struct strbuf *out, const char *s, unsigned len, bool trunc,
		   const struct decode_opts *opts)
{
	const unsigned char *u = (const unsigned char *)s;
	bool hex = needs_hex(u, len, opts ? opts->xstrings : 0);

	strbuf_addc(out, '"');
	for (unsigned i = 0; i < len; i++) {
		if (hex)
			strbuf_addf(out, "\\x%02x", u[i]);
		else
			quote_byte(out, u[i], i + 1 < len ? u[i + 1] : -1, false, opts ? opts->xstrings : 0);
	}
	strbuf_addc(out, '"');
	if (trunc)
		strbuf_adds(out, "...");
}

void format_fd_path(struct strbuf *out, const char *s, unsigned len,
		    const struct decode_opts *opts)
{
	const unsigned char *u = (const unsigned char *)s;
	bool hex = needs_hex(u, len, opts ? opts->xstrings : 0);

	for (unsigned i = 0; i < len; i++) {
		if (hex)
			strbuf_addf(out, "\\x%02x", u[i]);
		else
			quote_byte(out, u[i], i + 1 < len ? u[i + 1] : -1, true, opts ? opts->xstrings : 0);
	}
}
